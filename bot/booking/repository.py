"""Bookings, their reminders and the waiting list; never commits (the booking services own the transactions)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.booking.model import HOLDS_SEAT, Booking, BookingStatus, Wait
from bot.db.base import from_row
from bot.db.models import Booking as BookingRow
from bot.db.models import BookingReminder, BookingWait, User


def _booking(row: BookingRow) -> Booking:
    return from_row(Booking, row, start=row.slot_start, status=BookingStatus(row.status))


def _wait(row: BookingWait) -> Wait:
    return Wait(row.id, row.telegram_id, row.locale, row.day, row.language, row.topic)


class SqlBookingRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    # -- seats --------------------------------------------------------------------------------------
    async def taken(self, first: datetime, last: datetime) -> dict[datetime, int]:
        """Seats held per slot start in [first, last)."""
        rows = await self._session.execute(
            select(BookingRow.active_start, func.count())
            .where(BookingRow.active_start >= first, BookingRow.active_start < last)
            .group_by(BookingRow.active_start)
        )
        return {r[0]: int(r[1]) for r in rows if r[0] is not None}

    async def seats(self, start: datetime) -> set[int]:
        rows = await self._session.execute(select(BookingRow.seat).where(BookingRow.active_start == start))
        return set(rows.scalars())

    async def add(self, **values: Any) -> Booking:
        row = BookingRow(**values)
        self._session.add(row)
        await self._session.flush()
        return _booking(row)

    async def move(self, booking_id: int, start: datetime, seat: int) -> bool:
        result = await self._session.execute(
            update(BookingRow)
            .where(BookingRow.id == booking_id, BookingRow.status == BookingStatus.ACTIVE)
            .values(slot_start=start, active_start=start, seat=seat, confirmed_at=None)
        )
        await self._session.execute(delete(BookingReminder).where(BookingReminder.booking_id == booking_id))
        return bool(getattr(result, "rowcount", 0))

    # -- one booking --------------------------------------------------------------------------------
    async def get(self, booking_id: int) -> Booking | None:
        row = await self._session.get(BookingRow, booking_id)
        return _booking(row) if row else None

    async def end(
        self, booking_id: int, status: BookingStatus, now: datetime, *, expect: Collection[BookingStatus]
    ) -> bool:
        """Move a booking to `status` only from `expect` (the one place a transition happens once)."""
        values: dict[str, Any] = {"status": status, "ended_at": now}
        if status not in HOLDS_SEAT:
            values["active_start"] = None
        result = await self._session.execute(
            update(BookingRow)
            .where(BookingRow.id == booking_id, BookingRow.status.in_(expect))
            .values(**values)
        )
        return bool(getattr(result, "rowcount", 0))

    async def mark(self, booking_id: int, status: BookingStatus, by: int, now: datetime) -> bool:
        result = await self._session.execute(
            update(BookingRow)
            .where(BookingRow.id == booking_id, BookingRow.status.in_(HOLDS_SEAT))
            .values(status=status, marked_by=by, ended_at=now)
        )
        return bool(getattr(result, "rowcount", 0))

    async def confirm(self, booking_id: int, now: datetime) -> None:
        await self._session.execute(
            update(BookingRow).where(BookingRow.id == booking_id).values(confirmed_at=now)
        )

    # -- lists --------------------------------------------------------------------------------------
    async def upcoming_of(self, telegram_id: int, now: datetime) -> list[Booking]:
        rows = await self._session.execute(
            select(BookingRow)
            .where(
                BookingRow.telegram_id == telegram_id,
                BookingRow.status == BookingStatus.ACTIVE,
                BookingRow.slot_start > now,
            )
            .order_by(BookingRow.slot_start)
        )
        return [_booking(r) for r in rows.scalars()]

    async def of_user(self, telegram_id: int) -> list[Booking]:
        rows = await self._session.execute(
            select(BookingRow).where(BookingRow.telegram_id == telegram_id).order_by(BookingRow.slot_start)
        )
        return [_booking(r) for r in rows.scalars()]

    async def between(
        self, first: datetime, last: datetime, statuses: Collection[BookingStatus] = HOLDS_SEAT
    ) -> list[Booking]:
        rows = await self._session.execute(
            select(BookingRow)
            .where(
                BookingRow.slot_start >= first,
                BookingRow.slot_start < last,
                BookingRow.status.in_(statuses),
            )
            .order_by(BookingRow.slot_start, BookingRow.seat)
        )
        return [_booking(r) for r in rows.scalars()]

    async def statuses_between(self, first: datetime, last: datetime) -> list[tuple[datetime, str]]:
        """(slot start, status) of every booking in the period, anonymised ones too (for the no-show rate)."""
        rows = await self._session.execute(
            select(BookingRow.slot_start, BookingRow.status).where(
                BookingRow.slot_start >= first, BookingRow.slot_start < last
            )
        )
        return [(r[0], str(r[1])) for r in rows]

    async def locales(self, telegram_ids: Collection[int]) -> dict[int, str]:
        """The language each person uses in the bot now (they may have changed it since booking)."""
        if not telegram_ids:
            return {}
        rows = await self._session.execute(
            select(User.telegram_id, User.locale).where(
                User.telegram_id.in_(telegram_ids), User.locale.is_not(None)
            )
        )
        return {int(r[0]): str(r[1]) for r in rows}

    # -- reminders ----------------------------------------------------------------------------------
    async def without_reminder(self, kind: str, first: datetime, last: datetime) -> list[Booking]:
        """Active bookings starting in [first, last) that have no reminder of this kind queued yet."""
        rows = await self._session.execute(
            select(BookingRow)
            .outerjoin(
                BookingReminder,
                and_(BookingReminder.booking_id == BookingRow.id, BookingReminder.kind == kind),
            )
            .where(
                BookingRow.status == BookingStatus.ACTIVE,
                BookingRow.telegram_id.is_not(None),
                BookingRow.slot_start >= first,
                BookingRow.slot_start < last,
                BookingReminder.id.is_(None),
            )
            .order_by(BookingRow.slot_start, BookingRow.id)
        )
        return [_booking(r) for r in rows.scalars()]

    async def add_reminder(self, booking_id: int, kind: str, now: datetime) -> None:
        await self._session.execute(
            insert(BookingReminder).values(booking_id=booking_id, kind=kind, queued_at=now)
        )

    # -- waiting list -------------------------------------------------------------------------------
    async def add_wait(self, **values: Any) -> None:
        await self._session.execute(
            delete(BookingWait).where(
                BookingWait.telegram_id == values["telegram_id"], BookingWait.day == values["day"]
            )
        )
        await self._session.execute(insert(BookingWait).values(**values))

    async def waiting(self, day: date) -> list[Wait]:
        rows = await self._session.execute(
            select(BookingWait).where(BookingWait.day == day).order_by(BookingWait.created_at, BookingWait.id)
        )
        return [_wait(r) for r in rows.scalars()]

    async def wait(self, wait_id: int) -> Wait | None:
        row = await self._session.get(BookingWait, wait_id)
        return _wait(row) if row else None

    async def waits_of(self, telegram_id: int) -> list[Wait]:
        rows = await self._session.execute(
            select(BookingWait).where(BookingWait.telegram_id == telegram_id).order_by(BookingWait.day)
        )
        return [_wait(r) for r in rows.scalars()]

    async def remove_wait(self, telegram_id: int, day: date) -> None:
        await self._session.execute(
            delete(BookingWait).where(BookingWait.telegram_id == telegram_id, BookingWait.day == day)
        )

    # -- privacy and retention ----------------------------------------------------------------------
    async def forget_user(self, telegram_id: int, now: datetime) -> int:
        """Upcoming bookings are cancelled (their seats free), every booking loses the person; waits go."""
        await self._session.execute(
            update(BookingRow)
            .where(
                BookingRow.telegram_id == telegram_id,
                BookingRow.status == BookingStatus.ACTIVE,
                BookingRow.slot_start > now,
            )
            .values(status=BookingStatus.CANCELLED, active_start=None, ended_at=now)
        )
        result = await self._session.execute(
            update(BookingRow)
            .where(BookingRow.telegram_id == telegram_id)
            .values(telegram_id=None, code=None)
        )
        await self._session.execute(delete(BookingWait).where(BookingWait.telegram_id == telegram_id))
        return int(getattr(result, "rowcount", 0) or 0)

    async def anonymise_before(self, before: datetime) -> int:
        old = select(BookingRow.id).where(BookingRow.slot_start < before, BookingRow.telegram_id.is_not(None))
        await self._session.execute(
            delete(BookingReminder).where(BookingReminder.booking_id.in_(old.scalar_subquery()))
        )
        result = await self._session.execute(
            update(BookingRow)
            .where(BookingRow.slot_start < before, BookingRow.telegram_id.is_not(None))
            .values(telegram_id=None, code=None, locale="-", confirmed_at=None, marked_by=None)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    async def delete_waits_before(self, day: date) -> int:
        result = await self._session.execute(delete(BookingWait).where(BookingWait.day < day))
        return int(getattr(result, "rowcount", 0) or 0)
