"""The inbox: updates stored durably before Telegram is told they arrived, and per-chat leases for handling them.

Storage only (no aiogram): `bot/runtime/handling.py` takes updates from here and feeds them to the dispatcher.
How once-only handling and per-chat order work: docs/decisions/0014-once-only.md.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Boolean, Text, and_, bindparam, case, delete, event, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.db.engine import create_engine
from bot.db.models import InboxLease, InboxUpdate

log = logging.getLogger(__name__)

LEASE_SECONDS = 10.0  # a dead process's chats are free again after this long
KEEP_HANDLED = timedelta(days=1)  # a handled update's id is kept this long, so a late retry does nothing


def utcnow() -> datetime:
    return datetime.now(UTC)


def chat_key(update: dict[str, Any]) -> str:
    """The key whose updates are handled one at a time, in order: the chat (in private chats, the person).

    A button pressed on a message belongs to the message's chat; an update without a chat falls back to its
    sender, and one without either stands alone.
    """
    kind = next((k for k in update if k != "update_id"), "")
    body = update.get(kind)
    if isinstance(body, dict):
        for holder in (body, body.get("message")):
            if isinstance(holder, dict) and isinstance(holder.get("chat"), dict):
                return str(holder["chat"]["id"])
        sender = body.get("from") or body.get("user")
        if isinstance(sender, dict) and "id" in sender:
            return str(sender["id"])
    return f"update:{update['update_id']}"


@dataclass(frozen=True, slots=True)
class Stored:
    update_id: int
    payload: dict[str, Any]
    chat_key: str = ""
    # What a process that stopped before the update was handled had sent for it, confirmed by Telegram: (method,
    # result) in order. Handling it again answers these requests from here instead of sending them twice.
    sent: tuple[tuple[str, Any], ...] = ()
    in_doubt: bool = (
        False  # that process stopped while a request was on its way: Telegram may or may not have it
    )


@dataclass(frozen=True, slots=True)
class Mark:
    """What happened to an update while it was handled; many are written at once (`Inbox.record`)."""

    update_id: int
    sending: bool = False  # a request a person sees is about to go out
    sent: str | None = None  # the JSON of every request Telegram has accepted for it so far
    handled: bool = False


def _sent(value: str | None) -> tuple[tuple[str, Any], ...]:
    return tuple((str(name), result) for name, result in json.loads(value)) if value else ()


# One statement for every kind of mark, so that a group of them is one executemany (one round trip, one thread hop
# on SQLite) on a connection in autocommit: a mark reaches the database without waiting for the event loop again.
_MARK = (
    update(InboxUpdate)
    .where(InboxUpdate.update_id == bindparam("m_id"), InboxUpdate.handled_at.is_(None))
    .values(
        sending_at=case(
            (bindparam("m_sending", type_=Boolean), bindparam("m_now", type_=InboxUpdate.sending_at.type)),
            else_=None,
        ),
        sent=case(
            (bindparam("m_handled", type_=Boolean), None),
            (bindparam("m_sent", type_=Text).is_(None), InboxUpdate.sent),
            else_=bindparam("m_sent", type_=Text),
        ),
        payload=case((bindparam("m_handled", type_=Boolean), None), else_=InboxUpdate.payload),
        handled_at=case(
            (bindparam("m_handled", type_=Boolean), bindparam("m_now", type_=InboxUpdate.handled_at.type)),
            else_=InboxUpdate.handled_at,
        ),
        attempts=InboxUpdate.attempts + case((bindparam("m_handled", type_=Boolean), 1), else_=0),
    )
)


class Inbox:
    """Updates in, per chat leases out. `owner` names this process in the leases it holds."""

    def __init__(
        self,
        engine: AsyncEngine,
        owner: str,
        *,
        lease_seconds: float = LEASE_SECONDS,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        self.engine = engine
        self.owner = owner
        self.lease = timedelta(seconds=lease_seconds)
        self.now = now
        self._insert = postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert
        self._marks_engine = marks_engine(engine)
        self._marks: AsyncConnection | None = None
        self._marks_lock = asyncio.Lock()

    @classmethod
    def open(cls, database_url: str, owner: str, **kwargs: Any) -> Inbox:
        """An inbox on connections of its own: a handler holds a connection of the bot's pool while it runs, and the
        inbox must never wait behind handlers for one (recording a message sent happens inside a handler)."""
        return cls(create_engine(database_url, pool_size=3, max_overflow=5), owner, **kwargs)

    async def close(self) -> None:
        if self._marks is not None:
            await self._marks.close()
            self._marks = None
        await self._marks_engine.dispose()
        await self.engine.dispose()

    async def store(self, updates: Sequence[dict[str, Any]]) -> list[Stored]:
        """Keep these updates (one transaction); returns the new ones. Ones already stored, handled or not, are
        left as they are (Telegram sending an update again)."""
        if not updates:
            return []
        now = self.now()
        rows = [
            {
                "update_id": int(u["update_id"]),
                "chat_key": chat_key(u),
                "payload": json.dumps(u, ensure_ascii=False, separators=(",", ":")),
                "received_at": now,
                "attempts": 0,
            }
            for u in updates
        ]
        keys = sorted(
            {str(r["chat_key"]) for r in rows}
        )  # sorted: two replicas lock lease rows in the same order
        async with self.engine.begin() as conn:
            added = await conn.execute(
                self._insert(InboxUpdate)
                .values(rows)
                .on_conflict_do_nothing()
                .returning(InboxUpdate.update_id)
            )
            new = set(added.scalars().all())
            await conn.execute(
                self._insert(InboxLease).values([{"chat_key": k} for k in keys]).on_conflict_do_nothing()
            )
        return [
            Stored(int(u["update_id"]), dict(u), chat_key(u)) for u in updates if int(u["update_id"]) in new
        ]

    async def claim(self, limit: int) -> list[str]:
        """Take the leases of up to `limit` chats that have unhandled updates and nobody handling them.

        Oldest waiting update first. The conditional UPDATE makes a lease one process's even when two try at once.
        """
        if limit <= 0:
            return []
        now = self.now()
        free = or_(InboxLease.claimed_until.is_(None), InboxLease.claimed_until < now)
        first = func.min(InboxUpdate.update_id)
        waiting = (
            select(InboxUpdate.chat_key)
            .join(InboxLease, InboxLease.chat_key == InboxUpdate.chat_key)
            .where(InboxUpdate.handled_at.is_(None), free)
            .group_by(InboxUpdate.chat_key)
            .order_by(first)
            .limit(limit)
        )
        async with self.engine.connect() as conn:
            candidates = (await conn.execute(waiting)).scalars().all()
        if not candidates:
            return []
        # The writes apart from the read (SQLite cannot turn a read transaction into a write one once another
        # connection has written); in one order on every process, so that two never wait for each other.
        claimed: list[str] = []
        async with self.engine.begin() as conn:
            for key in sorted(candidates):
                taken = await conn.execute(
                    update(InboxLease)
                    .where(InboxLease.chat_key == key, free)
                    .values(claimed_by=self.owner, claimed_until=now + self.lease)
                )
                if taken.rowcount == 1:
                    claimed.append(key)
        return claimed

    async def next_updates(self, key: str, limit: int = 20) -> list[Stored]:
        """The chat's unhandled updates, oldest first."""
        query = (
            select(InboxUpdate.update_id, InboxUpdate.payload, InboxUpdate.sent, InboxUpdate.sending_at)
            .where(InboxUpdate.chat_key == key, InboxUpdate.handled_at.is_(None))
            .order_by(InboxUpdate.update_id)
            .limit(limit)
        )
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [
            Stored(int(uid), json.loads(payload or "{}"), key, _sent(sent), at is not None)
            for uid, payload, sent, at in rows
        ]

    async def unhandled(self) -> list[Stored]:
        """Every unhandled update, oldest first (the only process, starting: what its predecessor left)."""
        query = (
            select(
                InboxUpdate.update_id,
                InboxUpdate.payload,
                InboxUpdate.chat_key,
                InboxUpdate.sent,
                InboxUpdate.sending_at,
            )
            .where(InboxUpdate.handled_at.is_(None))
            .order_by(InboxUpdate.update_id)
        )
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [
            Stored(int(uid), json.loads(p or "{}"), key, _sent(sent), at is not None)
            for uid, p, key, sent, at in rows
        ]

    async def done(self, update_id: int) -> None:
        """Handled: forget the person's message and what was sent for it, keep the id for a day."""
        await self.record([Mark(update_id, handled=True)])

    async def record(self, marks: Sequence[Mark]) -> None:
        """Write marks of many updates at once (at most one mark per update; a handled update is left alone)."""
        if not marks:
            return
        now = self.now()
        rows = [
            {
                "m_id": m.update_id,
                "m_sending": m.sending,
                "m_sent": m.sent,
                "m_handled": m.handled,
                "m_now": now,
            }
            for m in marks
        ]
        async with self._marks_lock:
            if self._marks is None:
                self._marks = await self._marks_engine.connect()
            try:
                await self._marks.execute(_MARK, rows)
            except Exception:
                with contextlib.suppress(Exception):
                    await self._marks.invalidate()
                self._marks = None
                raise

    async def renew(self, keys: Sequence[str]) -> set[str]:
        """Extend this process's leases on `keys`; returns the keys whose lease another process has taken."""
        if not keys:
            return set()
        now = self.now()
        mine = and_(InboxLease.chat_key.in_(keys), InboxLease.claimed_by == self.owner)
        async with self.engine.begin() as conn:
            await conn.execute(update(InboxLease).where(mine).values(claimed_until=now + self.lease))
            kept = set((await conn.execute(select(InboxLease.chat_key).where(mine))).scalars().all())
        return set(keys) - kept

    async def release(self, key: str) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                update(InboxLease)
                .where(InboxLease.chat_key == key, InboxLease.claimed_by == self.owner)
                .values(claimed_by=None, claimed_until=None)
            )

    async def release_all(self, *, everybody: bool = False) -> None:
        """At start: this owner's leases (a restart under a stable name) or, for the only process, all of them."""
        query = update(InboxLease).values(claimed_by=None, claimed_until=None)
        if not everybody:
            query = query.where(InboxLease.claimed_by == self.owner)
        async with self.engine.begin() as conn:
            await conn.execute(query)

    async def waiting(self) -> int:
        """Updates stored and not handled yet (all processes)."""
        async with self.engine.connect() as conn:
            count = await conn.scalar(
                select(func.count()).select_from(InboxUpdate).where(InboxUpdate.handled_at.is_(None))
            )
        return int(count or 0)

    async def prune(self) -> int:
        """Forget handled updates older than a day, and leases of chats with nothing left in the inbox."""
        now = self.now()
        async with self.engine.begin() as conn:
            gone = await conn.execute(delete(InboxUpdate).where(InboxUpdate.handled_at < now - KEEP_HANDLED))
            await conn.execute(
                delete(InboxLease).where(
                    or_(InboxLease.claimed_until.is_(None), InboxLease.claimed_until < now),
                    InboxLease.chat_key.not_in(select(InboxUpdate.chat_key).distinct()),
                )
            )
        return max(gone.rowcount, 0)


def marks_engine(engine: AsyncEngine) -> AsyncEngine:
    """One connection in autocommit for the marks: each group of marks is a single statement, committed as soon as
    the database has it, with no BEGIN or COMMIT round trip in between (a crash in such a gap is what sends an answer
    twice). Durable against the bot process dying, which is what the marks are for; a power cut or a database crash
    may lose the last of them, and then an answer may be sent twice, never lost (decision 0014). So: SQLite's
    `synchronous=NORMAL` in WAL mode (no fsync per commit) and PostgreSQL's `synchronous_commit=off` here only; the
    inbox's `store`, which tells Telegram an update arrived, keeps full durability."""
    url = engine.url.render_as_string(hide_password=False)
    marks = create_engine(
        url, pool_size=1, max_overflow=0, isolation_level="AUTOCOMMIT", pool_reset_on_return=None
    )

    @event.listens_for(marks.sync_engine, "connect")
    def _relaxed(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        if engine.dialect.name == "sqlite":
            cur.execute("PRAGMA synchronous=NORMAL")
        elif engine.dialect.name == "postgresql":
            cur.execute("SET synchronous_commit TO off")
        cur.close()

    return marks
