"""Feedback counts and unanswered questions on each engine, including people pressing at the same moment."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.answers.repository import SqlKnowledgeStats
from bot.answers.stats import StatsService, purge_unanswered
from bot.clock import FixedClock
from bot.db.engine import create_engine, create_sessionmaker


async def test_simultaneous_feedback_is_counted_once_each(db_url: str) -> None:
    engine = create_engine(db_url)
    sessionmaker = create_sessionmaker(engine)
    clock = FixedClock(datetime(2026, 11, 24, 8, 0, tzinfo=UTC))

    async def vote(up: bool) -> None:
        async with sessionmaker() as session:
            await StatsService(session, clock).feedback("housing-allowance", "so", up)

    try:
        # The first votes race to create the row; every one of them must still count.
        await asyncio.gather(*(vote(i % 3 != 0) for i in range(24)))
        await asyncio.gather(vote(True), vote(False))
        async with sessionmaker() as session:
            await StatsService(session, clock).feedback("housing-allowance", "ar", True)
            rows = sorted(await SqlKnowledgeStats(session).feedback())
        assert rows == [("housing-allowance", "ar", 1, 0), ("housing-allowance", "so", 17, 9)]
    finally:
        await engine.dispose()


async def test_unanswered_questions_expire_after_90_days(db_url: str) -> None:
    engine = create_engine(db_url)
    sessionmaker = create_sessionmaker(engine)
    clock = FixedClock(datetime(2026, 8, 1, 9, 0, tzinfo=UTC))
    try:
        async with sessionmaker() as session:
            await StatsService(session, clock).unanswered("fi", "missä on\x00 uimahalli   hervannassa")
        clock.advance(timedelta(days=89))
        assert await purge_unanswered(sessionmaker, clock) == 0
        async with sessionmaker() as session:
            kept = await SqlKnowledgeStats(session).unanswered(clock.now() - timedelta(days=365))
        assert kept == [("fi", "missä on uimahalli hervannassa")]
        clock.advance(timedelta(days=2))
        assert await purge_unanswered(sessionmaker, clock) == 1
    finally:
        await engine.dispose()
