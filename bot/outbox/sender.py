"""The outbox sender: runs in the scheduler process only, paces every send, survives kill -9.

Per row: wait for a paced slot -> mark the row `sending` and commit -> one HTTP call -> mark the outcome.
A row left `sending` by a crash may or may not have reached the user: on start it becomes `unknown` (reported,
never resent). 429 pauses everybody for `retry_after` and the same row is tried again; 403 unsubscribes the user;
a template error (Fluent or Telegram's 400 about the text) stops the batch and tells whoever gets its reports.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.i18n import FormatError, MissingMessage, Translator
from bot.news.audience import UnknownAudience
from bot.news.repository import SqlSubscriptionRepository
from bot.outbox.model import (
    Ambiguous,
    BatchInfo,
    BatchStatus,
    Counts,
    RecipientGone,
    Rejected,
    RetryAfter,
    RowData,
    RowState,
    Unavailable,
)
from bot.outbox.pacing import Pacer, is_late, wait_turn
from bot.outbox.render import (
    Outgoing,
    RenderedButton,
    TemplateError,
    Transport,
    final_report,
    render_row,
    report_text,
    stop_button,
)
from bot.outbox.repository import SqlOutboxRepository

log = logging.getLogger(__name__)


# Turns a due batch into rows (announcements resolve their audience then); runs in the batch's transaction.
Expander = Callable[[AsyncSession, BatchInfo, Translator], Awaitable[int]]


@dataclass
class SenderStats:
    sent: int = 0
    retry_after: int = 0
    blocked: int = 0
    failed: int = 0
    unknown: int = 0
    recovered_unknown: int = 0


@dataclass
class _Progress:
    shown: Counts | None = None


@dataclass
class OutboxSender:
    sessionmaker: async_sessionmaker[AsyncSession]
    clock: Clock
    translator: Translator
    transport: Transport
    pacer: Pacer
    expanders: Mapping[str, Expander] = field(default_factory=dict)
    workers: int = 8
    poll_seconds: float = 1.0
    progress_seconds: float = 3.0
    retry_delays: Sequence[float] = (0.5, 2.0, 5.0)
    stats: SenderStats = field(default_factory=SenderStats)

    def __post_init__(self) -> None:
        self._queue: asyncio.Queue[RowData | None] = asyncio.Queue(maxsize=self.workers * 4)
        self._inflight: set[int] = set()
        self._halted: set[int] = set()
        self._progress: dict[int, _Progress] = {}
        self._wake = asyncio.Event()
        self._recovered = False

    def wake(self) -> None:
        """Look for due work now instead of at the next poll (same process only)."""
        self._wake.set()

    # -- the loop -----------------------------------------------------------------------------------
    async def run(self, stop: asyncio.Event | None = None) -> None:
        stop = stop or asyncio.Event()
        await self.recover()
        workers = [
            asyncio.create_task(self._worker(), name=f"outbox-worker-{i}") for i in range(self.workers)
        ]
        progress = asyncio.create_task(self._progress_loop(), name="news-outbox-progress")
        try:
            while not stop.is_set():
                if not await self.step():
                    self._wake.clear()
                    waiters = [asyncio.create_task(self._wake.wait()), asyncio.create_task(stop.wait())]
                    await asyncio.wait(
                        waiters, timeout=self.poll_seconds, return_when=asyncio.FIRST_COMPLETED
                    )
                    for waiter in waiters:
                        waiter.cancel()
        finally:
            progress.cancel()
            await self._drain(workers)

    async def _drain(self, workers: list[asyncio.Task[None]]) -> None:
        """Let rows in flight finish (a kill -9 is what `unknown` is for, not an ordinary stop)."""
        while not self._queue.empty():
            row = self._queue.get_nowait()
            if row is not None:
                self._inflight.discard(row.id)
        for _ in workers:
            self._queue.put_nowait(None)
        with contextlib.suppress(asyncio.CancelledError):
            _, pending = await asyncio.wait(workers, timeout=10)
            for task in pending:
                task.cancel()

    async def recover(self) -> int:
        """Rows a killed sender left `sending` are ambiguous: mark them unknown (this process holds the lock)."""
        if self._recovered:
            return 0
        async with self.sessionmaker() as session:
            count = await SqlOutboxRepository(session).sending_to_unknown(self.clock.now())
            await session.commit()
        self._recovered = True
        self.stats.recovered_unknown += count
        if count:
            log.warning("outbox: %d rows were in flight when the sender stopped: marked unknown", count)
        return count

    async def step(self) -> bool:
        """Start due batches, finish completed ones, queue pending rows; True when rows were queued."""
        await self._activate_due()
        await self._finish()
        async with self.sessionmaker() as session:
            rows = await SqlOutboxRepository(session).pending(self._queue.maxsize, self._inflight)
        for row in rows:
            if row.batch_id in self._halted:
                continue
            self._inflight.add(row.id)
            await self._queue.put(row)
        return bool(rows)

    async def run_until_idle(self) -> None:
        """Send everything that is due now, then return (tests and one-shot runs)."""
        await self.recover()
        workers = [asyncio.create_task(self._worker()) for _ in range(self.workers)]
        try:
            while await self.step() or self._inflight:
                await self._queue.join()
            await self._finish()
            await self._update_progress()
        finally:
            await self._drain(workers)

    # -- batches ------------------------------------------------------------------------------------
    async def _activate_due(self) -> None:
        now = self.clock.now()
        async with self.sessionmaker() as session:
            repo = SqlOutboxRepository(session)
            # Too late to be useful (a reminder of an event that has started): what is left is never sent.
            expired = await repo.expire(now)
            await session.commit()
            if expired:
                log.info("outbox: batches %s expired before they were sent", expired)
            due = await repo.due(now)
        for batch in due:
            error = await self._start_batch(batch)
            if error is None and batch.report_chat_id is not None:
                await self._post_progress(batch)

    async def _start_batch(self, batch: BatchInfo) -> str | None:
        now = self.clock.now()
        async with self.sessionmaker() as session:
            repo = SqlOutboxRepository(session)
            try:
                expander = self.expanders.get(batch.kind)
                count = await expander(session, batch, self.translator) if expander else 0
            except (MissingMessage, FormatError, UnknownAudience) as exc:
                await session.rollback()
                error = f"template::{type(exc).__name__}"
                await repo.move(
                    batch.id, (BatchStatus.SCHEDULED,), BatchStatus.STOPPED, error=error, started_at=now
                )
                await session.commit()
                log.error("outbox: batch %s could not be prepared: %s", batch.id, error)
                return error
            if not await repo.move(batch.id, (BatchStatus.SCHEDULED,), BatchStatus.SENDING, started_at=now):
                await session.rollback()
                return "moved"
            await session.commit()
        log.info("outbox: batch %s (%s) started, %d rows added", batch.id, batch.kind, count)
        return None

    async def _finish(self) -> None:
        now = self.clock.now()
        async with self.sessionmaker() as session:
            repo = SqlOutboxRepository(session)
            # Rows queued here are still pending and rows in flight are sending, so neither batch finishes early.
            for batch_id in await repo.finished_sending():
                await repo.move(batch_id, (BatchStatus.SENDING,), BatchStatus.DONE, finished_at=now)
            await session.commit()
            unreported = await repo.unreported()
        for batch in unreported:
            async with self.sessionmaker() as session:
                counts = Counts.of(await SqlOutboxRepository(session).counts(batch.id))
            if counts.sending:
                continue  # a stopped batch still has sends in flight: report when they end
            await self._report(batch, counts)
            async with self.sessionmaker() as session:
                await SqlOutboxRepository(session).set_batch(batch.id, reported_at=now)
                await session.commit()
            self._progress.pop(batch.id, None)
            log.info(
                "outbox: batch %s %s: sent %d, blocked %d, failed %d, unknown %d, not sent %d",
                batch.id,
                batch.status,
                counts.sent,
                counts.blocked,
                counts.failed,
                counts.unknown,
                counts.pending,
            )

    async def _halt(self, batch_id: int, error: str) -> None:
        self._halted.add(batch_id)
        async with self.sessionmaker() as session:
            await SqlOutboxRepository(session).move(
                batch_id,
                (BatchStatus.SENDING,),
                BatchStatus.STOPPED,
                error=error,
                finished_at=self.clock.now(),
            )
            await session.commit()
        log.error("outbox: batch %s stopped: %s", batch_id, error)

    # -- rows ---------------------------------------------------------------------------------------
    async def _worker(self) -> None:
        while True:
            row = await self._queue.get()
            try:
                if row is None:
                    return
                await self._deliver(row)
            except Exception:
                log.exception("outbox: row %s failed unexpectedly", row.id if row else None)
                if row is not None:
                    await self._set_safely(row, RowState.UNKNOWN, error="crash")
            finally:
                if row is not None:
                    self._inflight.discard(row.id)
                self._queue.task_done()

    def render(self, row: RowData) -> Outgoing:
        return render_row(self.translator, row)

    async def _deliver(self, row: RowData) -> None:
        if row.batch_id in self._halted:
            return
        try:
            message = self.render(row)
        except TemplateError as exc:
            await self._halt(row.batch_id, f"template:{row.locale}:{exc}")
            return
        failures = 0
        while True:
            slot = await wait_turn(self.pacer, row.chat_id)
            if not await self._mark_sending(row):
                return  # stopped or cancelled meanwhile
            while is_late(slot):  # the commit was slow: never fire late sends together with punctual ones
                slot = await wait_turn(self.pacer, row.chat_id)
            try:
                message_id = await self.transport.send(message)
            except RetryAfter as exc:
                self.stats.retry_after += 1
                log.warning("outbox: 429, everybody pauses %.0fs", exc.seconds)
                await self.pacer.pause(exc.seconds)
                await self._set(row, RowState.PENDING)
                continue
            except Unavailable:
                failures += 1
                if failures > len(self.retry_delays):
                    self.stats.failed += 1
                    await self._set(row, RowState.FAILED, error="unavailable")
                    return
                await self._set(row, RowState.PENDING)
                await asyncio.sleep(self.retry_delays[failures - 1])
                continue
            except RecipientGone:
                self.stats.blocked += 1
                await self._set(row, RowState.BLOCKED, error="forbidden", unsubscribe=True)
                return
            except Rejected as exc:
                self.stats.failed += 1
                await self._set(row, RowState.FAILED, error=exc.reason[:64])
                if exc.template:
                    await self._halt(row.batch_id, f"template:{row.locale}:{exc.reason}")
                return
            except Ambiguous:
                self.stats.unknown += 1
                await self._set(row, RowState.UNKNOWN, error="timeout")
                return
            self.stats.sent += 1
            await self._set(row, RowState.SENT, message_id=message_id)
            return

    async def _mark_sending(self, row: RowData) -> bool:
        async with self.sessionmaker() as session:
            marked = await SqlOutboxRepository(session).mark_sending(row.id, self.clock.now())
            await session.commit()
        return marked

    async def _set(
        self,
        row: RowData,
        state: RowState,
        *,
        error: str | None = None,
        message_id: int | None = None,
        unsubscribe: bool = False,
    ) -> None:
        now = self.clock.now()
        async with self.sessionmaker() as session:
            values: dict[str, Any] = {"error": error}
            if message_id is not None:
                values["message_id"] = message_id
            await SqlOutboxRepository(session).set_row(row.id, state, now, **values)
            if unsubscribe:
                await SqlSubscriptionRepository(session).unsubscribe_gone(row.chat_id, now)
            await session.commit()

    async def _set_safely(self, row: RowData, state: RowState, error: str) -> None:
        try:
            await self._set(row, state, error=error)
        except Exception:
            log.exception("outbox: could not record row %s; it stays in flight until the next start", row.id)

    # -- progress and reports -----------------------------------------------------------------------
    def _report_text(self, batch: BatchInfo, msg_id: str, counts: Counts, **extra: Any) -> str:
        return report_text(self.translator, batch, msg_id, counts, **extra)

    def _stop_button(self, batch: BatchInfo) -> tuple[tuple[RenderedButton, ...], ...]:
        return stop_button(self.translator, batch)

    async def _post_progress(self, batch: BatchInfo) -> None:
        assert batch.report_chat_id is not None
        async with self.sessionmaker() as session:
            counts = Counts.of(await SqlOutboxRepository(session).counts(batch.id))
        text = self._report_text(batch, "news-outbox-progress", counts)
        message_id = await self._send_to_staff(Outgoing(batch.report_chat_id, text, self._stop_button(batch)))
        if message_id is None:
            return
        async with self.sessionmaker() as session:
            await SqlOutboxRepository(session).set_batch(batch.id, status_message_id=message_id)
            await session.commit()
        self._progress[batch.id] = _Progress(counts)

    async def _progress_loop(self) -> None:
        while True:
            await asyncio.sleep(self.progress_seconds)
            try:
                await self._update_progress()
            except Exception:
                log.exception("outbox: progress update failed")

    async def _update_progress(self) -> None:
        async with self.sessionmaker() as session:
            batches = await SqlOutboxRepository(session).batches(BatchStatus.SENDING)
        for batch in batches:
            if batch.report_chat_id is None or batch.status_message_id is None:
                continue
            async with self.sessionmaker() as session:
                counts = Counts.of(await SqlOutboxRepository(session).counts(batch.id))
            state = self._progress.setdefault(batch.id, _Progress())
            if counts == state.shown:
                continue
            state.shown = counts
            await self._edit(
                batch, self._report_text(batch, "news-outbox-progress", counts), self._stop_button(batch)
            )

    async def _edit(
        self, batch: BatchInfo, text: str, buttons: tuple[tuple[RenderedButton, ...], ...]
    ) -> None:
        assert batch.report_chat_id is not None and batch.status_message_id is not None
        try:
            await self.transport.edit(batch.report_chat_id, batch.status_message_id, text, buttons)
        except Exception as exc:  # an old or deleted progress message: the final report still comes
            log.info("outbox: progress of batch %s not edited: %s", batch.id, type(exc).__name__)

    async def _report(self, batch: BatchInfo, counts: Counts) -> None:
        if batch.report_chat_id is None:
            return
        if batch.status_message_id is not None:
            await self._edit(batch, self._report_text(batch, "news-outbox-progress-final", counts), ())
        text = final_report(self.translator, batch, counts)
        await self._send_to_staff(Outgoing(batch.report_chat_id, text))

    async def _send_to_staff(self, message: Outgoing, attempts: int = 3) -> int | None:
        """Progress and reports: paced like everything else; a 429 here pauses everybody too."""
        for _ in range(attempts):
            await wait_turn(self.pacer, message.chat_id)
            try:
                return await self.transport.send(message)
            except RetryAfter as exc:
                self.stats.retry_after += 1
                await self.pacer.pause(exc.seconds)
            except Exception as exc:
                log.warning(
                    "outbox: message to staff chat %s not sent: %s", message.chat_id, type(exc).__name__
                )
                return None
        return None
