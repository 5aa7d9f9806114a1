"""Date and time pickers for coordinators' flows: pure functions, callback data made by the caller."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n.dates import clock_time, day_short

DAYS_PER_PAGE = 15
PAGES = 6  # about twelve weeks ahead
DAY_COLUMNS, TIME_COLUMNS = 3, 4


def button(text: str, data: CallbackData) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=data.pack())


def rows_of(buttons: Sequence[InlineKeyboardButton], n: int) -> list[list[InlineKeyboardButton]]:
    return [list(buttons[i : i + n]) for i in range(0, len(buttons), n)]


def minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def from_minutes(value: int) -> time:
    return time(value // 60, value % 60)


def date_picker(
    locale: str,
    days: Sequence[date],
    marked: Callable[[date], bool],
    pick: Callable[[date], CallbackData],
    nav: Sequence[tuple[str, CallbackData]],
) -> InlineKeyboardMarkup:
    """One page of dates, three a row ("🕘" marks usual opening days), then the navigation row(s)."""
    buttons = [button(("🕘 " if marked(d) else "") + day_short(d, locale), pick(d)) for d in days]
    rows = rows_of(buttons, DAY_COLUMNS)
    rows += rows_of([button(text, data) for text, data in nav], 2)
    return InlineKeyboardMarkup(inline_keyboard=rows)


def time_picker(
    locale: str,
    choices: Sequence[int],
    pick: Callable[[int], CallbackData],
    nav: Sequence[tuple[str, CallbackData]],
) -> InlineKeyboardMarkup:
    buttons = [button(clock_time(from_minutes(m), locale), pick(m)) for m in choices]
    rows = rows_of(buttons, TIME_COLUMNS)
    rows += rows_of([button(text, data) for text, data in nav], 2)
    return InlineKeyboardMarkup(inline_keyboard=rows)


def half_hours(first: int, last: int) -> list[int]:
    """Minutes after midnight from first to last (inclusive) in 30-minute steps."""
    return list(range(first, last + 1, 30))
