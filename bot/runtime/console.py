"""`kototori console`: the staff console on its own (aiohttp), and `kototori console link` for a first sign-in.

It opens the bot's database and asks Telegram (with the bot's token) who is in the advisors' group; it never polls
updates, so it runs next to the bot, not instead of it.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from dataclasses import dataclass
from typing import Protocol

from aiogram import Bot
from aiohttp import web

from bot.answers.knowledge.model import load_knowledge
from bot.app import create_bot, create_roles
from bot.clock import Clock, SystemClock
from bot.config import ConfigError, Settings
from bot.console.auth import PATH, SignInLinks
from bot.console.web import RUNNER_OPTIONS, Console, ConsoleSlot, mount
from bot.db.engine import create_engine, create_sessionmaker
from bot.telegram.membership import TelegramMembership
from bot.users.roles import Role, Staff

log = logging.getLogger(__name__)


def _bot(settings: Settings) -> Bot | None:
    """Only for membership questions; without a token nobody but the coordinators gets in."""
    return create_bot(settings) if settings.bot_token else None


def public_url(settings: Settings, port: int) -> str:
    return settings.console_url or f"http://127.0.0.1:{port}"


class Engine(Protocol):
    async def dispose(self) -> None: ...


@dataclass
class ConsoleProcess:
    """The console and what it opened (this module stays clear of SQLAlchemy: docs/decisions/0009-layout.md)."""

    console: Console
    bot: Bot | None
    engine: Engine

    async def close(self) -> None:
        if self.bot is not None:
            await self.bot.session.close()
        await self.engine.dispose()


async def create_console(settings: Settings, port: int, clock: Clock | None = None) -> ConsoleProcess:
    engine = create_engine(settings.database_url)
    bot = _bot(settings)
    group = settings.advisors_chat_id
    url = public_url(settings, port)
    console = Console(
        sessionmaker=create_sessionmaker(engine),
        clock=clock or SystemClock(),
        tz=settings.tz,
        roles=create_roles(settings),
        membership=TelegramMembership(bot, group) if bot is not None and group is not None else None,
        repository=await asyncio.to_thread(load_knowledge),
        secure=url.startswith("https://"),
        public_url=url,
    )
    return ConsoleProcess(console, bot, engine)


def create_app(console: Console) -> web.Application:
    app = web.Application()

    async def home(_: web.Request) -> web.StreamResponse:
        raise web.HTTPSeeOther(f"{PATH}/")

    app.router.add_get("/", home)
    mount(app, ConsoleSlot(console))
    return app


async def run_console(settings: Settings, host: str, port: int) -> None:
    process = await create_console(settings, port)
    console = process.console
    runner = web.AppRunner(create_app(console), **RUNNER_OPTIONS)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    sys.stdout.write(f"Kototori staff console on http://{host}:{port}{PATH}/ (links: {console.public_url})\n")
    sys.stdout.flush()
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()
        await process.close()


async def sign_in_link(settings: Settings, user_id: int, name: str | None, port: int) -> str:
    """A one-time link for a coordinator or a member of the advisors' group; ConfigError for anyone else."""
    process = await create_console(settings, port)
    console = process.console
    try:
        role = await console.roles.role(user_id, console.membership)
        if role == Role.NONE:
            raise ConfigError(
                f"user {user_id} is neither a coordinator (KOTOTORI_COORDINATOR_IDS) nor in the advisors' group"
            )
        async with console.sessionmaker() as session:
            url = await SignInLinks(session, console.clock, console.public_url).issue(
                Staff(user_id, name or f"user {user_id}", role)
            )
        assert url is not None
        return url
    finally:
        await process.close()
