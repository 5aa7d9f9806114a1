"""Typed callback data of cases: consent, the draft, ratings and the advisors' case buttons. ASCII ids and short prefixes only (Telegram allows 64 bytes)."""

from __future__ import annotations

from enum import StrEnum

from aiogram.filters.callback_data import CallbackData


class CaseConsent(CallbackData, prefix="cc"):
    yes: bool
    t: str = ""
    u: bool = False


class CaseDraftAction(StrEnum):
    SEND = "send"
    CANCEL = "cancel"


class CaseDraft(CallbackData, prefix="cd"):
    action: CaseDraftAction


class CaseRate(CallbackData, prefix="cr"):
    case: int
    stars: int


class CaseActionKind(StrEnum):
    TAKE = "take"
    RELEASE = "rel"
    CLOSE = "close"
    REOPEN = "reopen"
    DELETE = "del"
    KB = "kb"
    PHRASES = "ph"


class CaseAct(CallbackData, prefix="ca"):
    action: CaseActionKind
    case: int


class CaseKb(CallbackData, prefix="ck"):
    case: int
    t: str


class CasePhrase(CallbackData, prefix="cp"):
    case: int
    p: str
