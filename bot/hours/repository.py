"""Coordinators' schedule exceptions: one row per date; never commits (the service owns the transaction)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import ScheduleException
from bot.hours.data import HoursException, Span


def _exception(row: ScheduleException) -> HoursException:
    spans = () if row.closed or row.opens is None or row.closes is None else (Span(row.opens, row.closes),)
    return HoursException(row.day, row.closed, spans, row.reason, row.note)


class SqlScheduleRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def exceptions_from(self, first: date) -> list[HoursException]:
        rows = await self._session.execute(
            select(ScheduleException).where(ScheduleException.day >= first).order_by(ScheduleException.day)
        )
        return [_exception(r) for r in rows.scalars()]

    async def put(self, exception: HoursException, by: int, now: datetime) -> None:
        """Replace whatever was set for that date."""
        await self.remove(exception.day)
        span = exception.spans[0] if exception.spans else None
        self._session.add(
            ScheduleException(
                day=exception.day,
                closed=exception.closed,
                opens=span.opens if span else None,
                closes=span.closes if span else None,
                reason=exception.reason,
                note=exception.note,
                created_by=by,
                created_at=now,
            )
        )
        await self._session.flush()

    async def remove(self, day: date) -> bool:
        result = await self._session.execute(delete(ScheduleException).where(ScheduleException.day == day))
        return bool(getattr(result, "rowcount", 0))
