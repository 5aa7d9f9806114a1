"""Typed SQLAlchemy models. Telegram ids are BigInteger; locale columns fit BCP 47 tags."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
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
