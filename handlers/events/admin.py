"""Coordinators manage events from Telegram (/events_admin): the list, one event, cancelling it or one date.

Creating and editing is the guided flow in handlers/events/wizard.py (its own router)."""

from __future__ import annotations

from datetime import date, datetime

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.events.service import EventNotFound, EventService
from bot.i18n import Localizer
from bot.i18n.dates import day_long
from bot.i18n.formatting import user_value
from handlers.common.callbacks import CoordinatorMenu
from handlers.common.coordinator import edit_step
from handlers.common.roles import coordinators_only
from handlers.events import admin_keyboards as kb
from handlers.events.callbacks import EventAdmin
from handlers.events.views import card_text


async def send_list(message: Message, service: EventService, l10n: Localizer) -> None:
    events = await service.all_events()
    await message.answer(l10n("events-admin-title"), reply_markup=kb.events_list_keyboard(l10n, events))


async def send_card(message: Message, service: EventService, event_id: int, l10n: Localizer) -> None:
    event = await service.get(event_id)
    text = card_text(event, service.next_dates(event), l10n, service.next_holiday_gap(event))
    if event.draft.repeat != "once":
        text += "\n" + l10n("events-admin-holidays", on="yes" if event.draft.on_holidays else "no")
    count = await service.subscriber_count(event_id)
    await message.answer(
        text + "\n\n" + l10n("events-admin-subscribers", count=count),
        reply_markup=kb.admin_card_keyboard(l10n, event),
    )


async def events_admin(message: Message, l10n: Localizer, state: FSMContext, events: EventService) -> None:
    await state.clear()
    await send_list(message, events, l10n)


async def list_button(query: CallbackQuery, l10n: Localizer, state: FSMContext, events: EventService) -> None:
    await state.clear()
    await query.answer()
    if isinstance(query.message, Message):
        await send_list(query.message, events, l10n)


async def open_event(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, events: EventService
) -> None:
    await query.answer()
    if isinstance(query.message, Message):
        try:
            await send_card(query.message, events, callback_data.id, l10n)
        except EventNotFound:
            await query.message.answer(l10n("events-gone"))


# -- cancelling -------------------------------------------------------------------------------------------------
async def ask_cancel(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, events: EventService
) -> None:
    event = await events.get(callback_data.id)
    count = await events.subscriber_count(event.id)
    text = l10n(
        "events-admin-confirm-cancel",
        title=user_value(event.text(l10n.locale)[0].title, l10n.locale),
        count=count,
    )
    await edit_step(
        query, text, kb.confirm_keyboard(l10n, EventAdmin(act="cancelyes", id=event.id), event.id)
    )


async def cancel(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, events: EventService
) -> None:
    count = await events.cancel(callback_data.id)
    await edit_step(query, l10n("events-admin-cancelled", count=count))


async def skip_dates(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, events: EventService
) -> None:
    event = await events.get(callback_data.id)
    dates = events.next_dates(event, count=9)
    await edit_step(query, l10n("events-admin-pick-skip"), kb.skip_dates_keyboard(l10n, event.id, dates))


def _skip_day(value: str) -> date | None:
    try:
        return datetime.strptime(value, "%Y%m%d").date()  # noqa: DTZ007 - a calendar date
    except ValueError:
        return None


async def ask_skip(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, events: EventService
) -> None:
    day = _skip_day(callback_data.v)
    event = await events.get(callback_data.id)
    if day is None:
        await query.answer()
        return
    count = await events.subscriber_count(event.id)
    text = l10n(
        "events-admin-confirm-skip",
        title=user_value(event.text(l10n.locale)[0].title, l10n.locale),
        date=day_long(day, l10n.locale),
        count=count,
    )
    yes = EventAdmin(act="skipyes", id=event.id, v=callback_data.v)
    await edit_step(query, text, kb.confirm_keyboard(l10n, yes, event.id))


async def skip(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, events: EventService
) -> None:
    day = _skip_day(callback_data.v)
    if day is None:
        await query.answer()
        return
    count = await events.skip(callback_data.id, day)
    await edit_step(query, l10n("events-admin-cancelled", count=count))


def create_router() -> Router:
    router = coordinators_only(Router(name=__name__))
    router.message.register(events_admin, Command("events_admin"))
    router.callback_query.register(list_button, EventAdmin.filter(F.act == "list"))
    router.callback_query.register(list_button, CoordinatorMenu.filter(F.section == "events"))
    router.callback_query.register(open_event, EventAdmin.filter(F.act == "open"))
    router.callback_query.register(ask_cancel, EventAdmin.filter(F.act == "cancel"))
    router.callback_query.register(cancel, EventAdmin.filter(F.act == "cancelyes"))
    router.callback_query.register(skip_dates, EventAdmin.filter(F.act == "skipdates"))
    router.callback_query.register(ask_skip, EventAdmin.filter(F.act == "skip"))
    router.callback_query.register(skip, EventAdmin.filter(F.act == "skipyes"))
    return router
