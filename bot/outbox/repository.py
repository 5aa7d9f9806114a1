"""Outbox batches and rows; never commits (the service or the sender owns each transaction)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import delete, exists, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.base import from_row
from bot.db.models import AnnouncementText, OutboxBatch, OutboxMessage
from bot.outbox.model import BatchInfo, BatchStatus, RowData, RowState


def _batch(row: OutboxBatch) -> BatchInfo:
    return from_row(BatchInfo, row, status=BatchStatus(row.status))


class SqlOutboxRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    # -- batches ------------------------------------------------------------------------------------
    async def add_batch(self, **values: Any) -> int:
        row = OutboxBatch(**values)
        self._session.add(row)
        await self._session.flush()
        return row.id

    async def batch(self, batch_id: int) -> BatchInfo | None:
        row = await self._session.get(OutboxBatch, batch_id)
        return _batch(row) if row else None

    async def batches(self, *statuses: BatchStatus) -> list[BatchInfo]:
        rows = await self._session.execute(
            select(OutboxBatch).where(OutboxBatch.status.in_(statuses)).order_by(OutboxBatch.id)
        )
        return [_batch(r) for r in rows.scalars()]

    async def due(self, now: datetime) -> list[BatchInfo]:
        rows = await self._session.execute(
            select(OutboxBatch)
            .where(OutboxBatch.status == BatchStatus.SCHEDULED, OutboxBatch.not_before <= now)
            .order_by(OutboxBatch.priority, OutboxBatch.not_before, OutboxBatch.id)
        )
        return [_batch(r) for r in rows.scalars()]

    async def scheduled_by(self, created_by: int) -> list[BatchInfo]:
        rows = await self._session.execute(
            select(OutboxBatch)
            .where(OutboxBatch.status == BatchStatus.SCHEDULED, OutboxBatch.created_by == created_by)
            .order_by(OutboxBatch.not_before)
        )
        return [_batch(r) for r in rows.scalars()]

    async def move(
        self, batch_id: int, from_: Collection[BatchStatus], to: BatchStatus, **values: Any
    ) -> bool:
        """Change a batch's status only from the given ones: the one place where a transition happens once."""
        result = await self._session.execute(
            update(OutboxBatch)
            .where(OutboxBatch.id == batch_id, OutboxBatch.status.in_(from_))
            .values(status=to, **values)
        )
        return bool(getattr(result, "rowcount", 0))

    async def expire(self, now: datetime) -> list[int]:
        """Cancel scheduled or sending batches whose `expires_at` has passed; returns their ids."""
        live = (BatchStatus.SCHEDULED, BatchStatus.SENDING)
        rows = await self._session.execute(
            select(OutboxBatch.id).where(OutboxBatch.status.in_(live), OutboxBatch.expires_at <= now)
        )
        expired = list(rows.scalars())
        for batch_id in expired:
            await self.move(batch_id, live, BatchStatus.CANCELLED, error="expired", finished_at=now)
        return expired

    async def set_batch(self, batch_id: int, **values: Any) -> None:
        await self._session.execute(update(OutboxBatch).where(OutboxBatch.id == batch_id).values(**values))

    async def unreported(self) -> list[BatchInfo]:
        rows = await self._session.execute(
            select(OutboxBatch)
            .where(
                OutboxBatch.status.in_((BatchStatus.DONE, BatchStatus.STOPPED, BatchStatus.CANCELLED)),
                OutboxBatch.reported_at.is_(None),
                OutboxBatch.started_at.is_not(None),
            )
            .order_by(OutboxBatch.id)
        )
        return [_batch(r) for r in rows.scalars()]

    async def finished_sending(self) -> list[int]:
        """Batches still marked sending with no row left pending or in flight."""
        open_rows = exists().where(
            OutboxMessage.batch_id == OutboxBatch.id,
            OutboxMessage.state.in_((RowState.PENDING, RowState.SENDING)),
        )
        rows = await self._session.execute(
            select(OutboxBatch.id).where(OutboxBatch.status == BatchStatus.SENDING, ~open_rows)
        )
        return list(rows.scalars())

    async def delete_finished_before(self, before: datetime) -> int:
        result = await self._session.execute(
            delete(OutboxBatch).where(
                OutboxBatch.status.in_((BatchStatus.DONE, BatchStatus.STOPPED, BatchStatus.CANCELLED)),
                OutboxBatch.created_at < before,
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)

    # -- announcement texts -------------------------------------------------------------------------
    async def add_texts(self, batch_id: int, texts: Mapping[str, str]) -> None:
        for locale, body in texts.items():
            self._session.add(AnnouncementText(batch_id=batch_id, locale=locale, body=body))
        await self._session.flush()

    async def texts(self, batch_id: int) -> dict[str, str]:
        rows = await self._session.execute(
            select(AnnouncementText.locale, AnnouncementText.body)
            .where(AnnouncementText.batch_id == batch_id)
            .order_by(AnnouncementText.id)
        )
        return {r[0]: r[1] for r in rows}

    # -- rows ---------------------------------------------------------------------------------------
    async def add_rows(self, batch_id: int, rows: Iterable[Mapping[str, Any]]) -> int:
        values = [{**r, "batch_id": batch_id, "state": RowState.PENDING, "attempts": 0} for r in rows]
        if values:
            await self._session.execute(insert(OutboxMessage), values)
        return len(values)

    async def pending(self, limit: int, exclude: Collection[int]) -> list[RowData]:
        query = (
            select(OutboxMessage)
            .join(OutboxBatch, OutboxBatch.id == OutboxMessage.batch_id)
            .where(OutboxBatch.status == BatchStatus.SENDING, OutboxMessage.state == RowState.PENDING)
            .order_by(OutboxBatch.priority, OutboxBatch.id, OutboxMessage.id)
            .limit(limit)
        )
        if exclude:
            query = query.where(OutboxMessage.id.not_in(exclude))
        rows = await self._session.execute(query)
        return [from_row(RowData, r) for r in rows.scalars()]

    async def mark_sending(self, row_id: int, now: datetime) -> bool:
        """pending -> sending, only while the batch is still sending (a stop or cancel wins)."""
        active = select(OutboxBatch.id).where(OutboxBatch.status == BatchStatus.SENDING)
        result = await self._session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id == row_id,
                OutboxMessage.state == RowState.PENDING,
                OutboxMessage.batch_id.in_(active.scalar_subquery()),
            )
            .values(state=RowState.SENDING, attempts=OutboxMessage.attempts + 1, updated_at=now)
        )
        return bool(getattr(result, "rowcount", 0))

    async def set_row(self, row_id: int, state: RowState, now: datetime, **values: Any) -> None:
        await self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == row_id)
            .values(state=state, updated_at=now, **values)
        )

    async def sending_to_unknown(self, now: datetime) -> int:
        result = await self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.state == RowState.SENDING)
            .values(state=RowState.UNKNOWN, updated_at=now, error="interrupted")
        )
        return int(getattr(result, "rowcount", 0) or 0)

    async def counts(self, batch_id: int) -> dict[RowState, int]:
        rows = await self._session.execute(
            select(OutboxMessage.state, func.count())
            .where(OutboxMessage.batch_id == batch_id)
            .group_by(OutboxMessage.state)
        )
        return {RowState(r[0]): int(r[1]) for r in rows}

    async def rows(self, batch_id: int) -> list[tuple[int, str]]:
        result = await self._session.execute(
            select(OutboxMessage.chat_id, OutboxMessage.state)
            .where(OutboxMessage.batch_id == batch_id)
            .order_by(OutboxMessage.id)
        )
        return [(int(r[0]), str(r[1])) for r in result]
