"""`kototori bookings report`: bookings and the no-show rate per week, from the database (anonymous counts)."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from pathlib import Path

import pytest

from bot.booking.service import BookingService
from bot.booking.staff import BookingStaffService
from bot.cli.main import main
from bot.clock import FixedClock, SystemClock
from bot.config import load_settings
from bot.db.engine import create_engine, create_sessionmaker
from bot.db.migrate import upgrade
from handlers.booking.keyboards import CallbackLinks


async def test_bookings_report_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'b.sqlite3'}"
    await asyncio.to_thread(upgrade, url)
    tz = load_settings().tz
    now = SystemClock().now()
    then = FixedClock(now - timedelta(days=10))  # the report reads the real clock: book in the past's future
    engine = create_engine(url)
    try:
        async with create_sessionmaker(engine)() as session:
            service = BookingService(session, then, tz, CallbackLinks())
            day = next(d.day for d in await service.days("fi") if d.day < (now - timedelta(days=1)).date())
            [first, second, *_] = await service.times(day, "fi")
            came = await service.book(1, "fi", "kela", "fi", first.start)
            absent = await service.book(2, "fi", "work", "fi", first.start)
            await service.book(3, "fi", "other", "fi", second.start)  # nobody marks this one
            staff = BookingStaffService(session, FixedClock(now), tz)
            await staff.mark(came.id, True, 9001)
            await staff.mark(absent.id, False, 9001)
    finally:
        await engine.dispose()
    monkeypatch.setenv("KOTOTORI_DATABASE_URL", url)
    assert await asyncio.to_thread(main, ["bookings", "report", "--weeks", "3", "--json"]) == 0
    weeks = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(weeks) == 3
    [row] = [w for w in weeks if w["booked"]]
    assert (row["attended"], row["no_show"], row["unmarked"], row["no_show_rate"]) == (1, 1, 1, 0.5)
    assert await asyncio.to_thread(main, ["bookings", "report", "--weeks", "3"]) == 0
    assert "no-show rate 50%" in capsys.readouterr().out
