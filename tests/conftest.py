"""Shared fixtures: databases on SQLite and PostgreSQL, the emulator, and the whole bot over real HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import FixedClock
from bot.db.migrate import upgrade
from bot.i18n import Translator
from tests.harness import T0, BotHarness, start_harness
from tests.infra import REDIS_URL, need, throwaway_postgres


@pytest.fixture(scope="session")
def translator() -> Translator:
    return Translator()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(T0)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'test.sqlite3'}"
        await asyncio.to_thread(upgrade, url)
        yield url
    else:
        async with throwaway_postgres() as url:
            await asyncio.to_thread(upgrade, url)
            yield url


@pytest.fixture
async def harness(db_url: str, clock: FixedClock, translator: Translator) -> AsyncIterator[BotHarness]:
    h = await start_harness(db_url, clock, translator)
    try:
        yield h
    finally:
        await h.stop()


@pytest.fixture
async def sqlite_harness(
    tmp_path: Path, clock: FixedClock, translator: Translator
) -> AsyncIterator[BotHarness]:
    """For flows that do not depend on the database engine (kept on SQLite for speed)."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'test.sqlite3'}"
    await asyncio.to_thread(upgrade, url)
    h = await start_harness(url, clock, translator)
    try:
        yield h
    finally:
        await h.stop()


@pytest.fixture
async def redis_url() -> AsyncIterator[str]:
    need("Redis", 6379)
    yield REDIS_URL
