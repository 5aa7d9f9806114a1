"""Events, their texts, cancelled dates, subscriptions and notices; never commits (services own transactions)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.base import from_row
from bot.db.models import Event, EventNotice, EventSkip, EventSubscription, EventText, User
from bot.events.data import ICAL_DAYS, EventDraft, EventInfo
from bot.events.data import EventText as Text


@dataclass(frozen=True, slots=True)
class NoticeRow:
    id: int
    event_id: int
    day: date
    telegram_id: int
    kind: str
    locale: str | None


def _draft(row: Event, texts: dict[str, Text]) -> EventDraft:
    weekdays = tuple(ICAL_DAYS.index(d) for d in row.weekdays.split(",") if d)
    return from_row(EventDraft, row, texts=texts, weekdays=weekdays, example=False)


def _columns(draft: EventDraft) -> dict[str, object]:
    return {
        "repeat": draft.repeat,
        "start_date": draft.start_date,
        "until": draft.until,
        "weekdays": ",".join(ICAL_DAYS[d] for d in draft.weekdays),
        "nth": draft.nth,
        "starts": draft.starts,
        "ends": draft.ends,
        "place": draft.place,
        "finnish": draft.finnish,
        "audience": draft.audience,
        "on_holidays": draft.on_holidays,
    }


class SqlEventRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def _load(self, rows: Iterable[Event]) -> list[EventInfo]:
        events = list(rows)
        ids = [e.id for e in events]
        if not ids:
            return []
        texts: dict[int, dict[str, Text]] = defaultdict(dict)
        for t in (
            await self._session.execute(select(EventText).where(EventText.event_id.in_(ids)))
        ).scalars():
            texts[t.event_id][t.locale] = Text(t.title, t.description)
        skips: dict[int, set[date]] = defaultdict(set)
        for s in (
            await self._session.execute(select(EventSkip).where(EventSkip.event_id.in_(ids)))
        ).scalars():
            skips[s.event_id].add(s.day)
        return [EventInfo(e.id, _draft(e, texts[e.id]), e.cancelled, frozenset(skips[e.id])) for e in events]

    async def all(self, *, include_cancelled: bool) -> list[EventInfo]:
        stmt = select(Event).order_by(Event.id)
        if not include_cancelled:
            stmt = stmt.where(Event.cancelled.is_(False))
        return await self._load((await self._session.execute(stmt)).scalars())

    async def get(self, event_id: int) -> EventInfo | None:
        row = await self._session.get(Event, event_id)
        return (await self._load([row]))[0] if row else None

    async def seed_keys(self) -> set[str]:
        rows = await self._session.execute(select(Event.seed_key).where(Event.seed_key.is_not(None)))
        return {str(k) for k in rows.scalars()}

    async def add(self, draft: EventDraft, now: datetime) -> int:
        row = Event(seed_key=draft.seed_key, cancelled=False, updated_at=now, **_columns(draft))
        self._session.add(row)
        await self._session.flush()
        await self._put_texts(row.id, draft)
        return row.id

    async def replace(self, event_id: int, draft: EventDraft, now: datetime) -> None:
        await self._session.execute(
            update(Event).where(Event.id == event_id).values(updated_at=now, **_columns(draft))
        )
        await self._session.execute(delete(EventText).where(EventText.event_id == event_id))
        await self._put_texts(event_id, draft)

    async def _put_texts(self, event_id: int, draft: EventDraft) -> None:
        for locale, text in draft.texts.items():
            self._session.add(
                EventText(event_id=event_id, locale=locale, title=text.title, description=text.description)
            )
        await self._session.flush()

    async def set_cancelled(self, event_id: int, now: datetime) -> None:
        await self._session.execute(
            update(Event).where(Event.id == event_id).values(cancelled=True, updated_at=now)
        )

    async def add_skip(self, event_id: int, day: date) -> None:
        existing = await self._session.execute(
            select(EventSkip.id).where(EventSkip.event_id == event_id, EventSkip.day == day)
        )
        if existing.first() is None:
            self._session.add(EventSkip(event_id=event_id, day=day))
            await self._session.flush()

    # -- subscriptions --------------------------------------------------------------------------------------
    async def subscribe(self, event_id: int, telegram_id: int, now: datetime) -> None:
        await self._insert_ignore(
            EventSubscription, [{"event_id": event_id, "telegram_id": telegram_id, "created_at": now}]
        )

    async def unsubscribe(self, event_id: int, telegram_id: int) -> None:
        await self._session.execute(
            delete(EventSubscription).where(
                EventSubscription.event_id == event_id, EventSubscription.telegram_id == telegram_id
            )
        )

    async def subscribed(self, telegram_id: int) -> set[int]:
        rows = await self._session.execute(
            select(EventSubscription.event_id).where(EventSubscription.telegram_id == telegram_id)
        )
        return set(rows.scalars())

    async def subscribers(self, event_ids: Iterable[int]) -> dict[int, list[int]]:
        """Subscribers per event, leaving out users who blocked the bot."""
        rows = await self._session.execute(
            select(EventSubscription.event_id, EventSubscription.telegram_id)
            .join(User, User.telegram_id == EventSubscription.telegram_id)
            .where(EventSubscription.event_id.in_(list(event_ids)), User.blocked_at.is_(None))
            .order_by(EventSubscription.id)
        )
        out: dict[int, list[int]] = defaultdict(list)
        for event_id, telegram_id in rows:
            out[event_id].append(telegram_id)
        return out

    # -- notices --------------------------------------------------------------------------------------------
    async def queue(self, keys: Iterable[tuple[int, date, int, str]], now: datetime) -> None:
        """New pending notices; one that exists already (same occurrence, user and kind) is left alone."""
        values = [
            {"event_id": e, "day": d, "telegram_id": t, "kind": k, "status": "pending", "created_at": now}
            for e, d, t, k in keys
        ]
        if values:
            await self._insert_ignore(EventNotice, values)

    async def _insert_ignore(
        self, model: type[EventNotice] | type[EventSubscription], values: list[dict[str, object]]
    ) -> None:
        dialect = self._session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        await self._session.execute(insert(model).values(values).on_conflict_do_nothing())

    async def pending(self, limit: int) -> list[NoticeRow]:
        rows = await self._session.execute(
            select(EventNotice, User.locale)
            .join(User, User.telegram_id == EventNotice.telegram_id)
            .where(EventNotice.status == "pending")
            .order_by(EventNotice.id)
            .limit(limit)
        )
        return [NoticeRow(n.id, n.event_id, n.day, n.telegram_id, n.kind, locale) for n, locale in rows]

    async def claim(self, notice_ids: Sequence[int], status: str) -> set[int]:
        """Move pending notices to `status`; returns the ids this transaction moved (another process may have)."""
        if not notice_ids:
            return set()
        result = await self._session.execute(
            update(EventNotice)
            .where(EventNotice.id.in_(list(notice_ids)), EventNotice.status == "pending")
            .values(status=status)
            .returning(EventNotice.id)
        )
        return set(result.scalars())

    async def notice_counts(self) -> dict[str, int]:
        rows = await self._session.execute(select(EventNotice.status))
        counts: dict[str, int] = defaultdict(int)
        for status in rows.scalars():
            counts[status] += 1
        return dict(counts)
