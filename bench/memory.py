"""Memory of the running bot: `kototori run` as its own process, polling the emulator, answering real questions.

    .venv/bin/python -m bench.memory [--users 30] [--questions 300]

The emulator runs in this process; the bot is the production entry point (`kototori run`) on a fresh SQLite file,
so its RSS is the bot's alone. Users choose a language, then ask the evaluation questions (tests/eval/*.yaml) one
after another, each waiting for the reply. Reported: RSS after start-up (n-gram index), after the sentence
embeddings are ready (the blend), and after the questions, plus the peak (VmHWM). Target (issue 3): under 300 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import glob
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from bot.config import PROJECT_ROOT
from bot.emulator import TelegramEmulator
from tests.harness import TOKEN

KOTOTORI = str(Path(sys.executable).with_name("kototori"))


def status_mb(pid: int) -> dict[str, float]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields


async def wait_for_line(path: Path, needle: str, timeout: float) -> float:
    began = time.perf_counter()
    while time.perf_counter() - began < timeout:
        if needle in path.read_text(errors="replace"):
            return time.perf_counter() - began
        await asyncio.sleep(0.2)
    raise TimeoutError(f"the bot did not log {needle!r} within {timeout} s")


async def main(args: argparse.Namespace) -> None:
    questions = [
        c["q"]
        for f in sorted(glob.glob(str(PROJECT_ROOT / "tests/eval/*.yaml")))
        for c in yaml.safe_load(Path(f).read_text(encoding="utf-8"))
    ][:: max(1, 1080 // args.questions)][: args.questions]
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
                emu.send_text(user, "/start")
                [picker] = await emu.wait_for_messages(user, 1, timeout=30)
                data = picker["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
                emu.press(user, user, picker["message_id"], data)
                await emu.wait_for_messages(user, 2, timeout=30)
            began = time.perf_counter()
            for i, q in enumerate(questions):
                user = users[i % len(users)]
                have = len([m for m in emu.chat_messages(user) if m["from_bot"]])
                emu.send_text(user, q)
                await emu.wait_for_messages(user, have + 1, timeout=60)
            seconds = time.perf_counter() - began
            after = status_mb(proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
            await emu.stop()
    print(f"bot process (kototori run, SQLite), {len(questions)} questions from {len(users)} users")
    print(f"  after start-up (n-gram index):  RSS {started['VmRSS']:.0f} MB")
    print(f"  blend ready after {ready_s:.1f} s:     RSS {blend['VmRSS']:.0f} MB")
    print(
        f"  after the questions ({seconds:.1f} s): RSS {after['VmRSS']:.0f} MB, peak {after['VmHWM']:.0f} MB"
    )
    print("  target: under 300 MB")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=30)
    parser.add_argument("--questions", type=int, default=300)
    asyncio.run(main(parser.parse_args()))
