"""Keys of automatic notices already enqueued (closures, changed hours, weekly digests); never commits."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import NoticeKey, OutboxBatch
from bot.outbox.model import BatchStatus


class SqlNoticeKeyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def existing(self, keys: Collection[str]) -> set[str]:
        if not keys:
            return set()
        rows = await self._session.execute(select(NoticeKey.key).where(NoticeKey.key.in_(list(keys))))
        return set(rows.scalars())

    async def add(self, key: str, now: datetime) -> None:
        """Raises IntegrityError when the key exists (another scheduler enqueued this notice first)."""
        self._session.add(NoticeKey(key=key, created_at=now))
        await self._session.flush()

    async def set_batch(self, key: str, batch_id: int | None) -> None:
        await self._session.execute(update(NoticeKey).where(NoticeKey.key == key).values(batch_id=batch_id))

    async def unsent(self, prefix: str) -> list[tuple[str, int]]:
        """(key, batch id) of notices with this key prefix whose batch is still waiting or sending."""
        rows = await self._session.execute(
            select(NoticeKey.key, NoticeKey.batch_id)
            .join(OutboxBatch, OutboxBatch.id == NoticeKey.batch_id)
            .where(
                NoticeKey.key.startswith(prefix, autoescape=True),
                OutboxBatch.status.in_((BatchStatus.SCHEDULED, BatchStatus.SENDING)),
            )
        )
        return [(str(key), int(batch_id)) for key, batch_id in rows if batch_id is not None]

    async def delete_before(self, before: datetime) -> int:
        result = await self._session.execute(delete(NoticeKey).where(NoticeKey.created_at < before))
        return int(getattr(result, "rowcount", 0) or 0)
