"""Newcomers' announcement subscription: one consent switch plus a few optional interests, and the weekly overview."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.news.repository import SqlSubscriptionRepository

# A short, fixed set (ASCII ids go into callback data; labels are Fluent `subscribe-interest-<id>`).
INTERESTS: tuple[str, ...] = ("finnish", "work", "families", "sports", "events")


class UnknownInterest(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Subscription:
    announcements: bool
    interests: frozenset[str]
    digest: bool = False  # the weekly overview on Mondays (its own opt-in, bot/news/notices.py)


class SubscriptionService:
    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._session = session
        self._repo = SqlSubscriptionRepository(session)
        self._clock = clock

    async def get(self, telegram_id: int) -> Subscription:
        on, interests, digest = await self._repo.get(telegram_id)
        return Subscription(on, interests, digest)

    async def set_announcements(self, telegram_id: int, on: bool) -> Subscription:
        await self._repo.set_consent(telegram_id, on, self._clock.now())
        await self._session.commit()
        return await self.get(telegram_id)

    async def set_digest(self, telegram_id: int, on: bool) -> Subscription:
        await self._repo.set_digest(telegram_id, on, self._clock.now())
        await self._session.commit()
        return await self.get(telegram_id)

    async def toggle_interest(self, telegram_id: int, interest: str) -> Subscription:
        """Choosing an interest also switches announcements on: the user clearly wants some news."""
        if interest not in INTERESTS:
            raise UnknownInterest(interest)
        current = await self.get(telegram_id)
        adding = interest not in current.interests
        now = self._clock.now()
        await self._repo.set_interest(telegram_id, interest, adding, now)
        if adding and not current.announcements:
            await self._repo.set_consent(telegram_id, True, now)
        await self._session.commit()
        return await self.get(telegram_id)
