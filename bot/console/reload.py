"""The running bot picks up knowledge-base edits without a restart.

Each bot process polls the edits' version (the newest edit's id: one indexed `max()` query) every `interval`
seconds. When it changed, the process reads the current edits, applies them over the YAML it loaded at start-up,
builds a new n-gram matcher in a worker thread and swaps it in (a reference assignment: a question is matched by the
old or the new one, never half of each); the sentence-embedding stage follows in the background as at start-up.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.answers.knowledge.edits import apply_edits
from bot.answers.knowledge.matcher import Matcher
from bot.answers.knowledge.model import KnowledgeBase
from bot.answers.service import QuestionService
from bot.console.repository import SqlConsoleRepository

log = logging.getLogger(__name__)

POLL_SECONDS = 15.0


class KnowledgeReloader:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        questions: QuestionService,
        *,
        interval: float = POLL_SECONDS,
        upgrade: Callable[[Matcher], Awaitable[None]] | None = None,
    ) -> None:
        self._sessionmaker = sessionmaker
        self.questions = questions
        self.interval = interval
        self.upgrade = upgrade  # e.g. add the sentence embeddings to a new matcher (the runners set it)
        self._base: KnowledgeBase | None = None  # the YAML, before any edit
        self.version: int | None = None
        self.rebuilds = 0
        self.last_rebuild_seconds: float | None = None
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()

    async def check(self) -> bool:
        """One poll; True when the matcher was rebuilt."""
        async with self._lock:
            async with self._sessionmaker() as session:
                repo = SqlConsoleRepository(session)
                version = await repo.version()
                if version == self.version:
                    return False
                edits = await repo.current_edits()
            if self._base is None:
                self._base = self.questions.kb
            kb = apply_edits(self._base, [e.as_text_edit() for e in edits])
            loop = asyncio.get_running_loop()
            started = loop.time()
            matcher = await asyncio.to_thread(Matcher, kb)
            self.questions.matcher = matcher
            self.version = version
            self.rebuilds += 1
            self.last_rebuild_seconds = loop.time() - started
            log.info(
                "knowledge base reloaded: %d edited texts, version %s, matcher built in %.1f s",
                len(edits),
                version,
                self.last_rebuild_seconds,
            )
        if self.upgrade is not None:
            await self.upgrade(matcher)
        return True

    def poke(self) -> None:
        """Check now (the demo's console runs in the bot's process and says when it saved)."""
        self._wake.set()

    async def run(self) -> None:
        while True:
            try:
                await self.check()
            except asyncio.CancelledError:
                raise
            except Exception:  # a database hiccup: keep answering with what we have, try again later
                log.exception("knowledge base reload failed; trying again in %.0f s", self.interval)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.interval)
            self._wake.clear()

    async def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self.run(), name="knowledge-reloader")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
