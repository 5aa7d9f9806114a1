"""/mybookings: a person's upcoming bookings; cancel or move in one tap; "I'm coming" under a reminder."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.booking.model import BookingError
from bot.booking.service import BookingService
from bot.clock import Clock
from bot.config import Settings
from bot.i18n import Localizer
from handlers.booking.callbacks import MyBooking, MyBookingAction
from handlers.booking.keyboards import days_keyboard, mine_keyboard, reminder_keyboard
from handlers.booking.newcomer import booking_service, refuse, show
from handlers.booking.views import days_text, mine_text, privacy_text, short_when


async def mine_view(
    service: BookingService, l10n: Localizer, user_id: int, note: str | None = None
) -> tuple[str, InlineKeyboardMarkup]:
    mine = await service.mine(user_id)
    markup = mine_keyboard(l10n, mine, can_book=len(mine) < service.rules.max_active)
    return mine_text(l10n, mine, service.tz, note), markup


async def mybookings_command(
    message: Message, l10n: Localizer, session: AsyncSession, clock: Clock, settings: Settings
) -> None:
    text, markup = await mine_view(booking_service(session, clock, settings), l10n, message.chat.id)
    await message.answer(text, reply_markup=markup)


async def mybookings_button(
    query: CallbackQuery, l10n: Localizer, session: AsyncSession, clock: Clock, settings: Settings
) -> None:
    await query.answer()
    await show(query, *await mine_view(booking_service(session, clock, settings), l10n, query.from_user.id))


async def cancel(
    query: CallbackQuery,
    callback_data: MyBooking,
    l10n: Localizer,
    session: AsyncSession,
    clock: Clock,
    settings: Settings,
) -> None:
    service = booking_service(session, clock, settings)
    try:
        booking = await service.cancel(query.from_user.id, callback_data.id)
    except BookingError as exc:
        await refuse(query, l10n, exc)
        return
    await query.answer(l10n("booking-cancelled-short")[:200])
    note = l10n("booking-cancelled", when=short_when(l10n, booking.start, service.tz))
    await show(query, *await mine_view(service, l10n, query.from_user.id, note))


async def move(
    query: CallbackQuery,
    callback_data: MyBooking,
    l10n: Localizer,
    session: AsyncSession,
    clock: Clock,
    settings: Settings,
) -> None:
    service = booking_service(session, clock, settings)
    try:
        booking = await service.own(query.from_user.id, callback_data.id)
        offers = await service.days(booking.language)
    except BookingError as exc:
        await refuse(query, l10n, exc)
        return
    await query.answer()
    text = days_text(
        l10n, booking.topic, booking.language, service.assistant_days(booking.language), not offers
    )
    text = l10n("booking-moving", when=short_when(l10n, booking.start, service.tz)) + "\n" + text
    await show(query, text, days_keyboard(l10n, offers, booking.topic, booking.language, booking.id))


async def coming(
    query: CallbackQuery,
    callback_data: MyBooking,
    l10n: Localizer,
    session: AsyncSession,
    clock: Clock,
    settings: Settings,
) -> None:
    service = booking_service(session, clock, settings)
    try:
        booking = await service.confirm(query.from_user.id, callback_data.id)
    except BookingError as exc:
        await refuse(query, l10n, exc)
        return
    await query.answer(l10n("booking-coming-thanks")[:200])
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=reminder_keyboard(l10n, booking))
        await query.message.answer(l10n("booking-coming-thanks"))


async def privacy_section(
    user_id: int, l10n: Localizer, session: AsyncSession, clock: Clock, settings: Settings
) -> str:
    """The bookings part of /privacy ("" when there are none)."""
    service = booking_service(session, clock, settings)
    bookings, waits = await service.stored(user_id)
    return privacy_text(l10n, bookings, waits, service.tz, service.rules.retention_days)


async def forget(user_id: int, session: AsyncSession, clock: Clock, settings: Settings) -> None:
    """/delete_my_data: upcoming bookings are cancelled (their seats offered on), past ones keep no trace of them."""
    await booking_service(session, clock, settings).forget(user_id)


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.register(mybookings_command, Command("mybookings"))
    router.callback_query.register(mybookings_button, MyBooking.filter(F.action == MyBookingAction.LIST))
    router.callback_query.register(cancel, MyBooking.filter(F.action == MyBookingAction.CANCEL))
    router.callback_query.register(move, MyBooking.filter(F.action == MyBookingAction.MOVE))
    router.callback_query.register(coming, MyBooking.filter(F.action == MyBookingAction.COMING))
    return router
