"""Whole-pipeline benchmark: emulator <-> bot over loopback HTTP, against a bare aiogram echo bot in the same run.

    .venv/bin/python -m bench.pipeline [--users 40] [--messages 10] [--rounds 3] [--postgres]

Two phases per bot, rounds alternating bare and full bot (medians over rounds):
- latency: one user sends --sequential messages one after another (waiting for each reply, as a person does):
  p50/p99 from message injected to reply stored by the emulator;
- throughput: --users users in parallel, each sending --messages messages the same way: replies per second.
Telegram's rate limits are off: this measures our pipeline, not Telegram's. The full bot runs as `kototori run`
does: updates stored in the inbox before they are confirmed, then handled per chat (docs/decisions/0014-once-only.md).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

from aiogram import Bot, Dispatcher, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Message
from sqlalchemy import delete

from bench.common import choose_language, command_line
from bot.clock import SystemClock
from bot.db.engine import create_engine
from bot.db.migrate import upgrade
from bot.db.models import InboxUpdate
from bot.emulator import TelegramEmulator
from bot.i18n import Translator
from tests.harness import TOKEN, start_harness


@dataclass
class Result:
    name: str
    replies: int
    seconds: float
    latencies: list[float]

    @property
    def rate(self) -> float:
        return self.replies / self.seconds

    def pct(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def drive(emu: TelegramEmulator, users: list[int], messages: int, text: str) -> Result:
    latencies: list[float] = []

    async def one_user(user: int) -> None:
        have = len([m for m in emu.chat_messages(user) if m["from_bot"]])
        for _ in range(messages):
            start = time.perf_counter()
            emu.send_text(user, text)
            have += 1
            await emu.wait_for_messages(user, have, timeout=60)
            latencies.append(time.perf_counter() - start)

    began = time.perf_counter()
    await asyncio.gather(*(one_user(u) for u in users))
    return Result("", len(latencies), time.perf_counter() - began, latencies)


@contextlib.asynccontextmanager
async def bare_bot() -> AsyncIterator[TelegramEmulator]:
    emu = TelegramEmulator(TOKEN)
    await emu.start(port=0)
    router = Router()

    @router.message()
    async def echo(message: Message) -> None:
        await message.answer(message.text or "")

    dp = Dispatcher()
    dp.include_router(router)
    bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(emu.base_url)))
    task = asyncio.create_task(
        dp.start_polling(bot, handle_signals=False, close_bot_session=False, polling_timeout=1)
    )
    try:
        yield emu
    finally:
        await dp.stop_polling()
        await task
        await bot.session.close()
        await emu.stop()


@contextlib.asynccontextmanager
async def full_bot(
    db_url: str, translator: Translator, inbox: bool = True
) -> AsyncIterator[TelegramEmulator]:
    # The production path: updates stored in the inbox, then handled per chat (as `kototori run`); without it,
    # aiogram's own polling (what ran before issue 15), to show what the inbox costs.
    # Each run has a new emulator whose update ids start again: the last run's inbox rows would make them retries.
    engine = create_engine(db_url)
    async with engine.begin() as conn:
        await conn.execute(delete(InboxUpdate))
    await engine.dispose()
    harness = await start_harness(db_url, SystemClock(), translator, inbox=inbox)  # type: ignore[arg-type]
    try:
        yield harness.emulator
    finally:
        await harness.stop()


async def prepare(emu: TelegramEmulator, count: int, full: bool) -> list[int]:
    users = [emu.add_user(f"User{i}", language_code="fi", user_id=100_000 + i)["id"] for i in range(count)]
    if full:  # everyone has chosen a language already: we measure ordinary messages, not first contact
        for user in users:
            await choose_language(emu, user, 2, timeout=30)
    return users


async def measure(
    name: str,
    factory: Callable[[], contextlib.AbstractAsyncContextManager[TelegramEmulator]],
    args: argparse.Namespace,
) -> Result:
    text = "/menu" if name != "bare" else "hello"
    async with factory() as emu:
        users = await prepare(emu, args.users, full=name != "bare")
        latency = await drive(emu, users[:1], args.sequential, text)
        result = await drive(emu, users, args.messages, text)
    result.name = name
    result.latencies = latency.latencies
    return result


async def pg_url() -> AsyncIterator[str]:
    from tests.infra import throwaway_postgres

    async with throwaway_postgres() as url:
        await asyncio.to_thread(upgrade, url)
        yield url


async def main(args: argparse.Namespace) -> None:
    translator = Translator()
    with tempfile.TemporaryDirectory() as tmp:
        sqlite_url = f"sqlite+aiosqlite:///{Path(tmp) / 'bench.sqlite3'}"
        await asyncio.to_thread(upgrade, sqlite_url)
        factories: dict[str, Callable[[], contextlib.AbstractAsyncContextManager[TelegramEmulator]]] = {
            "bare": bare_bot,
            "full-sqlite": lambda: full_bot(sqlite_url, translator),
        }
        if args.without_inbox:
            factories["sqlite-no-inbox"] = lambda: full_bot(sqlite_url, translator, inbox=False)
        pg_cm: contextlib.AbstractAsyncContextManager[str] | None = None
        if args.postgres:
            pg_cm = contextlib.asynccontextmanager(pg_url)()
            url = await pg_cm.__aenter__()
            factories["full-postgres"] = lambda: full_bot(url, translator)
            if args.without_inbox:
                factories["postgres-no-inbox"] = lambda: full_bot(url, translator, inbox=False)
        results: dict[str, list[Result]] = {k: [] for k in factories}
        try:
            for _ in range(args.rounds):
                for name, factory in factories.items():
                    results[name].append(await measure(name, factory, args))
        finally:
            if pg_cm is not None:
                await pg_cm.__aexit__(None, None, None)
    summary = {}
    for name, runs in results.items():
        summary[name] = {
            "replies_per_s": statistics.median(r.rate for r in runs),
            "p50_ms": statistics.median(r.pct(0.50) for r in runs),
            "p99_ms": statistics.median(r.pct(0.99) for r in runs),
        }
    bare = summary["bare"]["replies_per_s"]
    print(
        f"latency: 1 user x {args.sequential} messages; throughput: {args.users} users x {args.messages} messages;"
        f" rounds={args.rounds} (medians)"
    )
    print(f"{'bot':<15}{'replies/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'vs bare':>9}")
    for name, s in summary.items():
        print(
            f"{name:<15}{s['replies_per_s']:>10.1f}{s['p50_ms']:>9.1f}{s['p99_ms']:>9.1f}"
            f"{s['replies_per_s'] / bare:>9.2f}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2))


def cli() -> None:
    parser = command_line(__doc__)
    parser.add_argument("--users", type=int, default=40)
    parser.add_argument("--messages", type=int, default=10)
    parser.add_argument("--sequential", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--postgres", action="store_true", help="also measure on PostgreSQL at 127.0.0.1:5432"
    )
    parser.add_argument(
        "--without-inbox", action="store_true", help="also the full bot on aiogram's own polling (no inbox)"
    )
    parser.add_argument("--json", help="write the summary here")
    asyncio.run(main(parser.parse_args()))


if __name__ == "__main__":
    cli()
