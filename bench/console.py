"""Console benchmark: the dashboard's server time with a year of data at ten times Kototori's traffic.

    .venv/bin/python -m bench.console [--days 365] [--people 300] [--rounds 20] [--postgres] [--json FILE]

A year of anonymous data is generated for about `people` people a day (Kototori sees about 30): ~3 typed messages
each (answered directly 65 %, "did you mean" 15 %, declined 12 %, passed to a person 8 %) in the six languages, over
the knowledge base's topics with a Zipf-like popularity; 👍/👎 under a tenth of the answers; 90 days of unanswered
questions (the retention); cases with a log-normal wait for the first answer; bookings on the two open days;
new profiles and news subscribers. Then a signed-in coordinator's GET of the dashboard (all eight reports) is timed
over loopback HTTP for 4, 12 and 52 weeks (median and p95 of `rounds` requests), with the rendering of the chart
data alone (Chart.js draws in the browser), and the CSV of the biggest chart.

Target: the dashboard under 300 ms with 52 weeks, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bench.common import command_line
from bot.answers.knowledge.model import load_knowledge
from bot.clock import FixedClock
from bot.console.auth import SignInLinks
from bot.console.web import COOKIE, Console, ConsoleSlot, mount
from bot.db.engine import create_engine, create_sessionmaker
from bot.db.migrate import upgrade
from bot.db.models import Booking, CaseStat, DailyCount, DailyTopicCount, UnansweredQuestion, User
from bot.users.roles import Role, RoleResolver, Staff

TZ = ZoneInfo("Europe/Helsinki")
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=TZ)
LOCALES = {"ar": 0.30, "fa-AF": 0.20, "so": 0.15, "en": 0.15, "fi": 0.10, "fi-selko": 0.10}
OUTCOMES = {"answered": 0.65, "choose": 0.15, "declined": 0.12, "person": 0.08}
COORDINATOR = Staff(1, "Bench", Role.COORDINATOR)
WORDS = [
    "kela",
    "rent",
    "letter",
    "permit",
    "school",
    "doctor",
    "bill",
    "bank",
    "tax",
    "work",
    "course",
    "flat",
    "paper",
    "help",
    "when",
    "where",
    "how",
]


def _split(total: int, shares: dict[str, float], rng: random.Random) -> dict[str, int]:
    keys = list(shares)
    counts = dict.fromkeys(keys, 0)
    for key in rng.choices(keys, weights=list(shares.values()), k=total):
        counts[key] += 1
    return counts


async def generate(
    sessionmaker: async_sessionmaker[AsyncSession],
    days: int,
    people: int,
    seed: int = 17,
    now: datetime = NOW,
) -> dict[str, int]:
    """Fill an empty migrated database; returns the row counts."""
    rng = random.Random(seed)
    topics = sorted(load_knowledge().topics)
    weights = [1 / (i + 1) for i in range(len(topics))]
    today = now.astimezone(TZ).date()
    counts: list[dict[str, Any]] = []
    topic_counts: list[dict[str, Any]] = []
    unanswered: list[dict[str, Any]] = []
    cases: list[dict[str, Any]] = []
    bookings: list[dict[str, Any]] = []
    users: list[dict[str, Any]] = []
    telegram_id = 10_000_000
    for back in range(days):
        day = today - timedelta(days=back)
        noon = datetime(day.year, day.month, day.day, 12, tzinfo=TZ).astimezone(UTC)
        messages = int(people * 3 * rng.uniform(0.6, 1.3) * (0.5 if day.weekday() >= 5 else 1.0))
        per_topic: Counter[tuple[str, str]] = Counter()
        for locale, n in _split(messages, LOCALES, rng).items():
            by_outcome = _split(n, OUTCOMES, rng)
            for kind, c in by_outcome.items():
                if c:
                    counts.append({"day": day, "kind": kind, "locale": locale, "count": c})
            for t in rng.choices(topics, weights=weights, k=by_outcome["answered"]):
                per_topic[(t, "answered")] += 1
                if rng.random() < 0.10:
                    per_topic[(t, "up" if rng.random() < 0.8 else "down")] += 1
            if back < 90:
                for _ in range(by_outcome["declined"]):
                    words = rng.sample(WORDS, rng.randint(2, 6))
                    text = " ".join(words)
                    unanswered.append(
                        {"locale": locale, "text": text, "asked_at": noon, "question_key": text}
                    )
        topic_counts.extend(
            {"day": day, "topic_id": t, "kind": kind, "count": c} for (t, kind), c in per_topic.items()
        )
        for _ in range(max(1, int(people * 0.08))):
            wait = int(rng.lognormvariate(7.0, 1.0)) if rng.random() < 0.9 else None
            cases.append(
                {
                    "opened_at": noon - timedelta(minutes=rng.randint(0, 600)),
                    "locale": rng.choices(list(LOCALES), weights=list(LOCALES.values()))[0],
                    "topic_id": rng.choice(topics),
                    "urgent": rng.random() < 0.03,
                    "first_answer_seconds": wait,
                    "rating": rng.choice([None, 3, 4, 5]),
                }
            )
        if day.weekday() in (1, 4):  # Tuesdays and Fridays
            for seat in range(int(people * 0.13)):
                start = noon - timedelta(hours=3) + timedelta(minutes=20 * (seat // 2))
                status = rng.choices(["attended", "no_show", "cancelled"], weights=[0.75, 0.15, 0.10])[0]
                if day >= today:
                    status = "active"
                bookings.append(
                    {
                        "locale": "ar",
                        "language": rng.choice(list(LOCALES)),
                        "topic": "letter",
                        "slot_start": start,
                        "seat": seat % 2,
                        "status": status,
                        "created_at": start - timedelta(days=2),
                    }
                )
        for _ in range(int(people * 0.4)):
            telegram_id += 1
            users.append(
                {
                    "telegram_id": telegram_id,
                    "locale": rng.choices(list(LOCALES), weights=list(LOCALES.values()))[0],
                    "first_seen": noon,
                    "last_seen": noon,
                    "consent_announcements": rng.random() < 0.2,
                }
            )
    async with sessionmaker() as session:
        for model, rows in (
            (DailyCount, counts),
            (DailyTopicCount, topic_counts),
            (UnansweredQuestion, unanswered),
            (CaseStat, cases),
            (Booking, bookings),
            (User, users),
        ):
            for i in range(0, len(rows), 5000):
                await session.execute(insert(model), rows[i : i + 5000])
        await session.commit()
    return {
        "daily_counts": len(counts),
        "daily_topic_counts": len(topic_counts),
        "unanswered_questions": len(unanswered),
        "case_stats": len(cases),
        "bookings": len(bookings),
        "users": len(users),
    }


@asynccontextmanager
async def database(postgres: bool) -> AsyncIterator[str]:
    if not postgres:
        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite+aiosqlite:///{Path(tmp) / 'bench.sqlite3'}"
            await asyncio.to_thread(upgrade, url)
            yield url
        return
    import asyncpg

    name = f"kototori_bench_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(host="127.0.0.1", user="postgres", database="postgres")
    await admin.execute(f'CREATE DATABASE "{name}"')
    await admin.close()
    url = f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"
    try:
        await asyncio.to_thread(upgrade, url)
        yield url
    finally:
        admin = await asyncpg.connect(host="127.0.0.1", user="postgres", database="postgres")
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


def _stats(samples: list[float], cpu: list[float] | None = None) -> dict[str, float]:
    ordered = sorted(samples)
    out = {
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] * 1000, 1),
    }
    if cpu:
        # This process's CPU time per request (server, client and, on SQLite, the database's threads): what a
        # request costs on an idle core, whatever else shares the machine.
        out["cpu_p50_ms"] = round(statistics.median(cpu) * 1000, 1)
    return out


async def _timed(
    client: TestClient[Any, Any], path: str, rounds: int, warm_up: int = 0
) -> tuple[dict[str, float], bytes]:
    """GET `path` `warm_up` + `rounds` times: the timings of the last `rounds` (wall clock and this process's CPU)
    and the last page."""
    samples, cpu, body = [], [], b""
    for _ in range(warm_up + rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        page = await client.get(path)
        body = await page.read()
        samples.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        assert page.status == 200, path
    return _stats(samples[warm_up:], cpu[warm_up:]), body


async def run(postgres: bool, days: int, people: int, rounds: int) -> dict[str, Any]:
    async with database(postgres) as url:
        engine = create_engine(url)
        sessionmaker = create_sessionmaker(engine)
        started = time.perf_counter()
        rows = await generate(sessionmaker, days, people)
        generated = time.perf_counter() - started
        clock = FixedClock(NOW)
        console = Console(
            sessionmaker=sessionmaker,
            clock=clock,
            tz=TZ,
            roles=RoleResolver({COORDINATOR.id}),
            membership=None,
            repository=load_knowledge(),
            secure=False,
        )
        app = web.Application()
        mount(app, ConsoleSlot(console))
        client = TestClient(TestServer(app))
        await client.start_server()
        result: dict[str, Any] = {"database": "PostgreSQL" if postgres else "SQLite", "rows": rows}
        result["generate_s"] = round(generated, 1)
        try:
            async with sessionmaker() as session:
                url_ = await SignInLinks(session, clock, "http://bench").issue(COORDINATOR)
            assert url_ is not None
            response = await client.post(
                "/console/sign-in", data={"token": url_.rsplit("/", 1)[1]}, allow_redirects=False
            )
            client.session.cookie_jar.update_cookies({COOKIE: response.cookies[COOKIE].value})
            for weeks in (4, 12, 52):
                stats, body = await _timed(client, f"/console/?weeks={weeks}", rounds, warm_up=2)
                result[f"dashboard_{weeks}w"] = {**stats, "kb": round(len(body) / 1024)}
            result["csv_messages_52w"], _ = await _timed(
                client, "/console/reports/messages.csv?weeks=52", rounds
            )
            result["unanswered_queue"], _ = await _timed(client, "/console/unanswered", rounds)
        finally:
            await client.close()
            await engine.dispose()
        return result


def main() -> None:
    parser = command_line(__doc__)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--postgres", action="store_true", help="also on PostgreSQL (127.0.0.1:5432)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()}")
    results = [asyncio.run(run(False, args.days, args.people, args.rounds))]
    if args.postgres:
        results.append(asyncio.run(run(True, args.days, args.people, args.rounds)))
    for r in results:
        print(f"{r['database']}: rows {r['rows']} (generated in {r['generate_s']} s)")
        for key in ("dashboard_4w", "dashboard_12w", "dashboard_52w", "csv_messages_52w", "unanswered_queue"):
            row = r[key]
            cpu = f"cpu p50 {row['cpu_p50_ms']:>6} ms" if "cpu_p50_ms" in row else ""
            size = f"{row['kb']} KB" if "kb" in row else ""
            print(f"  {key:<18} p50 {row['p50_ms']:>7} ms   p95 {row['p95_ms']:>7} ms  {cpu}  {size}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str))


if __name__ == "__main__":
    main()
