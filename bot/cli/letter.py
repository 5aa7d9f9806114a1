"""`kototori letter explain FILE... [--locale L] [--json]`: what a letter says, with the bot's reply in locale L;
`kototori letter stats [--days N]`: how many letters were explained, per sender, kind and language."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections import Counter
from datetime import timedelta
from typing import TextIO

from bot.clock import SystemClock
from bot.config import Settings
from bot.letters import cli


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cli.add_parser(sub)


def run(args: argparse.Namespace, settings: Settings, out: TextIO | None = None) -> int:
    today = SystemClock().now().astimezone(settings.tz).date()
    if args.letter_command == "stats":
        return asyncio.run(stats(settings, args.days, out or sys.stdout))
    return cli.run(args, out, today=today)


async def stats(settings: Settings, days: int, out: TextIO) -> int:
    """Counts only: the sender, the kind and the user's language of each letter read (no person, no text)."""
    from bot.db.engine import create_engine, create_sessionmaker
    from bot.letters.repository import SqlLetterRepository

    since = SystemClock().now().astimezone(settings.tz).date() - timedelta(days=days)
    engine = create_engine(settings.database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            rows = await SqlLetterRepository(session).counts(since)
    finally:
        await engine.dispose()
    by_letter: Counter[tuple[str, str]] = Counter()
    by_locale: Counter[str] = Counter()
    for sender, kind, locale, count in rows:
        by_letter[(sender, kind)] += count
        by_locale[locale] += count
    out.write(f"{sum(by_locale.values())} letters in the last {days} days\n")
    for (sender, kind), count in by_letter.most_common():
        out.write(f"{count:5d}  {sender} / {kind}\n")
    if by_locale:
        out.write("languages: " + ", ".join(f"{loc} {n}" for loc, n in by_locale.most_common()) + "\n")
    return 0
