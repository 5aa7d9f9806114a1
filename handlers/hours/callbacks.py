"""Typed callback data of the opening hours (the coordinators' exception flow). ASCII ids and short prefixes only (Telegram allows 64 bytes)."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class HoursAdmin(CallbackData, prefix="ha"):
    """Coordinators' exception flow; every step carries what was chosen so far (no hidden state)."""

    act: str
    d: str = ""  # YYYYMMDD
    o: int = -1  # opens, minutes after midnight (-1: closed all day)
    c: int = -1  # closes
    r: str = ""  # reason preset
    p: int = 0  # page of the date picker
