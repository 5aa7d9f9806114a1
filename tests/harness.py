"""The real bot (aiogram over loopback HTTP) against the emulator, with helpers that read what users see."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.types import TelegramObject

from bot.answers.knowledge.build import build_matcher
from bot.answers.service import QuestionService
from bot.app import ALLOWED_UPDATES, Resources, create_bot, create_dispatcher, create_resources, set_commands
from bot.clock import FixedClock, OffsetClock
from bot.config import load_settings
from bot.emulator import TelegramEmulator
from bot.i18n import Translator
from bot.runtime.handling import InboxWorkers
from bot.runtime.inbox import Inbox
from bot.runtime.intake import poll_into_inbox
from bot.runtime.scheduler import Jobs
from bot.telegram.context import NextHandler

_QUESTIONS: list[QuestionService] = []


def shared_questions() -> QuestionService:
    """One matcher per test session (with embeddings: computed once, then read from the disk cache)."""
    if not _QUESTIONS:
        _QUESTIONS.append(QuestionService(build_matcher(with_embeddings=True)))
    return _QUESTIONS[0]


# The ceiling of every wait on an event, in seconds. Each wait ends as soon as its event happens; the ceiling only
# decides how long a broken test takes to fail, so it is generous: a shared 2-core machine under load answers late.
WAIT = 60.0
# The same for the first answer of a newly started process (imports, the knowledge base, the database check): on a
# busy 2-core machine `kototori run` took more than a minute to answer its first /start.
START = 180.0


async def until(predicate: Callable[[], bool], timeout: float = WAIT) -> None:  # noqa: ASYNC109
    """Wait until `predicate()` holds, for changes that come without a new message (an edit, a deleted topic)."""
    async with asyncio.timeout(timeout):
        while not predicate():  # noqa: ASYNC110
            await asyncio.sleep(0.02)


# A Tuesday morning in Tampere (EET, UTC+2).
T0 = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)
TOKEN = "7000000001:TEST-token-for-the-emulator-000000000"
ADVISORS_CHAT_ID = -1001000000001
COORDINATOR_ID = 9003


@dataclass
class BotHarness:
    emulator: TelegramEmulator
    resources: Resources
    bot: Bot
    dispatcher: Dispatcher
    clock: FixedClock
    polling: asyncio.Task[None] | None = None
    workers: InboxWorkers | None = None  # set when the bot runs through the inbox, as `kototori run` does
    inbox: Inbox | None = None
    stopping: asyncio.Event = field(default_factory=asyncio.Event)
    _next_user: int = field(default=5000)
    handling: int = 0  # updates the bot is still handling (counted by an outermost middleware)

    async def settle(self, timeout: float = WAIT) -> None:  # noqa: ASYNC109
        """Wait until the emulator is idle and the bot has finished every update it took.

        The emulator alone cannot tell "done" from "busy with the database between two requests" on a loaded
        machine, so this also waits for the bot's handlers to return.
        """
        async with asyncio.timeout(timeout):
            while True:
                await self.emulator.wait_idle(timeout=timeout)
                if self.handling == 0 and (self.inbox is None or await self.inbox.waiting() == 0):
                    return
                await asyncio.sleep(0.01)

    @property
    def translator(self) -> Translator:
        return self.resources.translator

    def new_user(self, first_name: str = "Zahra", language_code: str | None = "en") -> int:
        self._next_user += 1
        self.emulator.add_user(first_name, language_code=language_code, user_id=self._next_user)
        return self._next_user

    def bot_messages(self, chat_id: int) -> list[dict[str, Any]]:
        return [m for m in self.emulator.chat_messages(chat_id) if m["from_bot"] and not m["deleted"]]

    async def say(self, user_id: int, text: str, expect: int = 1) -> list[dict[str, Any]]:
        """The user sends text; returns the `expect` new bot messages in that chat."""
        before = len(self.bot_messages(user_id))
        self.emulator.send_text(user_id, text)
        return await self.wait_new(user_id, before, expect)

    async def wait_new(self, chat_id: int, before: int, expect: int) -> list[dict[str, Any]]:
        await self.emulator.wait_for_messages(chat_id, before + expect, timeout=WAIT)
        await self.settle()
        return self.bot_messages(chat_id)[before:]

    async def press(self, user_id: int, button_text: str, expect: int = 1) -> list[dict[str, Any]]:
        """Press the inline button with this text on the newest bot message that has it."""
        for message in reversed(self.bot_messages(user_id)):
            for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
                for button in row:
                    if button["text"] == button_text:
                        before = len(self.bot_messages(user_id))
                        self.emulator.press(user_id, user_id, message["message_id"], button["callback_data"])
                        if expect == 0:
                            await self.settle()
                            return []
                        return await self.wait_new(user_id, before, expect)
        raise AssertionError(f"no button {button_text!r}; the chat shows {self.bot_messages(user_id)}")

    async def choose_language(self, user_id: int, name: str) -> list[dict[str, Any]]:
        """First contact: the picker, then the welcome and the optional news offer (declined by ignoring it)."""
        await self.say(user_id, "/start")
        return await self.press(user_id, name, expect=2)

    async def newcomer(self, first_name: str, language: str, language_code: str | None = "en") -> int:
        """A new user (Telegram app in `language_code`) who has chosen `language` (its name in the picker)."""
        user = self.new_user(first_name, language_code=language_code)
        await self.choose_language(user, language)
        return user

    async def run_jobs(self, jobs: Jobs | None = None) -> None:
        """One scheduler tick, then the outbox sender until nothing is due; a new `Jobs` (as after a restart)
        unless `jobs` is given."""
        jobs = jobs or Jobs(self.resources, self.bot)
        await jobs.tick()
        assert jobs.sender is not None
        await jobs.sender.run_until_idle()
        await self.settle()

    async def stop_bot(self) -> None:
        """Stop the bot process but keep the emulator (Telegram keeps the updates meanwhile)."""
        self.stopping.set()
        if self.workers is not None:
            await self.workers.stop()
            await self.dispatcher.emit_shutdown(bot=self.bot, dispatcher=self.dispatcher)
        if self.inbox is not None:
            await self.inbox.close()
        with contextlib.suppress(RuntimeError):
            await self.dispatcher.stop_polling()
        if self.polling is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(self.polling, timeout=WAIT)
        await self.dispatcher.storage.close()
        await self.bot.session.close()
        await self.resources.close()

    async def stop(self) -> None:
        await self.stop_bot()
        await self.emulator.stop()


def buttons(message: dict[str, Any]) -> list[str]:
    return [b["text"] for row in (message.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]


async def start_harness(
    db_url: str,
    clock: FixedClock,
    translator: Translator,
    *,
    redis_url: str | None = None,
    emulator: TelegramEmulator | None = None,
    questions: QuestionService | None = None,
    inbox: bool = False,
) -> BotHarness:
    """`inbox`: run as `kototori run` does (updates stored, then handled per chat); otherwise aiogram's polling."""
    # The emulator keeps real time (its rate limits need seconds to pass); the bot reads the fixed clock.
    emulator = emulator or TelegramEmulator(TOKEN, clock=OffsetClock())
    if not emulator.base_url:
        await emulator.start(host="127.0.0.1", port=0)
    settings = load_settings(
        bot_token=TOKEN,
        telegram_api=emulator.base_url,
        database_url=db_url,
        redis_url=redis_url,
        advisors_chat_id=ADVISORS_CHAT_ID,
        coordinator_ids=str(COORDINATOR_ID),
    )
    resources = create_resources(settings, clock, translator, questions or shared_questions())
    bot = create_bot(settings)
    dp = create_dispatcher(resources, inbox=inbox)
    await set_commands(bot, translator)
    h = BotHarness(emulator, resources, bot, dp, clock)
    if inbox:
        h.inbox = Inbox.open(db_url, "harness")
        h.workers = InboxWorkers(h.inbox, dp, bot, exclusive=True)

    async def count_handling(handler: NextHandler, event: TelegramObject, data: dict[str, Any]) -> Any:
        h.handling += 1
        try:
            return await handler(event, data)
        finally:
            h.handling -= 1

    dp.update.outer_middleware._middlewares.insert(0, count_handling)  # outermost: around the session too
    if h.workers is not None:
        await dp.emit_startup(bot=bot, dispatcher=dp)
        await h.workers.start()
        h.polling = asyncio.create_task(
            poll_into_inbox(bot, h.workers, h.stopping, allowed_updates=ALLOWED_UPDATES, polling_timeout=1)
        )
        return h
    h.polling = asyncio.create_task(
        dp.start_polling(
            bot,
            allowed_updates=ALLOWED_UPDATES,
            handle_signals=False,
            close_bot_session=False,
            polling_timeout=1,
        )
    )
    return h


@asynccontextmanager
async def running_harness(
    db_url: str, clock: FixedClock, translator: Translator, **options: Any
) -> AsyncIterator[BotHarness]:
    """`start_harness` for the length of a `with` block (a fixture's `yield`), stopped afterwards."""
    h = await start_harness(db_url, clock, translator, **options)
    try:
        yield h
    finally:
        await h.stop()
