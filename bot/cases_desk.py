"""The cases "desk" of one bot process: the service context, roles, the outbox drainers and their lifecycle.

Built by the composition root (`install_desk` in bot/app.py); handlers get it as the `desk` key and make a
CaseService per update with `desk.service(session)`. The drainers start with the dispatcher (polling, webhook,
demo and tests alike) because they need the Bot.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.types import BotCommand, BotCommandScopeChat
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.cases_transport import TelegramCaseTransport, TelegramMembership
from bot.clock import Clock
from bot.config import Settings
from bot.i18n import Translator
from bot.services.cases.domain import Case, CaseError, Lane, Role, Staff
from bot.services.cases.duty import DutyInfo
from bot.services.cases.outbox import DrainLock, LocalDrainLock, OutboxDrainer
from bot.services.cases.roles import RoleResolver
from bot.services.cases.service import CaseContext, CaseService, NoCaseHint
from bot.services.questions import QuestionService
from bot.services.schedule import ScheduleDuty
from bot.views.cases import STAFF_LOCALE

log = logging.getLogger(__name__)

GROUP_COMMANDS = (
    ("cases", "advisors-command-cases"),
    ("kb", "advisors-command-kb"),
    ("phrase", "advisors-command-phrase"),
    ("duty", "advisors-command-duty"),
    ("cases_report", "advisors-command-report"),
    ("today", "booking-command-today"),
    ("tomorrow", "booking-command-tomorrow"),
    ("bookings_report", "booking-command-report"),
)


class RedisDrainLock:
    """Several replicas: one drainer per lane at a time across all of them (the group's budget is shared)."""

    def __init__(self, redis: Any, timeout: float = 300.0) -> None:
        self.redis = redis
        self.timeout = timeout

    @contextlib.asynccontextmanager
    async def hold(self, lane: Lane) -> AsyncIterator[bool]:
        from redis.exceptions import LockError

        lock = self.redis.lock(f"kototori:cases:drain:{lane}", timeout=self.timeout)
        mine = bool(await lock.acquire(blocking=False))
        try:
            yield mine
        finally:
            if mine:
                with contextlib.suppress(LockError):
                    await lock.release()


@dataclass
class CaseDesk:
    settings: Settings
    clock: Clock
    translator: Translator
    questions: QuestionService
    sessionmaker: async_sessionmaker[AsyncSession]
    duty: DutyInfo
    roles: RoleResolver
    lock: DrainLock
    redis: Any = None
    drainer: OutboxDrainer | None = None
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

    def service(self, session: AsyncSession) -> CaseService:
        return CaseService(session, self.ctx)

    def wake(self, lane: Lane) -> None:
        if self.drainer is not None:
            self.drainer.wake(lane)

    async def staff(self, bot: Bot, user_id: int, name: str) -> Staff | None:
        if not self.enabled:
            return None
        role = await self.roles.role(user_id, TelegramMembership(bot, self.group_chat_id))
        return None if role == Role.NONE else Staff(user_id, name, role)

    async def _blocked(self, session: AsyncSession, case: Case) -> None:
        with contextlib.suppress(CaseError):
            await self.service(session).close(case.id, None, reason="blocked")

    async def on_startup(self, bot: Bot) -> None:
        if not self.enabled:
            return
        transport = TelegramCaseTransport(
            bot, self.group_chat_id, self.translator, self.questions, self.duty, self.clock
        )
        self.drainer = OutboxDrainer(self.sessionmaker, self.clock, transport, self.lock, self._blocked)
        self.tasks = [asyncio.create_task(self.drainer.run(lane), name=f"cases-{lane}") for lane in Lane]
        for lane in Lane:
            self.drainer.wake(lane)  # rows left by a previous run go out now
        l10n = self.translator(STAFF_LOCALE)
        try:
            await bot.set_my_commands(
                [BotCommand(command=c, description=l10n(m)) for c, m in GROUP_COMMANDS],
                scope=BotCommandScopeChat(chat_id=self.group_chat_id),
            )
        except Exception as exc:  # the group may be unreachable now; cases wait in the outbox meanwhile
            log.warning("advisors' group commands not set: %s", type(exc).__name__)

    async def on_shutdown(self) -> None:
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
    translator: Translator,
    questions: QuestionService,
    sessionmaker: async_sessionmaker[AsyncSession],
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
        translator=translator,
        questions=questions,
        sessionmaker=sessionmaker,
        duty=duty or ScheduleDuty(sessionmaker, clock, settings.tz),
        roles=RoleResolver(settings.coordinator_ids),
        lock=lock,
        redis=redis,
    )


def install_desk(dp: Dispatcher, desk: CaseDesk) -> None:
    dp["desk"] = desk
    dp.startup.register(desk.on_startup)
    dp.shutdown.register(desk.on_shutdown)


async def purge_cases(
    sessionmaker: async_sessionmaker[AsyncSession], clock: Clock, settings: Settings
) -> int:
    """The scheduler's daily retention job: closed cases older than KOTOTORI_CASE_RETENTION_DAYS go."""

    def wake(_: Lane) -> None:  # the bot process's drainer finds the rows on its next poll
        return None

    async with sessionmaker() as session:
        ctx = CaseContext(clock, ScheduleDuty(sessionmaker, clock, settings.tz), None, wake)
        return await CaseService(session, ctx).purge(timedelta(days=settings.case_retention_days))
