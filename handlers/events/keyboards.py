"""Keyboards for newcomers' events: the list and one event's card (reminders get theirs from the outbox)."""

from __future__ import annotations

from collections.abc import Callable

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardMarkup

from bot.events.service import Occurrence
from bot.i18n import Localizer
from handlers.common.calendar import occurrence_line
from handlers.common.callbacks import Menu, MenuAction
from handlers.common.pickers import button
from handlers.events.callbacks import EventCalendar, EventList, EventReminders, ShowEvent
from handlers.events.views import first_occurrences


def events_keyboard(l10n: Localizer, upcoming: list[Occurrence]) -> InlineKeyboardMarkup:
    rows = [
        [button(occurrence_line(o, l10n, html=False), ShowEvent(id=o.event.id))]
        for o in first_occurrences(upcoming)
    ]
    rows.append([button(l10n("common-menu-back"), Menu(action=MenuAction.MAIN))])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def card_keyboard(l10n: Localizer, event_id: int, *, subscribed: bool, active: bool) -> InlineKeyboardMarkup:
    rows = []
    if active:
        toggle = "events-unsubscribe" if subscribed else "events-subscribe"
        rows.append([button(l10n(toggle), EventReminders(id=event_id, on=not subscribed))])
        rows.append([button(l10n("events-calendar"), EventCalendar(id=event_id))])
    rows.append([button(l10n("events-back"), EventList())])
    return InlineKeyboardMarkup(inline_keyboard=rows)


# Buttons the outbox may put under a message it sends (bot/app.py collects every feature's; bot/outbox/model.py).
OUTBOX_ACTIONS: dict[str, Callable[[str], CallbackData]] = {
    "event": lambda value: ShowEvent(id=int(value)),
    "event_unsub": lambda value: EventReminders(id=int(value), on=False, card=False),
    "events": lambda _: EventList(),
}
