"""`kototori demo`: the emulator, the bot and the scheduler in one process, with a phone-like web page."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

from aiogram import Bot, Dispatcher
from aiohttp import web

from bot.answers.knowledge.build import add_embeddings_in_background
from bot.app import ALLOWED_UPDATES, Resources, create_bot, create_dispatcher, create_resources, set_commands
from bot.clock import OffsetClock
from bot.config import Settings, load_settings
from bot.console.web import Console, ConsoleSlot, mount
from bot.db.migrate import upgrade
from bot.emulator import TelegramEmulator
from bot.letters.samples import sample_photo
from bot.runtime.scheduler import Jobs, create_scheduler
from bot.telegram.membership import TelegramMembership
from bot.users.roles import Role, Staff

log = logging.getLogger(__name__)

DEMO_TOKEN = "7000000001:DEMO-offline-emulator-token-not-real"
ADVISORS_CHAT_ID = -1001000000001
STATIC = Path(__file__).resolve().parent.parent / "emulator" / "static"

# People a tester can act as: staff in the advisors' group, newcomers on the phone.
ADVISORS = (("Aino (social counsellor)", 9001), ("Hassan (language assistant)", 9002))
COORDINATOR = ("Leena (coordinator)", 9003)
PERSONAS = (
    ("Zahra", "fa"),
    ("Ahmed", "ar"),
    ("Hodan", None),
    ("Mikko", "fi"),
    ("Anna", "en"),
)


@dataclass
class Demo:
    """A running demo: tests use it in-process, `kototori demo` runs it until interrupted."""

    emulator: TelegramEmulator
    resources: Resources
    bot: Bot
    dispatcher: Dispatcher
    clock: OffsetClock
    jobs: Jobs
    console: Console
    tasks: list[asyncio.Task[None]] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.emulator.base_url

    async def stop(self) -> None:
        with contextlib.suppress(RuntimeError):
            await self.dispatcher.stop_polling()
        for task in self.tasks:
            task.cancel()
        for task in self.tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self.dispatcher.storage.close()
        await self.bot.session.close()
        await self.resources.close()
        await self.emulator.stop()


def _settings(db_path: str, api: str) -> Settings:
    return load_settings(
        bot_token=DEMO_TOKEN,
        telegram_api=api,
        console_url=api,  # /console in the bot links to this page's /console
        database_url=f"sqlite+aiosqlite:///{db_path}",
        redis_url=None,
        advisors_chat_id=ADVISORS_CHAT_ID,
        coordinator_ids=str(COORDINATOR[1]),
    )


def _populate(emulator: TelegramEmulator) -> None:
    staff = [*ADVISORS, COORDINATOR]
    for name, user_id in staff:
        emulator.add_user(name, language_code="fi", user_id=user_id)
    emulator.add_forum_group(
        "Kototori advisors", chat_id=ADVISORS_CHAT_ID, members=[user_id for _, user_id in staff]
    )


def _add_routes(app: web.Application, console: ConsoleSlot, emulator: TelegramEmulator) -> None:
    async def index(_: web.Request) -> web.FileResponse:
        return web.FileResponse(STATIC / "index.html")

    async def config(_: web.Request) -> web.Response:
        return web.json_response(
            {
                "advisors_chat_id": ADVISORS_CHAT_ID,
                "advisors": [{"id": i, "first_name": n} for n, i in (*ADVISORS, COORDINATOR)],
                # Staff who also use the bot in a private chat (the coordinator: /coordinator, /announce).
                "private_staff": [COORDINATOR[1]],
                "personas": [{"first_name": n, "language_code": c} for n, c in PERSONAS],
                "sample_letter": True,  # POST /demo/letter: a persona sends a photo of a sample letter
            }
        )

    async def letter(request: web.Request) -> web.Response:
        """A persona sends a photo of a sample letter (dated today on the demo's clock) to the bot."""
        body = await request.json()
        user_id = int(body["user_id"])
        today = emulator.clock.now().astimezone(emulator.display_tz).date()
        photo = await asyncio.to_thread(sample_photo, today)
        return web.json_response(emulator.send_media(user_id, "photo", data=photo))

    app.router.add_get("/", index)
    app.router.add_get("/demo/config", config)
    app.router.add_post("/demo/letter", letter)
    app.router.add_static("/static/", STATIC)
    mount(app, console)  # the staff console at /console (the page's "console" link signs Leena in)


async def start_demo(
    host: str = "127.0.0.1", port: int = 8080, db_path: str = "kototori-demo.sqlite3"
) -> Demo:
    clock = OffsetClock()
    emulator = TelegramEmulator(DEMO_TOKEN, clock=clock, rate_limits=True)
    slot = ConsoleSlot()
    _add_routes(emulator.app, slot, emulator)
    _populate(emulator)
    await emulator.start(host=host, port=port)
    settings = _settings(db_path, emulator.base_url)
    emulator.display_tz = settings.tz  # the page's clock and message times in the bot's time zone
    await asyncio.to_thread(upgrade, settings.database_url)
    resources = create_resources(settings, clock)
    bot = create_bot(settings)
    dp = create_dispatcher(resources)
    await set_commands(bot, resources.translator)
    resources.background.append(
        asyncio.create_task(add_embeddings_in_background(resources.questions.matcher))
    )
    resources.knowledge.upgrade = add_embeddings_in_background
    console = Console(
        sessionmaker=resources.sessionmaker,
        clock=clock,
        tz=settings.tz,
        roles=resources.roles,
        membership=TelegramMembership(bot, ADVISORS_CHAT_ID),
        repository=resources.questions.kb,  # the YAML: the bot has not applied any edit yet
        secure=False,
        public_url=emulator.base_url,
        on_knowledge_changed=resources.knowledge.poke,  # one process: the bot rebuilds at once
        demo_user=Staff(COORDINATOR[1], COORDINATOR[0].split(" (")[0], Role.COORDINATOR),
    )
    slot.console = console
    jobs = Jobs(resources, bot)

    async def run_due_jobs() -> None:
        await jobs.tick()

    emulator.on_clock_advanced.append(run_due_jobs)
    demo = Demo(emulator, resources, bot, dp, clock, jobs, console)
    # The demo is the one process, so it is also the one outbox sender (announcements go out from here).
    demo.tasks.append(asyncio.create_task(jobs.run_sender(), name="outbox-sender"))
    demo.tasks.append(
        asyncio.create_task(
            dp.start_polling(
                bot, allowed_updates=ALLOWED_UPDATES, handle_signals=False, close_bot_session=False
            )
        )
    )
    return demo


async def run_demo(host: str, port: int, db_path: str) -> None:
    demo = await start_demo(host, port, db_path)
    scheduler = create_scheduler(demo.jobs)
    scheduler.start()
    sys.stdout.write(
        f"Kototori demo is running: open {demo.url}/ in a browser (Ctrl+C stops it).\nDatabase: {db_path}\n"
    )
    sys.stdout.flush()
    try:
        await asyncio.Event().wait()
    finally:
        scheduler.shutdown(wait=False)
        await demo.stop()
