"""The scheduler's letter work on every tick: due reminders into the outbox, each message once.

A message is claimed (its `soon_at`/`day_at` set by a conditional update) in the same transaction that adds its
outbox row, so a second tick, a second scheduler or a restart cannot queue it again; the outbox sender delivers it
with everything else (pacing, 403s, a crash mid-send reported as unknown and never resent). A message whose time
has gone by while no scheduler ran is still sent while useful (the soon one until the day's own, the day's until
midnight), else skipped. Once a day reminders of past deadlines are deleted.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.i18n import DEFAULT_LOCALE
from bot.i18n.dates import day_long
from bot.letters.reminders import SOON_DAYS, Reminder, day_end, day_time, soon_time
from bot.letters.repository import SqlLetterRepository
from bot.outbox import service as outbox
from bot.outbox.model import Button, OutboxItem

log = logging.getLogger(__name__)

CANCEL_ACTION = "letter_cancel"  # handlers/letters/keyboards.py OUTBOX_ACTIONS packs it
MESSAGES = {"soon": "letters-reminder-soon", "day": "letters-reminder-today"}


def item(reminder: Reminder, which: str) -> OutboxItem:
    locale = reminder.locale or DEFAULT_LOCALE
    args = {"sender": reminder.sender, "kind": reminder.kind, "date": day_long(reminder.due, locale)}
    buttons: list[list[Button]] = []
    if which == "soon":  # the day's message can still be stopped
        buttons.append(
            [Button(label_id="letters-remind-cancel-button", action=CANCEL_ACTION, value=str(reminder.id))]
        )
    return OutboxItem(reminder.telegram_id, locale, fluent_id=MESSAGES[which], args=args, buttons=buttons)


class LetterReminderJob:
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession], clock: Clock, tz: ZoneInfo) -> None:
        self._sessionmaker = sessionmaker
        self._clock = clock
        self._tz = tz
        self._last_purge: datetime | None = None

    async def run(self) -> int:
        """Returns how many messages were handed to the outbox."""
        now = self._clock.now()
        today = now.astimezone(self._tz).date()
        queued = 0
        async with self._sessionmaker() as session:
            repo = SqlLetterRepository(session)
            for reminder in await repo.open_until(today + timedelta(days=SOON_DAYS)):
                queued += await self._one(session, repo, reminder, now)
            if self._last_purge is None or now - self._last_purge >= timedelta(days=1):
                removed = await repo.remove_past(today - timedelta(days=1))
                await session.commit()
                self._last_purge = now
                if removed:
                    log.info("letter reminders: removed %d of past deadlines", removed)
        if queued:
            log.info("letter reminders: %d queued", queued)
        return queued

    async def _one(self, session: AsyncSession, repo: SqlLetterRepository, r: Reminder, now: datetime) -> int:
        queued = 0
        due_day, due_end = day_time(r.due, self._tz), day_end(r.due, self._tz)
        for which, starts, ends, done in (
            ("soon", soon_time(r.due, self._tz), due_day, r.soon_at),
            ("day", due_day, due_end, r.day_at),
        ):
            if done is not None or now < starts:
                continue
            if not await repo.claim(r.id, which, now):
                await session.rollback()
                continue
            if now < ends:
                await outbox.enqueue(session, [item(r, which)], now=now, expires_at=ends)
                queued += 1
            await session.commit()
        return queued
