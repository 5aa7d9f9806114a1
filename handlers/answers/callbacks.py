"""Typed callback data of answers: topics, "more", feedback, categories. ASCII ids and short prefixes only (Telegram allows 64 bytes)."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class ShowTopic(CallbackData, prefix="tp"):
    id: str
    lc: str  # the locale to show it in


# The presses below carry what showing a topic carries (the topic and the locale), each under its own prefix.


class Candidate(ShowTopic, prefix="cd"):
    """One of the topics the bot asked between when it was unsure."""


class AlsoTopic(ShowTopic, prefix="al"):
    """The second matter of a message that raised two."""


class MoreTopic(ShowTopic, prefix="mo"):
    """The rest of a long answer."""


class Feedback(ShowTopic, prefix="fb"):
    """Helpful or not: the topic, the locale, then up."""

    up: bool


class Category(CallbackData, prefix="ct"):
    id: str


class TopicsMenu(CallbackData, prefix="tm"):
    pass


class NoneOfThese(CallbackData, prefix="no"):
    pass


class SwitchLanguage(CallbackData, prefix="sw"):
    locale: str
