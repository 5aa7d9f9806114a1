"""Newcomer profiles: first contact, chosen language, privacy report and deletion, retention."""

from __future__ import annotations

import time
from collections import OrderedDict
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.users.model import UserProfile
from bot.users.repository import SqlUserRepository

# last_seen is only written when older than this: fewer writes per message, and a coarser trace of the user.
LAST_SEEN_GRANULARITY = timedelta(hours=1)


class ProfileCache:
    """Recently seen profiles of this process, so an ordinary message costs no database round trip.

    Only for a single bot process: with several replicas (Redis configured) a language chosen on another replica
    must be seen at once, so the composition root passes `ttl_seconds=0` and every update reads the database.
    """

    def __init__(self, ttl_seconds: float = 30.0, max_size: int = 10_000) -> None:
        self.ttl = ttl_seconds
        self.max_size = max_size
        self._items: OrderedDict[int, tuple[float, UserProfile]] = OrderedDict()

    def get(self, telegram_id: int) -> UserProfile | None:
        if self.ttl <= 0:
            return None
        item = self._items.get(telegram_id)
        if item is None or time.monotonic() - item[0] > self.ttl:
            return None
        return item[1]

    def put(self, profile: UserProfile) -> None:
        if self.ttl <= 0:
            return
        self._items[profile.telegram_id] = (time.monotonic(), profile)
        self._items.move_to_end(profile.telegram_id)
        while len(self._items) > self.max_size:
            self._items.popitem(last=False)

    def drop(self, telegram_id: int) -> None:
        self._items.pop(telegram_id, None)


class UserService:
    def __init__(self, session: AsyncSession, clock: Clock, cache: ProfileCache | None = None) -> None:
        self._session = session
        self._users = SqlUserRepository(session)
        self._clock = clock
        self._cache = cache or ProfileCache(ttl_seconds=0)

    async def get(self, telegram_id: int) -> UserProfile | None:
        return await self._users.get(telegram_id)

    async def seen(self, telegram_id: int) -> UserProfile:
        """Record that the user is here; creates the profile on first contact."""
        now = self._clock.now()
        profile = self._cache.get(telegram_id) or await self._users.get(telegram_id)
        if profile is None or profile.blocked or now - profile.last_seen >= LAST_SEEN_GRANULARITY:
            profile = await self._users.touch(telegram_id, now)
            await self._session.commit()
        self._cache.put(profile)
        return profile

    async def choose_locale(self, telegram_id: int, locale: str) -> UserProfile:
        profile = await self._users.set_locale(telegram_id, locale, self._clock.now())
        await self._session.commit()
        self._cache.put(profile)
        return profile

    async def mark_blocked(self, telegram_id: int) -> None:
        await self._users.mark_blocked(telegram_id, self._clock.now())
        await self._session.commit()
        self._cache.drop(telegram_id)

    async def delete_data(self, telegram_id: int) -> bool:
        deleted = await self._users.delete(telegram_id)
        await self._session.commit()
        self._cache.drop(telegram_id)
        return deleted


async def purge_inactive(sessionmaker: async_sessionmaker[AsyncSession], clock: Clock, days: int) -> int:
    """Delete profiles not seen for `days` days (the scheduler's retention job)."""
    async with sessionmaker() as session:
        count = await SqlUserRepository(session).delete_inactive(clock.now() - timedelta(days=days))
        await session.commit()
        return count
