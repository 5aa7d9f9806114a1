"""Announcement consent and interests of newcomers; never commits (the service owns the transaction)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import User, UserInterest


class SqlSubscriptionRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def _user(self, telegram_id: int, now: datetime) -> User:
        row = (
            await self._session.execute(select(User).where(User.telegram_id == telegram_id))
        ).scalar_one_or_none()
        if row is None:
            row = User(telegram_id=telegram_id, first_seen=now, last_seen=now)
            self._session.add(row)
            await self._session.flush()
        return row

    async def get(self, telegram_id: int) -> tuple[bool, frozenset[str], bool]:
        """News on?, interests, weekly overview on?"""
        row = (
            await self._session.execute(select(User).where(User.telegram_id == telegram_id))
        ).scalar_one_or_none()
        if row is None:
            return False, frozenset(), False
        interests = await self._session.execute(
            select(UserInterest.interest).where(UserInterest.user_id == row.id)
        )
        return row.consent_announcements, frozenset(interests.scalars()), row.consent_digest

    async def set_consent(self, telegram_id: int, on: bool, now: datetime) -> None:
        row = await self._user(telegram_id, now)
        row.consent_announcements = on
        await self._session.flush()

    async def set_digest(self, telegram_id: int, on: bool, now: datetime) -> None:
        row = await self._user(telegram_id, now)
        row.consent_digest = on
        await self._session.flush()

    async def digest_readers(self) -> list[tuple[int, str | None]]:
        """(Telegram id, locale) of everyone who wants the weekly overview and has not blocked the bot."""
        rows = await self._session.execute(
            select(User.telegram_id, User.locale)
            .where(User.consent_digest.is_(True), User.blocked_at.is_(None))
            .order_by(User.id)
        )
        return [(int(r[0]), r[1]) for r in rows]

    async def set_interest(self, telegram_id: int, interest: str, on: bool, now: datetime) -> None:
        row = await self._user(telegram_id, now)
        await self._session.execute(
            delete(UserInterest).where(UserInterest.user_id == row.id, UserInterest.interest == interest)
        )
        if on:
            self._session.add(UserInterest(user_id=row.id, interest=interest))
        await self._session.flush()

    async def unsubscribe_gone(self, telegram_id: int, now: datetime) -> None:
        """Telegram answered 403: the user blocked the bot or deleted the account.

        A user already marked blocked (Telegram's my_chat_member said so) keeps their choices: unblocking the bot
        clears the mark and brings their news back. A 403 without that mark (a deleted account, or an update
        missed while the bot was down) unsubscribes them."""
        await self._session.execute(
            update(User)
            .where(User.telegram_id == telegram_id, User.blocked_at.is_(None))
            .values(consent_announcements=False, consent_digest=False, blocked_at=now)
        )
