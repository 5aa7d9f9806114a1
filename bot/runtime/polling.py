"""Long polling and webhook runners (each process builds its own composition root)."""

from __future__ import annotations

import asyncio
import logging

from aiogram import Bot, Dispatcher
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web
from sqlalchemy import text

from bot.answers.knowledge.build import add_embeddings_in_background
from bot.app import ALLOWED_UPDATES, Resources, create_bot, create_dispatcher, create_resources, set_commands
from bot.clock import SystemClock
from bot.config import ConfigError, Settings
from bot.db.migrate import current_head

log = logging.getLogger(__name__)


async def check_database(resources: Resources) -> None:
    """Refuse to start on a database that `kototori db upgrade` has not brought to the latest revision."""
    head = current_head()
    try:
        async with resources.engine.connect() as conn:
            version = (await conn.execute(text("SELECT version_num FROM alembic_version"))).scalar()
    except Exception:  # no table, no file, no server: all mean the same to the operator
        version = None
    if version != head:
        raise ConfigError(
            f"KOTOTORI_DATABASE_URL database is at revision {version or 'none'}, expected {head}: "
            "run `kototori db upgrade` first"
        )


async def check_advisors_group(bot: Bot, settings: Settings) -> str:
    """Say clearly at start-up whether escalation to advisors works; returns "ok" or what is wrong."""
    if settings.advisors_chat_id is None:
        log.warning(
            "ESCALATION OFF: KOTOTORI_ADVISORS_CHAT_ID is not set, so nobody can take over a chat; "
            "'Talk to a person' shows the opening hours instead. Set it to the advisors' forum group (-100...)."
        )
        return "unset"
    try:
        chat = await bot.get_chat(settings.advisors_chat_id)
        me = await bot.get_chat_member(settings.advisors_chat_id, bot.id)
    except Exception as exc:
        log.error(
            "ESCALATION BROKEN: the advisors' group %s is not reachable (%s): is the bot a member? "
            "Cases wait in the outbox until it is.",
            settings.advisors_chat_id,
            type(exc).__name__,
        )
        return "unreachable"
    if not chat.is_forum:
        log.error(
            "ESCALATION BROKEN: the advisors' group %s has no Topics (forum) enabled; enable Topics and read the "
            "group's id again (it changes). Cases wait in the outbox until then.",
            chat.id,
        )
        return "not-forum"
    if me.status != "administrator" or not getattr(me, "can_manage_topics", False):
        log.error(
            "ESCALATION BROKEN: the bot is not an administrator with 'Manage topics' in the advisors' group %s.",
            chat.id,
        )
        return "no-rights"
    log.info("advisors' forum group %s is ready for cases", chat.id)
    return "ok"


async def start_bot(resources: Resources) -> tuple[Bot, Dispatcher]:
    await check_database(resources)
    bot = create_bot(resources.settings)
    dp = create_dispatcher(resources)
    await set_commands(bot, resources.translator)
    await check_advisors_group(bot, resources.settings)
    resources.background.append(
        asyncio.create_task(add_embeddings_in_background(resources.questions.matcher))
    )
    resources.knowledge.upgrade = add_embeddings_in_background  # after a console edit, as at start-up
    return bot, dp


async def run_polling(settings: Settings) -> None:
    resources = create_resources(settings, SystemClock())
    try:
        bot, dp = await start_bot(resources)
        await bot.delete_webhook(drop_pending_updates=False)
        await dp.start_polling(bot, allowed_updates=ALLOWED_UPDATES)
        await dp.storage.close()
    finally:
        await resources.close()


WEBHOOK_PATH = "/webhook"


def create_webhook_app(bot: Bot, dp: Dispatcher, secret: str) -> web.Application:
    """aiogram answers 401 to a request without the right X-Telegram-Bot-Api-Secret-Token header."""
    app = web.Application()
    SimpleRequestHandler(dispatcher=dp, bot=bot, secret_token=secret).register(app, path=WEBHOOK_PATH)
    setup_application(app, dp, bot=bot)
    return app


async def run_webhook(settings: Settings) -> None:
    if not settings.webhook_url or not settings.webhook_secret:
        raise ConfigError("KOTOTORI_WEBHOOK_URL and KOTOTORI_WEBHOOK_SECRET are needed for webhook mode")
    resources = create_resources(settings, SystemClock())
    bot, dp = await start_bot(resources)
    app = web.Application()
    SimpleRequestHandler(dispatcher=dp, bot=bot, secret_token=settings.webhook_secret).register(
        app, path="/webhook"
    )
    setup_application(app, dp, bot=bot)
    await bot.set_webhook(
        settings.webhook_url, secret_token=settings.webhook_secret, allowed_updates=ALLOWED_UPDATES
    )
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, settings.webhook_host, settings.webhook_port)
    await site.start()
    log.info("webhook server on %s:%s", settings.webhook_host, settings.webhook_port)
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()
        await resources.close()
