"""Groups and events: upcoming occurrences, subscriptions, and coordinators' create / edit / cancel.

An occurrence a coordinator cancelled or a Finnish public holiday takes out is not listed, reminded or put in the
weekly overview (`occurrences`); `holiday_gaps` finds the holiday ones so the list can say why a group is missing.

Seeds from knowledge/events.yaml are added the first time events are read in a database (one small query per
listing checks which seed keys exist); after that the database is the truth, edited from Telegram.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.events.data import EventDraft, EventInfo, read_event_seeds
from bot.events.repository import SqlEventRepository

log = logging.getLogger(__name__)

UPCOMING_DAYS = 35  # "upcoming events" looks this far ahead (a monthly event always shows)


@dataclass(frozen=True)
class Occurrence:
    event: EventInfo
    day: date
    starts: datetime  # aware, local
    ends: datetime


class EventNotFound(LookupError):
    pass


@cache
def load_event_seeds() -> tuple[EventDraft, ...]:
    return read_event_seeds()


def example_keys() -> frozenset[str]:
    """Seed keys of the demo's example events (not confirmed; shown with a note)."""
    return frozenset(d.seed_key for d in load_event_seeds() if d.example and d.seed_key)


def is_example(event: EventInfo) -> bool:
    return event.draft.seed_key in example_keys()


def occurrences(
    events: list[EventInfo], tz: ZoneInfo, first: date, last: date, *, with_skipped: bool = False
) -> list[Occurrence]:
    """Every occurrence of the events between two local dates, in time order; `with_skipped` keeps the dates
    cancelled by a coordinator or taken out by a public holiday."""
    out = [
        Occurrence(
            e,
            d,
            datetime.combine(d, e.draft.starts, tzinfo=tz),
            datetime.combine(d, e.draft.ends, tzinfo=tz),
        )
        for e in events
        for d in e.dates(first, last)
        if with_skipped or not e.off(d)
    ]
    return sorted(out, key=lambda o: (o.starts, o.event.id))


def holiday_gaps(events: list[EventInfo], tz: ZoneInfo, first: date, last: date) -> list[Occurrence]:
    """Occurrences a Finnish public holiday takes out (the leisure centre is closed), in time order."""
    return [o for o in occurrences(events, tz, first, last, with_skipped=True) if o.event.holiday_off(o.day)]


class EventService:
    def __init__(
        self,
        session: AsyncSession,
        clock: Clock,
        tz: ZoneInfo,
        seeds: tuple[EventDraft, ...] | None = None,
    ) -> None:
        self._session = session
        self._repo = SqlEventRepository(session)
        self._clock = clock
        self.tz = tz
        self._seeds = load_event_seeds() if seeds is None else seeds

    def today(self) -> date:
        return self._clock.now().astimezone(self.tz).date()

    async def ensure_seeded(self) -> None:
        have = await self._repo.seed_keys()
        missing = [d for d in self._seeds if d.seed_key not in have]
        for draft in missing:
            try:
                async with self._session.begin_nested():
                    await self._repo.add(draft, self._clock.now())
            except IntegrityError:  # another process seeded it at the same moment
                log.info("event seed %s was added by another process", draft.seed_key)
        if missing:
            await self._session.commit()

    async def upcoming(self, days: int = UPCOMING_DAYS) -> list[Occurrence]:
        """Occurrences that have not ended yet, cancelled ones and those on public holidays left out."""
        await self.ensure_seeded()
        now = self._clock.now()
        events = await self._repo.all(include_cancelled=False)
        found = occurrences(events, self.tz, self.today(), self.today() + timedelta(days=days))
        return [o for o in found if o.ends > now]

    async def holiday_gaps(self, days: int) -> list[Occurrence]:
        """Occurrences from now on that a public holiday takes out (read after `upcoming`, which seeds)."""
        now = self._clock.now()
        events = await self._repo.all(include_cancelled=False)
        found = holiday_gaps(events, self.tz, self.today(), self.today() + timedelta(days=days))
        return [o for o in found if o.ends > now]

    def next_holiday_gap(self, event: EventInfo, days: int = UPCOMING_DAYS) -> Occurrence | None:
        """The next date of this event a public holiday takes out, if it is soon enough to matter."""
        if event.cancelled:
            return None
        now = self._clock.now()
        found = holiday_gaps([event], self.tz, self.today(), self.today() + timedelta(days=days))
        return next((o for o in found if o.ends > now), None)

    async def get(self, event_id: int) -> EventInfo:
        event = await self._repo.get(event_id)
        if event is None:
            raise EventNotFound(event_id)
        return event

    def next_dates(self, event: EventInfo, count: int = 3, days: int = 120) -> list[Occurrence]:
        if event.cancelled:
            return []
        now = self._clock.now()
        found = occurrences([event], self.tz, self.today(), self.today() + timedelta(days=days))
        return [o for o in found if o.ends > now][:count]

    async def all_events(self) -> list[EventInfo]:
        """For coordinators: every event, cancelled ones too."""
        await self.ensure_seeded()
        return await self._repo.all(include_cancelled=True)

    async def create(self, draft: EventDraft) -> int:
        draft.validate()
        event_id = await self._repo.add(draft, self._clock.now())
        await self._session.commit()
        return event_id

    async def update(self, event_id: int, draft: EventDraft) -> None:
        draft.validate()
        await self.get(event_id)
        await self._repo.replace(event_id, draft, self._clock.now())
        await self._session.commit()

    async def cancel(self, event_id: int) -> int:
        """Cancel the whole event; its subscribers get a notice (sent by the scheduler). Returns their number."""
        event = await self.get(event_id)
        upcoming = self.next_dates(event, 1)
        day = upcoming[0].day if upcoming else self.today()
        await self._repo.set_cancelled(event_id, self._clock.now())
        return await self._notify(event_id, day, "cancelled")

    async def skip(self, event_id: int, day: date) -> int:
        """Cancel one date of the event; its subscribers get a notice. Returns their number."""
        await self.get(event_id)
        await self._repo.add_skip(event_id, day)
        return await self._notify(event_id, day, "skipped")

    async def _notify(self, event_id: int, day: date, kind: str) -> int:
        subscribers = (await self._repo.subscribers([event_id])).get(event_id, [])
        await self._repo.queue(((event_id, day, user, kind) for user in subscribers), self._clock.now())
        await self._session.commit()
        return len(subscribers)

    async def subscribe(self, event_id: int, telegram_id: int) -> None:
        event = await self.get(event_id)
        if not event.cancelled:
            await self._repo.subscribe(event_id, telegram_id, self._clock.now())
            await self._session.commit()

    async def unsubscribe(self, event_id: int, telegram_id: int) -> None:
        await self._repo.unsubscribe(event_id, telegram_id)
        await self._session.commit()

    async def subscribed(self, telegram_id: int) -> set[int]:
        return await self._repo.subscribed(telegram_id)

    async def subscriber_count(self, event_id: int) -> int:
        return len((await self._repo.subscribers([event_id])).get(event_id, []))
