"""Typed callback data of letters. ASCII ids and short prefixes only (Telegram allows 64 bytes); never letter text."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class LetterTopic(CallbackData, prefix="lx"):
    """What to do next: the knowledge-base topic for the letter."""

    t: str


class LetterRemind(CallbackData, prefix="lr"):
    """ "Remind me before the deadline": the date (YYYYMMDD), sender and kind (indexes of the closed lists), topic."""

    d: str
    s: int
    k: int
    t: str


class LetterCancel(CallbackData, prefix="lc"):
    id: int


class LetterPerson(CallbackData, prefix="lp"):
    """ "Talk to a person" from a letter: the ids of the letter's messages in this chat, "."-separated."""

    m: str
