"""Newcomer profiles: first contact, chosen language, privacy report and deletion, retention."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.db.repositories.users import SqlUserRepository
from bot.services.domain import UserProfile

# last_seen is only written when older than this: fewer writes per message, and a coarser trace of the user.
LAST_SEEN_GRANULARITY = timedelta(hours=1)


class UserService:
    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._session = session
        self._users = SqlUserRepository(session)
        self._clock = clock

    async def get(self, telegram_id: int) -> UserProfile | None:
        return await self._users.get(telegram_id)

    async def seen(self, telegram_id: int) -> UserProfile:
        """Record that the user is here; creates the profile on first contact."""
        now = self._clock.now()
        profile = await self._users.get(telegram_id)
        if profile is not None and not profile.blocked and now - profile.last_seen < LAST_SEEN_GRANULARITY:
            return profile
        profile = await self._users.touch(telegram_id, now)
        await self._session.commit()
        return profile

    async def choose_locale(self, telegram_id: int, locale: str) -> UserProfile:
        profile = await self._users.set_locale(telegram_id, locale, self._clock.now())
        await self._session.commit()
        return profile

    async def mark_blocked(self, telegram_id: int) -> None:
        await self._users.mark_blocked(telegram_id, self._clock.now())
        await self._session.commit()

    async def delete_data(self, telegram_id: int) -> bool:
        deleted = await self._users.delete(telegram_id)
        await self._session.commit()
        return deleted


async def purge_inactive(sessionmaker: async_sessionmaker[AsyncSession], clock: Clock, days: int) -> int:
    """Delete profiles not seen for `days` days (the scheduler's retention job)."""
    async with sessionmaker() as session:
        count = await SqlUserRepository(session).delete_inactive(clock.now() - timedelta(days=days))
        await session.commit()
        return count
