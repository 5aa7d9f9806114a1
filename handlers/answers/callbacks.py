"""Typed callback data of answers: topics, "more", feedback, categories. ASCII ids and short prefixes only (Telegram allows 64 bytes)."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class ShowTopic(CallbackData, prefix="tp"):
    id: str
    lc: str  # the locale to show it in


class Candidate(CallbackData, prefix="cd"):
    """One of the topics the bot asked between when it was unsure."""

    id: str
    lc: str


class AlsoTopic(CallbackData, prefix="al"):
    """The second matter of a message that raised two."""

    id: str
    lc: str


class MoreTopic(CallbackData, prefix="mo"):
    id: str
    lc: str


class Feedback(CallbackData, prefix="fb"):
    id: str
    lc: str
    up: bool


class Category(CallbackData, prefix="ct"):
    id: str


class TopicsMenu(CallbackData, prefix="tm"):
    pass


class NoneOfThese(CallbackData, prefix="no"):
    pass


class SwitchLanguage(CallbackData, prefix="sw"):
    locale: str
