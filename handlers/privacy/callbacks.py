"""Typed callback data of /privacy. ASCII ids and short prefixes only (Telegram allows 64 bytes)."""

from __future__ import annotations

from enum import StrEnum

from aiogram.filters.callback_data import CallbackData


class PrivacyAction(StrEnum):
    ASK_DELETE = "ask"
    DELETE = "del"
    KEEP = "keep"


class Privacy(CallbackData, prefix="pv"):
    action: PrivacyAction
