"""Domain objects and errors of cases, shared by the service, the outbox and the repositories."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class CaseStatus(StrEnum):
    DRAFT = "draft"  # consent given, nothing sent yet: advisors do not see it
    WAITING = "waiting"  # in the queue, no advisor owns it
    ACTIVE = "active"  # an advisor took it over; the bot is silent and relays
    CLOSED = "closed"


OPEN_STATUSES = frozenset({CaseStatus.DRAFT, CaseStatus.WAITING, CaseStatus.ACTIVE})


class Action(StrEnum):
    """Advisor actions, as written to the audit log."""

    TAKE = "take"
    RELEASE = "release"
    CLOSE = "close"
    REOPEN = "reopen"
    DELETE = "delete"
    PURGE = "purge"


class Lane(StrEnum):
    GROUP = "group"  # to the advisors' forum group: 20 messages a minute
    USER = "user"  # to newcomers: relays must not wait behind the group's limit


@dataclass(frozen=True, slots=True)
class Case:
    id: int
    user_id: int
    locale: str
    topic_id: str | None
    answered_topic_id: str | None
    urgent: bool
    status: CaseStatus
    owner_id: int | None
    owner_name: str | None
    thread_id: int | None
    created_at: datetime
    waiting_since: datetime | None
    first_answer_at: datetime | None
    closed_at: datetime | None
    rating: int | None

    @property
    def open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass(frozen=True, slots=True)
class Incoming:
    """A message to relay, described by ids only (its content stays in Telegram)."""

    message_id: int
    text: str | None = None  # only read to spot an urgent situation; never stored
    album: str | None = None  # media_group_id
    media_kind: str | None = None  # photo, video, document, audio (album parts are re-sent by file id)
    file_id: str | None = None
    caption: str | None = None  # album parts only, kept until sent
    reply_to: int | None = None  # the message it answers, in the sender's chat


@dataclass(frozen=True, slots=True)
class RelayItem:
    id: int
    lane: Lane
    case_id: int | None
    kind: str
    payload: dict[str, object]
    album: str | None
    attempts: int


@dataclass(frozen=True, slots=True)
class Opened:
    """What the newcomer is told after their case enters the queue."""

    case: Case
    position: int


class CaseError(Exception):
    """A case action that cannot be done; `reason` is a Fluent message id suffix."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class CaseNotFound(CaseError):
    def __init__(self) -> None:
        super().__init__("not-found")


class NotAllowed(CaseError):
    pass


# Transport errors: what a send to Telegram can end in, without naming Telegram.
class TransportError(Exception):
    pass


class TopicGone(TransportError):
    """The case's forum topic was deleted."""


class TopicClosed(TransportError):
    """The case's forum topic was closed (archived) by someone."""


class RecipientGone(TransportError):
    """The newcomer blocked the bot or deleted their account."""


class SourceGone(TransportError):
    """The message to relay no longer exists."""


class GroupUnavailable(TransportError):
    """The advisors' group cannot be reached: the bot was removed from it ("removed"), may not create or reopen
    topics there ("rights"), or the group moved to a new id ("migrated", `new_chat_id`)."""

    def __init__(self, reason: str, new_chat_id: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.new_chat_id = new_chat_id


class TryLater(TransportError):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry in {seconds}s")
        self.seconds = seconds
