"""Announcement benchmark: N subscribers in three languages, the real sender process against the emulator with
Telegram's limits on; then the same with a kill -9 of the sender at a random moment and a restart.

    .venv/bin/python -m bench.announce [--subscribers 10000] [--postgres] [--redis] [--seed 1] [--json FILE]

The sender runs as `python -m bot scheduler` (a subprocess, as in production). Figures come from the emulator's
own records (every message it stored, with the time it stored it) and the outbox rows:
- rate: recipients' messages per second from the first to the last one (for the kill run, the downtime between the
  kill and the first message after the restart is left out), as a ratio to Telegram's 30/s ceiling;
- 429: flood-wait answers the emulator gave; duplicates: extra copies in any chat;
- lost: recipients with no message whose row is not reported (unknown, failed, blocked) -- must be 0;
- unknown: rows in flight at the kill, reported to the coordinator and not resent (delivered or not).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from bench.common import command_line
from bot.clock import SystemClock
from bot.config import PROJECT_ROOT
from bot.db.engine import create_engine, create_sessionmaker
from bot.db.migrate import upgrade
from bot.db.models import OutboxBatch, OutboxMessage, User
from bot.emulator import TelegramEmulator
from bot.emulator.world import World
from bot.news.announcements import AnnouncementService
from bot.news.audience import Audience, Audiences

TOKEN = "7000000001:BENCH-token-for-the-emulator-00000000"
COORDINATOR = 9003
FIRST_USER = 1_000_000
LOCALES = ("ar", "so", "en")
TEXTS = {
    "ar": "مجموعة اللغة الفنلندية للمبتدئين كل يوم خميس 13:30-15 في مقهى مركز هيرفانتا.",
    "so": "Kooxda bilowga af-Finnishka Khamiis kasta 13:30-15 maqaaxida xarunta Hervanta.",
    "en": "Finnish beginners' group every Thursday 13:30-15 in the Hervanta leisure centre cafe.",
}
CEILING = 30.0


@dataclass
class Result:
    name: str
    subscribers: int
    delivered: int
    seconds: float
    rate: float
    ratio: float
    too_many_requests: int
    duplicates: int
    lost: int
    unknown: int
    unknown_delivered: int
    failed: int
    downtime: float
    wall_seconds: float


def record_deliveries(emu: TelegramEmulator) -> list[tuple[float, int]]:
    """Wrap World.post: the time and chat of every bot message the emulator stores."""
    log: list[tuple[float, int]] = []
    original = World.post

    def post(self: World, state: Any, sender: dict[str, Any], content: dict[str, Any], **kw: Any) -> Any:
        stored = original(self, state, sender, content, **kw)
        if sender.get("is_bot"):
            log.append((time.monotonic(), state.id))
        return stored

    emu.world.post = post.__get__(emu.world)  # type: ignore[method-assign]
    return log


@contextlib.asynccontextmanager
async def database(postgres: bool, folder: Path) -> AsyncIterator[str]:
    if postgres:
        from tests.infra import throwaway_postgres

        async with throwaway_postgres() as url:
            yield url
    else:
        yield f"sqlite+aiosqlite:///{folder / 'bench.sqlite3'}"


async def prepare(url: str, emu: TelegramEmulator, n: int) -> int:
    await asyncio.to_thread(upgrade, url)
    engine = create_engine(url)
    sessionmaker = create_sessionmaker(engine)
    now = SystemClock().now()
    emu.add_user("Leena", language_code="fi", user_id=COORDINATOR)
    rows = []
    for i in range(n):
        uid = FIRST_USER + i
        emu.world.add_user(
            f"U{i}", language_code=None, user_id=uid, last_name=None, username=None, started=True
        )
        rows.append(
            {
                "telegram_id": uid,
                "locale": LOCALES[i % 3],
                "first_seen": now,
                "last_seen": now,
                "consent_announcements": True,
            }
        )
    async with sessionmaker() as session:
        for start in range(0, n, 2000):
            await session.execute(insert(User), rows[start : start + 2000])
        await session.commit()
        batch_id = await AnnouncementService(session, SystemClock(), Audiences()).schedule(
            TEXTS, Audience("all"), created_by=COORDINATOR, report_locale="en"
        )
    await engine.dispose()
    return batch_id


def sender_process(url: str, api: str, redis: bool, cwd: Path) -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KOTOTORI_")}
    env |= {
        "KOTOTORI_BOT_TOKEN": TOKEN,
        "KOTOTORI_TELEGRAM_API": api,
        "KOTOTORI_DATABASE_URL": url,
        "KOTOTORI_COORDINATOR_IDS": str(COORDINATOR),
        "KOTOTORI_LOG_LEVEL": "WARNING",
        # This checkout's code, whatever the venv has installed (the process runs in a scratch folder).
        "PYTHONPATH": str(PROJECT_ROOT),
    }
    if redis:
        env["KOTOTORI_REDIS_URL"] = "redis://127.0.0.1:6379/0"
    return asyncio.create_subprocess_exec(  # type: ignore[return-value]
        sys.executable, "-m", "bot", "scheduler", env=env, cwd=cwd, stdout=asyncio.subprocess.DEVNULL
    )


async def batch_reported(sessionmaker: Any, batch_id: int) -> bool:
    async with sessionmaker() as session:
        batch = await session.get(OutboxBatch, batch_id)
        return batch is not None and batch.reported_at is not None


async def row_states(sessionmaker: Any, batch_id: int) -> dict[int, str]:
    async with sessionmaker() as session:
        rows = await session.execute(
            select(OutboxMessage.chat_id, OutboxMessage.state).where(OutboxMessage.batch_id == batch_id)
        )
        return {int(r[0]): str(r[1]) for r in rows}


async def run(name: str, n: int, postgres: bool, redis: bool, kill: bool, rng: random.Random) -> Result:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        emu = TelegramEmulator(TOKEN, rate_limits=True)
        await emu.start(port=0)
        log = record_deliveries(emu)
        try:
            async with database(postgres, folder) as url:
                if redis:
                    from redis.asyncio import Redis

                    client = Redis.from_url("redis://127.0.0.1:6379/0")
                    for key in await client.keys("kototori:pace:*"):
                        await client.delete(key)
                    await client.aclose()
                batch_id = await prepare(url, emu, n)
                # The emulator stands in for Telegram, whose servers do not pause for our garbage collector: keep
                # the 10,000 users' records out of collections so a long gen-2 pass does not bunch arrivals.
                gc.collect()
                gc.freeze()
                engine = create_engine(url)
                sessionmaker = create_sessionmaker(engine)
                began = time.monotonic()
                proc = await sender_process(url, emu.base_url, redis, folder)
                killed_at = None
                if kill:
                    while not any(chat != COORDINATOR for _, chat in log):  # sending has begun
                        await asyncio.sleep(0.05)
                    await asyncio.sleep(rng.uniform(0.1, 0.9) * n / 28)
                    proc.send_signal(signal.SIGKILL)
                    await proc.wait()
                    killed_at = time.monotonic()
                    print(f"  killed the sender after {killed_at - began:.1f}s; restarting", flush=True)
                    proc = await sender_process(url, emu.base_url, redis, folder)
                while not await batch_reported(sessionmaker, batch_id):
                    if proc.returncode is not None:
                        raise RuntimeError(f"the sender exited with {proc.returncode}")
                    await asyncio.sleep(1)
                wall = time.monotonic() - began
                proc.send_signal(signal.SIGTERM)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(proc.wait(), 10)
                if proc.returncode is None:
                    proc.kill()
                states = await row_states(sessionmaker, batch_id)
                await engine.dispose()
        finally:
            await emu.stop()
            gc.unfreeze()
    recipients = [(t, chat) for t, chat in log if chat != COORDINATOR]
    per_chat = Counter(chat for _, chat in recipients)
    times = sorted(t for t, _ in recipients)
    downtime = 0.0
    if killed_at is not None:
        after = [t for t in times if t > killed_at]
        before = [t for t in times if t <= killed_at]
        if after and before:
            downtime = after[0] - before[-1]
    seconds = (times[-1] - times[0] - downtime) if len(times) > 1 else 0.0
    delivered = len(per_chat)
    unknown = [c for c, s in states.items() if s == "unknown"]
    reported = {c for c, s in states.items() if s in ("unknown", "failed", "blocked")}
    lost = sum(1 for c in states if per_chat[c] == 0 and c not in reported)
    rate = (len(recipients) - 1) / seconds if seconds else 0.0
    return Result(
        name=name,
        subscribers=n,
        delivered=delivered,
        seconds=round(seconds, 1),
        rate=round(rate, 2),
        ratio=round(rate / CEILING, 3),
        too_many_requests=emu.stats["rate_limited_429"],
        duplicates=sum(c - 1 for c in per_chat.values() if c > 1),
        lost=lost,
        unknown=len(unknown),
        unknown_delivered=sum(1 for c in unknown if per_chat[c] > 0),
        failed=sum(1 for s in states.values() if s == "failed"),
        downtime=round(downtime, 1),
        wall_seconds=round(wall, 1),
    )


def table(results: list[Result]) -> str:
    head = "| run | subscribers | delivered | msg/s | ratio to 30/s | 429s | duplicates | lost | unknown (of them delivered) | downtime s |"
    lines = [head, "|" + "---|" * 10]
    for r in results:
        lines.append(
            f"| {r.name} | {r.subscribers} | {r.delivered} | {r.rate} | {r.ratio:.1%} | {r.too_many_requests} "
            f"| {r.duplicates} | {r.lost} | {r.unknown} ({r.unknown_delivered}) | {r.downtime} |"
        )
    return "\n".join(lines)


async def main_async(args: argparse.Namespace) -> list[Result]:
    rng = random.Random(args.seed)
    results = []
    for name, kill in (("clean", False), ("kill -9 + restart", True)):
        print(f"{name}: {args.subscribers} subscribers ...", flush=True)
        result = await run(name, args.subscribers, args.postgres, args.redis, kill, rng)
        print(f"  {result}", flush=True)
        results.append(result)
    return results


def main() -> None:
    parser = command_line(__doc__)
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL instead of SQLite")
    parser.add_argument("--redis", action="store_true", help="the Redis pacer instead of the in-process one")
    parser.add_argument("--seed", type=int, default=1, help="where the kill falls")
    parser.add_argument("--json", help="write the results to this file too")
    args = parser.parse_args()
    results = asyncio.run(main_async(args))
    print(table(results))
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(r) for r in results], indent=2))


if __name__ == "__main__":
    main()
