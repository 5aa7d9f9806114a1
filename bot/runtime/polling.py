"""Long polling and webhook runners (each process builds its own composition root)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
from typing import Any

from aiogram import Bot, Dispatcher
from aiohttp import web
from sqlalchemy import text

from bot.answers.knowledge.build import add_embeddings_in_background
from bot.app import ALLOWED_UPDATES, Resources, create_bot, create_dispatcher, create_resources, set_commands
from bot.clock import SystemClock
from bot.config import ConfigError, Settings
from bot.db.migrate import current_head
from bot.runtime.handling import InboxWorkers
from bot.runtime.inbox import Inbox
from bot.runtime.intake import poll_into_inbox, webhook_handler

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
    dp = create_dispatcher(resources, inbox=True)
    await set_commands(bot, resources.translator)
    await check_advisors_group(bot, resources.settings)
    resources.background.append(
        asyncio.create_task(add_embeddings_in_background(resources.questions.matcher))
    )
    resources.knowledge.upgrade = add_embeddings_in_background  # after a console edit, as at start-up
    resources.letters.warm()  # the first letter should not wait for the workers to start and load Tesseract
    return bot, dp


def create_inbox(resources: Resources) -> Inbox:
    settings = resources.settings
    owner = settings.replica_name or f"{socket.gethostname()}:{os.getpid()}"
    return Inbox.open(settings.database_url, owner[:64])


def stop_on_signals(stop: asyncio.Event) -> None:
    """SIGTERM (every deploy) and SIGINT (Ctrl+C) start a graceful stop."""
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):  # Windows
            loop.add_signal_handler(signum, stop.set)


def _workflow(dp: Dispatcher, bot: Bot) -> dict[str, Any]:
    """What aiogram passes to startup and shutdown handlers (as start_polling does)."""
    data = {"dispatcher": dp, "bots": [bot], **dp.workflow_data}
    data.pop("bot", None)
    return data


async def run_polling(settings: Settings) -> None:
    """Long polling through the inbox; a graceful stop finishes the updates being handled, the rest wait stored."""
    resources = create_resources(settings, SystemClock())
    try:
        bot, dp = await start_bot(resources)
        await bot.delete_webhook(drop_pending_updates=False)
        inbox = create_inbox(resources)
        await inbox.release_all(everybody=True)  # only one process can poll, so every lease is a dead one's
        workers = InboxWorkers(inbox, dp, bot, exclusive=True)
        stop = asyncio.Event()
        stop_on_signals(stop)
        await dp.emit_startup(bot=bot, **_workflow(dp, bot))
        await workers.start()
        log.info("polling; updates are stored before they are confirmed")
        try:
            await poll_into_inbox(bot, workers, stop, allowed_updates=ALLOWED_UPDATES)
        finally:
            await workers.stop()
            log.info("stopped after handling %d updates", workers.handled)
            await dp.emit_shutdown(bot=bot, **_workflow(dp, bot))
            await dp.storage.close()
            await bot.session.close()
            await inbox.close()
    finally:
        await resources.close()


WEBHOOK_PATH = "/webhook"


def create_webhook_app(bot: Bot, dp: Dispatcher, secret: str, workers: InboxWorkers) -> web.Application:
    """The webhook: 401 without the right X-Telegram-Bot-Api-Secret-Token header, 200 once the update is stored.

    The dispatcher starts with the app and the inbox workers with it; a graceful stop stops taking requests
    first, then lets the workers finish the updates they are on.
    """
    app = web.Application()
    app.router.add_post(WEBHOOK_PATH, webhook_handler(workers, secret))

    async def on_startup(_: web.Application) -> None:
        await dp.emit_startup(bot=bot, **_workflow(dp, bot))
        await workers.start()

    async def on_shutdown(_: web.Application) -> None:
        await workers.stop()
        await dp.emit_shutdown(bot=bot, **_workflow(dp, bot))

    app.on_startup.append(on_startup)
    app.on_shutdown.append(on_shutdown)
    return app


async def run_webhook(settings: Settings) -> None:
    if not settings.webhook_url or not settings.webhook_secret:
        raise ConfigError("KOTOTORI_WEBHOOK_URL and KOTOTORI_WEBHOOK_SECRET are needed for webhook mode")
    resources = create_resources(settings, SystemClock())
    try:
        bot, dp = await start_bot(resources)
        inbox = create_inbox(resources)
        await inbox.release_all()  # this replica's own leases, when it has a stable name
        workers = InboxWorkers(inbox, dp, bot)
        runner = web.AppRunner(create_webhook_app(bot, dp, settings.webhook_secret, workers))
        await runner.setup()
        site = web.TCPSite(runner, settings.webhook_host, settings.webhook_port)
        await site.start()
        log.info("webhook server on %s:%s", settings.webhook_host, settings.webhook_port)
        await bot.set_webhook(
            settings.webhook_url, secret_token=settings.webhook_secret, allowed_updates=ALLOWED_UPDATES
        )
        stop = asyncio.Event()
        stop_on_signals(stop)
        try:
            await stop.wait()
        finally:
            await runner.cleanup()
            log.info("stopped after handling %d updates", workers.handled)
            await dp.storage.close()
            await bot.session.close()
            await inbox.close()
    finally:
        await resources.close()
