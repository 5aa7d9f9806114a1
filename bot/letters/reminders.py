"""Reminders before a letter's deadline: one three days before (09:00) and one on the morning of the day (08:00).

A reminder stores the date, the next step's topic and the letter's sender and kind, never its text or image. Each of
its two messages is handed to the outbox once (bot/letters/jobs.py); the service owns the transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.clock import Clock

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

SOON_DAYS = 3
SOON_AT = time(9)  # three days before, at nine: after the morning's rush, while offices are open
DAY_AT = time(8)  # the day itself, early enough to still act


class TooLate(ValueError):
    """The deadline is today or has passed: nothing to remind of."""


@dataclass(frozen=True, slots=True)
class Reminder:
    id: int
    telegram_id: int
    due: date
    topic_id: str
    sender: str
    kind: str
    soon_at: datetime | None = None  # when the three-days-before message was queued (or skipped)
    day_at: datetime | None = None  # when the morning-of-the-day message was queued (or skipped)
    locale: str | None = None  # the user's language, read with the reminder by the job


def soon_time(due: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(due - timedelta(days=SOON_DAYS), SOON_AT, tzinfo=tz)


def day_time(due: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(due, DAY_AT, tzinfo=tz)


def day_end(due: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(due + timedelta(days=1), time(0), tzinfo=tz)


@dataclass(frozen=True, slots=True)
class Set:
    reminder: Reminder
    soon: date | None  # the day of the three-days-before message, None when that time has passed


class LetterReminders:
    """Per update: set, list, cancel and forget a person's letter reminders."""

    def __init__(self, session: AsyncSession, clock: Clock, tz: ZoneInfo) -> None:
        from bot.letters.repository import SqlLetterRepository

        self._session = session
        self._repo = SqlLetterRepository(session)
        self._clock = clock
        self._tz = tz

    async def remind(self, telegram_id: int, due: date, topic_id: str, sender: str, kind: str) -> Set:
        now = self._clock.now()
        if due <= now.astimezone(self._tz).date():
            raise TooLate(due.isoformat())
        reminder = await self._repo.same(telegram_id, due, sender, kind)
        if reminder is None:
            reminder = await self._repo.add(telegram_id, due, topic_id, sender, kind, now)
            if now >= soon_time(due, self._tz):  # set within three days: only the day's message is left
                await self._repo.claim(reminder.id, "soon", now)
            await self._session.commit()
        soon = due - timedelta(days=SOON_DAYS)
        return Set(reminder, soon if now < soon_time(due, self._tz) else None)

    async def of_user(self, telegram_id: int) -> list[Reminder]:
        return await self._repo.of_user(telegram_id)

    async def cancel(self, telegram_id: int, reminder_id: int) -> bool:
        removed = await self._repo.remove(telegram_id, reminder_id)
        await self._session.commit()
        return removed

    async def delete_for_user(self, telegram_id: int) -> None:
        await self._repo.remove_all(telegram_id)
        await self._session.commit()
