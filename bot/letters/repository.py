"""Storage of letter reminders and the anonymous letter counts; repositories never commit (services do)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.base import from_row
from bot.db.models import LetterCount, LetterReminder, User
from bot.letters.reminders import Reminder


def _reminder(row: LetterReminder, locale: str | None = None) -> Reminder:
    return from_row(Reminder, row, locale=locale)  # the row has no language: the job reads it from the user


class SqlLetterRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(
        self, telegram_id: int, due: date, topic_id: str, sender: str, kind: str, now: datetime
    ) -> Reminder:
        row = LetterReminder(
            telegram_id=telegram_id, due=due, topic_id=topic_id, sender=sender, kind=kind, created_at=now
        )
        self._session.add(row)
        await self._session.flush()
        return _reminder(row)

    async def same(self, telegram_id: int, due: date, sender: str, kind: str) -> Reminder | None:
        """A reminder already set for this letter (the button pressed twice)."""
        row = await self._session.scalar(
            select(LetterReminder).where(
                LetterReminder.telegram_id == telegram_id,
                LetterReminder.due == due,
                LetterReminder.sender == sender,
                LetterReminder.kind == kind,
            )
        )
        return _reminder(row) if row is not None else None

    async def of_user(self, telegram_id: int) -> list[Reminder]:
        rows = await self._session.scalars(
            select(LetterReminder)
            .where(LetterReminder.telegram_id == telegram_id)
            .order_by(LetterReminder.due, LetterReminder.id)
        )
        return [_reminder(r) for r in rows]

    async def remove(self, telegram_id: int, reminder_id: int) -> bool:
        result = await self._session.execute(
            delete(LetterReminder).where(
                LetterReminder.id == reminder_id, LetterReminder.telegram_id == telegram_id
            )
        )
        return bool(getattr(result, "rowcount", 0))

    async def remove_all(self, telegram_id: int) -> int:
        result = await self._session.execute(
            delete(LetterReminder).where(LetterReminder.telegram_id == telegram_id)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    async def remove_past(self, before: date) -> int:
        result = await self._session.execute(delete(LetterReminder).where(LetterReminder.due < before))
        return int(getattr(result, "rowcount", 0) or 0)

    async def open_until(self, last_due: date) -> list[Reminder]:
        """Reminders with a message still to queue and a deadline up to `last_due`, with the user's language."""
        rows = await self._session.execute(
            select(LetterReminder, User.locale)
            .join(User, User.telegram_id == LetterReminder.telegram_id)
            .where(
                LetterReminder.due <= last_due,
                (LetterReminder.soon_at.is_(None)) | (LetterReminder.day_at.is_(None)),
            )
            .order_by(LetterReminder.due, LetterReminder.id)
        )
        return [_reminder(r, locale) for r, locale in rows]

    async def claim(self, reminder_id: int, which: str, now: datetime) -> bool:
        """Mark the reminder's `which` ("soon" or "day") message as queued; False if another tick did it first."""
        column = LetterReminder.soon_at if which == "soon" else LetterReminder.day_at
        result = await self._session.execute(
            update(LetterReminder)
            .where(LetterReminder.id == reminder_id, column.is_(None))
            .values({column.key: now})
        )
        return bool(getattr(result, "rowcount", 0))

    async def count(self, day: date, sender: str, kind: str, locale: str) -> None:
        key = (
            LetterCount.day == day,
            LetterCount.sender == sender,
            LetterCount.kind == kind,
            LetterCount.locale == locale,
        )
        stmt = update(LetterCount).where(*key).values(count=LetterCount.count + 1)
        if getattr(await self._session.execute(stmt), "rowcount", 0):
            return
        try:
            async with self._session.begin_nested():
                self._session.add(LetterCount(day=day, sender=sender, kind=kind, locale=locale, count=1))
        except IntegrityError:  # counted by another replica first: add to its row
            await self._session.execute(stmt)

    async def counts(self, since: date) -> list[tuple[str, str, str, int]]:
        rows = await self._session.execute(
            select(LetterCount.sender, LetterCount.kind, LetterCount.locale, LetterCount.count).where(
                LetterCount.day >= since
            )
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]
