"""Newcomers' events: /events, the menu button and the "groups-events" topic; one event; reminders; .ics file."""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import BufferedInputFile, CallbackQuery, Message

from bot.clock import Clock
from bot.config import Settings
from bot.events.ics import event_ics
from bot.events.notices import REMINDER_LEAD
from bot.events.service import EventNotFound, EventService
from bot.i18n import Localizer
from handlers.common.callbacks import Menu, MenuAction
from handlers.common.hooks import Hooks
from handlers.common.keyboards import main_menu
from handlers.common.presses import pressed
from handlers.events.callbacks import EventCalendar, EventList, EventReminders, ShowEvent
from handlers.events.keyboards import card_keyboard, events_keyboard
from handlers.events.views import LIST_DAYS, card_text, list_text


async def send_events(message: Message, l10n: Localizer, events: EventService) -> None:
    upcoming = await events.upcoming()
    gaps = await events.holiday_gaps(LIST_DAYS)
    await message.answer(
        list_text(upcoming, events.today(), l10n, gaps), reply_markup=events_keyboard(l10n, upcoming)
    )


async def events_command(message: Message, l10n: Localizer, events: EventService) -> None:
    await send_events(message, l10n, events)


async def events_button(query: CallbackQuery, l10n: Localizer, events: EventService) -> None:
    await query.answer()
    if isinstance(query.message, Message):
        await send_events(query.message, l10n, events)


async def groups_events(message: Message, locale: str, data: dict[str, Any]) -> bool:
    await send_events(message, data["translator"](locale), data["events"])
    return True


async def show_event(
    query: CallbackQuery, callback_data: ShowEvent, l10n: Localizer, events: EventService
) -> None:
    message = await pressed(query)
    if message is None:
        return
    try:
        event = await events.get(callback_data.id)
    except EventNotFound:
        await message.answer(l10n("events-gone"), reply_markup=main_menu(l10n))
        return
    subscribed = event.id in await events.subscribed(query.from_user.id)
    await message.answer(
        card_text(event, events.next_dates(event), l10n, events.next_holiday_gap(event)),
        reply_markup=card_keyboard(l10n, event.id, subscribed=subscribed, active=not event.cancelled),
    )


async def reminders(
    query: CallbackQuery, callback_data: EventReminders, l10n: Localizer, events: EventService
) -> None:
    try:
        if callback_data.on:
            await events.subscribe(callback_data.id, query.from_user.id)
        else:
            await events.unsubscribe(callback_data.id, query.from_user.id)
        event = await events.get(callback_data.id)
    except EventNotFound:
        await query.answer(l10n("events-gone"), show_alert=True)
        return
    on = callback_data.on and not event.cancelled
    message = await pressed(query)
    if message is None:
        return
    if callback_data.card:
        await message.edit_reply_markup(
            reply_markup=card_keyboard(l10n, event.id, subscribed=on, active=not event.cancelled)
        )
    else:
        await message.edit_reply_markup(reply_markup=None)
    hours = int(REMINDER_LEAD.total_seconds() // 3600)
    await message.answer(l10n("events-subscribed", hours=hours) if on else l10n("events-unsubscribed"))


async def calendar_file(
    query: CallbackQuery,
    callback_data: EventCalendar,
    l10n: Localizer,
    clock: Clock,
    settings: Settings,
    events: EventService,
) -> None:
    try:
        event = await events.get(callback_data.id)
    except EventNotFound:
        await query.answer(l10n("events-gone"), show_alert=True)
        return
    await query.answer()
    if isinstance(query.message, Message):
        data = event_ics(event, l10n.locale, settings.tz, clock.now())
        await query.message.answer_document(
            BufferedInputFile(data, filename=f"kototori-event-{event.id}.ics"),
            caption=l10n("events-calendar-caption"),
        )


def create_router(hooks: Hooks) -> Router:
    router = Router(name=__name__)
    router.message.register(events_command, Command("events"))
    router.callback_query.register(events_button, EventList.filter())
    router.callback_query.register(events_button, Menu.filter(F.action == MenuAction.EVENTS))
    router.callback_query.register(show_event, ShowEvent.filter())
    router.callback_query.register(reminders, EventReminders.filter())
    router.callback_query.register(calendar_file, EventCalendar.filter())
    hooks.topics.register("groups-events", groups_events)
    return router
