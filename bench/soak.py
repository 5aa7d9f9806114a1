"""Soak: one `kototori webhook` replica (PostgreSQL + Redis, behind HAProxy, as bench.scale) at a steady pace for
minutes; does its memory settle?

    .venv/bin/python -m bench.soak [--minutes 10] [--rate 20] [--warmup 2] [--users 40] [--json FILE]

--users newcomers choose English first; then one question every 1/--rate seconds goes to the next newcomer in turn
(six topics in rotation, so each reply is recognised by its title). The replica's RSS (VmRSS) is read every 5 s;
reported: RSS at the end of the warm-up, at the end, the growth between them (target < 5%), the pace reached and
the questions that got no answer.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import time
from typing import Any

from bench.common import choose_language, command_line, print_json
from bench.newcomers import TOPICS, burst_questions
from bench.scale import FIRST_USER, stack
from bot.emulator import TelegramEmulator


def _answers(emu: TelegramEmulator, users: list[int], titles: set[str]) -> int:
    return sum(
        1
        for u in users
        for m in emu.chat_messages(u)
        if m["from_bot"] and (m["text"] or "").split("\n", 1)[0] in titles
    )


async def run(args: argparse.Namespace) -> dict[str, Any]:
    questions = burst_questions(len(TOPICS))
    titles = {title for _, title in questions}
    async with stack(1) as s:
        emu, replica = s.emulator, s.replicas[0]
        users = [
            emu.add_user(f"Soak{i}", language_code="en", user_id=FIRST_USER + 50_000 + i)["id"]
            for i in range(args.users)
        ]
        # Everyone in English; each chat then has the picker, the welcome and the news offer.
        await asyncio.gather(*(choose_language(emu, u, 3, timeout=120, label="English") for u in users))
        samples: list[tuple[float, int]] = []
        sent = 0
        began = time.perf_counter()
        end = began + args.minutes * 60
        next_sample = began
        targets = itertools.cycle(users)
        texts = itertools.cycle([q for q, _ in questions])
        while (now := time.perf_counter()) < end:
            due = int((now - began) * args.rate)
            while sent < due:  # steady pace: catch up after a slow tick rather than drift
                emu.send_text(next(targets), next(texts))
                sent += 1
            if now >= next_sample:
                samples.append((now - began, replica.rss_kib()))
                next_sample += 5
            await asyncio.sleep(0.01)
        sending_s = time.perf_counter() - began
        try:
            async with asyncio.timeout(args.ceiling):
                while _answers(emu, users, titles) < sent:
                    await asyncio.sleep(0.2)
        except TimeoutError:
            pass
        answered = _answers(emu, users, titles)
        samples.append((time.perf_counter() - began, replica.rss_kib()))
    warm = [kib for t, kib in samples if t <= args.warmup * 60]
    after_warm = [kib for t, kib in samples if t > args.warmup * 60]
    at_warm = warm[-1]
    at_end = statistics.median(after_warm[-6:])  # the last half minute, so one sample's noise does not decide
    return {
        "minutes": args.minutes,
        "rate_target": args.rate,
        "rate_sent": round(sent / sending_s, 2),
        "questions": sent,
        "answered": answered,
        "unanswered": sent - answered,
        "rss_after_warmup_mib": round(at_warm / 1024, 1),
        "rss_end_mib": round(at_end / 1024, 1),
        "rss_peak_mib": round(max(k for _, k in samples) / 1024, 1),
        "growth_pct": round(100 * (at_end - at_warm) / at_warm, 2),
        "rss_samples_mib": [(round(t), round(k / 1024, 1)) for t, k in samples[::6]],
    }


def cli() -> None:
    parser = command_line(__doc__)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--rate", type=float, default=20, help="questions per second")
    parser.add_argument("--warmup", type=float, default=2, help="minutes before the baseline reading")
    parser.add_argument("--users", type=int, default=40)
    parser.add_argument("--ceiling", type=float, default=180, help="seconds to wait for the last answers")
    parser.add_argument("--json", help="write the result here")
    args = parser.parse_args()
    print_json(asyncio.run(run(args)), args.json)


if __name__ == "__main__":
    cli()
