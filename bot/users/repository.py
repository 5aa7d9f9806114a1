"""Users repository: returns domain objects, never commits (the service owns the transaction)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.base import from_row
from bot.db.models import User
from bot.users.model import UserProfile


def _profile(row: User) -> UserProfile:
    return from_row(UserProfile, row, blocked=row.blocked_at is not None)


class SqlUserRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, telegram_id: int) -> UserProfile | None:
        row = await self._row(telegram_id)
        return _profile(row) if row else None

    async def _row(self, telegram_id: int) -> User | None:
        result = await self._session.execute(select(User).where(User.telegram_id == telegram_id))
        return result.scalar_one_or_none()

    async def touch(self, telegram_id: int, now: datetime) -> UserProfile:
        """Create the user on first contact, else update last_seen (and clear a block: they are back)."""
        row = await self._row(telegram_id)
        if row is None:
            row = User(telegram_id=telegram_id, first_seen=now, last_seen=now)
            self._session.add(row)
        else:
            row.last_seen = now
            row.blocked_at = None
        await self._session.flush()
        return _profile(row)

    async def set_locale(self, telegram_id: int, locale: str, now: datetime) -> UserProfile:
        row = await self._row(telegram_id)
        if row is None:
            row = User(telegram_id=telegram_id, first_seen=now, last_seen=now)
            self._session.add(row)
        row.locale = locale
        await self._session.flush()
        return _profile(row)

    async def mark_blocked(self, telegram_id: int, now: datetime) -> None:
        row = await self._row(telegram_id)
        if row is not None:
            row.blocked_at = now
            await self._session.flush()

    async def delete(self, telegram_id: int) -> bool:
        result = await self._session.execute(delete(User).where(User.telegram_id == telegram_id))
        return bool(getattr(result, "rowcount", 0))

    async def delete_inactive(self, before: datetime) -> int:
        result = await self._session.execute(delete(User).where(User.last_seen < before))
        return int(getattr(result, "rowcount", 0) or 0)
