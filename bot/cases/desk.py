"""The cases "desk" of one bot process: the service context, roles, the relay drainers and their lifecycle.

Built by the composition root (bot/app.py), which starts the drainers with the dispatcher (polling, webhook, demo
and tests alike) and hands them the Telegram transport (handlers/cases/transport.py); no aiogram here.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.answers.service import QuestionService
from bot.cases.duty import DutyInfo
from bot.cases.model import Case, CaseError, Lane
from bot.cases.relay import UNREACHABLE_PAUSE, CaseTransport, DrainLock, LocalDrainLock, RelayDrainer
from bot.cases.service import CaseContext, CaseService, NoCaseHint
from bot.clock import Clock
from bot.config import Settings
from bot.hours.service import ScheduleDuty
from bot.users.roles import RoleResolver

log = logging.getLogger(__name__)


class RedisDrainLock:
    """Several replicas: one drainer per lane at a time across all of them (the group's budget is shared).

    The lock is a short lease (`timeout`, 15 s) that the holder renews every third of it while it drains, so a
    replica killed in the middle of a drain holds the lane for at most one lease, not for a whole minute or more
    (issue 15: a dead replica's locks stop blocking within seconds)."""

    def __init__(self, redis: Any, timeout: float = 15.0) -> None:
        self.redis = redis
        self.timeout = timeout

    @contextlib.asynccontextmanager
    async def hold(self, lane: Lane) -> AsyncIterator[bool]:
        from redis.exceptions import LockError

        lock = self.redis.lock(f"kototori:cases:drain:{lane}", timeout=self.timeout)
        mine = bool(await lock.acquire(blocking=False))
        keeper = asyncio.create_task(self._renew(lock)) if mine else None
        try:
            yield mine
        finally:
            if keeper is not None:
                keeper.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await keeper
            if mine:
                with contextlib.suppress(LockError):
                    await lock.release()

    async def _renew(self, lock: Any) -> None:
        from redis.exceptions import LockError

        while True:
            await asyncio.sleep(self.timeout / 3)
            try:
                await lock.reacquire()
            except LockError:  # lost it (expired while this process stalled): another replica may drain now
                log.warning("case relay: the drain lease expired before it was renewed")
                return


@dataclass
class CaseDesk:
    settings: Settings
    clock: Clock
    questions: QuestionService
    sessionmaker: async_sessionmaker[AsyncSession]
    duty: DutyInfo
    roles: RoleResolver
    lock: DrainLock
    redis: Any = None
    drainer: RelayDrainer | None = None
    tasks: list[asyncio.Task[None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Replicas (Redis) must see a case opened on another replica at once: no hint then.
        hint = NoCaseHint(ttl_seconds=0 if self.settings.redis_url else 30)
        self.ctx = CaseContext(self.clock, self.duty, self.questions, self.wake, hint)

    @property
    def enabled(self) -> bool:
        return self.settings.advisors_chat_id is not None

    @property
    def group_chat_id(self) -> int:
        assert self.settings.advisors_chat_id is not None
        return self.settings.advisors_chat_id

    @property
    def group_reachable(self) -> bool:
        """False while this process knows the advisors' group cannot be reached (bot/cases/relay.py)."""
        down = self.drainer.group_down_until if self.drainer is not None else None
        return down is None or self.clock.now() >= down

    def service(self, session: AsyncSession) -> CaseService:
        return CaseService(session, self.ctx)

    def wake(self, lane: Lane) -> None:
        if self.drainer is not None:
            self.drainer.wake(lane)

    def group_changed(self, reachable: bool) -> bool:
        """The bot's rights in the advisors' group changed (Telegram's my_chat_member). Reachable again: the
        waiting rows go now, not after the pause. Out of reach: rows wait from now on; True when this starts an
        outage, so the caller tells the coordinators (the drainer then does not tell them a second time)."""
        if self.drainer is None:
            return not reachable
        if reachable:
            if self.drainer.group_down_until is not None:
                self.drainer.group_down_until = None
                self.drainer.wake(Lane.GROUP)
            return False
        starts = self.drainer.group_down_until is None
        self.drainer.group_down_until = self.clock.now() + UNREACHABLE_PAUSE
        return starts

    async def _blocked(self, session: AsyncSession, case: Case) -> None:
        with contextlib.suppress(CaseError):
            await self.service(session).close(case.id, None, reason="blocked")

    async def start(self, transport: CaseTransport) -> None:
        """Start one drainer task per lane; rows left by a previous run go out now."""
        if not self.enabled:
            return
        self.drainer = RelayDrainer(self.sessionmaker, self.clock, transport, self.lock, self._blocked)
        self.tasks = [asyncio.create_task(self.drainer.run(lane), name=f"cases-{lane}") for lane in Lane]
        for lane in Lane:
            self.drainer.wake(lane)

    async def stop(self) -> None:
        for task in self.tasks:
            task.cancel()
        for task in self.tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self.tasks = []
        self.drainer = None
        if self.redis is not None:
            await self.redis.aclose()
            self.redis = None


def create_desk(
    settings: Settings,
    clock: Clock,
    questions: QuestionService,
    sessionmaker: async_sessionmaker[AsyncSession],
    roles: RoleResolver,
    duty: DutyInfo | None = None,
) -> CaseDesk:
    redis = None
    lock: DrainLock = LocalDrainLock()
    if settings.redis_url:
        from redis.asyncio import Redis

        redis = Redis.from_url(settings.redis_url)
        lock = RedisDrainLock(redis)
    return CaseDesk(
        settings=settings,
        clock=clock,
        questions=questions,
        sessionmaker=sessionmaker,
        duty=duty or ScheduleDuty(sessionmaker, clock, settings.tz),
        roles=roles,
        lock=lock,
        redis=redis,
    )


async def purge_cases(
    sessionmaker: async_sessionmaker[AsyncSession], clock: Clock, settings: Settings
) -> int:
    """The scheduler's daily retention job: closed cases older than KOTOTORI_CASE_RETENTION_DAYS go."""

    def wake(_: Lane) -> None:  # the bot process's drainer finds the rows on its next poll
        return None

    async with sessionmaker() as session:
        ctx = CaseContext(clock, ScheduleDuty(sessionmaker, clock, settings.tz), None, wake)
        return await CaseService(session, ctx).purge(timedelta(days=settings.case_retention_days))
