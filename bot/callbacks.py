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


# -- cases (talk to a person; the advisors' forum group) ---------------------------------------------------
class StartCase(CallbackData, prefix="ec"):
    """ "Talk to a person" from an answer: `t` is the topic the bot answered, `u` an urgent answer."""

    t: str = ""
    u: bool = False


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
