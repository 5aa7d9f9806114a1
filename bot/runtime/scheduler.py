"""The scheduler process: the only sender of scheduled traffic, guarded by a single-instance lock."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from aiogram import Bot
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.answers.stats import purge_unanswered
from bot.app import Resources, create_bot, create_resources
from bot.booking.jobs import BookingJobs
from bot.cases.desk import purge_cases
from bot.clock import SystemClock
from bot.config import Settings
from bot.events.notices import EventNoticeJob
from bot.letters.jobs import LetterReminderJob
from bot.news.announcements import expander
from bot.news.notices import NoticeJob
from bot.outbox.model import BatchKind
from bot.outbox.sender import OutboxSender
from bot.outbox.service import purge_finished
from bot.telegram.delivery import TelegramTransport, create_pacer
from bot.users.service import purge_inactive

log = logging.getLogger(__name__)

TICK_SECONDS = 30
# An arbitrary constant shared by every scheduler process of this application.
ADVISORY_LOCK_KEY = 0x4B4F544F


class AlreadyRunning(RuntimeError):
    pass


def create_sender(resources: Resources, bot: Bot, **options: float) -> OutboxSender:
    return OutboxSender(
        sessionmaker=resources.sessionmaker,
        clock=resources.clock,
        translator=resources.translator,
        transport=TelegramTransport(bot, resources.outbox_actions),
        pacer=create_pacer(resources.settings, bot.id),
        expanders={BatchKind.ANNOUNCEMENT: expander(resources.audiences)},
        **options,  # type: ignore[arg-type]
    )


class Jobs:
    """Due-work checks driven by the injected clock, so the demo can move time and tests can fix it.

    The jobs put event reminders, closure notices and weekly overviews into the outbox; with a bot they include
    the outbox sender that delivers them (and announcements): run it with `run_sender`, in the scheduler process
    only (or the demo's single process).
    """

    def __init__(self, resources: Resources, bot: Bot | None = None) -> None:
        self.resources = resources
        self.bookings = BookingJobs(
            resources.sessionmaker, resources.clock, resources.settings.tz, resources.links
        )
        self.last_purge: datetime | None = None
        self.sender = create_sender(resources, bot) if bot is not None else None
        tz = resources.settings.tz
        self.event_notices = EventNoticeJob(resources.sessionmaker, resources.clock, tz)
        self.notices = NoticeJob(resources.sessionmaker, resources.clock, tz, resources.notice_texts)
        self.letters = LetterReminderJob(resources.sessionmaker, resources.clock, tz)

    async def run_sender(self, stop: asyncio.Event | None = None) -> None:
        if self.sender is not None:
            await self.sender.run(stop)

    async def tick(self) -> None:
        now = self.resources.clock.now()
        if self.last_purge is None or now - self.last_purge >= timedelta(days=1):
            removed = await purge_inactive(
                self.resources.sessionmaker, self.resources.clock, self.resources.settings.retention_days
            )
            self.last_purge = now
            expired = await purge_unanswered(self.resources.sessionmaker, self.resources.clock)
            await purge_finished(self.resources.sessionmaker, self.resources.clock)
            await self.notices.purge()
            cases = await purge_cases(
                self.resources.sessionmaker, self.resources.clock, self.resources.settings
            )
            if cases:
                log.info("retention: removed %d closed cases", cases)
            if removed or expired:
                log.info(
                    "retention: removed %d inactive profiles, %d old unanswered questions", removed, expired
                )
        await self.event_notices.run()
        await self.notices.run()
        await self.bookings.run()
        await self.letters.run()
        if self.sender is not None:
            self.sender.wake()  # new notices, and scheduled announcements whose time came (the demo moves the clock)


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
    """The jobs and the outbox sender; the lock makes this the only process sending scheduled traffic."""
    stop = stop or asyncio.Event()
    async with single_instance(resources):
        bot = create_bot(resources.settings)
        jobs = Jobs(resources, bot)
        scheduler = create_scheduler(jobs)
        scheduler.start()
        sender = asyncio.create_task(jobs.run_sender(stop), name="outbox-sender")
        log.info("scheduler started")
        try:
            await asyncio.wait(
                [asyncio.create_task(stop.wait()), sender], return_when=asyncio.FIRST_COMPLETED
            )
            if sender.done():
                sender.result()  # the sender died: let the process fail loudly rather than idle
        finally:
            scheduler.shutdown(wait=False)
            stop.set()
            with contextlib.suppress(asyncio.CancelledError):
                await sender
            await bot.session.close()


def run(settings: Settings) -> int:
    """`kototori scheduler` (or `python scheduler.py`): exit code 3 when another scheduler already runs."""
    settings.require_token()  # the scheduler sends announcements and notices (bot/outbox/sender.py)

    async def _main() -> None:
        resources = create_resources(settings, SystemClock())
        try:
            await run_scheduler(resources)
        finally:
            await resources.close()

    try:
        asyncio.run(_main())
    except AlreadyRunning as exc:
        sys.stderr.write(f"kototori scheduler: not started: {exc}\n")
        return 3
    return 0
