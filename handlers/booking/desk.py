"""Bookings in the advisors' forum group: /today, /tomorrow, attended / no-show marks, /bookings_report.

In the advisors' group parent router (staff only, handlers/__init__.py), before the cases desk: its catch-all
takes every staff message in the group. Lists go out through the cases' group queue (20 messages a minute); a mark edits
the list it was pressed on.
"""

from __future__ import annotations

from datetime import date, timedelta

from aiogram import Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.booking.model import BookingError
from bot.booking.staff import BookingStaffService
from bot.cases.service import CaseService
from bot.config import Settings
from bot.i18n import Localizer
from bot.users.roles import Staff
from handlers.booking.callbacks import BookMark
from handlers.booking.keyboards import staff_keyboard
from handlers.booking.views import report_text, staff_day_text
from handlers.common.roles import COORDINATORS, topic_of

REPORT_WEEKS = 8


def _rows(markup: InlineKeyboardMarkup | None) -> list[list[list[str]]]:
    if markup is None:
        return []
    return [[[b.text, b.callback_data or ""] for b in row] for row in markup.inline_keyboard]


async def _day_list(
    service: BookingStaffService, l10n: Localizer, day: date
) -> tuple[str, InlineKeyboardMarkup | None]:
    bookings = await service.day(day)
    today = service.today()
    when = "today" if day == today else "tomorrow" if day == today + timedelta(days=1) else "other"
    markup = staff_keyboard(l10n, bookings, service.tz) if day <= today else None
    return staff_day_text(l10n, day, bookings, service.tz, when), markup


async def _post_day(
    message: Message,
    offset: int,
    l10n: Localizer,
    cases: CaseService,
    booking_staff: BookingStaffService,
) -> None:
    text, markup = await _day_list(booking_staff, l10n, booking_staff.today() + timedelta(days=offset))
    await cases.post(topic_of(message), "text", html=text, buttons=_rows(markup))


async def today(
    message: Message, l10n: Localizer, cases: CaseService, booking_staff: BookingStaffService
) -> None:
    await _post_day(message, 0, l10n, cases, booking_staff)


async def tomorrow(
    message: Message, l10n: Localizer, cases: CaseService, booking_staff: BookingStaffService
) -> None:
    await _post_day(message, 1, l10n, cases, booking_staff)


async def report(
    message: Message,
    command: CommandObject,
    l10n: Localizer,
    cases: CaseService,
    booking_staff: BookingStaffService,
) -> None:
    arg = (command.args or "").strip()
    weeks = min(int(arg), 104) if arg.isdigit() and int(arg) > 0 else REPORT_WEEKS
    rows = await booking_staff.weekly(weeks)
    await cases.post(topic_of(message), "text", html=report_text(l10n, rows))


async def mark(
    query: CallbackQuery,
    callback_data: BookMark,
    staff: Staff,
    l10n: Localizer,
    settings: Settings,
    booking_staff: BookingStaffService,
) -> None:
    try:
        booking = await booking_staff.mark(callback_data.id, callback_data.came, staff.id)
    except BookingError as exc:
        await query.answer(l10n(f"booking-error-{exc.reason}")[:200], show_alert=True)
        return
    await query.answer(
        l10n("booking-staff-marked", came="yes" if callback_data.came else "no", code=booking.code or "-")[
            :200
        ]
    )
    if not isinstance(query.message, Message):
        return
    # An edit, not a new message: the group's 20 messages a minute are left for cases.
    text, markup = await _day_list(booking_staff, l10n, booking.start.astimezone(settings.tz).date())
    try:
        await query.message.edit_text(text, reply_markup=markup)
    except TelegramBadRequest as exc:
        if "not modified" not in exc.message:
            raise


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.register(today, Command("today"))
    router.message.register(tomorrow, Command("tomorrow"))
    router.message.register(report, Command("bookings_report"), flags=COORDINATORS)
    router.callback_query.register(mark, BookMark.filter())
    return router
