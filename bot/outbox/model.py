"""Outbox domain objects: batch and row states, what a recipient row holds, and delivery errors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class BatchKind(StrEnum):
    ANNOUNCEMENT = "announcement"
    NOTICE = "notice"
    DIGEST = "digest"  # the weekly overview (bot/news/notices.py)


class BatchStatus(StrEnum):
    SCHEDULED = "scheduled"  # waiting for not_before (an announcement is expanded to rows only then)
    SENDING = "sending"
    DONE = "done"
    STOPPED = "stopped"  # a template error: nobody else gets it
    CANCELLED = "cancelled"  # by the coordinator


class RowState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"  # committed before the HTTP call; left over after a crash it becomes unknown
    SENT = "sent"
    BLOCKED = "blocked"  # 403: the user blocked the bot or is gone; they are unsubscribed
    FAILED = "failed"
    UNKNOWN = "unknown"  # may or may not have arrived (crash or timeout mid-call); reported, never resent


# Notices (reminders, closures, relays) overtake announcements waiting in the outbox.
PRIORITY_NOTICE = 0
PRIORITY_ANNOUNCEMENT = 10


@dataclass(frozen=True, slots=True)
class Button:
    """One inline button of an outbox message: a label and exactly one target.

    label_id: a Fluent id rendered in the row's locale (or label: ready text).
    callback_data: a packed aiogram CallbackData; url: a link; action (+ value): a bot-wide action the sender knows
    (bot/app.py outbox_actions: "unsubscribe": stop announcements; "stop": stop a batch, value = batch id; "event":
    show an event, value = event id; "event_unsub": stop that event's reminders; "digest_stop": stop the weekly
    overview; "hours": the opening hours; "events": the list of events). Services use actions, because they cannot pack aiogram callback data themselves.
    """

    label_id: str | None = None
    label: str | None = None
    callback_data: str | None = None
    url: str | None = None
    action: str | None = None
    value: str = ""


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One recipient of a batch: a chat, its locale, and either ready HTML `text` or a Fluent id with args.

    Escape user-provided values in `text` and `args` yourself (bot.i18n.formatting.user_value); Fluent args must be
    str, int or float. A Fluent message is rendered when it is sent, so a broken template stops the batch there.
    """

    chat_id: int
    locale: str
    text: str | None = None
    fluent_id: str | None = None
    args: Mapping[str, str | int | float] = field(default_factory=dict)
    buttons: Sequence[Sequence[Button]] = ()


@dataclass(frozen=True, slots=True)
class BatchInfo:
    id: int
    kind: str
    status: BatchStatus
    created_by: int | None
    created_at: datetime
    not_before: datetime
    audience: str | None
    report_chat_id: int | None
    report_locale: str | None
    status_message_id: int | None
    error: str | None


@dataclass(frozen=True, slots=True)
class RowData:
    id: int
    batch_id: int
    chat_id: int
    locale: str
    text: str | None
    fluent_id: str | None
    fluent_args: str | None
    buttons: str | None
    attempts: int


@dataclass(frozen=True, slots=True)
class Counts:
    pending: int = 0
    sending: int = 0
    sent: int = 0
    blocked: int = 0
    failed: int = 0
    unknown: int = 0

    @classmethod
    def of(cls, by_state: Mapping[RowState, int]) -> Counts:
        return cls(**{state.value: by_state.get(state, 0) for state in RowState})

    @property
    def total(self) -> int:
        return self.pending + self.sending + self.sent + self.blocked + self.failed + self.unknown


# -- what a transport (Telegram, a test fake) raises ------------------------------------------------------
class DeliveryError(Exception):
    """A send did not succeed; the subclass says whether it was delivered, and what to do."""


class RetryAfter(DeliveryError):
    """429: not delivered; everybody pauses for `seconds`, then the same row is tried again."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds}s")
        self.seconds = seconds


class RecipientGone(DeliveryError):
    """403: blocked by the user, deactivated, or never started the bot; not delivered."""


class Rejected(DeliveryError):
    """400: not delivered. `template` is True when the text itself is bad (entities, length): stop the batch."""

    def __init__(self, reason: str, template: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.template = template


class Unavailable(DeliveryError):
    """5xx or no connection: not delivered, try the row again a little later."""


class Ambiguous(DeliveryError):
    """The request may have reached Telegram (timeout, connection lost mid-call): never resent, reported."""
