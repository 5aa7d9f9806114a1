"""Composition root factories: the bot, the dispatcher and everything they share."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage
from aiogram.fsm.storage.memory import MemoryStorage, SimpleEventIsolation
from aiogram.types import BotCommand, BotCommandScopeAllPrivateChats, BotCommandScopeChat, LinkPreviewOptions
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.answers.knowledge.build import build_matcher
from bot.answers.service import QuestionService
from bot.cases.desk import CaseDesk, create_desk
from bot.clock import Clock
from bot.config import Settings
from bot.db.engine import create_engine, create_sessionmaker
from bot.i18n import COMMAND_LANGUAGE_CODES, Translator
from bot.telegram.context import ContextMiddleware
from bot.telegram.retry import RetryMiddleware
from bot.users.service import ProfileCache
from handlers import get_routers
from handlers.cases.transport import TelegramCaseTransport

log = logging.getLogger(__name__)

COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "commands-start"),
    ("menu", "commands-menu"),
    ("hours", "commands-hours"),
    ("events", "commands-events"),
    ("book", "booking-command-book"),
    ("mybookings", "booking-command-mine"),
    ("language", "commands-language"),
    ("subscribe", "commands-subscribe"),
    ("privacy", "commands-privacy"),
    ("delete_my_data", "commands-delete-my-data"),
    ("help", "commands-help"),
)


# The advisors' group's command list (advisors work in Finnish).
GROUP_COMMANDS: tuple[tuple[str, str], ...] = (
    ("cases", "advisors-command-cases"),
    ("kb", "advisors-command-kb"),
    ("phrase", "advisors-command-phrase"),
    ("duty", "advisors-command-duty"),
    ("cases_report", "advisors-command-report"),
    ("today", "booking-command-today"),
    ("tomorrow", "booking-command-tomorrow"),
    ("bookings_report", "booking-command-report"),
)
STAFF_LOCALE = "fi"


@dataclass
class Resources:
    """What one process shares between its handlers and jobs."""

    settings: Settings
    clock: Clock
    translator: Translator
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]
    profiles: ProfileCache
    questions: QuestionService
    background: list[asyncio.Task[None]] = field(default_factory=list)

    async def close(self) -> None:
        for task in self.background:
            task.cancel()
        await self.engine.dispose()


def create_resources(
    settings: Settings,
    clock: Clock,
    translator: Translator | None = None,
    questions: QuestionService | None = None,
) -> Resources:
    """`questions` defaults to the n-gram matcher; runners add sentence embeddings in the background."""
    engine = create_engine(settings.database_url)
    return Resources(
        settings=settings,
        clock=clock,
        translator=translator or Translator(),
        engine=engine,
        sessionmaker=create_sessionmaker(engine),
        # Replicas (Redis configured) must see a language chosen on another replica at once: no cache then.
        profiles=ProfileCache(ttl_seconds=0 if settings.redis_url else 30),
        questions=questions or QuestionService(build_matcher(with_embeddings=False)),
    )


def create_bot(settings: Settings) -> Bot:
    session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api))
    session.middleware(RetryMiddleware())
    return Bot(
        token=settings.require_token(),
        session=session,
        default=DefaultBotProperties(
            parse_mode=ParseMode.HTML, link_preview=LinkPreviewOptions(is_disabled=True)
        ),
    )


def _fsm(settings: Settings) -> tuple[BaseStorage, BaseEventIsolation]:
    if settings.redis_url:
        # Several replicas: FSM state and per-chat locks must be shared, so they live in Redis.
        from aiogram.fsm.storage.redis import RedisEventIsolation, RedisStorage

        storage = RedisStorage.from_url(settings.redis_url)
        return storage, RedisEventIsolation(storage.redis)
    return MemoryStorage(), SimpleEventIsolation()


def create_dispatcher(resources: Resources) -> Dispatcher:
    """Updates of one chat run in order (events isolation); different chats run in parallel."""
    storage, isolation = _fsm(resources.settings)
    # The injected keys, all in one place: settings, clock, translator, sessionmaker (+ per update from
    # ContextMiddleware: session, users (UserService), stats (StatsService), profile, l10n), questions,
    # desk (cases: CaseDesk, bot/cases/desk.py).
    dp = Dispatcher(
        storage=storage,
        events_isolation=isolation,
        settings=resources.settings,
        clock=resources.clock,
        translator=resources.translator,
        sessionmaker=resources.sessionmaker,
        questions=resources.questions,
    )
    dp.update.outer_middleware(ContextMiddleware(resources))
    r = resources
    install_desk(dp, create_desk(r.settings, r.clock, r.questions, r.sessionmaker), r.translator)
    dp.include_routers(*get_routers())
    return dp


def install_desk(dp: Dispatcher, desk: CaseDesk, translator: Translator) -> None:
    """Cases: the desk is the `desk` key; its relay drainers start with the dispatcher because they need the Bot."""
    dp["desk"] = desk

    async def start_desk(bot: Bot) -> None:
        if not desk.enabled:
            return
        transport = TelegramCaseTransport(
            bot, desk.group_chat_id, translator, desk.questions, desk.duty, desk.clock
        )
        await desk.start(transport)
        await set_group_commands(bot, desk.group_chat_id, translator)

    dp.startup.register(start_desk)
    dp.shutdown.register(desk.stop)


async def set_group_commands(bot: Bot, group_chat_id: int, translator: Translator) -> None:
    l10n = translator(STAFF_LOCALE)
    try:
        await bot.set_my_commands(
            [BotCommand(command=c, description=l10n(m)) for c, m in GROUP_COMMANDS],
            scope=BotCommandScopeChat(chat_id=group_chat_id),
        )
    except Exception as exc:  # the group may be unreachable now; cases wait in the relay queue meanwhile
        log.warning("advisors' group commands not set: %s", type(exc).__name__)


async def set_commands(bot: Bot, translator: Translator) -> None:
    """Localized command descriptions; Telegram takes two-letter language codes only."""
    scope = BotCommandScopeAllPrivateChats()

    def commands(locale: str) -> list[BotCommand]:
        l10n = translator(locale)
        return [BotCommand(command=name, description=l10n(msg)) for name, msg in COMMANDS]

    await bot.set_my_commands(commands("en"), scope=scope)
    for code, locale in COMMAND_LANGUAGE_CODES.items():
        await bot.set_my_commands(commands(locale), scope=scope, language_code=code)


ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]
