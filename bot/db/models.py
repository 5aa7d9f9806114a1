"""Typed SQLAlchemy models. Telegram ids are BigInteger; locale columns fit BCP 47 tags."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Integer, String, UniqueConstraint
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
