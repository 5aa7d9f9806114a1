"""Anonymous knowledge-base statistics: feedback counts and unanswered questions."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import DailyCount, DailyTopicCount, TopicFeedback, UnansweredQuestion


class SqlKnowledgeStats:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def count_feedback(self, topic_id: str, locale: str, up: bool) -> None:
        column = TopicFeedback.up if up else TopicFeedback.down
        stmt = (
            update(TopicFeedback)
            .where(TopicFeedback.topic_id == topic_id, TopicFeedback.locale == locale)
            .values({column: column + 1})
        )
        result = await self._session.execute(stmt)
        if getattr(result, "rowcount", 0):
            return
        try:
            async with self._session.begin_nested():
                self._session.add(
                    TopicFeedback(topic_id=topic_id, locale=locale, up=int(up), down=int(not up))
                )
        except IntegrityError:  # someone else inserted the row first: count on it
            await self._session.execute(stmt)

    async def count_day(self, day: date, kind: str, locale: str) -> None:
        """One more in the anonymous daily counter of a language."""
        key = (DailyCount.day == day, DailyCount.kind == kind, DailyCount.locale == locale)
        await self._increment(DailyCount, key, DailyCount(day=day, kind=kind, locale=locale, count=1))

    async def count_topic_day(self, day: date, topic_id: str, kind: str) -> None:
        """One more in the anonymous daily counter of a topic (answered, up, down)."""
        key = (DailyTopicCount.day == day, DailyTopicCount.topic_id == topic_id, DailyTopicCount.kind == kind)
        await self._increment(
            DailyTopicCount, key, DailyTopicCount(day=day, topic_id=topic_id, kind=kind, count=1)
        )

    async def _increment(
        self, model: type[DailyCount | DailyTopicCount], key: tuple[Any, ...], row: Any
    ) -> None:
        stmt = update(model).where(*key).values(count=model.count + 1)
        result = await self._session.execute(stmt)
        if getattr(result, "rowcount", 0):
            return
        try:
            async with self._session.begin_nested():
                self._session.add(row)
        except IntegrityError:  # counted by someone else first: add to their row
            await self._session.execute(stmt)

    async def feedback(self) -> list[tuple[str, str, int, int]]:
        rows = await self._session.execute(
            select(TopicFeedback.topic_id, TopicFeedback.locale, TopicFeedback.up, TopicFeedback.down)
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    async def add_unanswered(self, locale: str, text: str, at: datetime, key: str | None = None) -> None:
        self._session.add(
            UnansweredQuestion(
                locale=locale,
                text=text[:500],
                asked_at=at,
                question_key=key[:500] if key is not None else None,
            )
        )

    async def unanswered(self, since: datetime) -> list[tuple[str, str]]:
        rows = await self._session.execute(
            select(UnansweredQuestion.locale, UnansweredQuestion.text).where(
                UnansweredQuestion.asked_at >= since
            )
        )
        return [(r[0], r[1]) for r in rows]

    async def delete_unanswered_before(self, before: datetime) -> int:
        result = await self._session.execute(
            delete(UnansweredQuestion).where(UnansweredQuestion.asked_at < before)
        )
        return int(getattr(result, "rowcount", 0) or 0)
