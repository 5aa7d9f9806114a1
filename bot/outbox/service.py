"""The outbox: what other features call to send many messages without breaking Telegram's limits.

    from bot.outbox.service import Button, OutboxItem, enqueue
    batch_id = await enqueue(
        session,
        [OutboxItem(chat_id, "so", fluent_id="events-reminder", args={"title": user_value(title, "so")},
                    buttons=[[Button(label_id="events-unsubscribe", callback_data=EventUnsub(id=7).pack())]])],
        now=clock.now(),
        created_by=None,               # or the staff member's Telegram id
        not_before=None,               # or an aware datetime: sent from then on (a job due while down runs once)
        expires_at=None,               # or an aware datetime: whatever is not sent by then never is (a reminder)
        report_chat_id=None,           # a chat that gets progress and the final report, e.g. the coordinator
    )
    await session.commit()             # the caller's transaction: enqueue atomically with the change it announces

Rows are unique per (batch, chat): a chat listed twice gets one message. Only the scheduler process sends
(bot/outbox/sender.py), paced for all processes, so replies to users never wait behind a batch.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.outbox.model import (
    PRIORITY_NOTICE,
    BatchInfo,
    BatchKind,
    BatchStatus,
    Button,
    Counts,
    OutboxItem,
)
from bot.outbox.repository import SqlOutboxRepository

__all__ = ["Button", "OutboxItem", "cancel", "counts", "enqueue", "purge_finished"]

# Finished batches (their rows hold chat ids) are deleted after this long.
RETENTION = timedelta(days=30)


class InvalidItem(ValueError):
    pass


def _buttons_json(rows: Sequence[Sequence[Button]]) -> str | None:
    if not rows:
        return None
    out: list[list[dict[str, str]]] = []
    for row in rows:
        encoded: list[dict[str, str]] = []
        for b in row:
            if (b.label_id is None) == (b.label is None):
                raise InvalidItem("a button has exactly one of label_id and label")
            if sum(x is not None for x in (b.callback_data, b.url, b.action)) != 1:
                raise InvalidItem("a button has exactly one of callback_data, url and action")
            encoded.append({k: v for k, v in _button_fields(b).items() if v})
        out.append(encoded)
    return json.dumps(out, ensure_ascii=False)


def _button_fields(b: Button) -> dict[str, str | None]:
    return {
        "label_id": b.label_id,
        "label": b.label,
        "callback_data": b.callback_data,
        "url": b.url,
        "action": b.action,
        "value": b.value,
    }


def row_values(item: OutboxItem) -> dict[str, object]:
    if (item.text is None) == (item.fluent_id is None):
        raise InvalidItem("an outbox item has exactly one of text and fluent_id")
    return {
        "chat_id": item.chat_id,
        "locale": item.locale,
        "text": item.text,
        "fluent_id": item.fluent_id,
        "fluent_args": json.dumps(dict(item.args), ensure_ascii=False) if item.args else None,
        "buttons": _buttons_json(item.buttons),
    }


async def enqueue(
    session: AsyncSession,
    items: Iterable[OutboxItem],
    *,
    now: datetime,
    kind: BatchKind | str = BatchKind.NOTICE,
    created_by: int | None = None,
    not_before: datetime | None = None,
    expires_at: datetime | None = None,
    report_chat_id: int | None = None,
    report_locale: str | None = None,
    priority: int = PRIORITY_NOTICE,
) -> int:
    """Add a batch with one row per chat (the first item for a chat wins); returns the batch id. Does not commit."""
    seen: set[int] = set()
    values = []
    for item in items:
        if item.chat_id not in seen:
            seen.add(item.chat_id)
            values.append(row_values(item))
    repo = SqlOutboxRepository(session)
    batch_id = await repo.add_batch(
        kind=str(kind),
        status=BatchStatus.SCHEDULED,
        priority=priority,
        created_by=created_by,
        created_at=now,
        not_before=not_before or now,
        expires_at=expires_at,
        report_chat_id=report_chat_id,
        report_locale=report_locale,
    )
    await repo.add_rows(batch_id, values)
    return batch_id


async def cancel(session: AsyncSession, batch_id: int, now: datetime) -> bool:
    """Stop a scheduled or running batch: rows not yet in flight are never sent. Commits."""
    moved = await SqlOutboxRepository(session).move(
        batch_id, (BatchStatus.SCHEDULED, BatchStatus.SENDING), BatchStatus.CANCELLED, finished_at=now
    )
    await session.commit()
    return moved


async def batch(session: AsyncSession, batch_id: int) -> BatchInfo | None:
    return await SqlOutboxRepository(session).batch(batch_id)


async def counts(session: AsyncSession, batch_id: int) -> Counts:
    return Counts.of(await SqlOutboxRepository(session).counts(batch_id))


async def purge_finished(sessionmaker: async_sessionmaker[AsyncSession], clock: Clock) -> int:
    async with sessionmaker() as session:
        removed = await SqlOutboxRepository(session).delete_finished_before(clock.now() - RETENTION)
        await session.commit()
        return removed
