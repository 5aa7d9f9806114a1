"""Feedback and unanswered questions: anonymous, transaction owned here."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.answers.knowledge.normalize import strip_control
from bot.answers.repository import SqlKnowledgeStats
from bot.clock import Clock

UNANSWERED_RETENTION = timedelta(days=90)


class StatsService:
    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._session = session
        self._repo = SqlKnowledgeStats(session)
        self._clock = clock

    async def feedback(self, topic_id: str, locale: str, up: bool) -> None:
        await self._repo.count_feedback(topic_id, locale, up)
        await self._session.commit()

    async def unanswered(self, locale: str, text: str) -> None:
        await self._repo.add_unanswered(locale, " ".join(strip_control(text).split()), self._clock.now())
        await self._session.commit()


async def purge_unanswered(sessionmaker: async_sessionmaker[AsyncSession], clock: Clock) -> int:
    async with sessionmaker() as session:
        count = await SqlKnowledgeStats(session).delete_unanswered_before(clock.now() - UNANSWERED_RETENTION)
        await session.commit()
        return count
