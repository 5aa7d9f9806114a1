"""Coordinators change opening hours from Telegram: /hours_admin (or /coordinator -> hours); a date, closed or new
hours, a reason. People booked at a time that is no longer open are told at once."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime, timedelta

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.booking.service import BookingService
from bot.hours.data import ScheduleError
from bot.hours.service import HoursService
from bot.i18n import Localizer
from bot.i18n.dates import day_long, day_short
from handlers.common.calendar import day_text
from handlers.common.callbacks import CoordinatorMenu
from handlers.common.coordinator import edit_step
from handlers.common.pickers import DAYS_PER_PAGE, PAGES, date_picker, from_minutes, half_hours, time_picker
from handlers.common.roles import coordinators_only
from handlers.hours.callbacks import HoursAdmin
from handlers.hours.keyboards import (
    change_keyboard,
    day_code,
    overview_keyboard,
    reason_keyboard,
)

OVERVIEW_DAYS = 84
NOTE_MAX = 200


class HoursStates(StatesGroup):
    reason = State()


def _day(data: HoursAdmin) -> date:
    return datetime.strptime(data.d, "%Y%m%d").date()  # noqa: DTZ007 - a calendar date, not an instant


async def overview(service: HoursService, l10n: Localizer) -> tuple[str, InlineKeyboardMarkup]:
    hours = await service.hours()
    changes = hours.changes(service.today(), OVERVIEW_DAYS)
    lines = [l10n("hours-admin-title")]
    lines += [
        l10n("hours-day-line", day=day_short(d.day, l10n.locale), hours=day_text(d, l10n)) for d in changes
    ] or [l10n("hours-admin-empty")]
    exceptions = [d.exception for d in changes if d.exception is not None]
    return "\n".join(lines), overview_keyboard(l10n, exceptions)


async def hours_admin(message: Message, l10n: Localizer, state: FSMContext, hours: HoursService) -> None:
    await state.clear()
    text, markup = await overview(hours, l10n)
    await message.answer(text, reply_markup=markup)


async def overview_button(
    query: CallbackQuery, l10n: Localizer, state: FSMContext, hours: HoursService
) -> None:
    await state.clear()
    await edit_step(query, *await overview(hours, l10n))


async def pick_day(
    query: CallbackQuery, callback_data: HoursAdmin, l10n: Localizer, hours: HoursService
) -> None:
    page = max(0, min(callback_data.p, PAGES - 1))
    first = hours.today() + timedelta(days=page * DAYS_PER_PAGE)
    days = [first + timedelta(days=i) for i in range(DAYS_PER_PAGE)]
    nav = []
    if page > 0:
        nav.append((l10n("hours-admin-earlier"), HoursAdmin(act="add", p=page - 1)))
    if page < PAGES - 1:
        nav.append((l10n("hours-admin-later"), HoursAdmin(act="add", p=page + 1)))
    nav.append((l10n("hours-admin-cancel"), HoursAdmin(act="list")))
    markup = date_picker(
        l10n.locale,
        days,
        lambda d: bool(hours.data.weekly.get(d.weekday())),
        lambda d: HoursAdmin(act="day", d=day_code(d)),
        nav,
    )
    await edit_step(query, l10n("hours-admin-pick-day"), markup)


async def what_changes(
    query: CallbackQuery, callback_data: HoursAdmin, l10n: Localizer, hours: HoursService
) -> None:
    day = (await hours.hours()).day(_day(callback_data))
    text = l10n("hours-admin-what", day=day_long(day.day, l10n.locale), hours=day_text(day, l10n))
    await edit_step(query, text, change_keyboard(l10n, callback_data.d))


async def pick_opens(query: CallbackQuery, callback_data: HoursAdmin, l10n: Localizer) -> None:
    nav = [(l10n("hours-admin-cancel"), HoursAdmin(act="list"))]
    markup = time_picker(
        l10n.locale,
        half_hours(7 * 60, 17 * 60),
        lambda m: HoursAdmin(act="closes", d=callback_data.d, o=m),
        nav,
    )
    await edit_step(query, l10n("hours-admin-pick-opens"), markup)


async def pick_closes(query: CallbackQuery, callback_data: HoursAdmin, l10n: Localizer) -> None:
    nav = [(l10n("hours-admin-cancel"), HoursAdmin(act="list"))]
    choices = half_hours(max(callback_data.o + 30, 8 * 60), 20 * 60)
    markup = time_picker(
        l10n.locale, choices, lambda m: HoursAdmin(act="why", d=callback_data.d, o=callback_data.o, c=m), nav
    )
    await edit_step(query, l10n("hours-admin-pick-closes"), markup)


async def pick_reason(query: CallbackQuery, callback_data: HoursAdmin, l10n: Localizer) -> None:
    await edit_step(query, l10n("hours-admin-pick-reason"), reason_keyboard(l10n, callback_data))


async def type_reason(
    query: CallbackQuery, callback_data: HoursAdmin, l10n: Localizer, state: FSMContext
) -> None:
    await state.set_state(HoursStates.reason)
    await state.set_data({"d": callback_data.d, "o": callback_data.o, "c": callback_data.c})
    await edit_step(query, l10n("hours-admin-write-reason"))


async def _save(
    service: HoursService,
    data: HoursAdmin,
    reason: str,
    note: str | None,
    by: int,
    l10n: Localizer,
    bookings: BookingService,
) -> str:
    closed = data.o < 0 or data.c < 0
    day = _day(data)
    await service.set_exception(
        day,
        closed=closed,
        opens=None if closed else from_minutes(data.o),
        closes=None if closed else from_minutes(data.c),
        reason=reason,
        note=note,
        by=by,
    )
    # People booked at a time that is no longer open are told at once (and offered another time).
    told = await bookings.close_outside_hours([day])
    shown = (await service.hours()).day(day)
    saved = l10n("hours-admin-saved", day=day_long(day, l10n.locale), hours=day_text(shown, l10n))
    return "\n".join([saved, l10n("booking-admin-told", count=told)]) if told else saved


async def save(
    query: CallbackQuery,
    callback_data: HoursAdmin,
    l10n: Localizer,
    booking: BookingService,
    hours: HoursService,
) -> None:
    try:
        done = await _save(hours, callback_data, callback_data.r, None, query.from_user.id, l10n, booking)
    except (ScheduleError, ValueError):
        done = l10n("hours-admin-invalid")
    await edit_step(query, done)
    if isinstance(query.message, Message):
        text, markup = await overview(hours, l10n)
        await query.message.answer(text, reply_markup=markup)


async def typed_reason(
    message: Message, l10n: Localizer, state: FSMContext, booking: BookingService, hours: HoursService
) -> None:
    note = " ".join((message.text or "").split())
    if not note or len(note) > NOTE_MAX:
        await message.answer(l10n("hours-admin-write-reason"))
        return
    raw = await state.get_data()
    await state.clear()
    data = HoursAdmin(act="save", d=str(raw["d"]), o=int(raw["o"]), c=int(raw["c"]))
    try:
        done = await _save(hours, data, "other", note, message.chat.id, l10n, booking)
    except (ScheduleError, ValueError):
        done = l10n("hours-admin-invalid")
    text, markup = await overview(hours, l10n)
    await message.answer(done)
    await message.answer(text, reply_markup=markup)


async def remove(
    query: CallbackQuery, callback_data: HoursAdmin, l10n: Localizer, hours: HoursService
) -> None:
    day = _day(callback_data)
    await hours.remove_exception(day)
    await edit_step(query, l10n("hours-admin-removed", day=day_long(day, l10n.locale)))
    if isinstance(query.message, Message):
        text, markup = await overview(hours, l10n)
        await query.message.answer(text, reply_markup=markup)


def create_router() -> Router:
    router = coordinators_only(Router(name=__name__))
    router.message.register(hours_admin, Command("hours_admin"))
    router.callback_query.register(overview_button, CoordinatorMenu.filter(F.section == "hours"))
    steps: dict[str, Callable[..., Awaitable[None]]] = {
        "list": overview_button,
        "add": pick_day,
        "day": what_changes,
        "opens": pick_opens,
        "closes": pick_closes,
        "why": pick_reason,
        "type": type_reason,
        "save": save,
        "rm": remove,
    }
    for act, step in steps.items():  # one button act, one step of the wizard
        router.callback_query.register(step, HoursAdmin.filter(F.act == act))
    router.message.register(typed_reason, HoursStates.reason, F.text, ~F.text.startswith("/"))
    return router
