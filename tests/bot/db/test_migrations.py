"""Migrations run on a throwaway database of each engine, and datetimes come back aware in UTC."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import inspect, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FixedClock
from bot.db.engine import create_engine
from bot.db.migrate import downgrade, upgrade
from bot.db.models import User
from bot.users.service import UserService, purge_inactive


async def test_upgrade_creates_users_table_and_downgrade_removes_it(db_url: str) -> None:
    engine = create_engine(db_url)
    try:
        async with engine.connect() as conn:
            tables = await conn.run_sync(lambda c: inspect(c).get_table_names())
            columns = await conn.run_sync(lambda c: {col["name"] for col in inspect(c).get_columns("users")})
        assert "users" in tables
        assert {"telegram_id", "locale", "first_seen", "last_seen", "consent_advisor"} <= columns
        await engine.dispose()
        await asyncio.to_thread(downgrade, db_url, "base")
        async with engine.connect() as conn:
            tables = await conn.run_sync(lambda c: inspect(c).get_table_names())
        assert "users" not in tables
        await asyncio.to_thread(upgrade, db_url)
    finally:
        await engine.dispose()


async def test_user_lifecycle_and_aware_datetimes(sessions: async_sessionmaker[AsyncSession]) -> None:
    helsinki_noon = datetime(2026, 3, 29, 12, 0, tzinfo=timezone(timedelta(hours=3)))
    clock = FixedClock(helsinki_noon)
    big_id = 7_999_999_999  # Telegram ids no longer fit in 32 bits
    async with sessions() as session:
        service = UserService(session, clock)
        profile = await service.seen(big_id)
        assert profile.locale is None
        await service.choose_locale(big_id, "fa-AF")
    async with sessions() as session:
        row = (await session.execute(select(User).where(User.telegram_id == big_id))).scalar_one()
        assert row.locale == "fa-AF"
        assert row.first_seen == helsinki_noon
        assert row.first_seen.tzinfo is not None
        assert row.first_seen.utcoffset() == timedelta(0)
    clock.advance(timedelta(days=400))
    removed = await purge_inactive(sessions, clock, days=365)
    assert removed == 1
    async with sessions() as session:
        assert await UserService(session, clock).get(big_id) is None


async def test_delete_my_data_removes_the_profile(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions() as session:
        service = UserService(session, FixedClock(datetime(2026, 11, 24, 8, 0, tzinfo=UTC)))
        await service.choose_locale(42, "so")
        assert await service.delete_data(42) is True
        assert await service.get(42) is None
        assert await service.delete_data(42) is False
