"""Typed callback data of booking drop-in times. ASCII ids and short prefixes only (Telegram allows 64 bytes)."""

from __future__ import annotations

from enum import StrEnum

from aiogram.filters.callback_data import CallbackData


class Book(CallbackData, prefix="bk"):
    """The booking flow; every step carries what was chosen so far (no hidden state).

    act: start | lang | days | day | time | wait; t: topic; lg: help language; d: local date YYYYMMDD;
    s: slot start in minutes since the epoch (UTC, unambiguous on daylight-saving days); mv: booking being moved.
    """

    act: str
    t: str = ""
    lg: str = ""
    d: str = ""
    s: int = 0
    mv: int = 0


class MyBookingAction(StrEnum):
    LIST = "list"
    CANCEL = "cancel"
    MOVE = "move"
    COMING = "coming"


class MyBooking(CallbackData, prefix="mb"):
    action: MyBookingAction
    id: int = 0


class BookOffer(CallbackData, prefix="bo"):
    """A freed seat offered to someone on the waiting list: their place on the list and the slot."""

    w: int
    s: int


class BookMark(CallbackData, prefix="bm"):
    """Advisors: attended (True) or no-show (False)."""

    id: int
    came: bool
