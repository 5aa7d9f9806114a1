"""Shared fixtures: databases on SQLite and PostgreSQL, the emulator, and the whole bot over real HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FixedClock
from bot.db.engine import create_engine, create_sessionmaker
from bot.db.migrate import upgrade
from bot.i18n import Translator
from tests.harness import T0, BotHarness, running_harness
from tests.infra import REDIS_URL, migrated_sqlite, need, throwaway_postgres


@pytest.fixture(scope="session")
def translator() -> Translator:
    return Translator()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(T0)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    if request.param == "sqlite":
        yield await migrated_sqlite(tmp_path / "test.sqlite3")
    else:
        async with throwaway_postgres() as url:
            await asyncio.to_thread(upgrade, url)
            yield url


@pytest.fixture
async def sessions(db_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on the migrated test database, for tests of services and repositories."""
    engine = create_engine(db_url)
    try:
        yield create_sessionmaker(engine)
    finally:
        await engine.dispose()


@pytest.fixture
async def harness(db_url: str, clock: FixedClock, translator: Translator) -> AsyncIterator[BotHarness]:
    async with running_harness(db_url, clock, translator) as h:
        yield h


@pytest.fixture
async def sqlite_harness(
    tmp_path: Path, clock: FixedClock, translator: Translator
) -> AsyncIterator[BotHarness]:
    """For flows that do not depend on the database engine (kept on SQLite for speed)."""
    async with running_harness(await migrated_sqlite(tmp_path / "test.sqlite3"), clock, translator) as h:
        yield h


@pytest.fixture
async def redis_url() -> AsyncIterator[str]:
    need("Redis", 6379)
    yield REDIS_URL
