"""Booking a drop-in time: /book, the menu button and the "book-visit" topic; topic -> language -> day -> time.

Each step edits the same message (a phone screen stays short); the confirmation comes with an .ics file. Freed
seats offered to the waiting list are taken here too (BookOffer).
"""

from __future__ import annotations

from collections.abc import Awaitable
from datetime import date, datetime
from typing import Any, TypeVar

from aiogram import F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command
from aiogram.types import BufferedInputFile, CallbackQuery, InlineKeyboardMarkup, Message

from bot.booking.model import Booking, BookingError, SlotFull, TooManyBookings
from bot.booking.rules import from_key
from bot.booking.service import BookingService
from bot.clock import Clock
from bot.config import Settings
from bot.i18n import Localizer
from bot.i18n.dates import day_long
from handlers.booking.callbacks import Book, BookOffer
from handlers.booking.keyboards import (
    booked_keyboard,
    days_keyboard,
    languages_keyboard,
    mine_keyboard,
    times_keyboard,
    topics_keyboard,
)
from handlers.booking.views import (
    calendar_file,
    confirmation_text,
    days_text,
    intro_text,
    mine_text,
    times_text,
)
from handlers.common.callbacks import Menu, MenuAction
from handlers.common.hooks import Hooks
from handlers.common.keyboards import back_to_menu

T = TypeVar("T")


async def show(query: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Turn the message the button sits on into the next step (or send it when that message cannot be edited)."""
    if not isinstance(query.message, Message):
        return
    try:
        await query.message.edit_text(text, reply_markup=markup)
    except TelegramBadRequest as exc:
        if "not modified" in exc.message:
            return
        await query.message.answer(text, reply_markup=markup)


async def show_view(query: CallbackQuery, view: Awaitable[tuple[str, InlineKeyboardMarkup]]) -> None:
    """Answer the press, then turn its message into `view` (text and buttons)."""
    await query.answer()
    await show(query, *await view)


async def refuse(query: CallbackQuery, l10n: Localizer, error: BookingError) -> None:
    await query.answer(l10n(f"booking-error-{error.reason}")[:200], show_alert=True)


async def or_refuse(
    query: CallbackQuery, l10n: Localizer, step: Awaitable[T], done: str | None = None
) -> T | None:
    """What a booking step gives, or None once the person has been told why it cannot be done. With `done`, the
    press is answered with that note when the step worked."""
    try:
        result = await step
    except BookingError as exc:
        await refuse(query, l10n, exc)
        return None
    if done is not None:
        await query.answer(done[:200])
    return result


def _day(data: Book) -> date:
    return datetime.strptime(data.d, "%Y%m%d").date()  # noqa: DTZ007 - a calendar date, not an instant


async def start_view(
    service: BookingService, l10n: Localizer, user_id: int
) -> tuple[str, InlineKeyboardMarkup]:
    mine = await service.mine(user_id)
    if len(mine) >= service.rules.max_active:
        note = l10n("booking-error-too-many")
        return mine_text(l10n, mine, service.tz, note), mine_keyboard(l10n, mine, can_book=False)
    return intro_text(l10n, len(mine)), topics_keyboard(l10n, service.rules.topics, bool(mine))


async def send_start(message: Message, l10n: Localizer, service: BookingService, user_id: int) -> None:
    text, markup = await start_view(service, l10n, user_id)
    await message.answer(text, reply_markup=markup)


async def book_command(message: Message, l10n: Localizer, booking: BookingService) -> None:
    await send_start(message, l10n, booking, message.chat.id)


async def book_button(query: CallbackQuery, l10n: Localizer, booking: BookingService) -> None:
    await query.answer()
    if isinstance(query.message, Message):
        await send_start(query.message, l10n, booking, query.from_user.id)


async def book_visit(message: Message, locale: str, data: dict[str, Any]) -> bool:
    await send_start(message, data["translator"](locale), data["booking"], message.chat.id)
    return True


async def restart(query: CallbackQuery, l10n: Localizer, booking: BookingService) -> None:
    await show_view(query, start_view(booking, l10n, query.from_user.id))


async def pick_language(
    query: CallbackQuery, callback_data: Book, l10n: Localizer, booking: BookingService
) -> None:
    rules = booking.rules
    if callback_data.t not in rules.topics:
        await query.answer(l10n("booking-error-unavailable")[:200], show_alert=True)
        return
    await query.answer()
    markup = languages_keyboard(l10n, rules.languages, callback_data.t, l10n.locale)
    await show(query, l10n("booking-choose-language"), markup)


async def pick_day(
    query: CallbackQuery, callback_data: Book, l10n: Localizer, booking: BookingService
) -> None:
    topic, language = callback_data.t, callback_data.lg
    offers = await or_refuse(query, l10n, booking.days(language))
    if offers is None:
        return
    await query.answer()
    text = days_text(l10n, topic, language, booking.assistant_days(language), not offers)
    await show(query, text, days_keyboard(l10n, offers, topic, language, callback_data.mv))


async def times_view(
    service: BookingService, l10n: Localizer, day: date, data: Book
) -> tuple[str, InlineKeyboardMarkup]:
    offers = await service.times(day, data.lg)
    markup = times_keyboard(l10n, offers, data.t, data.lg, day, data.mv)
    return times_text(l10n, day, not any(o.free for o in offers)), markup


async def pick_time(
    query: CallbackQuery, callback_data: Book, l10n: Localizer, booking: BookingService
) -> None:
    try:
        view = await times_view(booking, l10n, _day(callback_data), callback_data)
    except (BookingError, ValueError):
        await query.answer(l10n("booking-error-unavailable")[:200], show_alert=True)
        return
    await query.answer()
    await show(query, *view)


async def confirm(
    query: CallbackQuery,
    l10n: Localizer,
    service: BookingService,
    clock: Clock,
    booking: Booking,
    *,
    moved: bool,
) -> None:
    text = confirmation_text(l10n, booking, service.rules, service.tz, service.place, moved=moved)
    await show(query, text, booked_keyboard(l10n, booking))
    if isinstance(query.message, Message):
        content, name = calendar_file(l10n, booking, service.rules, service.tz, service.place, clock.now())
        await query.message.answer_document(
            BufferedInputFile(content, filename=name), caption=l10n("booking-ics-caption")
        )


async def pick(
    query: CallbackQuery,
    callback_data: Book,
    l10n: Localizer,
    clock: Clock,
    settings: Settings,
    booking: BookingService,
) -> None:
    user = query.from_user.id
    try:
        start = from_key(callback_data.s, settings.tz)
        if callback_data.mv:
            booked = await booking.move(user, callback_data.mv, start)
        else:
            booked = await booking.book(user, l10n.locale, callback_data.t, callback_data.lg, start)
    except TooManyBookings as exc:
        await refuse(query, l10n, exc)
        await show(query, *await start_view(booking, l10n, user))
        return
    except SlotFull as exc:  # somebody was faster: show what is still free that day
        await refuse(query, l10n, exc)
        await show(query, *await times_view(booking, l10n, start.date(), callback_data))
        return
    except BookingError as exc:
        await refuse(query, l10n, exc)
        return
    await query.answer()
    await confirm(query, l10n, booking, clock, booked, moved=bool(callback_data.mv))


async def wait(query: CallbackQuery, callback_data: Book, l10n: Localizer, booking: BookingService) -> None:
    try:
        day = _day(callback_data)
        await booking.wait_for(query.from_user.id, l10n.locale, callback_data.t, callback_data.lg, day)
    except (BookingError, ValueError):
        await query.answer(l10n("booking-error-unavailable")[:200], show_alert=True)
        return
    await query.answer()
    await show(query, l10n("booking-waiting", day=day_long(day, l10n.locale)), back_to_menu(l10n))


async def take_offer(
    query: CallbackQuery,
    callback_data: BookOffer,
    l10n: Localizer,
    clock: Clock,
    settings: Settings,
    booking: BookingService,
) -> None:
    try:
        booked = await booking.take_offer(
            query.from_user.id, l10n.locale, callback_data.w, from_key(callback_data.s, settings.tz)
        )
    except SlotFull:
        await query.answer(l10n("booking-offer-gone")[:200], show_alert=True)
        return
    except BookingError as exc:
        await refuse(query, l10n, exc)
        return
    await query.answer()
    await confirm(query, l10n, booking, clock, booked, moved=False)


def create_router(hooks: Hooks) -> Router:
    router = Router(name=__name__)
    router.message.register(book_command, Command("book"))
    router.callback_query.register(book_button, Menu.filter(F.action == MenuAction.BOOK))
    router.callback_query.register(restart, Book.filter(F.act == "start"))
    router.callback_query.register(pick_language, Book.filter(F.act == "lang"))
    router.callback_query.register(pick_day, Book.filter(F.act == "days"))
    router.callback_query.register(pick_time, Book.filter(F.act == "day"))
    router.callback_query.register(pick, Book.filter(F.act == "time"))
    router.callback_query.register(wait, Book.filter(F.act == "wait"))
    router.callback_query.register(take_offer, BookOffer.filter())
    hooks.topics.register("book-visit", book_visit)
    return router
