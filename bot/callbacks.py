"""Typed callback data: ASCII ids and short prefixes only (Telegram allows 64 bytes)."""

from __future__ import annotations

from enum import StrEnum

from aiogram.filters.callback_data import CallbackData


class MenuAction(StrEnum):
    MAIN = "main"
    LANGUAGE = "lang"
    PRIVACY = "priv"
    HELP = "help"


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
