"""Typed callback data of news: subscriptions, announcements and their sending. ASCII ids and short prefixes only (Telegram allows 64 bytes)."""

from __future__ import annotations

from enum import StrEnum

from aiogram.filters.callback_data import CallbackData


class SubscribeAction(StrEnum):
    YES = "yes"  # first contact: yes, send me news
    NO = "no"
    ON = "on"
    OFF = "off"
    TOGGLE = "tg"  # an interest
    DONE = "done"
    AGAIN = "again"  # under an announcement whose "stop news" was pressed
    DIGEST = "dg"  # the weekly overview on or off (/subscribe)
    DIGEST_YES = "dgy"  # first contact: only the weekly overview
    DIGEST_STOP = "dgx"  # under a weekly overview
    DIGEST_AGAIN = "dga"  # under a weekly overview whose "stop" was pressed


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
