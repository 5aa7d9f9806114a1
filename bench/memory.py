"""Memory of the running bot: `kototori run` as its own process, polling the emulator, answering real questions.

    .venv/bin/python -m bench.memory [--users 30] [--questions 1000]

The emulator runs in this process; the bot is the production entry point (`kototori run`) on a fresh SQLite file,
so its memory is the bot's alone. Users choose a language, then ask the evaluation questions (tests/eval/dev/*.yaml) one
after another, each waiting for the reply. Beside it, as a baseline, a bare aiogram echo bot polls the same emulator.

Reported from /proc: RSS, split into anonymous memory (the process's own heap) and file-backed pages. Most of the
file-backed part is the sentence-embedding model, which the engine maps read-only from its wheel: its pages come in
as questions touch them (the RSS "growth" while answering), are shared between processes and can be dropped by the
kernel under pressure. Target (issue 3): the running bot under 300 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from bench.common import choose_language
from bot.config import PROJECT_ROOT
from bot.emulator import TelegramEmulator
from tests.harness import TOKEN

KOTOTORI = str(Path(sys.executable).with_name("kototori"))
FIELDS = ("VmRSS", "RssAnon", "RssFile", "VmHWM")

BARE_BOT = """
import asyncio, sys
from aiogram import Bot, Dispatcher, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Message

router = Router()

@router.message()
async def echo(message: Message) -> None:
    await message.answer(message.text or "")

async def main() -> None:
    dp = Dispatcher()
    dp.include_router(router)
    bot = Bot(sys.argv[2], session=AiohttpSession(api=TelegramAPIServer.from_base(sys.argv[1])))
    await dp.start_polling(bot, handle_signals=True, polling_timeout=1)

asyncio.run(main())
"""


def status_mb(pid: int) -> dict[str, float]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in FIELDS:
            fields[key] = int(value.split()[0]) / 1024
    return fields


def show(label: str, mb: dict[str, float]) -> str:
    return f"{label:<34} RSS {mb['VmRSS']:4.0f} MB = anonymous {mb['RssAnon']:4.0f} + file-backed {mb['RssFile']:3.0f}"


async def wait_for_line(path: Path, needle: str, timeout: float) -> float:
    began = time.perf_counter()
    while time.perf_counter() - began < timeout:
        if needle in path.read_text(errors="replace"):
            return time.perf_counter() - began
        await asyncio.sleep(0.2)
    raise TimeoutError(f"the bot did not log {needle!r} within {timeout} s")


async def ask(
    emu: TelegramEmulator, users: list[int], questions: list[str], pid: int
) -> list[tuple[int, float]]:
    growth: list[tuple[int, float]] = []
    for i, q in enumerate(questions):
        user = users[i % len(users)]
        have = len([m for m in emu.chat_messages(user) if m["from_bot"]])
        emu.send_text(user, q)
        await emu.wait_for_messages(user, have + 1, timeout=60)
        if (i + 1) % 200 == 0:
            growth.append((i + 1, status_mb(pid)["VmRSS"]))
    return growth


async def bare_baseline(questions: list[str]) -> dict[str, float]:
    emu = TelegramEmulator(TOKEN)
    await emu.start(port=0)
    proc = subprocess.Popen([sys.executable, "-c", BARE_BOT, emu.base_url, TOKEN])
    try:
        await emu.wait_polling(timeout=60)
        users = [emu.add_user(f"B{i}", language_code="fi", user_id=300_000 + i)["id"] for i in range(10)]
        await ask(emu, users, questions, proc.pid)
        return status_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        await emu.stop()


async def main(args: argparse.Namespace) -> None:
    cases = [
        c["q"]
        for f in sorted((PROJECT_ROOT / "tests/eval/dev").glob("*.yaml"))
        for c in yaml.safe_load(f.read_text(encoding="utf-8"))
    ]
    questions = (cases * (1 + args.questions // len(cases)))[: args.questions]
    bare = await bare_baseline(questions[:200])
    emu = TelegramEmulator(TOKEN)
    await emu.start(port=0)
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "KOTOTORI_BOT_TOKEN": TOKEN,
            "KOTOTORI_TELEGRAM_API": emu.base_url,
            "KOTOTORI_DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
        }
        subprocess.run([KOTOTORI, "db", "upgrade"], env=env, check=True, capture_output=True)
        log = Path(tmp) / "bot.log"
        with log.open("w") as out:
            proc = subprocess.Popen([KOTOTORI, "run"], env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            await emu.wait_polling(timeout=60)
            started = status_mb(proc.pid)
            ready_s = await wait_for_line(log, "sentence embeddings ready", timeout=600)
            blend = status_mb(proc.pid)
            users = [
                emu.add_user(f"U{i}", language_code="fi", user_id=200_000 + i)["id"]
                for i in range(args.users)
            ]
            for user in users:
                await choose_language(emu, user, 2, timeout=30)
            began = time.perf_counter()
            growth = await ask(emu, users, questions, proc.pid)
            seconds = time.perf_counter() - began
            after = status_mb(proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
            await emu.stop()
    print(f"kototori run (SQLite), {len(questions)} questions from {len(users)} users in {seconds:.1f} s")
    print(show("  bare aiogram echo bot (baseline)", bare))
    print(show("  after start-up (n-gram index)", started))
    print(show(f"  blend ready after {ready_s:.1f} s", blend))
    print(show("  after the questions", after) + f", peak RSS {after['VmHWM']:.0f} MB")
    print("  RSS by questions answered: " + ", ".join(f"{n}: {mb:.0f}" for n, mb in growth))
    print(f"  the bot over the bare bot: anonymous {after['RssAnon'] - bare['RssAnon']:+.0f} MB")
    print("  target: under 300 MB")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--users", type=int, default=30)
    parser.add_argument("--questions", type=int, default=1000)
    asyncio.run(main(parser.parse_args()))
