"""The scheduler process: the only sender of scheduled traffic, guarded by a single-instance lock."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.app import Resources, create_bot
from bot.cases_desk import purge_cases
from bot.notice_sender import BotNoticeSender
from bot.services.event_notices import EventNoticeJob, NoticeSender
from bot.services.stats import purge_unanswered
from bot.services.users import purge_inactive

log = logging.getLogger(__name__)

TICK_SECONDS = 30
# An arbitrary constant shared by every scheduler process of this application.
ADVISORY_LOCK_KEY = 0x4B4F544F


class AlreadyRunning(RuntimeError):
    pass


class Jobs:
    """Due-work checks driven by the injected clock, so the demo can move time and tests can fix it."""

    def __init__(self, resources: Resources, sender: NoticeSender | None = None) -> None:
        self.resources = resources
        self.last_purge: datetime | None = None
        # Event reminders and cancellation notices need a way to Telegram; without one they wait in the database.
        self.event_notices = (
            EventNoticeJob(resources.sessionmaker, resources.clock, resources.settings.tz, sender)
            if sender is not None
            else None
        )

    async def tick(self) -> None:
        now = self.resources.clock.now()
        if self.last_purge is None or now - self.last_purge >= timedelta(days=1):
            removed = await purge_inactive(
                self.resources.sessionmaker, self.resources.clock, self.resources.settings.retention_days
            )
            self.last_purge = now
            expired = await purge_unanswered(self.resources.sessionmaker, self.resources.clock)
            cases = await purge_cases(
                self.resources.sessionmaker, self.resources.clock, self.resources.settings
            )
            if cases:
                log.info("retention: removed %d closed cases", cases)
            if removed or expired:
                log.info(
                    "retention: removed %d inactive profiles, %d old unanswered questions", removed, expired
                )
        if self.event_notices is not None:
            await self.event_notices.run()


def create_scheduler(jobs: Jobs) -> AsyncIOScheduler:
    scheduler = AsyncIOScheduler(timezone="UTC")
    # misfire_grace_time=None: a tick missed while the process was busy still runs (once, coalesced).
    scheduler.add_job(
        jobs.tick,
        "interval",
        seconds=TICK_SECONDS,
        id="tick",
        coalesce=True,
        max_instances=1,
        misfire_grace_time=None,
        next_run_time=datetime.now(UTC),
    )
    return scheduler


@contextlib.asynccontextmanager
async def single_instance(resources: Resources) -> AsyncIterator[None]:
    """PostgreSQL advisory lock in production; a file lock next to the SQLite file otherwise."""
    url = resources.settings.database_url
    if url.startswith("postgresql"):
        async with resources.engine.connect() as conn:
            if not await _try_pg_lock(conn):
                raise AlreadyRunning("another scheduler holds the PostgreSQL advisory lock")
            try:
                yield
            finally:
                await conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_LOCK_KEY})
        return
    db_path = url.split("///", 1)[-1] or "kototori.sqlite3"
    lock_path = Path(db_path + ".scheduler.lock")
    with lock_path.open("w") as handle:  # noqa: ASYNC230 - a lock file, opened once at start-up
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise AlreadyRunning(f"another scheduler holds {lock_path}") from None
        yield


async def _try_pg_lock(conn: AsyncConnection) -> bool:
    result = await conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_LOCK_KEY})
    return bool(result.scalar())


async def run_scheduler(resources: Resources, stop: asyncio.Event | None = None) -> None:
    async with single_instance(resources):
        bot = create_bot(resources.settings) if resources.settings.bot_token else None
        if bot is None:
            log.warning("no KOTOTORI_BOT_TOKEN: event reminders and notices are not sent")
        sender = BotNoticeSender(bot, resources.translator) if bot is not None else None
        scheduler = create_scheduler(Jobs(resources, sender))
        scheduler.start()
        log.info("scheduler started")
        try:
            await (stop or asyncio.Event()).wait()
        finally:
            scheduler.shutdown(wait=False)
            if bot is not None:
                await bot.session.close()
