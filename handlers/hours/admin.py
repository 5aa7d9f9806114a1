"""Coordinators change opening hours from Telegram: /coordinator, /hours_admin; a date, closed or new hours, a reason."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from aiogram import F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.booking.service import BookingService
from bot.clock import Clock
from bot.config import Settings
from bot.hours.data import ScheduleError
from bot.hours.service import ScheduleService
from bot.i18n import Localizer
from bot.i18n.dates import day_long, day_short
from handlers.booking.newcomer import booking_service
from handlers.common.pickers import DAYS_PER_PAGE, PAGES, date_picker, from_minutes, half_hours, time_picker
from handlers.common.roles import CoordinatorsOnly
from handlers.hours.callbacks import HoursAdmin
from handlers.hours.keyboards import (
    change_keyboard,
    coordinator_menu,
    day_code,
    overview_keyboard,
    reason_keyboard,
)
from handlers.hours.views import day_text

OVERVIEW_DAYS = 84
NOTE_MAX = 200


class HoursStates(StatesGroup):
    reason = State()


async def show(query: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Turn the flow's message into the next step (or send it if the message is too old to edit)."""
    await query.answer()
    if not isinstance(query.message, Message):
        return
    try:
        await query.message.edit_text(text, reply_markup=markup)
    except TelegramBadRequest as exc:
        if "not modified" not in exc.message:
            raise


def _service(session: AsyncSession, clock: Clock, settings: Settings) -> ScheduleService:
    return ScheduleService(session, clock, settings.tz)


def _day(data: HoursAdmin) -> date:
    return datetime.strptime(data.d, "%Y%m%d").date()  # noqa: DTZ007 - a calendar date, not an instant


async def overview(service: ScheduleService, l10n: Localizer) -> tuple[str, InlineKeyboardMarkup]:
    hours = await service.hours()
    changes = hours.changes(service.today(), OVERVIEW_DAYS)
    lines = [l10n("hoursadmin-title")]
    lines += [
        l10n("hours-day-line", day=day_short(d.day, l10n.locale), hours=day_text(d, l10n)) for d in changes
    ] or [l10n("hoursadmin-empty")]
    exceptions = [d.exception for d in changes if d.exception is not None]
    return "\n".join(lines), overview_keyboard(l10n, exceptions)


async def coordinator(message: Message, l10n: Localizer, state: FSMContext) -> None:
    await state.clear()
    await message.answer(l10n("hoursadmin-menu-title"), reply_markup=coordinator_menu(l10n))


async def hours_admin(
    message: Message,
    l10n: Localizer,
    session: AsyncSession,
    clock: Clock,
    settings: Settings,
    state: FSMContext,
) -> None:
    await state.clear()
    text, markup = await overview(_service(session, clock, settings), l10n)
    await message.answer(text, reply_markup=markup)


async def overview_button(
    query: CallbackQuery,
    l10n: Localizer,
    session: AsyncSession,
    clock: Clock,
    settings: Settings,
    state: FSMContext,
) -> None:
    await state.clear()
    await show(query, *await overview(_service(session, clock, settings), l10n))


async def pick_day(
    query: CallbackQuery,
    callback_data: HoursAdmin,
    l10n: Localizer,
    session: AsyncSession,
    clock: Clock,
    settings: Settings,
) -> None:
    service = _service(session, clock, settings)
    page = max(0, min(callback_data.p, PAGES - 1))
    first = service.today() + timedelta(days=page * DAYS_PER_PAGE)
    days = [first + timedelta(days=i) for i in range(DAYS_PER_PAGE)]
    nav = []
    if page > 0:
        nav.append((l10n("hoursadmin-earlier"), HoursAdmin(act="add", p=page - 1)))
    if page < PAGES - 1:
        nav.append((l10n("hoursadmin-later"), HoursAdmin(act="add", p=page + 1)))
    nav.append((l10n("hoursadmin-cancel"), HoursAdmin(act="list")))
    markup = date_picker(
        l10n.locale,
        days,
        lambda d: bool(service.data.weekly.get(d.weekday())),
        lambda d: HoursAdmin(act="day", d=day_code(d)),
        nav,
    )
    await show(query, l10n("hoursadmin-pick-day"), markup)


async def what_changes(
    query: CallbackQuery,
    callback_data: HoursAdmin,
    l10n: Localizer,
    session: AsyncSession,
    clock: Clock,
    settings: Settings,
) -> None:
    day = (await _service(session, clock, settings).hours()).day(_day(callback_data))
    text = l10n("hoursadmin-what", day=day_long(day.day, l10n.locale), hours=day_text(day, l10n))
    await show(query, text, change_keyboard(l10n, callback_data.d))


async def pick_opens(query: CallbackQuery, callback_data: HoursAdmin, l10n: Localizer) -> None:
    nav = [(l10n("hoursadmin-cancel"), HoursAdmin(act="list"))]
    markup = time_picker(
        l10n.locale,
        half_hours(7 * 60, 17 * 60),
        lambda m: HoursAdmin(act="closes", d=callback_data.d, o=m),
        nav,
    )
    await show(query, l10n("hoursadmin-pick-opens"), markup)


async def pick_closes(query: CallbackQuery, callback_data: HoursAdmin, l10n: Localizer) -> None:
    nav = [(l10n("hoursadmin-cancel"), HoursAdmin(act="list"))]
    choices = half_hours(max(callback_data.o + 30, 8 * 60), 20 * 60)
    markup = time_picker(
        l10n.locale, choices, lambda m: HoursAdmin(act="why", d=callback_data.d, o=callback_data.o, c=m), nav
    )
    await show(query, l10n("hoursadmin-pick-closes"), markup)


async def pick_reason(query: CallbackQuery, callback_data: HoursAdmin, l10n: Localizer) -> None:
    await show(query, l10n("hoursadmin-pick-reason"), reason_keyboard(l10n, callback_data))


async def type_reason(
    query: CallbackQuery, callback_data: HoursAdmin, l10n: Localizer, state: FSMContext
) -> None:
    await state.set_state(HoursStates.reason)
    await state.set_data({"d": callback_data.d, "o": callback_data.o, "c": callback_data.c})
    await show(query, l10n("hoursadmin-write-reason"))


async def _save(
    service: ScheduleService,
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
    saved = l10n("hoursadmin-saved", day=day_long(day, l10n.locale), hours=day_text(shown, l10n))
    return "\n".join([saved, l10n("booking-admin-told", count=told)]) if told else saved


async def save(
    query: CallbackQuery,
    callback_data: HoursAdmin,
    l10n: Localizer,
    session: AsyncSession,
    clock: Clock,
    settings: Settings,
) -> None:
    service = _service(session, clock, settings)
    try:
        bookings = booking_service(session, clock, settings)
        done = await _save(service, callback_data, callback_data.r, None, query.from_user.id, l10n, bookings)
    except (ScheduleError, ValueError):
        done = l10n("hoursadmin-invalid")
    await show(query, done)
    if isinstance(query.message, Message):
        text, markup = await overview(service, l10n)
        await query.message.answer(text, reply_markup=markup)


async def typed_reason(
    message: Message,
    l10n: Localizer,
    session: AsyncSession,
    clock: Clock,
    settings: Settings,
    state: FSMContext,
) -> None:
    note = " ".join((message.text or "").split())
    if not note or len(note) > NOTE_MAX:
        await message.answer(l10n("hoursadmin-write-reason"))
        return
    raw = await state.get_data()
    await state.clear()
    service = _service(session, clock, settings)
    data = HoursAdmin(act="save", d=str(raw["d"]), o=int(raw["o"]), c=int(raw["c"]))
    try:
        bookings = booking_service(session, clock, settings)
        done = await _save(service, data, "other", note, message.chat.id, l10n, bookings)
    except (ScheduleError, ValueError):
        done = l10n("hoursadmin-invalid")
    text, markup = await overview(service, l10n)
    await message.answer(done)
    await message.answer(text, reply_markup=markup)


async def remove(
    query: CallbackQuery,
    callback_data: HoursAdmin,
    l10n: Localizer,
    session: AsyncSession,
    clock: Clock,
    settings: Settings,
) -> None:
    service = _service(session, clock, settings)
    day = _day(callback_data)
    await service.remove_exception(day)
    await show(query, l10n("hoursadmin-removed", day=day_long(day, l10n.locale)))
    if isinstance(query.message, Message):
        text, markup = await overview(service, l10n)
        await query.message.answer(text, reply_markup=markup)


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.middleware(CoordinatorsOnly())
    router.callback_query.middleware(CoordinatorsOnly())
    router.message.register(coordinator, Command("coordinator"))
    router.message.register(hours_admin, Command("hours_admin"))
    router.callback_query.register(overview_button, HoursAdmin.filter(F.act == "list"))
    router.callback_query.register(pick_day, HoursAdmin.filter(F.act == "add"))
    router.callback_query.register(what_changes, HoursAdmin.filter(F.act == "day"))
    router.callback_query.register(pick_opens, HoursAdmin.filter(F.act == "opens"))
    router.callback_query.register(pick_closes, HoursAdmin.filter(F.act == "closes"))
    router.callback_query.register(pick_reason, HoursAdmin.filter(F.act == "why"))
    router.callback_query.register(type_reason, HoursAdmin.filter(F.act == "type"))
    router.callback_query.register(save, HoursAdmin.filter(F.act == "save"))
    router.message.register(typed_reason, HoursStates.reason, F.text, ~F.text.startswith("/"))
    router.callback_query.register(remove, HoursAdmin.filter(F.act == "rm"))
    return router
