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


# -- subscriptions and announcements (bot/services/subscriptions.py, handlers/subscribe.py, handlers/announce.py)
class SubscribeAction(StrEnum):
    YES = "yes"  # first contact: yes, send me news
    NO = "no"
    ON = "on"
    OFF = "off"
    TOGGLE = "tg"  # an interest
    DONE = "done"
    AGAIN = "again"  # under an announcement whose "stop news" was pressed


class Subscribe(CallbackData, prefix="sb"):
    action: SubscribeAction
    interest: str = ""


class Unsubscribe(CallbackData, prefix="un"):
    """The button under every announcement."""


class AnnounceAction(StrEnum):
    NEXT = "next"
    SEND = "send"
    SCHEDULE = "sched"
    CANCEL = "cancel"


class AnnounceStep(CallbackData, prefix="as"):
    action: AnnounceAction


class AnnounceLanguage(CallbackData, prefix="al"):
    locale: str


class AnnounceAudience(CallbackData, prefix="aa"):
    kind: str
    value: str = ""


class AnnounceTime(CallbackData, prefix="at"):
    day: int  # days from today (local time)
    hour: int = -1  # -1: the day is chosen, ask the hour


class OutboxStop(CallbackData, prefix="ox"):
    """Stop a running or scheduled batch (progress message, scheduled confirmation)."""

    id: int
