"""Typed callback data of groups and events. ASCII ids and short prefixes only (Telegram allows 64 bytes)."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class EventList(CallbackData, prefix="el"):
    pass


class ShowEvent(CallbackData, prefix="ev"):
    id: int


class EventReminders(CallbackData, prefix="es"):
    id: int
    on: bool
    card: bool = True  # pressed on the event card (False: on a reminder)


class EventCalendar(CallbackData, prefix="ei"):
    id: int


class EventAdmin(CallbackData, prefix="ea"):
    """Coordinators' event flow; the draft itself lives in FSM data."""

    act: str
    id: int = 0
    v: str = ""
