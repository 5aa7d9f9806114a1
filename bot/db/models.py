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


class UserInterest(Base):
    """An interest a newcomer chose for announcements (see bot/services/subscriptions.py INTERESTS)."""

    __tablename__ = "user_interests"
    __table_args__ = (UniqueConstraint("user_id", "interest", name="uq_user_interests_user_interest"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    interest: Mapped[str] = mapped_column(String(32), nullable=False)


class OutboxBatch(Base):
    """One announcement or one batch of notices; its recipients are OutboxMessage rows (bot/services/outbox.py)."""

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
