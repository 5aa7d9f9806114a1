"""Booking benchmark: bookings per second with N people pressing at once, on SQLite and PostgreSQL, and how long
the day and time lists take to compute.

    .venv/bin/python -m bench.booking [--users 50] [--rounds 3] [--postgres] [--json FILE]

Scenarios (medians over rounds; each round on a fresh migrated database, clock fixed on Monday 9:00 so all 14 days
are bookable):
- spread: N people book at once, each a different slot (no two want the same seat): bookings/s, p50/p99 per booking;
- contended: N people press the same two-seat slot at once: time until every press has an answer, and the check
  that exactly two got it (the database's unique seat constraint decides);
- lists: `days()` (14 days of slots with free seats, one query for the seats) and `times()` of one day, on a
  database holding the spread scenario's bookings; and the pure slot generation of 14 days.
The baseline for the database scenarios is a bare INSERT of one row per person in the same table on the same
engine (what the database costs before any rule is checked).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select

from bench.common import command_line
from bot.booking.model import Booking, SlotFull
from bot.booking.rules import BookingRules, slots_on, window
from bot.booking.service import BookingService
from bot.clock import FixedClock
from bot.db.engine import create_engine, create_sessionmaker
from bot.db.migrate import upgrade
from bot.db.models import Booking as BookingRow
from bot.hours.data import load_schedule
from bot.hours.service import OpeningHours

TZ = ZoneInfo("Europe/Helsinki")
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=TZ)  # Monday: Tuesday to the Friday after next are ahead
# A wider advice point than Kototori, so that N people can each find a slot of their own.
RULES = BookingRules(max_active=2, capacity=2)


class Links:
    def coming(self, booking_id: int) -> str:
        return "c"

    def cancel(self, booking_id: int) -> str:
        return "x"

    def rebook(self, topic: str, language: str) -> str:
        return "r"

    def offer(self, wait_id: int, start: datetime) -> str:
        return "o"


@asynccontextmanager
async def database(kind: str) -> AsyncIterator[str]:
    if kind == "postgres":
        from tests.infra import throwaway_postgres

        async with throwaway_postgres() as url:
            await asyncio.to_thread(upgrade, url)
            yield url
        return
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'bench.sqlite3'}"
        await asyncio.to_thread(upgrade, url)
        yield url


def all_slots() -> list[datetime]:
    hours = OpeningHours(load_schedule(), (), TZ)
    return [s.start for d in window(NOW.date(), RULES) for s in slots_on(hours.day(d), RULES, "fi")]


async def timed(jobs: list[Callable[[], Coroutine[Any, Any, Any]]]) -> tuple[float, list[float], list[Any]]:
    latencies: list[float] = []

    async def one(job: Callable[[], Coroutine[Any, Any, Any]]) -> Any:
        start = time.perf_counter()
        try:
            return await job()
        except SlotFull as exc:
            return exc
        finally:
            latencies.append(time.perf_counter() - start)

    start = time.perf_counter()
    results = await asyncio.gather(*(one(j) for j in jobs))
    return time.perf_counter() - start, latencies, list(results)


async def round_(kind: str, users: int) -> dict[str, float]:
    out: dict[str, float] = {}
    clock = FixedClock(NOW)
    slots = all_slots()
    async with database(kind) as url:
        engine = create_engine(url, pool_size=max(5, users // 2), max_overflow=users)
        sessions = create_sessionmaker(engine)

        def booking(user: int, start: datetime) -> Callable[[], Coroutine[Any, Any, Booking]]:
            async def job() -> Booking:
                async with sessions() as session:
                    return await BookingService(session, clock, TZ, Links(), RULES).book(
                        user, "fi", "kela", "fi", start
                    )

            return job

        def bare(user: int, start: datetime) -> Callable[[], Coroutine[Any, Any, None]]:
            async def job() -> None:
                async with sessions() as session:
                    await session.execute(
                        insert(BookingRow).values(
                            code=None,
                            telegram_id=user,
                            locale="fi",
                            language="fi",
                            topic="kela",
                            slot_start=start,
                            seat=9,
                            active_start=None,
                            status="cancelled",
                            created_at=NOW,
                        )
                    )
                    await session.commit()

            return job

        async def ping() -> None:
            async with sessions() as session:
                await session.execute(select(1))

        # Open every connection of the pool first (SQLite sets its pragmas per connection), for both measures.
        await timed([ping for _ in range(users)])
        await timed([booking(1, slots[0])])
        seconds, _, _ = await timed([bare(10_000 + i, slots[i % len(slots)]) for i in range(users)])
        out["bare_insert_per_s"] = users / seconds
        seconds, latencies, results = await timed(
            [booking(100 + i, slots[1 + i % (len(slots) - 1)]) for i in range(users)]
        )
        assert all(isinstance(r, Booking) for r in results), results
        ordered = sorted(latencies)
        out["spread_per_s"] = users / seconds
        out["spread_p50_ms"] = ordered[len(ordered) // 2] * 1000
        out["spread_p99_ms"] = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] * 1000
        contended = slots[-1]
        seconds, _, results = await timed([booking(5000 + i, contended) for i in range(users)])
        won = sum(isinstance(r, Booking) for r in results)
        assert won == 2, f"{won} people got a two-seat slot"
        out["contended_all_answered_ms"] = seconds * 1000

        async with sessions() as session:
            service = BookingService(session, clock, TZ, Links(), RULES)
            start = time.perf_counter()
            for _ in range(20):
                service._hours = None  # as in a fresh update: the exceptions are read again
                await service.days("fi")
            out["days_ms"] = (time.perf_counter() - start) / 20 * 1000
            start = time.perf_counter()
            for _ in range(20):
                await service.times(date(2026, 11, 24), "fi")
            out["times_ms"] = (time.perf_counter() - start) / 20 * 1000
        await engine.dispose()
    hours = OpeningHours(load_schedule(), (), TZ)
    start = time.perf_counter()
    for _ in range(200):
        [slots_on(hours.day(d), RULES, "ar") for d in window(NOW.date(), RULES)]
    out["generate_14_days_us"] = (time.perf_counter() - start) / 200 * 1e6
    return out


async def main(args: argparse.Namespace) -> None:
    kinds = ["sqlite", *(["postgres"] if args.postgres else [])]
    summary: dict[str, dict[str, float]] = {}
    for kind in kinds:
        rounds = [await round_(kind, args.users) for _ in range(args.rounds)]
        summary[kind] = {k: statistics.median(r[k] for r in rounds) for k in rounds[0]}
    keys = list(next(iter(summary.values())))
    print(f"{args.users} people at once, median of {args.rounds} rounds, {datetime.now(UTC):%Y-%m-%d}")
    print(f"| {'measure':<28} | " + " | ".join(f"{k:>10}" for k in kinds) + " |")
    print(f"|{'-' * 30}|" + "|".join("-" * 12 for _ in kinds) + "|")
    for key in keys:
        print(f"| {key:<28} | " + " | ".join(f"{summary[k][key]:>10.1f}" for k in kinds) + " |")
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2))


if __name__ == "__main__":
    parser = command_line(__doc__)
    parser.add_argument(
        "--users", type=int, default=50, help="people pressing at once (default: %(default)s)"
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--postgres", action="store_true", help="also on PostgreSQL at 127.0.0.1:5432")
    parser.add_argument("--json", help="write the summary here")
    asyncio.run(main(parser.parse_args()))
