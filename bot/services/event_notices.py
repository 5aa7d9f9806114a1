"""Event reminders and cancellation notices: who gets what (pure), and delivering it at most once.

Every notice is a row unique per (event, date, user, kind), so a reminder is queued once however often the
scheduler ticks. Delivery moves a row pending -> sending -> sent one at a time; a row still "sending" after a crash
may or may not have arrived, so it becomes "unknown" and is reported, never sent twice.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.calendar_format import day_long, time_span
from bot.clock import Clock
from bot.db.repositories.events import NoticeRow, SqlEventRepository
from bot.db.repositories.users import SqlUserRepository
from bot.formatting import user_value
from bot.i18n import DEFAULT_LOCALE
from bot.services.events import Occurrence, occurrences
from bot.services.events_data import EventInfo

log = logging.getLogger(__name__)

REMINDER_LEAD = timedelta(hours=3)
# A reminder is not sent at night: one due before 08:00 goes out at 18:00 the evening before.
QUIET_UNTIL, EVENING = time(8), time(18)
BATCH = 200

MESSAGES = {
    "reminder": "events-notice-reminder",
    "cancelled": "events-notice-cancelled",
    "skipped": "events-notice-skipped",
}


class Delivery(StrEnum):
    SENT = "sent"
    BLOCKED = "blocked"  # the user blocked the bot (403)
    FAILED = "failed"  # Telegram refused it for another reason


@dataclass(frozen=True)
class OutgoingNotice:
    """What to send to one person: their Telegram id, their language, a Fluent message id and its arguments."""

    telegram_id: int
    locale: str
    msg_id: str
    args: dict[str, str]
    event_id: int
    kind: str  # reminder | cancelled | skipped


class NoticeSender(Protocol):
    """Sends one notice (the bot's implementation renders it with Fluent and adds the event's buttons)."""

    async def send_notice(self, notice: OutgoingNotice) -> Delivery: ...


def reminder_time(starts: datetime, tz: ZoneInfo) -> datetime:
    due = starts - REMINDER_LEAD
    local = due.astimezone(tz)
    if local.time() < QUIET_UNTIL:
        evening = datetime.combine(local.date() - timedelta(days=1), EVENING, tzinfo=tz)
        return min(evening, due)
    return due


def due_reminders(
    now: datetime, upcoming: Sequence[Occurrence], subscribers: dict[int, list[int]], tz: ZoneInfo
) -> list[tuple[int, date, int, str]]:
    """(event, date, user, "reminder") for occurrences whose reminder time has come and that have not started."""
    return [
        (o.event.id, o.day, user, "reminder")
        for o in upcoming
        if reminder_time(o.starts, tz) <= now < o.starts
        for user in subscribers.get(o.event.id, [])
    ]


def render(row: NoticeRow, event: EventInfo, tz: ZoneInfo, now: datetime) -> OutgoingNotice | None:
    """The notice for one row in the user's language; None when it is too late to be useful."""
    starts = datetime.combine(row.day, event.draft.starts, tzinfo=tz)
    ends = datetime.combine(row.day, event.draft.ends, tzinfo=tz)
    if (row.kind == "reminder" and now >= starts) or now >= ends:
        return None
    locale = row.locale or DEFAULT_LOCALE
    text, _ = event.text(locale)
    args = {
        "title": user_value(text.title, locale),
        "date": day_long(row.day, locale),
        "time": time_span(event.draft.starts, event.draft.ends, locale),
        "place": user_value(event.draft.place, locale),
    }
    return OutgoingNotice(row.telegram_id, locale, MESSAGES[row.kind], args, event.id, row.kind)


@dataclass
class NoticeReport:
    queued: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, status: str) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1


class EventNoticeJob:
    """Run by the scheduler tick: queue due reminders, then deliver pending notices."""

    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        clock: Clock,
        tz: ZoneInfo,
        sender: NoticeSender,
    ) -> None:
        self._sessionmaker = sessionmaker
        self._clock = clock
        self._tz = tz
        self._sender = sender
        self._recovered = False

    async def run(self) -> NoticeReport:
        report = NoticeReport()
        async with self._sessionmaker() as session:
            repo = SqlEventRepository(session)
            if not self._recovered:
                unknown = await repo.give_up_in_flight()
                await session.commit()
                self._recovered = True
                if unknown:
                    log.warning("%d event notices were being sent during a crash: marked unknown", unknown)
            report.queued = await self._queue_reminders(session, repo)
            await self._deliver(session, repo, report)
        if report.counts:
            log.info("event notices: %s", report.counts)
        return report

    async def _queue_reminders(self, session: AsyncSession, repo: SqlEventRepository) -> int:
        now = self._clock.now()
        today = now.astimezone(self._tz).date()
        events = await repo.all(include_cancelled=False)
        # Reminders for tomorrow morning may be due this evening: look two days ahead.
        upcoming = occurrences(events, self._tz, today, today + timedelta(days=2))
        subscribers = await repo.subscribers(e.id for e in events)
        keys = due_reminders(now, upcoming, subscribers, self._tz)
        await repo.queue(keys, now)
        await session.commit()
        return len(keys)

    async def _deliver(self, session: AsyncSession, repo: SqlEventRepository, report: NoticeReport) -> None:
        events: dict[int, EventInfo | None] = {}
        for row in await repo.pending(BATCH):
            if row.event_id not in events:
                events[row.event_id] = await repo.get(row.event_id)
            event = events[row.event_id]
            notice = render(row, event, self._tz, self._clock.now()) if event else None
            if notice is None:
                await repo.set_status(row.id, "expired", expect="pending")
                await session.commit()
                report.add("expired")
                continue
            if not await repo.set_status(row.id, "sending", expect="pending"):
                await session.rollback()
                continue
            await session.commit()
            try:
                result = await self._sender.send_notice(notice)
            except Exception as exc:  # a timeout or network error: it may have arrived, so never resend
                log.error("event notice %s: %s, marked unknown", row.id, type(exc).__name__)
                await repo.set_status(row.id, "unknown", expect="sending")
                await session.commit()
                report.add("unknown")
                continue
            await repo.set_status(row.id, result.value, expect="sending", now=self._clock.now())
            if result is Delivery.BLOCKED:
                await SqlUserRepository(session).mark_blocked(row.telegram_id, self._clock.now())
            await session.commit()
            report.add(result.value)
