"""Other chats while letters are read: text questions' answer times with and without three letters being read.

    .venv/bin/python -m bench.letters_chat [--users 4] [--rounds 2] [--workers N] [--niceness N] [--threads]
        [--json FILE]

The whole bot (aiogram over loopback HTTP against the emulator, SQLite, the knowledge-base matcher) answers typed
questions from --users people, each asking one question after another (waiting for each answer, as a person does).
Per round, two phases on the same running bot:
- baseline: the questions alone for as long as the loaded phase took in the round before (the first: 20 s);
- loaded: three people send a 12-megapixel photo of a letter at the same moment; the questions go on until all three
  letters are answered; only answers that came back while letters were being read count.
Before measuring, one letter is read so the worker processes exist and have loaded Tesseract. The letters are read
in the app's pool (bot/letters/reading.py, `KOTOTORI_LETTERS_WORKERS`, default 1). Telegram's rate limits are off.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.common import choose_language, print_json
from bot.clock import SystemClock
from bot.db.migrate import upgrade
from bot.emulator import TelegramEmulator
from bot.i18n import Translator
from bot.letters.corpus import load_letter
from bot.letters.model import LetterExplanation
from bot.letters.specimen import photographed
from tests.harness import start_harness

QUESTIONS = (
    "Miten haen asumistukea?",
    "Where can I learn Finnish?",
    "Milloin Kototori on auki?",
    "How do I get a tax card?",
)
LETTERS = ("003", "001", "029")  # a bill, a request for more information, a debt-collection letter (page 1)
TWELVE_MP = 4000


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000


class InstantReader:
    """--instant: a reader that answers at once (a fixed bill), to see what the Telegram side alone costs the bot's
    process: downloading the photo, handing it to the pool, the answer."""

    def explain(self, pages: Sequence[bytes]) -> LetterExplanation:
        return LetterExplanation("vero", "invoice", None, False, None, False, "pay-bills", 1.0, "fi")


def children_cpu() -> float:
    """CPU seconds used so far by this process's live children (the reading workers), from /proc."""
    total = 0.0
    for child in multiprocessing.active_children():
        try:
            fields = Path(f"/proc/{child.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def photos() -> list[bytes]:
    corpus = Path("tests/eval/letters/dev")
    made = []
    for prefix in LETTERS:
        (path,) = corpus.glob(f"{prefix}*.yaml")
        made.append(photographed(load_letter(path), seed=11, long_side=TWELVE_MP)[0])
    return made


def bot_count(emu: TelegramEmulator, user: int) -> int:
    return sum(1 for m in emu.chat_messages(user) if m["from_bot"])


async def ask(
    emu: TelegramEmulator, users: list[int], stop: asyncio.Event, window: list[float]
) -> list[tuple[float, float]]:
    """Each user asks question after question until `stop`; returns (answered at, seconds) of every answer."""
    answers: list[tuple[float, float]] = []

    async def one(user: int, n: int) -> None:
        while not stop.is_set():
            have = bot_count(emu, user)
            start = time.perf_counter()
            emu.send_text(user, QUESTIONS[n % len(QUESTIONS)])
            await emu.wait_for_messages(user, have + 1, timeout=120)
            done = time.perf_counter()
            answers.append((done, done - start))
            n += 1

    await asyncio.gather(*(one(u, i) for i, u in enumerate(users)))
    return answers


async def send_letters(emu: TelegramEmulator, readers: list[int], pages: list[bytes]) -> list[float]:
    """Three people send a photo each at once; returns each letter's seconds to its answer."""
    before = {u: bot_count(emu, u) for u in readers}
    start = time.perf_counter()
    for user, photo in zip(readers, pages, strict=True):
        emu.send_media(user, "photo", data=photo)

    async def answered(user: int) -> float:
        await emu.wait_for_messages(user, before[user] + 1, timeout=600)
        return time.perf_counter() - start

    return list(await asyncio.gather(*(answered(u) for u in readers)))


async def run(args: argparse.Namespace) -> dict[str, Any]:
    pages = photos()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{tmp}/bench.sqlite3"
        await asyncio.to_thread(upgrade, url)
        h = await start_harness(url, SystemClock(), Translator())  # type: ignore[arg-type]
        emu = h.emulator
        if args.instant:
            h.resources.letters._reader = InstantReader()  # type: ignore[assignment]
        try:
            users = [emu.add_user(f"Asker{i}", user_id=200_000 + i)["id"] for i in range(args.users)]
            readers = [emu.add_user(f"Reader{i}", user_id=300_000 + i)["id"] for i in range(4)]
            for user in users + readers:
                await choose_language(
                    emu, user, 3, timeout=60
                )  # the picker edited, the welcome, the news offer
            warm = await send_letters(emu, readers[3:], pages[:1])  # spawns the workers, loads Tesseract
            rounds = []
            baseline_seconds = 20.0
            for _ in range(args.rounds):
                stop = asyncio.Event()
                cpu = time.process_time()
                asking = asyncio.create_task(ask(emu, users, stop, []))
                await asyncio.sleep(baseline_seconds)
                stop.set()
                alone = [s for _, s in await asking]
                alone_cpu = time.process_time() - cpu

                stop = asyncio.Event()
                asking = asyncio.create_task(ask(emu, users, stop, []))
                began = time.perf_counter()
                cpu, workers_cpu = time.process_time(), children_cpu()
                letters = await send_letters(emu, readers[:3], pages)
                ended = time.perf_counter()
                stop.set()
                answers = await asking
                loaded_cpu, workers_cpu = time.process_time() - cpu, children_cpu() - workers_cpu
                loaded = [s for at, s in answers if began <= at <= ended]
                baseline_seconds = ended - began
                rounds.append(
                    {
                        "alone": alone,
                        "loaded": loaded,
                        "letters": letters,
                        # the bench's own process (bot, emulator, askers) per answer; in thread mode it includes
                        # the reading, in process mode the workers' CPU is counted apart
                        "alone_cpu_ms": 1000 * alone_cpu / max(1, len(alone)),
                        "loaded_cpu_ms": 1000 * loaded_cpu / max(1, len(answers)),
                        "workers_cpu_s": workers_cpu,
                        "p99_ratio": pct(loaded, 0.99) / pct(alone, 0.99) if loaded and alone else None,
                    }
                )
        finally:
            await h.stop()
    alone = [s for r in rounds for s in r["alone"]]
    loaded = [s for r in rounds for s in r["loaded"]]
    letters = [s for r in rounds for s in r["letters"]]
    return {
        "workers": int(os.environ.get("KOTOTORI_LETTERS_WORKERS", "1")),
        "niceness": int(os.environ.get("KOTOTORI_LETTERS_NICENESS", "10")),
        "processes": os.environ.get("KOTOTORI_LETTERS_PROCESSES", "true") != "false",
        "load_1min_at_end": os.getloadavg()[0],
        "cpus": os.cpu_count(),
        "first_letter_s": round(warm[0], 2),
        "alone": {"n": len(alone), "p50_ms": round(pct(alone, 0.5), 1), "p99_ms": round(pct(alone, 0.99), 1)},
        "loaded": {
            "n": len(loaded),
            "p50_ms": round(pct(loaded, 0.5), 1),
            "p99_ms": round(pct(loaded, 0.99), 1),
        },
        "p99_ratio": round(pct(loaded, 0.99) / pct(alone, 0.99), 2),
        "p95_ratio": round(pct(loaded, 0.95) / pct(alone, 0.95), 2),
        "rounds_p99_ratio": [round(r["p99_ratio"], 2) for r in rounds if r["p99_ratio"]],
        "bench_cpu_ms_per_answer": {
            "alone": round(statistics.median(r["alone_cpu_ms"] for r in rounds), 1),
            "loaded": round(statistics.median(r["loaded_cpu_ms"] for r in rounds), 1),
        },
        "workers_cpu_s_per_letter": round(sum(r["workers_cpu_s"] for r in rounds) / len(letters), 2),
        "letters_s": {"median": round(statistics.median(letters), 2), "max": round(max(letters), 2)},
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.letters_chat", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--users", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, help="letters read at once (KOTOTORI_LETTERS_WORKERS)")
    parser.add_argument(
        "--niceness", type=int, help="the workers' lower priority (KOTOTORI_LETTERS_NICENESS)"
    )
    parser.add_argument(
        "--threads",
        action="store_true",
        help="read in threads of the bot's process (KOTOTORI_LETTERS_PROCESSES=false)",
    )
    parser.add_argument(
        "--instant", action="store_true", help="a reader that answers at once (see InstantReader)"
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if args.workers:
        os.environ["KOTOTORI_LETTERS_WORKERS"] = str(args.workers)
    if args.niceness is not None:
        os.environ["KOTOTORI_LETTERS_NICENESS"] = str(args.niceness)
    if args.threads:
        os.environ["KOTOTORI_LETTERS_PROCESSES"] = "false"
    print_json(asyncio.run(run(args)), args.json)


if __name__ == "__main__":
    main()
