"""Reading letters off the event loop: a small pool of worker processes owned by the app, and anonymous counts.

OCR is seconds of CPU per page; in the bot's own process it would hold the GIL in its Python parts and slow every
other chat. A process pool (spawned workers, forked where this user cannot start the interpreter; each with its own
Tesseract engine loaded once) keeps the event loop free; `workers` bounds how many letters are read at once, the rest
wait in the pool's queue. Threads are the last resort. Tesseract here (the tesserocr wheel's libtesseract) is built
without OpenMP, so a worker uses one core.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import multiprocessing.spawn
import os
from collections.abc import Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.letters.model import LetterExplanation
from bot.letters.repository import SqlLetterRepository
from bot.letters.service import LetterReader

log = logging.getLogger(__name__)

# Telegram's getFile serves files up to 20 MB; larger ones cannot even be downloaded by a bot.
MAX_FILE_BYTES = 20 * 1024 * 1024


def _start_worker(niceness: int) -> None:
    """A new worker: lower its priority (the bot's own process answers chats first when the cores are busy) and
    import the reader, so the first letter does not pay for it."""
    if niceness:
        os.nice(niceness)
    from bot.letters import ocr, service  # noqa: F401


def _ready() -> bool:
    return True


class LetterReading:
    """What one process shares for letters: the pool, the reader and the counts (each with its own session)."""

    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        clock: Clock,
        tz: ZoneInfo,
        workers: int = 1,
        processes: bool = True,
        niceness: int = 10,
        reader: LetterReader | None = None,
    ) -> None:
        self._sessionmaker = sessionmaker
        self._clock = clock
        self._tz = tz
        self._workers = workers
        self._processes = processes
        self._niceness = niceness
        self._reader = reader or LetterReader()
        self._pool: Executor | None = None

    @property
    def clock(self) -> Clock:
        return self._clock

    def today(self) -> date:
        return self._clock.now().astimezone(self._tz).date()

    def _executor(self) -> Executor:
        # Created on the first letter: a process that never reads one (the scheduler, most tests) starts no workers.
        if self._pool is None:
            self._pool = self._process_pool() if self._processes else None
            if self._pool is None:
                self._processes = False
                self._pool = ThreadPoolExecutor(self._workers, thread_name_prefix="letters")
        return self._pool

    def _process_pool(self) -> Executor | None:
        """Worker processes, spawned; forked where spawning cannot work; None where neither can.

        spawn, not fork, first: the bot's process has threads (asyncio, aiosqlite) whose locks fork would copy
        mid-state. But spawning starts a fresh interpreter and a resource tracker, and a user who may not execute
        the interpreter's own path (an unprivileged user with Python under another user's home) gets an OSError.
        Forking needs neither, and a worker only reads letters (no database, no event loop, logging re-armed after
        a fork), so it is the better fallback: threads would hold the GIL in the reading's Python and numpy parts
        and slow every other chat (bench/README.md, "Letters in a busy bot": the questions' median 2.8x)."""
        for method in ("spawn", "fork"):
            if method == "spawn" and not os.access(multiprocessing.spawn.get_executable() or "", os.X_OK):
                # checked first: the failure would otherwise show only when the first worker fails to start
                log.warning("letters: the interpreter cannot be started by this user; forking workers")
                continue
            try:
                return ProcessPoolExecutor(
                    self._workers,
                    mp_context=multiprocessing.get_context(method),
                    initializer=_start_worker,
                    initargs=(self._niceness,),
                )
            except (OSError, ValueError) as exc:  # ValueError: no such start method on this platform
                log.warning("letters: no %s worker processes (%s)", method, type(exc).__name__)
        log.warning("letters: reading in threads")
        return None

    def warm(self) -> None:
        """Start the workers now, in the background (a running bot; tests and the demo start them at the first
        letter): spawning and loading Tesseract take seconds that the first newcomer would otherwise wait."""
        if self._processes:
            executor = self._executor()
            if self._processes:
                executor.submit(_ready)

    async def explain(self, pages: Sequence[bytes]) -> LetterExplanation:
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._executor(), self._reader.explain, list(pages))
        except BrokenProcessPool:
            # a worker died (out of memory on a huge image): this letter fails, the next one gets a fresh pool
            log.error("letters: the reading pool broke; starting a new one for the next letter")
            self._pool = None
            raise

    async def count(self, letter: LetterExplanation, locale: str) -> None:
        """Statistics keep the sender, the kind and the language: nothing else of the letter or the person."""
        async with self._sessionmaker() as session:
            await SqlLetterRepository(session).count(self.today(), letter.sender, letter.kind, locale)
            await session.commit()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
