"""Keyboards of the booking flow, /mybookings and the advisors' day list: pure functions of (l10n, data)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.booking.model import Booking, BookingStatus, DayOffer, SlotOffer
from bot.booking.rules import slot_key
from bot.i18n import Localizer
from bot.i18n.dates import clock_time, day_short
from handlers.booking.callbacks import Book, BookMark, BookOffer, MyBooking, MyBookingAction
from handlers.booking.views import language_label, topic_label
from handlers.common.callbacks import Menu, MenuAction
from handlers.common.pickers import button, rows_of

TIME_COLUMNS, DAY_COLUMNS = 4, 2
STAFF_MAX_BOOKINGS = 45  # two buttons each: under Telegram's ~100 buttons per message


class CallbackLinks:
    """The bot's callback data for buttons the booking services put under scheduled messages."""

    def coming(self, booking_id: int) -> str:
        return MyBooking(action=MyBookingAction.COMING, id=booking_id).pack()

    def cancel(self, booking_id: int) -> str:
        return MyBooking(action=MyBookingAction.CANCEL, id=booking_id).pack()

    def rebook(self, topic: str, language: str) -> str:
        return Book(act="days", t=topic, lg=language).pack()

    def offer(self, wait_id: int, start: datetime) -> str:
        return BookOffer(w=wait_id, s=slot_key(start)).pack()


def day_code(day: date) -> str:
    return day.strftime("%Y%m%d")


def _menu(l10n: Localizer) -> InlineKeyboardButton:
    return button(l10n("common-menu-back"), Menu(action=MenuAction.MAIN))


def topics_keyboard(l10n: Localizer, topics: Sequence[str], has_bookings: bool) -> InlineKeyboardMarkup:
    rows = rows_of([button(topic_label(l10n, t), Book(act="lang", t=t)) for t in topics], 2)
    if has_bookings:
        rows.append([button(l10n("booking-mine-button"), MyBooking(action=MyBookingAction.LIST))])
    rows.append([_menu(l10n)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def languages_keyboard(
    l10n: Localizer, languages: Sequence[str], topic: str, first: str | None
) -> InlineKeyboardMarkup:
    """The user's own language first (plain Finnish readers get Finnish help)."""
    own = "fi" if first == "fi-selko" else first
    order = sorted(languages, key=lambda lg: lg != own)
    rows = rows_of([button(language_label(lg), Book(act="days", t=topic, lg=lg)) for lg in order], 2)
    rows.append([button(l10n("booking-back"), Book(act="start"))])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def days_keyboard(
    l10n: Localizer, offers: Sequence[DayOffer], topic: str, language: str, move: int
) -> InlineKeyboardMarkup:
    loc = l10n.locale
    buttons = [
        button(
            l10n("booking-day-button", day=day_short(o.day, loc), free=o.free),
            Book(act="day", t=topic, lg=language, d=day_code(o.day), mv=move),
        )
        for o in offers
    ]
    rows = rows_of(buttons, DAY_COLUMNS)
    back = (
        button(l10n("booking-back"), MyBooking(action=MyBookingAction.LIST))
        if move
        else button(l10n("booking-back"), Book(act="lang", t=topic))
    )
    rows.append([back])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def times_keyboard(
    l10n: Localizer, offers: Sequence[SlotOffer], topic: str, language: str, day: date, move: int
) -> InlineKeyboardMarkup:
    free = [o for o in offers if o.free > 0]
    buttons = [
        button(
            clock_time(o.start, l10n.locale),
            Book(act="time", t=topic, lg=language, s=slot_key(o.start), mv=move),
        )
        for o in free
    ]
    rows = rows_of(buttons, TIME_COLUMNS)
    if not free and not move:
        rows.append(
            [button(l10n("booking-wait-button"), Book(act="wait", t=topic, lg=language, d=day_code(day)))]
        )
    rows.append([button(l10n("booking-other-day"), Book(act="days", t=topic, lg=language, mv=move))])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def booked_keyboard(l10n: Localizer, booking: Booking) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                button(l10n("booking-cancel"), MyBooking(action=MyBookingAction.CANCEL, id=booking.id)),
                button(l10n("booking-move"), MyBooking(action=MyBookingAction.MOVE, id=booking.id)),
            ],
            [button(l10n("booking-mine-button"), MyBooking(action=MyBookingAction.LIST))],
        ]
    )


def mine_keyboard(l10n: Localizer, bookings: Sequence[Booking], can_book: bool) -> InlineKeyboardMarkup:
    rows = []
    for b in bookings:
        code = b.code or "-"
        rows.append(
            [
                button(
                    l10n("booking-cancel-code", code=code), MyBooking(action=MyBookingAction.CANCEL, id=b.id)
                ),
                button(l10n("booking-move-code", code=code), MyBooking(action=MyBookingAction.MOVE, id=b.id)),
            ]
        )
    if can_book:
        rows.append([button(l10n("booking-menu-button"), Book(act="start"))])
    rows.append([_menu(l10n)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def rebook_keyboard(l10n: Localizer, topic: str, language: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [button(l10n("booking-rebook"), Book(act="days", t=topic, lg=language))],
            [_menu(l10n)],
        ]
    )


def reminder_keyboard(l10n: Localizer, booking: Booking) -> InlineKeyboardMarkup:
    """Under a reminder once "I'm coming" was pressed: cancelling stays one tap."""
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [button(l10n("booking-cancel"), MyBooking(action=MyBookingAction.CANCEL, id=booking.id))]
        ]
    )


# -- advisors -------------------------------------------------------------------------------------------------
def staff_keyboard(l10n: Localizer, bookings: Sequence[Booking], tz: ZoneInfo) -> InlineKeyboardMarkup | None:
    """Per booking: "✅ 10.00 K7QX" (attended) and "❌" (no-show); the current mark is shown on its button."""
    rows = []
    for b in bookings[:STAFF_MAX_BOOKINGS]:
        label = f"{clock_time(b.start.astimezone(tz), l10n.locale)} {b.code or '-'}"
        came = l10n(
            "booking-staff-came", label=label, marked="yes" if b.status == BookingStatus.ATTENDED else "no"
        )
        absent = l10n("booking-staff-absent", marked="yes" if b.status == BookingStatus.NO_SHOW else "no")
        rows.append(
            [button(came, BookMark(id=b.id, came=True)), button(absent, BookMark(id=b.id, came=False))]
        )
    return InlineKeyboardMarkup(inline_keyboard=rows) if rows else None
