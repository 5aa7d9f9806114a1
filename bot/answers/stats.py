"""Feedback and unanswered questions: anonymous, transaction owned here."""

from __future__ import annotations

import re
from datetime import date, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.answers.knowledge.normalize import strip_control
from bot.answers.repository import SqlKnowledgeStats
from bot.clock import Clock

UNANSWERED_RETENTION = timedelta(days=90)


_PUNCT = re.compile(r"[^\w\s]")


def question_key(text: str) -> str:
    """Questions that differ only in case, punctuation or spacing count as one (the console's reports)."""
    return " ".join(_PUNCT.sub(" ", text.casefold()).split())


class Outcome(StrEnum):
    """What happened to a typed message (the console's reports count them per day and language)."""

    ANSWERED = "answered"  # a topic's answer, small talk included
    CHOOSE = "choose"  # unsure: one question back between two or three topics (once "did you mean")
    DECLINED = "declined"  # no topic fits: the polite decline
    PERSON = "person"  # relayed to an advisor in an open case


OUTCOMES: tuple[Outcome, ...] = tuple(Outcome)
THUMBS_UP, THUMBS_DOWN = "up", "down"


class StatsService:
    def __init__(self, session: AsyncSession, clock: Clock, tz: ZoneInfo | None = None) -> None:
        self._session = session
        self._repo = SqlKnowledgeStats(session)
        self._clock = clock
        self._tz = tz or ZoneInfo("Europe/Helsinki")

    def _today(self) -> date:
        return self._clock.now().astimezone(self._tz).date()

    async def feedback(self, topic_id: str, locale: str, up: bool) -> None:
        await self._repo.count_feedback(topic_id, locale, up)
        await self._repo.count_topic_day(self._today(), topic_id, THUMBS_UP if up else THUMBS_DOWN)
        await self._session.commit()

    async def outcome(self, outcome: Outcome, locale: str, topic_id: str | None = None) -> None:
        """Count one typed message by what the bot did with it (and the topic it answered): anonymous."""
        today = self._today()
        await self._repo.count_day(today, outcome, locale)
        if topic_id:
            await self._repo.count_topic_day(today, topic_id, outcome)
        await self._session.commit()

    async def topic_answered(self, topic_id: str) -> None:
        """A topic answered from a button under an earlier reply (a candidate, a second matter): the topic counts as
        answered, the message was already counted by its outcome."""
        await self._repo.count_topic_day(self._today(), topic_id, Outcome.ANSWERED)
        await self._session.commit()

    async def unanswered(self, locale: str, text: str) -> None:
        text = " ".join(strip_control(text).split())
        await self._repo.add_unanswered(locale, text, self._clock.now(), question_key(text))
        await self._session.commit()


async def purge_unanswered(sessionmaker: async_sessionmaker[AsyncSession], clock: Clock) -> int:
    async with sessionmaker() as session:
        count = await SqlKnowledgeStats(session).delete_unanswered_before(clock.now() - UNANSWERED_RETENTION)
        await session.commit()
        return count
