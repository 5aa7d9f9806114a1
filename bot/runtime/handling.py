"""Handling the inbox: each chat's updates in order, one process per chat at a time, each update once.

A process claims the lease of a chat that has unhandled updates, feeds them to the dispatcher oldest first, marks
each handled, and gives the lease back; the lease is renewed while it works, so a dead process's chats are free
again within seconds (docs/decisions/0014-once-only.md). The storage is `bot/runtime/inbox.py`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Protocol, cast

from aiogram import Bot, Dispatcher
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramConflictError,
    TelegramEntityTooLarge,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramUnauthorizedError,
)
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response, TelegramType
from aiogram.types import Update
from pydantic import BaseModel

from bot.runtime.inbox import Mark

log = logging.getLogger(__name__)

MAX_CHATS = 10  # chats one process handles at once (each one update at a time, each on a pooled connection)
CLAIM_EVERY = 1.0  # seconds: look for chats stored by other processes, or freed by a dead one
PRUNE_EVERY = 3600.0


# Requests a person does not see: repeating them after a crash does no harm.
UNSEEN = frozenset({"answerCallbackQuery", "sendChatAction"})


class StoredUpdate(Protocol):
    @property
    def chat_key(self) -> str: ...
    @property
    def update_id(self) -> int: ...
    @property
    def payload(self) -> dict[str, Any]: ...
    @property
    def sent(self) -> Sequence[tuple[str, Any]]: ...
    @property
    def in_doubt(self) -> bool: ...


class InboxStore(Protocol):
    lease: Any  # a timedelta: how long a claimed chat stays this process's without renewal

    async def store(self, updates: Sequence[dict[str, Any]]) -> Sequence[StoredUpdate]: ...
    async def unhandled(self) -> Sequence[StoredUpdate]: ...
    async def claim(self, limit: int) -> list[str]: ...
    async def next_updates(self, key: str, limit: int = 20) -> Sequence[StoredUpdate]: ...
    async def record(self, marks: Sequence[Mark]) -> None: ...
    async def renew(self, keys: Sequence[str]) -> set[str]: ...
    async def release(self, key: str) -> None: ...
    async def prune(self) -> int: ...


@dataclass(slots=True)
class _Handling:
    """The update a handler (and every request it makes) works for."""

    update_id: int
    sent: list[tuple[str, Any]]  # requests Telegram accepted for it, this run and any before
    replay: deque[tuple[str, Any]]  # of those, the ones an earlier run sent that this run has not reached yet
    over: bool = False  # the handler has returned: a task it left behind is not this update's any more


_handling: ContextVar[_Handling | None] = ContextVar("inbox_handling", default=None)

# Telegram's answer means it did not take the request: nothing is in doubt. (Network and server errors may
# come after Telegram took it, so those stay in doubt.)
_REFUSED = (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNotFound,
    TelegramConflictError,
    TelegramUnauthorizedError,
    TelegramEntityTooLarge,
    TelegramRetryAfter,
    TelegramMigrateToChat,
)


def _plain(value: Any) -> Any:
    """A Bot API result as Telegram sent it (JSON), to be validated again when it is answered from the journal."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_unset=True, by_alias=True)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


class SendJournal(BaseRequestMiddleware):
    """Records every request a person sees that is made while an update is handled (docs/decisions/0014).

    Before the request: "sending" (in doubt from here), written before the request leaves. After Telegram has
    accepted it: the request and its result, in order. A handler run again after a crash gets the recorded results
    for the requests its earlier run had sent (the same methods in the same order) instead of sending them again,
    so an interrupted answer of several messages continues after its last confirmed one and a handler that had
    answered completely sends nothing twice. What no bot can know: whether a request in flight at the crash
    reached Telegram (the Bot API has no idempotency key); that one is sent again, as a second answer is better
    than none.
    """

    def __init__(self, mark: Callable[[Mark], Awaitable[None]]) -> None:
        self.mark = mark  # returns once the mark is in the database

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        state = _handling.get()
        name = method.__api_method__
        if state is None or state.over or name.startswith("get") or name in UNSEEN:
            return await make_request(bot, method)
        if state.replay:
            done, result = state.replay.popleft()
            if done == name:
                # The session's middlewares pass the result itself on (aiogram's `make_request` returns it), whatever
                # the annotation says.
                response_type = Response[method.__returning__]  # type: ignore[name-defined]
                replayed = response_type.model_validate({"ok": True, "result": result}, context={"bot": bot})
                return cast(Response[TelegramType], replayed.result)
            # This run goes another way than the one before the crash: from here on it is sent as it comes.
            log.warning(
                "update %d: handled differently after a restart (%s, was %s)", state.update_id, name, done
            )
            state.replay.clear()
        await self.mark(Mark(state.update_id, sending=True))
        try:
            response = await make_request(bot, method)
        except _REFUSED:
            await self.mark(Mark(state.update_id, sent=json.dumps(state.sent)))  # not sent: not in doubt
            raise
        # Waited for: a chat sends its next request only once this one is recorded, so a crash leaves at most one
        # request in doubt per chat being handled.
        state.sent.append((name, _plain(response)))
        await self.mark(Mark(state.update_id, sent=json.dumps(state.sent, ensure_ascii=False)))
        return response


class InboxWorkers:
    """Takes updates in (`accept`) and handles what the inbox holds until `stop`.

    `exclusive`: this is the only process handling updates (`kototori run`: Telegram lets one process poll). Then
    the updates it stores go straight to per-chat queues in memory, and no leases are needed; the database keeps
    them only against a crash (what a predecessor left is queued first at start). Otherwise (webhook replicas)
    chats are claimed through leases and read back from the database.
    """

    def __init__(
        self,
        inbox: InboxStore,
        dispatcher: Dispatcher,
        bot: Bot,
        *,
        max_chats: int = MAX_CHATS,
        claim_every: float = CLAIM_EVERY,
        exclusive: bool = False,
        **data: Any,
    ) -> None:
        self.inbox = inbox
        self.dispatcher = dispatcher
        self.bot = bot
        self.max_chats = max_chats
        self.claim_every = claim_every
        self.data = data  # extra keyword data for the handlers, as start_polling passes it
        self.handled = 0  # updates this process has handled (for logs and tests)
        self._chats: dict[str, asyncio.Task[None]] = {}
        self._lost: set[str] = set()
        self._wake = asyncio.Event()
        self._stopping = False
        self._tasks: list[asyncio.Task[None]] = []
        self.exclusive = exclusive
        self._queues: dict[str, deque[StoredUpdate]] = {}
        self._slots = asyncio.Semaphore(max_chats)
        # Marks are written by one task, many per statement: a commit per mark made the database the bottleneck.
        self._marks_waiting: list[tuple[Mark, asyncio.Future[None]]] = []
        self._marks = asyncio.Event()
        self._writer: asyncio.Task[None] | None = None
        self._closing = False
        bot.session.middleware(SendJournal(self._mark))

    # -- in -------------------------------------------------------------------------------------------
    async def accept(self, updates: Sequence[dict[str, Any]]) -> None:
        """Store updates durably; only after this returns may Telegram be told they arrived."""
        new = await self.inbox.store(updates)
        if self.exclusive:
            self._enqueue(new)
        else:
            self._wake.set()

    # -- lifecycle --------------------------------------------------------------------------------------
    async def start(self) -> None:
        self._stopping = self._closing = False
        self._writer = asyncio.create_task(self._write_marks(), name="inbox-marks")
        if self.exclusive:
            self._enqueue(await self.inbox.unhandled())
            return
        self._tasks = [
            asyncio.create_task(self._claim_loop(), name="inbox-claim"),
            asyncio.create_task(self._renew_loop(), name="inbox-renew"),
        ]

    @property
    def busy(self) -> int:
        """Chats being handled by this process right now."""
        return len(self._chats)

    async def stop(self, timeout: float = 8.0) -> None:  # noqa: ASYNC109
        """Take no new updates, let each running chat finish the update it is on, give the leases back.

        What is still unhandled stays in the inbox for the next start (or another replica). Docker waits 10 s
        after SIGTERM before it kills, so the default leaves room for the rest of the shutdown.
        """
        self._stopping = True
        self._wake.set()
        running = list(self._chats.values())
        if running:
            _, pending = await asyncio.wait(running, timeout=timeout)
            if pending:
                log.warning(
                    "stopping with %d chats still being handled; they are handled again", len(pending)
                )
            for task in pending:
                task.cancel()
            for task in pending:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        if self._writer is not None:  # the last marks are written before the process goes
            self._closing = True
            self._marks.set()
            await self._writer
            self._writer = None

    # -- marks ------------------------------------------------------------------------------------------
    async def _mark(self, mark: Mark) -> None:
        """Returns once the mark is in the database."""
        waiter = asyncio.get_running_loop().create_future()
        self._marks_waiting.append((mark, waiter))
        self._marks.set()
        await waiter

    async def _done(self, update_id: int) -> None:
        """Mark handled, and wait for it: after a crash before it, the update would be run again (its requests
        answered from the journal, but its other work done twice), and a replica's chat may go to another replica as
        soon as its lease is given back."""
        await self._mark(Mark(update_id, handled=True))

    async def _write_marks(self) -> None:
        while True:
            await self._marks.wait()
            self._marks.clear()
            waiting, self._marks_waiting = self._marks_waiting, []
            while waiting:
                # One statement takes one mark per update: a second mark of the same update waits for the next.
                batch: dict[int, tuple[Mark, asyncio.Future[None]]] = {}
                later = []
                for item in waiting:
                    if item[0].update_id in batch:
                        later.append(item)
                    else:
                        batch[item[0].update_id] = item
                try:
                    await self.inbox.record([m for m, _ in batch.values()])
                except Exception as exc:  # the database is away: keep them and try again
                    log.warning("writing inbox marks failed: %s", type(exc).__name__)
                    self._marks_waiting[:0] = waiting
                    await asyncio.sleep(0.5)
                    self._marks.set()
                    break
                for _, waiter in batch.values():
                    if not waiter.done():
                        waiter.set_result(None)
                waiting = later
            if self._closing and not self._marks_waiting:
                return

    # -- claiming -----------------------------------------------------------------------------------------
    async def _claim_loop(self) -> None:
        loop = asyncio.get_running_loop()
        prune_at = loop.time() + 60
        while not self._stopping:
            self._wake.clear()
            free = self.max_chats - len(self._chats)
            keys: list[str] = []
            if free > 0:
                try:
                    keys = await self.inbox.claim(free)
                except Exception as exc:  # the database is away: try again in a moment
                    log.warning("claiming chats failed: %s", type(exc).__name__)
                for key in keys:
                    if key in self._chats:  # its lease had run out while this process still worked on it
                        continue
                    if self._stopping:  # claimed while stopping: give it straight back
                        await self._release(key)
                        continue
                    self._chats[key] = asyncio.create_task(self._run_chat(key), name=f"inbox-chat-{key}")
            if loop.time() >= prune_at:
                prune_at = loop.time() + PRUNE_EVERY
                with contextlib.suppress(Exception):
                    await self.inbox.prune()
            if keys and len(keys) == free:
                continue  # there may be more waiting
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.claim_every)

    async def _renew_loop(self) -> None:
        every = self.inbox.lease.total_seconds() / 3
        while True:
            await asyncio.sleep(every)
            if not self._chats:
                continue
            running = dict(self._chats)
            try:
                lost = await self.inbox.renew(list(running))
            except Exception as exc:
                log.warning("renewing chat leases failed: %s", type(exc).__name__)
                continue
            # A chat that finished (and gave its lease back) meanwhile was not lost, nor one claimed again since.
            lost = {key for key in lost if self._chats.get(key) is running[key]}
            if lost:
                # Another process took these chats (this one stalled past the lease): stop after the current update.
                log.warning("lost the lease of %d chats to another process", len(lost))
                self._lost |= lost

    # -- handling ------------------------------------------------------------------------------------------
    def _enqueue(self, items: Sequence[StoredUpdate]) -> None:
        for item in items:
            self._queues.setdefault(item.chat_key, deque()).append(item)
            if item.chat_key not in self._chats:
                self._chats[item.chat_key] = asyncio.create_task(
                    self._run_queue(item.chat_key), name=f"inbox-chat-{item.chat_key}"
                )

    async def _run_queue(self, key: str) -> None:
        """The only process: a chat's queued updates in order, at most `max_chats` chats at once."""
        queue = self._queues[key]
        try:
            while queue and not self._stopping:
                try:
                    async with self._slots:
                        if self._stopping:  # waited for a slot while the process began to stop
                            break
                        await self._handle(queue[0])
                    queue.popleft()
                except Exception as exc:  # the database is away: the update stays first in its queue
                    log.error("handling an update failed: %s; trying again", type(exc).__name__)
                    await asyncio.sleep(1.0)
        finally:
            self._chats.pop(key, None)
            if not queue:
                self._queues.pop(key, None)

    async def _run_chat(self, key: str) -> None:
        try:
            while not self._stopping and key not in self._lost:
                batch = await self.inbox.next_updates(key)
                if not batch:
                    break
                for item in batch:
                    if self._stopping or key in self._lost:
                        break
                    await self._handle(item)
        except Exception as exc:
            log.error("handling chat updates stopped: %s (they are handled again later)", type(exc).__name__)
        finally:
            self._chats.pop(key, None)
            self._lost.discard(key)
            await self._release(key)
            self._wake.set()  # a free slot, and updates stored meanwhile by another process may wait

    async def _release(self, key: str) -> None:
        try:
            await self.inbox.release(key)
        except Exception as exc:  # the lease runs out by itself
            log.warning("releasing a chat lease failed: %s", type(exc).__name__)

    async def _handle(self, item: StoredUpdate) -> None:
        if item.in_doubt:
            # Its process stopped while a request for it was on the way: it may have reached the person or not.
            log.warning(
                "update %d: a request was in flight when its process stopped; it is sent again",
                item.update_id,
            )
        state = _Handling(item.update_id, list(item.sent), deque(item.sent))
        token = _handling.set(state)
        try:
            update = Update.model_validate(item.payload, context={"bot": self.bot})
            response = await self.dispatcher.feed_update(self.bot, update, **self.data)
            if isinstance(response, TelegramMethod):
                await self.dispatcher.silent_call_request(bot=self.bot, result=response)
        except Exception as exc:
            # The error router has answered what it could; an update that fails again and again must not stop
            # its chat, so it counts as handled. Type only: the message may carry the person's words.
            log.error("update %d failed: %s", item.update_id, type(exc).__name__)
        finally:
            state.over = True
            _handling.reset(token)
        await self._done(item.update_id)
        self.handled += 1
