"""Hand-written fakes for the cases service: a transport that records what it would send to Telegram."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.cases.duty import WeeklyDuty
from bot.cases.model import Case, CaseError, Lane, TransportError
from bot.cases.relay import LocalDrainLock, RelayDrainer, Summary
from bot.cases.service import CaseContext, CaseService
from bot.clock import FixedClock
from bot.db.engine import create_engine, create_sessionmaker

GROUP = -1001000000001


@dataclass
class FakeTransport:
    group_chat_id: int = GROUP
    calls: list[tuple[str, object]] = field(default_factory=list)
    fail: dict[str, list[TransportError]] = field(default_factory=dict)  # method -> errors to raise, in order
    _ids: int = 1000

    def _next(self, method: str, detail: object) -> int:
        errors = self.fail.get(method)
        if errors:
            raise errors.pop(0)
        self.calls.append((method, detail))
        self._ids += 1
        return self._ids

    def sent(self, method: str) -> list[object]:
        return [d for m, d in self.calls if m == method]

    async def create_topic(self, case: Case) -> int:
        return self._next("create_topic", case.id)

    async def rename_topic(self, case: Case, thread_id: int) -> None:
        self._next("rename_topic", thread_id)

    async def set_topic_closed(self, thread_id: int, closed: bool) -> None:
        self._next("set_topic_closed", (thread_id, closed))

    async def delete_topic(self, thread_id: int) -> None:
        self._next("delete_topic", thread_id)

    async def summary(self, case: Case, thread_id: int, info: Summary) -> int:
        return self._next("summary", (case.id, thread_id, info.recreated))

    async def note(self, case: Case | None, thread_id: int | None, view: str, args: dict[str, object]) -> int:
        return self._next("note", (thread_id, view))

    async def copy(
        self, from_chat: int, message_id: int, to_chat: int, thread_id: int | None, reply_to: int | None
    ) -> int:
        return self._next("copy", (from_chat, message_id, to_chat, thread_id))

    async def album(
        self, to_chat: int, thread_id: int | None, parts: list[dict[str, object]], reply_to: int | None
    ) -> list[int]:
        return [self._next("album", (to_chat, thread_id, p["message"])) for p in parts]

    async def edited(
        self, case: Case, to_newcomer: bool, thread_id: int | None, text: str, reply_to: int
    ) -> int:
        return self._next("edited", (to_newcomer, text, reply_to))

    async def alert(self, reason: str, new_chat_id: int | None) -> None:
        self._next("alert", (reason, new_chat_id))

    async def to_newcomer(self, case: Case, kind: str, payload: dict[str, object]) -> int:
        return self._next(
            "to_newcomer", (kind, payload.get("view") or payload.get("topic") or payload.get("phrase"))
        )


@dataclass
class World:
    """A database, a clock, the service context and a drainer on a fake transport."""

    sessionmaker: async_sessionmaker[AsyncSession]
    clock: FixedClock
    transport: FakeTransport
    drainer: RelayDrainer
    ctx: CaseContext

    @asynccontextmanager
    async def service(self) -> AsyncIterator[CaseService]:
        async with self.sessionmaker() as session:
            yield CaseService(session, self.ctx)

    async def drain(self) -> None:
        """Like the lanes' loops: until neither lane has anything it may send now."""
        while sum([await self.drainer.drain(lane) for lane in Lane]):
            pass


@asynccontextmanager
async def world(db_url: str, clock: FixedClock) -> AsyncIterator[World]:
    engine = create_engine(db_url)
    sessionmaker = create_sessionmaker(engine)
    transport = FakeTransport()
    duty = WeeklyDuty(ZoneInfo("Europe/Helsinki"))

    async def blocked(session: AsyncSession, case: Case) -> None:
        with contextlib.suppress(CaseError):
            await CaseService(session, ctx).close(case.id, None, reason="blocked")

    drainer = RelayDrainer(sessionmaker, clock, transport, LocalDrainLock(), blocked)
    ctx = CaseContext(clock, duty, None, lambda lane: None)
    try:
        yield World(sessionmaker, clock, transport, drainer, ctx)
    finally:
        await engine.dispose()


MINUTE = timedelta(seconds=62)
