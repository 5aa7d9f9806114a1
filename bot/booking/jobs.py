"""The scheduler's booking work on every tick: due reminders into the outbox, bookings at times no longer open
(closed and told, in case the coordinator's own request died half-way), and once a day the retention job."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.booking.model import BookingLinks
from bot.booking.notices import BookingReminderJob
from bot.booking.service import BookingService
from bot.booking.staff import purge_bookings
from bot.clock import Clock


@dataclass
class BookingJobs:
    sessionmaker: async_sessionmaker[AsyncSession]
    clock: Clock
    tz: ZoneInfo
    links: BookingLinks
    last_purge: datetime | None = None

    def __post_init__(self) -> None:
        self.reminders = BookingReminderJob(self.sessionmaker, self.clock, self.tz, self.links)

    async def run(self) -> int:
        """Returns how many messages were queued (reminders and closure notices)."""
        queued = await self.reminders.run()
        async with self.sessionmaker() as session:
            queued += await BookingService(session, self.clock, self.tz, self.links).close_outside_hours()
        now = self.clock.now()
        if self.last_purge is None or now - self.last_purge >= timedelta(days=1):
            await purge_bookings(self.sessionmaker, self.clock, self.tz)
            self.last_purge = now
        return queued
