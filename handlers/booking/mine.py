"""/mybookings: a person's upcoming bookings; cancel or move in one tap; "I'm coming" under a reminder."""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.booking.service import BookingService
from bot.i18n import Localizer
from handlers.booking.callbacks import MyBooking, MyBookingAction
from handlers.booking.keyboards import days_keyboard, mine_keyboard, reminder_keyboard
from handlers.booking.newcomer import or_refuse, show, show_view
from handlers.booking.views import days_text, mine_text, privacy_text, short_when
from handlers.common.privacy import PrivacySection


async def mine_view(
    service: BookingService, l10n: Localizer, user_id: int, note: str | None = None
) -> tuple[str, InlineKeyboardMarkup]:
    mine = await service.mine(user_id)
    markup = mine_keyboard(l10n, mine, can_book=len(mine) < service.rules.max_active)
    return mine_text(l10n, mine, service.tz, note), markup


async def mybookings_command(message: Message, l10n: Localizer, booking: BookingService) -> None:
    text, markup = await mine_view(booking, l10n, message.chat.id)
    await message.answer(text, reply_markup=markup)


async def mybookings_button(query: CallbackQuery, l10n: Localizer, booking: BookingService) -> None:
    """The "my bookings" button (menu, confirmation): the list takes the place of the message."""
    await show_view(query, mine_view(booking, l10n, query.from_user.id))


async def cancel(
    query: CallbackQuery, callback_data: MyBooking, l10n: Localizer, booking: BookingService
) -> None:
    """Cancel from the list: the seat is offered on, and the list says what was cancelled."""
    cancelled = booking.cancel(query.from_user.id, callback_data.id)
    if booked := await or_refuse(query, l10n, cancelled, l10n("booking-cancelled-short")):
        note = l10n("booking-cancelled", when=short_when(l10n, booked.start, booking.tz))
        await show(query, *await mine_view(booking, l10n, query.from_user.id, note))


async def move(
    query: CallbackQuery, callback_data: MyBooking, l10n: Localizer, booking: BookingService
) -> None:
    booked = await or_refuse(query, l10n, booking.own(query.from_user.id, callback_data.id))
    offers = None if booked is None else await or_refuse(query, l10n, booking.days(booked.language))
    if booked is None or offers is None:
        return
    await query.answer()
    text = days_text(l10n, booked.topic, booked.language, booking.assistant_days(booked.language), not offers)
    text = l10n("booking-moving", when=short_when(l10n, booked.start, booking.tz)) + "\n" + text
    await show(query, text, days_keyboard(l10n, offers, booked.topic, booked.language, booked.id))


async def coming(
    query: CallbackQuery, callback_data: MyBooking, l10n: Localizer, booking: BookingService
) -> None:
    """ "I'm coming" under a reminder: the booking is confirmed and the reminder's buttons show it."""
    confirmed = booking.confirm(query.from_user.id, callback_data.id)
    booked = await or_refuse(query, l10n, confirmed, l10n("booking-coming-thanks"))
    if booked is not None and isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=reminder_keyboard(l10n, booked))
        await query.message.answer(l10n("booking-coming-thanks"))


async def privacy_show(user_id: int, l10n: Localizer, data: dict[str, Any]) -> str | None:
    """The bookings part of /privacy (None when there are none)."""
    service: BookingService = data["booking"]
    bookings, waits = await service.stored(user_id)
    return privacy_text(l10n, bookings, waits, service.tz, service.rules.retention_days) or None


async def privacy_forget(user_id: int, data: dict[str, Any]) -> None:
    """/delete_my_data: upcoming bookings are cancelled (their seats offered on), past ones keep no trace of them."""
    service: BookingService = data["booking"]
    await service.forget(user_id)


PRIVACY = PrivacySection("bookings", privacy_show, privacy_forget)


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.register(mybookings_command, Command("mybookings"))
    router.callback_query.register(mybookings_button, MyBooking.filter(F.action == MyBookingAction.LIST))
    router.callback_query.register(cancel, MyBooking.filter(F.action == MyBookingAction.CANCEL))
    router.callback_query.register(move, MyBooking.filter(F.action == MyBookingAction.MOVE))
    router.callback_query.register(coming, MyBooking.filter(F.action == MyBookingAction.COMING))
    return router
