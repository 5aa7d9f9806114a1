"""`kototori letter stats`: the anonymous counts of letters read, per sender, kind and language."""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.cli.letter import stats
from bot.clock import FixedClock
from bot.config import load_settings
from bot.db.engine import create_engine, create_sessionmaker
from bot.db.migrate import upgrade
from bot.letters.repository import SqlLetterRepository


async def test_letter_stats_counts_senders_kinds_and_languages(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'letters.sqlite3'}"
    await asyncio.to_thread(upgrade, url)
    engine = create_engine(url)
    today = FixedClock(datetime.now(UTC)).now().date()
    try:
        async with create_sessionmaker(engine)() as session:
            repo = SqlLetterRepository(session)
            for locale in ("ar", "ar", "so"):
                await repo.count(today, "kela", "request-for-information", locale)
            await repo.count(today, "migri", "decision", "fa-AF")
            await repo.count(today - timedelta(days=40), "vero", "decision", "en")  # too old for 30 days
            await session.commit()
        out = io.StringIO()
        await stats(load_settings(database_url=url), 30, out)
    finally:
        await engine.dispose()
    assert out.getvalue().splitlines() == [
        "4 letters in the last 30 days",
        "    3  kela / request-for-information",
        "    1  migri / decision",
        "languages: ar 2, so 1, fa-AF 1",
    ]
