"""Automatic notices: closures and changed hours a few days ahead, and the weekly overview on Monday mornings.

Closures (coordinators' exceptions and Finnish public holidays on a usual opening day) and changed hours go to
everyone who gets news, LEAD_DAYS ahead, in the morning; the weekly overview goes to those who asked for it. Each
notice has a key (`hours:2026-12-25:closed`, `digest:2026-W52`) written to `notice_keys` in the same transaction as
its outbox batch, so it goes out once across ticks, restarts and a second scheduler. Nothing is planned ahead:
every tick reads the live schedule, so a closure removed before its notice was due sends nothing, one added inside
the lead window goes out at the next daytime tick, and the first tick after downtime catches up (never for a day
that is over). Texts are built by a `NoticeTexts` (handlers/news/views.py) in each recipient's language.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import partial
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.events.service import EventService, Occurrence
from bot.hours.data import ScheduleData
from bot.hours.service import DayHours, HoursService, Interval, OpeningHours
from bot.i18n import DEFAULT_LOCALE
from bot.news.audience import Audience, Audiences, Recipient
from bot.news.notice_keys import SqlNoticeKeyRepository
from bot.news.repository import SqlSubscriptionRepository
from bot.outbox import service as outbox
from bot.outbox.model import (
    PRIORITY_ANNOUNCEMENT,
    PRIORITY_NOTICE,
    BatchKind,
    BatchStatus,
    Button,
    OutboxItem,
)
from bot.outbox.repository import SqlOutboxRepository

log = logging.getLogger(__name__)

LEAD_DAYS = 3  # a closure is told this many days ahead
DAYTIME = (time(8), time(21))  # local: automatic notices are not sent at night
DIGEST_DAYS = 7
KEY_RETENTION = timedelta(days=60)  # keys of days long past are not needed any more

HOURS_BUTTONS = (
    (Button(label_id="common-menu-hours", action="hours"),),
    (Button(label_id="news-stop-button", action="unsubscribe"),),
)
DIGEST_BUTTONS = (
    (Button(label_id="common-menu-events", action="events"),),
    (Button(label_id="news-digest-stop-button", action="digest_stop"),),
)


class ChangeKind(StrEnum):
    CLOSED = "closed"  # closed on a usual opening day
    HOURS = "hours"  # open, at other hours than usual
    EXTRA = "extra"  # open on a day it usually is not


@dataclass(frozen=True)
class HoursChange:
    day: DayHours
    kind: ChangeKind
    reopens: Interval | None  # when closed: the next opening after that day
    ends: datetime  # the notice is useless after this: the last usual or new closing time that day

    @property
    def key(self) -> str:
        spans = ",".join(f"{i.opens:%H%M}-{i.closes:%H%M}" for i in self.day.intervals)
        return f"hours:{self.day.day.isoformat()}:{spans or 'closed'}"


@dataclass(frozen=True)
class Week:
    """What the weekly overview lists: the opening days and events from `first` to Sunday."""

    first: date
    last: date
    days: tuple[DayHours, ...]
    events: tuple[Occurrence, ...]
    ends: datetime  # Monday 00:00 local after it

    @property
    def key(self) -> str:
        year, week, _ = self.first.isocalendar()
        return f"digest:{year}-W{week:02d}"


class NoticeTexts(Protocol):
    """Builds a notice in one language: a Fluent message id and its arguments (HTML-escaped values)."""

    def hours_change(self, change: HoursChange, locale: str) -> tuple[str, dict[str, str]]: ...

    def digest(self, week: Week, locale: str) -> tuple[str, dict[str, str]]: ...


def is_daytime(moment: datetime, tz: ZoneInfo) -> bool:
    return DAYTIME[0] <= moment.astimezone(tz).time() < DAYTIME[1]


def _spans(day: DayHours) -> tuple[tuple[time, time], ...]:
    return tuple((i.opens.time(), i.closes.time()) for i in day.intervals)


def hours_change(hours: OpeningHours, day: date) -> HoursChange | None:
    """How this date differs from the usual week, or None (the same as usual, or closed as usual)."""
    d = hours.day(day)
    usual = tuple((s.opens, s.closes) for s in d.regular)
    actual = _spans(d)
    if usual and not actual:
        kind = ChangeKind.CLOSED
    elif actual and actual != usual:
        kind = ChangeKind.HOURS if usual else ChangeKind.EXTRA
    else:
        return None
    closing = max(t for _, t in (*usual, *actual))
    reopens = None
    if kind is ChangeKind.CLOSED:
        reopens = hours.next_opening(datetime.combine(day + timedelta(days=1), time(0), tzinfo=hours.tz))
    return HoursChange(d, kind, reopens, datetime.combine(day, closing, tzinfo=hours.tz))


def due_changes(hours: OpeningHours, now: datetime) -> list[HoursChange]:
    """Changes from today to LEAD_DAYS ahead that are still worth telling, if it is daytime now."""
    if not is_daytime(now, hours.tz):
        return []
    today = hours.local_date(now)
    found = (hours_change(hours, today + timedelta(days=i)) for i in range(LEAD_DAYS + 1))
    return [c for c in found if c is not None and now < c.ends]


def week_of(hours: OpeningHours, upcoming: Sequence[Occurrence], now: datetime) -> Week:
    """The rest of this ISO week from today: days the advice point usually opens or opens anyway, and events."""
    today = hours.local_date(now)
    sunday = today + timedelta(days=6 - today.weekday())
    days = [d for d in hours.days(today, (sunday - today).days + 1) if d.regular or d.is_open]
    events = [o for o in upcoming if o.day <= sunday and o.ends > now]
    ends = datetime.combine(sunday + timedelta(days=1), time(0), tzinfo=hours.tz)
    return Week(today, sunday, tuple(days), tuple(events), ends)


@dataclass(frozen=True)
class _Notice:
    key: str
    recipients: Callable[[AsyncSession], Awaitable[list[Recipient]]]
    text: Callable[[str], tuple[str, dict[str, str]]]  # locale -> Fluent id and arguments
    kind: BatchKind
    buttons: Sequence[Sequence[Button]]
    priority: int
    expires: datetime


@dataclass
class NoticeReport:
    enqueued: list[str]  # keys of the notices enqueued by this run
    withdrawn: list[int]  # batches cancelled because the change no longer holds


@dataclass(eq=False)
class NoticeJob:
    """Run by the scheduler tick: enqueue due closure notices and this week's overview, each once."""

    sessionmaker: async_sessionmaker[AsyncSession]
    clock: Clock
    tz: ZoneInfo
    texts: NoticeTexts
    data: ScheduleData | None = None

    async def run(self) -> NoticeReport:
        now = self.clock.now()
        report = NoticeReport([], [])
        async with self.sessionmaker() as session:
            hours = await HoursService(session, self.clock, self.tz, self.data).hours()
            report.withdrawn = await self._withdraw(session, hours)
            due = [self._hours_notice(c) for c in due_changes(hours, now)]
            if is_daytime(now, self.tz):
                upcoming = await EventService(session, self.clock, self.tz).upcoming(days=DIGEST_DAYS)
                due.append(self._digest(week_of(hours, upcoming, now)))
            done = await SqlNoticeKeyRepository(session).existing([n.key for n in due])
        for notice in due:
            if notice.key not in done and await self._enqueue_once(notice):
                report.enqueued.append(notice.key)
        if report.enqueued or report.withdrawn:
            log.info(
                "automatic notices: enqueued %s, withdrawn batches %s", report.enqueued, report.withdrawn
            )
        return report

    def _hours_notice(self, change: HoursChange) -> _Notice:
        return _Notice(
            change.key,
            _news_readers,
            partial(self.texts.hours_change, change),
            BatchKind.NOTICE,
            HOURS_BUTTONS,
            PRIORITY_NOTICE,
            change.ends,
        )

    def _digest(self, week: Week) -> _Notice:
        # Caught up late on a Sunday evening, the rest of the week may hold nothing: then it is skipped.
        empty = not week.days and not week.events
        return _Notice(
            week.key,
            _nobody if empty else _digest_readers,
            partial(self.texts.digest, week),
            BatchKind.DIGEST,
            DIGEST_BUTTONS,
            PRIORITY_ANNOUNCEMENT,  # reminders and closure notices overtake it
            week.ends,
        )

    async def _enqueue_once(self, notice: _Notice) -> bool:
        """The key and the outbox rows in one transaction; False if another scheduler enqueued this notice first."""
        now = self.clock.now()
        async with self.sessionmaker() as session:
            keys = SqlNoticeKeyRepository(session)
            try:
                # The first write: a second scheduler waits here for this transaction, then fails on the key.
                await keys.add(notice.key, now)
            except IntegrityError:
                await session.rollback()
                log.info("notice %s was enqueued by another scheduler", notice.key)
                return False
            built: dict[str, tuple[str, dict[str, str]]] = {}
            items = []
            for person in await notice.recipients(session):
                if person.locale not in built:
                    built[person.locale] = notice.text(person.locale)
                msg_id, args = built[person.locale]
                items.append(
                    OutboxItem(
                        person.chat_id, person.locale, fluent_id=msg_id, args=args, buttons=notice.buttons
                    )
                )
            batch_id = None
            if items:
                batch_id = await outbox.enqueue(
                    session,
                    items,
                    now=now,
                    kind=notice.kind,
                    priority=notice.priority,
                    expires_at=notice.expires,
                )
            await keys.set_batch(notice.key, batch_id)
            await session.commit()
        return True

    async def _withdraw(self, session: AsyncSession, hours: OpeningHours) -> list[int]:
        """A closure notice still being sent whose day changed again (reopened, other hours): stop the rest."""
        withdrawn = []
        for key, batch_id in await SqlNoticeKeyRepository(session).unsent("hours:"):
            day = date.fromisoformat(key.split(":")[1])
            change = hours_change(hours, day)
            if change is None or change.key != key:
                moved = await SqlOutboxRepository(session).move(
                    batch_id,
                    (BatchStatus.SCHEDULED, BatchStatus.SENDING),
                    BatchStatus.CANCELLED,
                    error="withdrawn",
                    finished_at=self.clock.now(),
                )
                if moved:
                    withdrawn.append(batch_id)
        await session.commit()
        return withdrawn

    async def purge(self) -> int:
        async with self.sessionmaker() as session:
            removed = await SqlNoticeKeyRepository(session).delete_before(self.clock.now() - KEY_RETENTION)
            await session.commit()
        return removed


async def _news_readers(session: AsyncSession) -> list[Recipient]:
    return await Audiences().resolve(session, Audience("all"))


async def _nobody(session: AsyncSession) -> list[Recipient]:
    return []


async def _digest_readers(session: AsyncSession) -> list[Recipient]:
    rows = await SqlSubscriptionRepository(session).digest_readers()
    return [Recipient(chat_id, locale or DEFAULT_LOCALE) for chat_id, locale in rows]
