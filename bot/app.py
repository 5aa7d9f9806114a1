"""Composition root factories: the bot, the dispatcher and everything they share."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage
from aiogram.fsm.storage.memory import DisabledEventIsolation, MemoryStorage, SimpleEventIsolation
from aiogram.types import BotCommand, BotCommandScopeAllPrivateChats, BotCommandScopeChat, LinkPreviewOptions
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.answers.knowledge.build import build_matcher
from bot.answers.knowledge.placeholders import Placeholders
from bot.answers.service import QuestionService
from bot.answers.stats import StatsService
from bot.booking.model import BookingLinks
from bot.booking.service import BookingService
from bot.booking.staff import BookingStaffService
from bot.cases.desk import CaseDesk, create_desk
from bot.clock import Clock
from bot.config import Settings
from bot.console.auth import SignInLinks
from bot.console.reload import KnowledgeReloader
from bot.db.engine import create_engine, create_sessionmaker
from bot.events.audience import EventSubscribers
from bot.events.service import EventService
from bot.hours.service import HoursService
from bot.i18n import COMMAND_LANGUAGE_CODES, Translator
from bot.letters.reading import LetterReading
from bot.letters.reminders import LetterReminders
from bot.news.announcements import AnnouncementService
from bot.news.audience import Audiences
from bot.news.notices import NoticeTexts
from bot.news.subscriptions import SubscriptionService
from bot.profile.loading import load_profile, use_profile
from bot.telegram.context import ContextMiddleware
from bot.telegram.retry import RetryMiddleware
from bot.telegram.tolerance import ToleranceMiddleware
from bot.users.roles import RoleResolver
from bot.users.service import ProfileCache, UserService
from handlers import build_routers
from handlers.booking.keyboards import CallbackLinks
from handlers.cases.transport import TelegramCaseTransport
from handlers.common import keyboards as common_keyboards
from handlers.common.hooks import Hooks
from handlers.events import keyboards as events_keyboards
from handlers.letters import keyboards as letters_keyboards
from handlers.news import keyboards as news_keyboards
from handlers.news.views import FluentNoticeTexts

log = logging.getLogger(__name__)

COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "common-command-start"),
    ("menu", "common-command-menu"),
    ("hours", "common-command-hours"),
    ("events", "common-command-events"),
    ("book", "booking-command-book"),
    ("mybookings", "booking-command-mine"),
    ("language", "common-command-language"),
    ("subscribe", "common-command-subscribe"),
    ("privacy", "common-command-privacy"),
    ("delete_my_data", "common-command-delete-my-data"),
    ("help", "common-command-help"),
)


# The advisors' group's command list (advisors work in Finnish).
GROUP_COMMANDS: tuple[tuple[str, str], ...] = (
    ("cases", "cases-desk-command-cases"),
    ("kb", "cases-desk-command-kb"),
    ("phrase", "cases-desk-command-phrase"),
    ("duty", "cases-desk-command-duty"),
    ("cases_report", "cases-desk-command-report"),
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
    roles: RoleResolver
    audiences: Audiences
    # The Telegram side of what the scheduler sends (buttons and texts from the features' handlers).
    links: BookingLinks
    notice_texts: NoticeTexts
    outbox_actions: Mapping[str, Callable[[str], str]]
    # Knowledge-base edits from the staff console reach the running bot through it (bot/console/reload.py).
    knowledge: KnowledgeReloader
    # Letters are read in a pool of worker processes owned here (bot/letters/reading.py).
    letters: LetterReading
    background: list[asyncio.Task[None]] = field(default_factory=list)

    async def close(self) -> None:
        await self.knowledge.stop()
        await asyncio.to_thread(self.letters.close)
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
    use_profile(settings.profile)  # a broken profile stops start-up here, before anything else is built
    engine = create_engine(settings.database_url)
    sessionmaker = create_sessionmaker(engine)
    translator = translator or Translator()
    questions = questions or QuestionService(
        build_matcher(with_embeddings=False), Placeholders(load_profile(), translator)
    )
    return Resources(
        settings=settings,
        clock=clock,
        translator=translator,
        engine=engine,
        sessionmaker=sessionmaker,
        # Replicas (Redis configured) must see a language chosen on another replica at once: no cache then.
        profiles=ProfileCache(ttl_seconds=0 if settings.redis_url else 30),
        questions=questions,
        roles=create_roles(settings),
        # Coordinators may send announcements to these audiences (events add "subscribers of an event").
        audiences=Audiences([EventSubscribers()]),
        links=CallbackLinks(),
        notice_texts=FluentNoticeTexts(translator),
        outbox_actions=outbox_actions(),
        knowledge=KnowledgeReloader(sessionmaker, questions),
        letters=LetterReading(
            sessionmaker,
            clock,
            settings.tz,
            workers=settings.letters_workers,
            processes=settings.letters_processes,
            niceness=settings.letters_niceness,
        ),
    )


def create_roles(settings: Settings) -> RoleResolver:
    """Who is staff (the bot and the console process ask the same kind of object)."""
    return RoleResolver(settings.coordinator_ids)


def outbox_actions() -> dict[str, Callable[[str], str]]:
    """Every feature's outbox buttons ("unsubscribe", "event" + id, ...) as packed callback data."""
    features = (
        common_keyboards.OUTBOX_ACTIONS,
        news_keyboards.OUTBOX_ACTIONS,
        events_keyboards.OUTBOX_ACTIONS,
        letters_keyboards.OUTBOX_ACTIONS,
    )

    def packed(make: Callable[[str], CallbackData]) -> Callable[[str], str]:
        return lambda value: make(value).pack()

    return {name: packed(make) for actions in features for name, make in actions.items()}


def create_bot(settings: Settings) -> Bot:
    session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api))
    session.middleware(RetryMiddleware())
    session.middleware(ToleranceMiddleware())
    return Bot(
        token=settings.require_token(),
        session=session,
        default=DefaultBotProperties(
            parse_mode=ParseMode.HTML, link_preview=LinkPreviewOptions(is_disabled=True)
        ),
    )


def _fsm(settings: Settings, inbox: bool) -> tuple[BaseStorage, BaseEventIsolation]:
    """With the inbox, a chat's lease already runs its updates one at a time across processes (decision 0014), so
    aiogram's per-chat locks would only add a Redis round trip, and a dead replica's lock that blocks for 60 s."""
    if settings.redis_url:
        # Several replicas: FSM state must be shared, so it lives in Redis.
        from aiogram.fsm.storage.redis import RedisEventIsolation, RedisStorage

        storage = RedisStorage.from_url(settings.redis_url)
        return storage, DisabledEventIsolation() if inbox else RedisEventIsolation(storage.redis)
    return MemoryStorage(), DisabledEventIsolation() if inbox else SimpleEventIsolation()


def update_services(resources: Resources, desk: CaseDesk) -> Callable[[AsyncSession], dict[str, object]]:
    """The services a handler may name, built per update on that update's one session (services commit)."""
    clock, tz = resources.clock, resources.settings.tz
    links = resources.links

    def build(session: AsyncSession) -> dict[str, object]:
        return {
            "users": UserService(session, clock, resources.profiles),
            "stats": StatsService(session, clock, tz),
            "hours": HoursService(session, clock, tz),
            "events": EventService(session, clock, tz),
            "subscriptions": SubscriptionService(session, clock),
            "announcements": AnnouncementService(session, clock, resources.audiences),
            "booking": BookingService(session, clock, tz, links),
            "booking_staff": BookingStaffService(session, clock, tz),
            "cases": desk.service(session),
            "console_links": SignInLinks(session, clock, resources.settings.console_url),
            "letter_reminders": LetterReminders(session, clock, tz),
        }

    return build


def create_dispatcher(resources: Resources, *, inbox: bool = False) -> Dispatcher:
    """Updates of one chat run in order (the inbox's chat leases, or aiogram's events isolation without the inbox);
    different chats run in parallel."""
    storage, isolation = _fsm(resources.settings, inbox)
    r = resources
    desk = create_desk(r.settings, r.clock, r.questions, r.sessionmaker, roles=r.roles)
    hooks = Hooks()
    # The injected keys, all in one place. For the whole process: settings, clock, translator, questions
    # (QuestionService), roles (who is staff), desk (cases), hooks (how features reach each other), letters (the
    # letter reading pool). Per update
    # (ContextMiddleware): the services of `update_services` above, profile and l10n.
    dp = Dispatcher(
        storage=storage,
        events_isolation=isolation,
        settings=r.settings,
        clock=r.clock,
        translator=r.translator,
        questions=r.questions,
        roles=r.roles,
        hooks=hooks,
        letters=r.letters,
    )
    dp.update.outer_middleware(ContextMiddleware(r.sessionmaker, update_services(r, desk), r.translator))
    install_desk(dp, desk, r.translator)
    # Edits from the staff console: polled while the dispatcher runs (a test's second dispatcher starts its own).
    dp.startup.register(r.knowledge.start)
    dp.shutdown.register(r.knowledge.stop)
    dp.include_routers(*build_routers(hooks))
    return dp


def install_desk(dp: Dispatcher, desk: CaseDesk, translator: Translator) -> None:
    """Cases: the desk is the `desk` key; its relay drainers start with the dispatcher because they need the Bot."""
    dp["desk"] = desk

    async def start_desk(bot: Bot) -> None:
        if not desk.enabled:
            return
        transport = TelegramCaseTransport(
            bot,
            desk.group_chat_id,
            translator,
            desk.questions,
            desk.duty,
            desk.clock,
            coordinators=desk.settings.coordinator_ids,
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
