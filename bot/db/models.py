"""Typed SQLAlchemy models. Telegram ids are BigInteger; locale columns fit BCP 47 tags."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.base import Base, UTCDateTime


class User(Base):
    """A newcomer who has talked to the bot: the minimum needed to answer in their language."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, unique=True, nullable=False)
    locale: Mapped[str | None] = mapped_column(String(35), nullable=True)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    consent_advisor: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    consent_announcements: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    consent_digest: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)  # weekly overview
    blocked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class TopicFeedback(Base):
    """Thumbs up/down counts per topic and locale: anonymous, no user id."""

    __tablename__ = "topic_feedback"
    __table_args__ = (UniqueConstraint("topic_id", "locale", name="uq_topic_feedback_topic_locale"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    topic_id: Mapped[str] = mapped_column(String(64), nullable=False)
    locale: Mapped[str] = mapped_column(String(35), nullable=False)
    up: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    down: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class UnansweredQuestion(Base):
    """A question no topic answered, kept without any user id for 90 days so coordinators can fill gaps."""

    __tablename__ = "unanswered_questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    locale: Mapped[str] = mapped_column(String(35), nullable=False)
    text: Mapped[str] = mapped_column(String(500), nullable=False)
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)
    # The question without case, punctuation and spacing (bot/answers/stats.py question_key): the console counts
    # the same question asked in slightly different ways as one, in the database. NULL for rows from before it.
    question_key: Mapped[str | None] = mapped_column(String(500), nullable=True)


# --- schedule and events (issue 4: hours, events) ---------------------------------------------------------------


class ScheduleException(Base):
    """A closure or changed hours on one date, set by a coordinator; wins over the weekly hours and holidays."""

    __tablename__ = "schedule_exceptions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date, unique=True, nullable=False)
    closed: Mapped[bool] = mapped_column(Boolean, nullable=False)
    opens: Mapped[time | None] = mapped_column(Time, nullable=True)
    closes: Mapped[time | None] = mapped_column(Time, nullable=True)
    reason: Mapped[str] = mapped_column(String(20), nullable=False)  # a preset code, or "other"
    note: Mapped[str | None] = mapped_column(String(200), nullable=True)  # typed reason (as written)
    created_by: Mapped[int] = mapped_column(BigInteger, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)


class Event(Base):
    """A group or event: one-off, weekly on some weekdays, or monthly on the nth weekday."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    seed_key: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    repeat: Mapped[str] = mapped_column(String(10), nullable=False)  # once | weekly | monthly
    start_date: Mapped[date] = mapped_column(Date, nullable=False)
    until: Mapped[date | None] = mapped_column(Date, nullable=True)
    weekdays: Mapped[str] = mapped_column(String(30), nullable=False, default="")  # "TU,TH"
    nth: Mapped[int | None] = mapped_column(Integer, nullable=True)  # monthly: 1..4, -1 = last
    starts: Mapped[time] = mapped_column(Time, nullable=False)
    ends: Mapped[time] = mapped_column(Time, nullable=False)
    place: Mapped[str] = mapped_column(String(200), nullable=False)
    finnish: Mapped[str] = mapped_column(String(10), nullable=False)  # none | some | fluent
    audience: Mapped[str] = mapped_column(String(20), nullable=False)
    # A recurring event meets on Finnish public holidays too (by default the holiday takes the date out).
    on_holidays: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    cancelled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)


class EventText(Base):
    __tablename__ = "event_texts"
    __table_args__ = (UniqueConstraint("event_id", "locale", name="uq_event_texts_event_locale"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), nullable=False)
    locale: Mapped[str] = mapped_column(String(35), nullable=False)
    title: Mapped[str] = mapped_column(String(120), nullable=False)
    description: Mapped[str] = mapped_column(String(1000), nullable=False, default="")


class EventSkip(Base):
    """One cancelled occurrence of a recurring event."""

    __tablename__ = "event_skips"
    __table_args__ = (UniqueConstraint("event_id", "day", name="uq_event_skips_event_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)


class EventSubscription(Base):
    """A newcomer who wants reminders of an event; deleted with the user's profile."""

    __tablename__ = "event_subscriptions"
    __table_args__ = (UniqueConstraint("event_id", "telegram_id", name="uq_event_subscriptions_event_user"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), nullable=False)
    telegram_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.telegram_id", ondelete="CASCADE"), nullable=False, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)


class EventNotice(Base):
    """A reminder or cancellation notice for one user and one occurrence: written once, sent at most once."""

    __tablename__ = "event_notices"
    __table_args__ = (
        UniqueConstraint("event_id", "day", "telegram_id", "kind", name="uq_event_notices_occurrence_user"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    telegram_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.telegram_id", ondelete="CASCADE"), nullable=False
    )
    kind: Mapped[str] = mapped_column(String(12), nullable=False)  # reminder | cancelled | skipped
    status: Mapped[str] = mapped_column(String(10), nullable=False, index=True)  # pending|sending|sent|...
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Case(Base):
    """A newcomer's conversation with the advisors: one forum topic in the advisors' group per case.

    `open_user_id` is the newcomer's id while the case is not closed and NULL afterwards: its unique constraint makes
    "one open case per newcomer" a database rule, so two first messages at once cannot open two cases.
    """

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    open_user_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True, unique=True)
    locale: Mapped[str] = mapped_column(String(35), nullable=False)
    topic_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    answered_topic_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    urgent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    owner_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    owner_name: Mapped[str | None] = mapped_column(String(64), nullable=True)
    thread_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    waiting_since: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    first_answer_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True, index=True)
    rating: Mapped[int | None] = mapped_column(Integer, nullable=True)


class CaseMessage(Base):
    """Which message in the newcomer's chat is which in the case topic (for edits and replies); no content."""

    __tablename__ = "case_messages"
    __table_args__ = (
        Index("ix_case_messages_case_user_message", "case_id", "user_message_id"),
        Index("ix_case_messages_group_message", "group_message_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), nullable=False)
    user_message_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    group_message_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    from_newcomer: Mapped[bool] = mapped_column(Boolean, nullable=False)


class CaseOutbox(Base):
    """Durable queue of everything sent for cases: to the advisors' group (20 messages a minute) or to newcomers.

    A payload holds ids, and a caption or edited text only until it is sent; sent rows keep their cost and time
    for a few minutes because the group's rate window is counted from them.
    """

    __tablename__ = "case_outbox"
    __table_args__ = (Index("ix_case_outbox_lane_status", "lane", "status", "priority", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    lane: Mapped[str] = mapped_column(String(8), nullable=False)
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    payload: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    album: Mapped[str | None] = mapped_column(String(64), nullable=True)
    priority: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    status: Mapped[str] = mapped_column(String(8), nullable=False, default="pending")
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    not_before: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True, index=True)
    cost: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class CaseAudit(Base):
    """Who did what to which case and when (take over, release, close, reopen, delete); no message content."""

    __tablename__ = "case_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    actor_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)


class CaseStat(Base):
    """Anonymous statistics of a case (no user id); they stay when the case itself is deleted."""

    __tablename__ = "case_stats"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True, unique=True)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)
    locale: Mapped[str] = mapped_column(String(35), nullable=False)
    topic_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    urgent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    first_answer_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rating: Mapped[int | None] = mapped_column(Integer, nullable=True)


class AdvisorDuty(Base):
    """Advisors who said they are on duty (`/duty`): urgent cases mention them."""

    __tablename__ = "advisor_duty"

    telegram_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    since: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)


class UserInterest(Base):
    """An interest a newcomer chose for announcements (see bot/news/subscriptions.py INTERESTS)."""

    __tablename__ = "user_interests"
    __table_args__ = (UniqueConstraint("user_id", "interest", name="uq_user_interests_user_interest"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    interest: Mapped[str] = mapped_column(String(32), nullable=False)


class OutboxBatch(Base):
    """One announcement or one batch of notices; its recipients are OutboxMessage rows (bot/outbox/service.py)."""

    __tablename__ = "outbox_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    priority: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    created_by: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    not_before: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    audience: Mapped[str | None] = mapped_column(String(80), nullable=True)
    report_chat_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    report_locale: Mapped[str | None] = mapped_column(String(35), nullable=True)
    status_message_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    error: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # Not sent after this (a reminder once the event has started): the sender cancels what is left.
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class AnnouncementText(Base):
    """The coordinator's text of an announcement in one language (plain text, escaped when rendered)."""

    __tablename__ = "announcement_texts"
    __table_args__ = (UniqueConstraint("batch_id", "locale", name="uq_announcement_texts_batch_locale"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("outbox_batches.id", ondelete="CASCADE"), nullable=False
    )
    locale: Mapped[str] = mapped_column(String(35), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)


class OutboxMessage(Base):
    """One message to one chat: pending -> sending (committed before the HTTP call) -> sent/blocked/failed/unknown."""

    __tablename__ = "outbox_messages"
    __table_args__ = (
        UniqueConstraint("batch_id", "chat_id", name="uq_outbox_messages_batch_chat"),
        Index("ix_outbox_messages_batch_state", "batch_id", "state"),
        Index("ix_outbox_messages_state", "state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("outbox_batches.id", ondelete="CASCADE"), nullable=False
    )
    chat_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    locale: Mapped[str] = mapped_column(String(35), nullable=False)
    text: Mapped[str | None] = mapped_column(Text, nullable=True)
    fluent_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    fluent_args: Mapped[str | None] = mapped_column(Text, nullable=True)
    buttons: Mapped[str | None] = mapped_column(Text, nullable=True)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default="pending")
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    message_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    error: Mapped[str | None] = mapped_column(String(64), nullable=True)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class NoticeKey(Base):
    """An automatic notice that was enqueued (a closure, changed hours, a weekly digest), e.g. `hours:2026-12-25:closed`.

    Written in the same transaction as the notice's outbox batch: the unique key makes each notice go out once across
    ticks, restarts and a second scheduler (bot/news/notices.py).
    """

    __tablename__ = "notice_keys"
    __table_args__ = (UniqueConstraint("key", name="uq_notice_keys_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(64), nullable=False)
    batch_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: nobody to tell at the time
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)


# --- bookings (issue 6: drop-in slots; bot/booking/service.py) --------------------------------------------------


class Booking(Base):
    """One person's seat in one drop-in slot.

    `active_start` is the slot's start while the booking holds its seat (booked, attended, no-show) and NULL once
    it is cancelled, moved away or closed: the unique (active_start, seat) constraint is what keeps a slot from
    ever holding more people than it has seats, however many press at once. After the retention period the row
    keeps no Telegram id and no code (the no-show statistics stay).
    """

    __tablename__ = "bookings"
    __table_args__ = (
        UniqueConstraint("active_start", "seat", name="uq_bookings_active_start_seat"),
        UniqueConstraint("active_start", "telegram_id", name="uq_bookings_active_start_telegram_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str | None] = mapped_column(String(8), nullable=True, unique=True)
    telegram_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True, index=True)
    locale: Mapped[str] = mapped_column(String(35), nullable=False)  # the person's language in the bot
    language: Mapped[str] = mapped_column(String(35), nullable=False)  # the language they want help in
    topic: Mapped[str] = mapped_column(String(16), nullable=False)
    slot_start: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)
    seat: Mapped[int] = mapped_column(Integer, nullable=False)
    active_start: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    status: Mapped[str] = mapped_column(String(12), nullable=False, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    marked_by: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class BookingReminder(Base):
    """A reminder (or notice) queued for a booking: unique per kind, written with the outbox row it queued."""

    __tablename__ = "booking_reminders"
    __table_args__ = (UniqueConstraint("booking_id", "kind", name="uq_booking_reminders_booking_kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("bookings.id", ondelete="CASCADE"), nullable=False)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)  # day | hour
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)


class BookingWait(Base):
    """ "Tell me if a time frees up" for one local day: offers go out when a seat that day is freed."""

    __tablename__ = "booking_waitlist"
    __table_args__ = (UniqueConstraint("telegram_id", "day", name="uq_booking_waitlist_telegram_id_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    locale: Mapped[str] = mapped_column(String(35), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    language: Mapped[str] = mapped_column(String(35), nullable=False)
    topic: Mapped[str] = mapped_column(String(16), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)


# --- answer counts and the staff console (issue 17: bot/answers/stats.py, bot/console/) -----------------------


class DailyCount(Base):
    """Anonymous counter per local day and language of what happened to typed messages: answered, asked back (unsure),
    declined, passed to a person (bot/answers/stats.py Outcome). No user id, no text."""

    __tablename__ = "daily_counts"
    __table_args__ = (UniqueConstraint("day", "kind", "locale", name="uq_daily_counts_day_kind_locale"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    locale: Mapped[str] = mapped_column(String(35), nullable=False)
    count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class DailyTopicCount(Base):
    """Anonymous counter per local day and topic: answers given (`answered`), 👍 (`up`) and 👎 (`down`).

    Apart from the per-language counts so that each report reads a small table (docs/decisions/0013-console.md).
    """

    __tablename__ = "daily_topic_counts"
    __table_args__ = (
        UniqueConstraint("day", "topic_id", "kind", name="uq_daily_topic_counts_day_topic_id_kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    topic_id: Mapped[str] = mapped_column(String(64), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class KnowledgeEdit(Base):
    """One saved state of one topic's text in one locale, made in the staff console: the edits are an overlay on
    the repository's YAML (the newest row per topic and locale wins; `restored` = back to the repository text).

    Rows are never changed or deleted, so they are also the history; `revision` counts per topic and locale and its
    unique constraint makes two saves of the same revision impossible (the second one is told, never lost).
    """

    __tablename__ = "knowledge_edits"
    __table_args__ = (
        UniqueConstraint("topic_id", "locale", "revision", name="uq_knowledge_edits_topic_locale_revision"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    topic_id: Mapped[str] = mapped_column(String(64), nullable=False)
    locale: Mapped[str] = mapped_column(String(35), nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False)
    action: Mapped[str] = mapped_column(
        String(16), nullable=False
    )  # edit | review | example | revert | restore
    # The whole text as JSON (title, answer, more, examples, keywords, review); NULL: the repository's text.
    content: Mapped[str | None] = mapped_column(Text, nullable=True)
    # A hash of the repository's text this edit was made on: the console says when the repository changed since.
    base_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    author_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    author_name: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)


class ConsoleSignIn(Base):
    """A one-time sign-in link: only its hash is kept; used once, within ten minutes."""

    __tablename__ = "console_sign_ins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    name: Mapped[str] = mapped_column(String(64), nullable=False)  # shown in the edit history
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class ConsoleSession(Base):
    """A signed-in browser: the cookie holds a random token, the table its hash; eight hours at most, and two hours
    without a request end it too."""

    __tablename__ = "console_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    csrf: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)  # NULL: created_at


# --- letters (issue 16: bot/letters/) ----------------------------------------------------------------------------


class LetterReminder(Base):
    """ "Remind me before the deadline" of a letter: the date, the next step and who sent what kind of letter.

    Never the letter's text or image. `soon_at`/`day_at` record when the reminder three days before and the one on
    the morning of the day were handed to the outbox: each is set once, by a conditional update, so a reminder is
    queued once however often (or in however many restarted schedulers) the tick runs.
    """

    __tablename__ = "letter_reminders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    telegram_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.telegram_id", ondelete="CASCADE"), nullable=False, index=True
    )
    due: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    topic_id: Mapped[str] = mapped_column(String(64), nullable=False)
    sender: Mapped[str] = mapped_column(String(24), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    soon_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    day_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class LetterCount(Base):
    """Anonymous counter per local day of letters read: sender, kind and the user's language. No user id, no text."""

    __tablename__ = "letter_counts"
    __table_args__ = (
        UniqueConstraint("day", "sender", "kind", "locale", name="uq_letter_counts_day_sender_kind_locale"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    sender: Mapped[str] = mapped_column(String(24), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    locale: Mapped[str] = mapped_column(String(35), nullable=False)
    count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


# --- the inbox (issue 15: every update handled once, in order per chat) ----------------------------------------


class InboxUpdate(Base):
    """An update from Telegram, stored before Telegram is told it arrived (docs/decisions/0014-once-only.md).

    The payload (the person's message) is kept only until the update is handled; the row itself (update id and
    chat) a day longer, so that Telegram sending the same update again does nothing.
    """

    __tablename__ = "inbox"
    __table_args__ = (
        Index("ix_inbox_chat_key_update_id", "chat_key", "update_id"),
        Index("ix_inbox_handled_at", "handled_at"),
    )

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    chat_key: Mapped[str] = mapped_column(String(48), nullable=False)  # updates of one key run in order
    payload: Mapped[str | None] = mapped_column(Text, nullable=True)  # the update's JSON; NULL once handled
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # The requests a person sees that Telegram accepted while handling it, in order (JSON: method and result), so a
    # handler interrupted by a crash is run again with these answered from here instead of sent twice; NULL once
    # handled, like the payload.
    sent: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Set just before such a request goes out, cleared once Telegram's answer is recorded: set after a crash means
    # the request may or may not have reached Telegram (in doubt).
    sending_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class InboxLease(Base):
    """Which process handles a chat's updates right now, until when (renewed while it works on them)."""

    __tablename__ = "inbox_leases"

    chat_key: Mapped[str] = mapped_column(String(48), primary_key=True)
    claimed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
