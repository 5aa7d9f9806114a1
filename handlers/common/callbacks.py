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
    EVENTS = "events"
    BOOK = "book"


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


# --- hours and events (issue 4) -------------------------------------------------------------------------------


class EventList(CallbackData, prefix="el"):
    pass


class ShowEvent(CallbackData, prefix="ev"):
    id: int


class EventReminders(CallbackData, prefix="es"):
    id: int
    on: bool
    card: bool = True  # pressed on the event card (False: on a reminder)


class EventCalendar(CallbackData, prefix="ei"):
    id: int


class HoursAdmin(CallbackData, prefix="ha"):
    """Coordinators' exception flow; every step carries what was chosen so far (no hidden state)."""

    act: str
    d: str = ""  # YYYYMMDD
    o: int = -1  # opens, minutes after midnight (-1: closed all day)
    c: int = -1  # closes
    r: str = ""  # reason preset
    p: int = 0  # page of the date picker


class EventAdmin(CallbackData, prefix="ea"):
    """Coordinators' event flow; the draft itself lives in FSM data."""

    act: str
    id: int = 0
    v: str = ""


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


# -- subscriptions and announcements (bot/news/subscriptions.py, handlers/news/subscribe.py, handlers/news/announce.py)
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


# -- booking drop-in slots (bot/booking/service.py, handlers/booking/newcomer.py, handlers/booking/desk.py) ------------
class Book(CallbackData, prefix="bk"):
    """The booking flow; every step carries what was chosen so far (no hidden state).

    act: start | lang | days | day | time | wait; t: topic; lg: help language; d: local date YYYYMMDD;
    s: slot start in minutes since the epoch (UTC, unambiguous on daylight-saving days); mv: booking being moved.
    """

    act: str
    t: str = ""
    lg: str = ""
    d: str = ""
    s: int = 0
    mv: int = 0


class MyBookingAction(StrEnum):
    LIST = "list"
    CANCEL = "cancel"
    MOVE = "move"
    COMING = "coming"


class MyBooking(CallbackData, prefix="mb"):
    action: MyBookingAction
    id: int = 0


class BookOffer(CallbackData, prefix="bo"):
    """A freed seat offered to someone on the waiting list: their place on the list and the slot."""

    w: int
    s: int


class BookMark(CallbackData, prefix="bm"):
    """Advisors: attended (True) or no-show (False)."""

    id: int
    came: bool
