"""Typed callback data every feature uses: the main menu, the language picker, "talk to a person". ASCII ids and short prefixes only (Telegram allows 64 bytes)."""

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
    EVENTS = "events"
    BOOK = "book"


class Menu(CallbackData, prefix="mn"):
    action: MenuAction


class PickLanguage(CallbackData, prefix="lg"):
    locale: str


class StartCase(CallbackData, prefix="ec"):
    """ "Talk to a person" from an answer: `t` is the topic the bot answered, `u` an urgent answer."""

    t: str = ""
    u: bool = False


class CoordinatorMenu(CallbackData, prefix="cm"):
    """A section of the coordinators' home (/coordinator): "hours" or "events"."""

    section: str
