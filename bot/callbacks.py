"""Typed callback data: ASCII ids and short prefixes only (Telegram allows 64 bytes)."""

from __future__ import annotations

from enum import StrEnum

from aiogram.filters.callback_data import CallbackData


class MenuAction(StrEnum):
    MAIN = "main"
    LANGUAGE = "lang"
    PRIVACY = "priv"
    HELP = "help"
    TOPICS = "topics"
    PERSON = "person"
    HOURS = "hours"


class PickLanguage(CallbackData, prefix="lg"):
    locale: str


class Menu(CallbackData, prefix="mn"):
    action: MenuAction


class PrivacyAction(StrEnum):
    ASK_DELETE = "ask"
    DELETE = "del"
    KEEP = "keep"


class Privacy(CallbackData, prefix="pv"):
    action: PrivacyAction


class ShowTopic(CallbackData, prefix="tp"):
    id: str
    lc: str  # the locale to show it in


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
