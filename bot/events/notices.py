"""Event reminders and cancellation notices: who gets what (pure), and handing each to the outbox exactly once.

Every notice is a row unique per (event, date, user, kind), so a reminder is queued once however often the
scheduler ticks. The scheduler's tick claims pending rows (pending -> queued, a conditional update, so a second
scheduler cannot claim them too) and enqueues their outbox messages in the same transaction; the outbox sender
delivers them with everything else (one pacer, 429 pauses everybody, 403 unsubscribes, a crash mid-send is
reported as unknown and never resent). A batch expires when its notice stops being useful.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.events.data import EventInfo
from bot.events.repository import NoticeRow, SqlEventRepository
from bot.events.service import Occurrence, occurrences
from bot.i18n import DEFAULT_LOCALE
from bot.i18n.dates import day_long, time_span
from bot.i18n.formatting import user_value
from bot.outbox import service as outbox
from bot.outbox.model import Button, OutboxItem

log = logging.getLogger(__name__)

REMINDER_LEAD = timedelta(hours=3)
# A reminder is not sent at night: one due before 08:00 goes out at 18:00 the evening before.
QUIET_UNTIL, EVENING = time(8), time(18)
BATCH = 500

MESSAGES = {
    "reminder": "events-notice-reminder",
    "cancelled": "events-notice-cancelled",
    "skipped": "events-notice-skipped",
}


@dataclass(frozen=True)
class OutgoingNotice:
    """What to send to one person: their Telegram id, their language, a Fluent message id and its arguments."""

    telegram_id: int
    locale: str
    msg_id: str
    args: dict[str, str]
    event_id: int
    kind: str  # reminder | cancelled | skipped
    expires: datetime  # not worth sending after this (the start for a reminder, else the end)

    def item(self) -> OutboxItem:
        """The outbox message: the text, a button to the event, and under a reminder one to stop reminders."""
        buttons = [[Button(label_id="events-show", action="event", value=str(self.event_id))]]
        if self.kind == "reminder":
            buttons.append(
                [Button(label_id="events-unsubscribe", action="event_unsub", value=str(self.event_id))]
            )
        return OutboxItem(
            self.telegram_id, self.locale, fluent_id=self.msg_id, args=self.args, buttons=buttons
        )


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
    expires = starts if row.kind == "reminder" else ends
    return OutgoingNotice(row.telegram_id, locale, MESSAGES[row.kind], args, event.id, row.kind, expires)


@dataclass
class NoticeReport:
    queued: int = 0  # reminders that became due this run
    enqueued: int = 0  # notices handed to the outbox
    expired: int = 0  # too late to be useful: dropped
    batches: list[int] = field(default_factory=list)


class EventNoticeJob:
    """Run by the scheduler tick: queue due reminders, then hand pending notices to the outbox."""

    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession], clock: Clock, tz: ZoneInfo) -> None:
        self._sessionmaker = sessionmaker
        self._clock = clock
        self._tz = tz

    async def run(self) -> NoticeReport:
        report = NoticeReport()
        async with self._sessionmaker() as session:
            repo = SqlEventRepository(session)
            report.queued = await self._queue_reminders(session, repo)
            await self._enqueue(session, repo, report)
        if report.enqueued or report.expired:
            log.info(
                "event notices: %d enqueued in batches %s, %d expired",
                report.enqueued,
                report.batches,
                report.expired,
            )
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

    async def _enqueue(self, session: AsyncSession, repo: SqlEventRepository, report: NoticeReport) -> None:
        """One outbox batch per (event, date, kind): a batch has each chat once, and these rows are unique per user."""
        groups: dict[tuple[int, date, str], list[NoticeRow]] = defaultdict(list)
        for row in await repo.pending(BATCH):
            groups[(row.event_id, row.day, row.kind)].append(row)
        for (event_id, _, _), rows in groups.items():
            event = await repo.get(event_id)
            now = self._clock.now()
            notices = {row.id: render(row, event, self._tz, now) if event else None for row in rows}
            late = [row_id for row_id, notice in notices.items() if notice is None]
            await repo.claim(late, "expired")
            claimed = await repo.claim([i for i, n in notices.items() if n is not None], "queued")
            ready = [n for i, n in notices.items() if n is not None and i in claimed]
            if ready:
                batch_id = await outbox.enqueue(
                    session, [n.item() for n in ready], now=now, expires_at=ready[0].expires
                )
                report.batches.append(batch_id)
            await session.commit()
            report.enqueued += len(ready)
            report.expired += len(late)
