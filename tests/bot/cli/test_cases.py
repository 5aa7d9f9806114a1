"""`kototori cases report`, the start-up check of the advisors' group, and the Redis drain lock of replicas."""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import timedelta
from pathlib import Path

import pytest

from bot.app import create_bot
from bot.cases.desk import RedisDrainLock
from bot.cases.duty import WeeklyDuty
from bot.cases.model import Incoming, Lane
from bot.cases.service import CaseContext, CaseService
from bot.cli.main import main
from bot.clock import FixedClock, SystemClock
from bot.config import load_settings
from bot.db.engine import create_engine, create_sessionmaker
from bot.db.migrate import upgrade
from bot.emulator import TelegramEmulator
from bot.runtime.polling import check_advisors_group
from bot.users.roles import Role, Staff
from tests.harness import TOKEN


async def test_cases_report_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'r.sqlite3'}"
    await asyncio.to_thread(upgrade, url)
    engine = create_engine(url)
    now = SystemClock().now()
    clock = FixedClock(now - timedelta(days=2))
    ctx = CaseContext(clock, WeeklyDuty(load_settings().tz), None, lambda _: None)
    advisor = Staff(9001, "Aino", Role.ADVISOR)
    try:
        for user, locale, wait in ((1, "so", 10), (2, "so", 30), (3, "ar", 20)):
            async with create_sessionmaker(engine)() as session:
                service = CaseService(session, ctx)
                case, _ = await service.start(user, locale, None, False)
                await service.from_newcomer(case, Incoming(message_id=1))
                case = await service.take(case.id, advisor)
                clock.advance(timedelta(minutes=wait))
                await service.from_advisor(case, advisor, Incoming(message_id=2), -100)
    finally:
        await engine.dispose()
    monkeypatch.setenv("KOTOTORI_DATABASE_URL", url)
    assert await asyncio.to_thread(main, ["cases", "report", "--days", "7", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 3 and data["per_language"] == {"ar": 1, "so": 2}
    assert data["median_first_answer_seconds"] == 20 * 60
    assert await asyncio.to_thread(main, ["cases", "report"]) == 0
    assert "median time to first answer: 20 min" in capsys.readouterr().out
    assert await asyncio.to_thread(main, ["cases", "audit", "--case", "2"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert line.split()[1:] == ["#2", "take", "9001"]


async def test_start_up_says_clearly_when_escalation_cannot_work(caplog: pytest.LogCaptureFixture) -> None:
    emu = TelegramEmulator(TOKEN)
    await emu.start(host="127.0.0.1", port=0)
    forum = emu.add_forum_group("Advisors")
    plain = emu.add_group("Advisors (no topics)")
    no_rights = emu.add_forum_group("Advisors (bot not admin)", bot_is_admin=False)
    bot = create_bot(load_settings(bot_token=TOKEN, telegram_api=emu.base_url))
    try:
        with caplog.at_level(logging.INFO):
            results = [
                await check_advisors_group(bot, load_settings(advisors_chat_id=chat))
                for chat in (None, -1009999999999, plain["id"], no_rights["id"], forum["id"])
            ]
    finally:
        await bot.session.close()
        await emu.stop()
    assert results == ["unset", "unreachable", "not-forum", "no-rights", "ok"]
    assert "ESCALATION OFF: KOTOTORI_ADVISORS_CHAT_ID is not set" in caplog.text
    assert "has no Topics (forum) enabled" in caplog.text


@pytest.mark.redis
async def test_one_drainer_per_lane_across_replicas(redis_url: str) -> None:
    from redis.asyncio import Redis

    first, second = Redis.from_url(redis_url), Redis.from_url(redis_url)
    try:
        a, b = RedisDrainLock(first, timeout=30), RedisDrainLock(second, timeout=30)
        async with a.hold(Lane.GROUP) as mine:
            assert mine
            async with b.hold(Lane.GROUP) as theirs:
                assert not theirs, "another replica is draining the group lane"
            async with b.hold(Lane.USER) as other_lane:
                assert other_lane, "lanes are independent"
        async with b.hold(Lane.GROUP) as now_mine:
            assert now_mine, "released after the drain"
    finally:
        await first.aclose()
        await second.aclose()


@pytest.mark.redis
async def test_a_drain_lease_is_renewed_while_held_and_freed_soon_after_its_holder_dies(
    redis_url: str,
) -> None:
    from redis.asyncio import Redis

    first, second = Redis.from_url(redis_url), Redis.from_url(redis_url)
    try:
        a, b = RedisDrainLock(first, timeout=2), RedisDrainLock(second, timeout=2)
        async with a.hold(Lane.GROUP) as mine:
            assert mine
            await asyncio.sleep(5)  # two and a half leases: still held, because the holder renews it
            async with b.hold(Lane.GROUP) as theirs:
                assert not theirs, "a drain that is still running keeps its lane"
        # A replica killed mid-drain: it took the lease and never renews or releases it.
        dead = first.lock(f"kototori:cases:drain:{Lane.USER}", timeout=2)
        assert await dead.acquire(blocking=False)
        async with b.hold(Lane.USER) as theirs:
            assert not theirs
        await asyncio.sleep(3)  # one lease and a half
        async with b.hold(Lane.USER) as now_mine:
            assert now_mine, "the dead replica's lane is free again within one lease"
    finally:
        await first.aclose()
        await second.aclose()
