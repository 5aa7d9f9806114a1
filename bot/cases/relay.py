"""The case relay queue: what a case sends, to the advisors' group (at most 20 messages a minute) and to newcomers
(without that wait). Not the broadcast outbox (bot/outbox/): a case's messages are copies and albums that must keep
their order per case and the group's budget, sent by the bot replicas at once, while broadcasts are paced texts
sent by the scheduler.

One drainer per lane and process; a lock (in-process, or Redis with several replicas) lets one drainer at a time
work a lane, so the group's budget, counted from the outbox rows' send times in the database, holds across
replicas and restarts. Messages that cannot be sent now wait in the database; nothing is dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.cases.model import (
    Case,
    CaseError,
    GroupUnavailable,
    Lane,
    RecipientGone,
    RelayItem,
    SourceGone,
    TopicClosed,
    TopicGone,
    TryLater,
)
from bot.cases.repository import SqlCaseRepository, SqlRelayRepository
from bot.clock import Clock

log = logging.getLogger(__name__)

GROUP_LIMIT = 20  # Telegram: about 20 messages a minute to one group
GROUP_WINDOW = timedelta(seconds=61)  # a second more than Telegram's minute, for clock skew
# Album parts arrive as separate updates within milliseconds; wait this long (real time, a transport debounce, not
# a business rule) before sending an album so its parts go together.
ALBUM_SETTLE_SECONDS = 0.8
POLL_SECONDS = 1.0  # how often a drainer looks for rows written by another process
MAX_BACKOFF = timedelta(minutes=10)
# The advisors' group cannot be reached (the bot removed, no rights, a migrated group): knock again this often;
# meanwhile the group's rows wait and newcomers are told why.
UNREACHABLE_PAUSE = timedelta(minutes=5)
SENT_ROWS_KEPT = timedelta(minutes=5)


@dataclass(frozen=True)
class Summary:
    """What the summary at the top of a case topic says besides the case itself."""

    position: int
    on_duty: list[tuple[int, str]]
    recreated: bool


class CaseTransport(Protocol):
    """Sending for cases; the Telegram implementation lives outside services (handlers/cases/transport.py).

    Every method raises the domain's TransportError subclasses (TopicGone, RecipientGone, ...), never the
    framework's exceptions. Message ids are returned so replies and edits can be mapped.
    """

    group_chat_id: int

    async def create_topic(self, case: Case) -> int: ...

    async def rename_topic(self, case: Case, thread_id: int) -> None: ...

    async def set_topic_closed(self, thread_id: int, closed: bool) -> None: ...

    async def delete_topic(self, thread_id: int) -> None: ...

    async def summary(self, case: Case, thread_id: int, info: Summary) -> int: ...

    async def note(
        self, case: Case | None, thread_id: int | None, view: str, args: dict[str, object]
    ) -> int: ...

    async def copy(
        self, from_chat: int, message_id: int, to_chat: int, thread_id: int | None, reply_to: int | None
    ) -> int: ...

    async def album(
        self, to_chat: int, thread_id: int | None, parts: list[dict[str, object]], reply_to: int | None
    ) -> list[int]: ...

    async def edited(
        self, case: Case, to_newcomer: bool, thread_id: int | None, text: str, reply_to: int
    ) -> int: ...

    async def to_newcomer(self, case: Case, kind: str, payload: dict[str, object]) -> int: ...

    async def alert(self, reason: str, new_chat_id: int | None) -> None:
        """Tell the coordinators that the advisors' group cannot be reached (GroupUnavailable's reason)."""
        ...


class DrainLock(Protocol):
    def hold(self, lane: Lane) -> contextlib.AbstractAsyncContextManager[bool]:
        """Yields True when this process may drain the lane now (False: another one is at it)."""
        ...


class LocalDrainLock:
    """One process: an asyncio lock per lane."""

    def __init__(self) -> None:
        self.locks = {lane: asyncio.Lock() for lane in Lane}

    @contextlib.asynccontextmanager
    async def hold(self, lane: Lane) -> AsyncIterator[bool]:
        lock = self.locks[lane]
        if lock.locked():
            yield False
            return
        async with lock:
            yield True


class OnClosed(Protocol):
    async def __call__(self, session: AsyncSession, case: Case) -> None:
        """Close a case whose newcomer blocked the bot (the service's rule, called by the drainer)."""
        ...


@dataclass
class RelayDrainer:
    sessionmaker: async_sessionmaker[AsyncSession]
    clock: Clock
    transport: CaseTransport
    lock: DrainLock
    on_blocked: OnClosed
    group_limit: int = field(default=GROUP_LIMIT, kw_only=True)
    _events: dict[Lane, asyncio.Event] = field(
        init=False, default_factory=lambda: {lane: asyncio.Event() for lane in Lane}
    )
    _albums: dict[str, float] = field(init=False, default_factory=dict)
    # Set while the advisors' group cannot be reached: until then its rows wait without a request each.
    group_down_until: datetime | None = field(init=False, default=None)

    def wake(self, lane: Lane) -> None:
        self._events[lane].set()

    async def run(self, lane: Lane) -> None:
        """The lane's loop: drain when woken, and every POLL_SECONDS for rows other processes wrote."""
        event = self._events[lane]
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), POLL_SECONDS)
            event.clear()
            try:
                async with self.lock.hold(lane) as mine:
                    if mine:
                        await self.drain(lane)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the loop must survive a database hiccup; the rows wait
                log.error("case relay %s: %s", lane, type(exc).__name__, exc_info=exc)
                await asyncio.sleep(POLL_SECONDS)

    async def drain(self, lane: Lane) -> int:
        """Send what is due, oldest first; stops when empty or when the group's minute budget is spent."""
        sent = 0
        while True:
            async with self.sessionmaker() as session:
                outbox = SqlRelayRepository(session)
                now = self.clock.now()
                item = await outbox.next_pending(lane, now)
                if item is None:
                    return sent
                if lane == Lane.GROUP and self.group_down_until is not None and now < self.group_down_until:
                    await self._hold(session, item, self.group_down_until)
                    await session.commit()
                    continue
                parts = [item]
                if item.album:
                    parts = await self._album(session, lane, item)
                if lane == Lane.GROUP:
                    used = await outbox.window_cost(Lane.GROUP, now - GROUP_WINDOW)
                    if used + await self._estimate(session, parts) > self.group_limit:
                        return sent  # wait: the next poll looks again
                await self._process(session, lane, parts)
                await session.commit()
                sent += 1

    async def _album(self, session: AsyncSession, lane: Lane, item: RelayItem) -> list[RelayItem]:
        assert item.album is not None
        first = self._albums.setdefault(item.album, time.monotonic())
        wait = ALBUM_SETTLE_SECONDS - (time.monotonic() - first)
        if wait > 0:
            await asyncio.sleep(wait)
        self._albums.pop(item.album, None)
        parts = await SqlRelayRepository(session).album_parts(lane, item.album)
        return parts[:10] or [item]

    async def _estimate(self, session: AsyncSession, parts: list[RelayItem]) -> int:
        item = parts[0]
        if item.kind in ("close_topic", "reopen_topic", "delete_topic", "rename"):
            return 0
        cost = len(parts)
        if item.case_id is not None:
            case = await SqlCaseRepository(session).get(item.case_id)
            if case is not None and case.thread_id is None:
                cost += 2  # the topic and its summary come first
        return cost

    async def _process(self, session: AsyncSession, lane: Lane, parts: list[RelayItem]) -> None:
        outbox = SqlRelayRepository(session)
        item = parts[0]
        ids = [p.id for p in parts]
        now = self.clock.now()
        try:
            if lane == Lane.GROUP:
                cost = await self._to_group(session, parts)
            else:
                cost = await self._to_newcomer(session, parts)
        except SourceGone:
            log.info("case relay %s: source of item %s is gone", lane, item.id)
            await outbox.finish(ids, "failed", now, 0)
        except RecipientGone:
            log.info("case relay: newcomer of case %s blocked the bot", item.case_id)
            await outbox.finish(ids, "failed", now, 0)
            case = await SqlCaseRepository(session).get(item.case_id) if item.case_id else None
            if case is not None and case.open:
                await self.on_blocked(session, case)
        except TryLater as exc:
            await outbox.defer(item.id, now + timedelta(seconds=max(exc.seconds, 1)))
        except GroupUnavailable as exc:
            log.error("case relay: the advisors' group cannot be reached (%s)", exc.reason)
            first = self.group_down_until is None
            self.group_down_until = now + UNREACHABLE_PAUSE
            await self._hold(session, item, self.group_down_until)
            if first:  # once per outage: every further row would say the same
                await self.transport.alert(exc.reason, exc.new_chat_id)
        except CaseError as exc:
            log.warning("case relay %s: item %s refused: %s", lane, item.id, exc.reason)
            await outbox.finish(ids, "failed", now, 0)
        except Exception as exc:  # network, 5xx after retries, a missing group: keep the row, back off
            delay = min(timedelta(seconds=2 ** min(item.attempts, 10)), MAX_BACKOFF)
            log.error(
                "case relay %s: item %s (%s) failed, retry in %ss: %s",
                lane,
                item.id,
                item.kind,
                int(delay.total_seconds()),
                type(exc).__name__,
            )
            await outbox.defer(item.id, now + delay)
        else:
            await outbox.finish(ids, "sent", now, cost)
            if lane == Lane.GROUP and self.group_down_until is not None:
                log.info("case relay: the advisors' group is reachable again")
                self.group_down_until = None

    async def _hold(self, session: AsyncSession, item: RelayItem, until: datetime) -> None:
        """A row for a group that cannot be reached waits; a newcomer's new message gets an honest answer (once
        while such an answer is queued or just sent), never silence."""
        outbox = SqlRelayRepository(session)
        await outbox.defer(item.id, until)
        if item.case_id is None or item.attempts > 0:
            return
        case = await SqlCaseRepository(session).get(item.case_id)
        if case is None or not case.open or await outbox.has_kind(case.id, Lane.USER, "unreachable"):
            return
        await outbox.add(Lane.USER, case.id, "unreachable", {}, self.clock.now(), priority=0)
        self.wake(Lane.USER)

    # -- to the advisors' group -----------------------------------------------------------------------
    async def _topic(self, session: AsyncSession, case: Case, *, recreated: bool = False) -> tuple[int, int]:
        """The case's topic thread id, creating it (with the summary) when missing; and the messages spent."""
        if case.thread_id is not None and not recreated:
            return case.thread_id, 0
        cases = SqlCaseRepository(session)
        thread = await self.transport.create_topic(case)
        updated = await cases.change(case.id, thread_id=thread)
        # Commit the mapping at once: a crash after this point must not create a second topic.
        await session.commit()
        case = updated or case
        info = Summary(await cases.queue_position(case), await cases.on_duty(), recreated)
        await self.transport.summary(case, thread, info)
        return thread, 2

    async def _to_group(self, session: AsyncSession, parts: list[RelayItem]) -> int:
        item = parts[0]
        t = self.transport
        if item.kind == "delete_topic":
            with contextlib.suppress(TopicGone):
                await t.delete_topic(int(str(item.payload["thread"])))
            return 0
        if item.kind == "view":
            thread = _int(item.payload.get("thread"))
            view = str(item.payload["view"])
            try:
                await t.note(None, thread, view, _args(item))
            except (TopicClosed, TopicGone):
                if thread is None:
                    raise
                # A staff member wrote in a closed or deleted topic: the answer goes to the General topic.
                await t.note(None, None, view, _args(item))
            return 1
        cases = SqlCaseRepository(session)
        case = await cases.get(item.case_id) if item.case_id is not None else None
        if case is None:
            return 0  # the case was deleted meanwhile: nothing of it may be sent
        thread, cost = await self._topic(session, case)
        try:
            return cost + await self._group_item(session, case, thread, parts)
        except TopicGone:
            log.info("case %s: topic %s was deleted, creating a new one", case.id, thread)
            thread, more = await self._topic(session, case, recreated=True)
            return cost + more + await self._group_item(session, case, thread, parts)
        except TopicClosed:
            await t.set_topic_closed(thread, False)
            return cost + await self._group_item(session, case, thread, parts)

    async def _group_item(
        self, session: AsyncSession, case: Case, thread: int, parts: list[RelayItem]
    ) -> int:
        item = parts[0]
        t = self.transport
        cases = SqlCaseRepository(session)
        p = item.payload
        if item.kind == "open":
            return 0  # the topic and summary were made by _topic
        if item.kind == "copy":
            reply = p.get("reply")
            mid = await t.copy(
                int(str(p["chat"])), int(str(p["message"])), t.group_chat_id, thread, _int(reply)
            )
            await cases.map_message(case.id, int(str(p["message"])), mid, True)
            return 1
        if item.kind == "album":
            ids = await t.album(t.group_chat_id, thread, [x.payload for x in parts], None)
            for part, mid in zip(parts, ids, strict=False):
                await cases.map_message(case.id, int(str(part.payload["message"])), mid, True)
            return len(ids)
        if item.kind == "edit":
            await t.edited(case, False, thread, str(p["text"]), int(str(p["reply"])))
            return 1
        if item.kind == "note":
            await t.note(case, thread, str(p["view"]), _args(item))
            return 1
        if item.kind == "rename":
            await t.rename_topic(case, thread)
            return 0
        if item.kind in ("close_topic", "reopen_topic"):
            closing = item.kind == "close_topic"
            fresh = await cases.get(case.id)
            # Only if the case is still in that state: a reopen may have followed the close in the queue.
            if fresh is not None and (fresh.status == "closed") == closing:
                with contextlib.suppress(TopicClosed, TopicGone, CaseError):
                    await t.set_topic_closed(thread, closing)
            return 0
        raise CaseError(f"unknown group item {item.kind}")

    # -- to newcomers ---------------------------------------------------------------------------------
    async def _to_newcomer(self, session: AsyncSession, parts: list[RelayItem]) -> int:
        item = parts[0]
        t = self.transport
        cases = SqlCaseRepository(session)
        case = await cases.get(item.case_id) if item.case_id is not None else None
        if case is None:
            return 0
        p = item.payload
        if item.kind == "copy":
            mid = await t.copy(
                int(str(p["chat"])), int(str(p["message"])), case.user_id, None, _int(p.get("reply"))
            )
            await cases.map_message(case.id, mid, int(str(p["message"])), False)
        elif item.kind == "album":
            ids = await t.album(case.user_id, None, [x.payload for x in parts], None)
            for part, mid in zip(parts, ids, strict=False):
                await cases.map_message(case.id, mid, int(str(part.payload["message"])), False)
        elif item.kind == "edit":
            await t.edited(case, True, None, str(p["text"]), int(str(p["reply"])))
        else:
            await t.to_newcomer(case, item.kind, p)
        return 0


def _int(value: object) -> int | None:
    return None if value is None else int(str(value))


def _args(item: RelayItem) -> dict[str, object]:
    args = item.payload.get("args")
    return dict(args) if isinstance(args, dict) else {}


Wake = Callable[[Lane], None]
