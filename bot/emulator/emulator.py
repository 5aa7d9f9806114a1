"""``TelegramEmulator``: one fake Bot API server with its world, faults and the Python API tests drive."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import tzinfo
from typing import Any

from aiohttp import web

from bot.clock import Clock
from bot.emulator import methods_chats, methods_messages  # noqa: F401  (they register the methods)
from bot.emulator.actions import UserActions
from bot.emulator.checks import OBJECT_HOOKS
from bot.emulator.control import add_control_routes
from bot.emulator.faults import Faults
from bot.emulator.ratelimit import RateLimiter
from bot.emulator.server import MAX_UPLOAD, TOKEN_RE, add_routes, execute
from bot.emulator.spec import Upload, Validator, load_spec
from bot.emulator.updates import UpdateHub
from bot.emulator.webhook import DEFAULT_TIMEOUT, DeliveryRecord, QueueMode, WebhookSender
from bot.emulator.world import SERVICE_KINDS, World

logger = logging.getLogger(__name__)

QUIET_SECONDS = 0.05


class TelegramEmulator:
    """A fake Telegram Bot API for one bot, strict about what it accepts."""

    def __init__(
        self,
        token: str | None = None,
        *,
        clock: Clock | None = None,
        rate_limits: bool = False,
        strict: bool = True,
        bot_username: str = "kototori_bot",
        webhook_timeout: float = DEFAULT_TIMEOUT,
        webhook_retry_scale: float = 1.0,
        webhook_queues: QueueMode = "chat",
    ) -> None:
        """``webhook_timeout``: seconds a webhook may take to answer (Telegram: 60). ``webhook_retry_scale``
        multiplies the retry delays (Telegram: 0, 2, 4, ... 60 s). ``webhook_queues``: "chat" sends one update
        of a chat at a time; "telegram" uses Telegram's own queues (a chat's callback queries apart from its
        messages). See ``bot/emulator/webhook.py``."""
        if token is not None and not TOKEN_RE.match(token):
            raise ValueError("token must look like <digits>:<35+ characters of [A-Za-z0-9_-]>")
        self.token: str | None = None
        self.world = World(clock, bot_username)
        self.clock = self.world.clock
        # The control API reports the clock in this zone (the demo page shows the bot's local time, not UTC).
        self.display_tz: tzinfo | None = None
        if token is not None:
            self.adopt_token(token)
        self.spec = load_spec()
        self.validator = Validator(self.spec, OBJECT_HOOKS, strict)
        self.limiter = RateLimiter(self.world.clock, rate_limits)
        self.faults = Faults()
        self.actions = UserActions(self.world)
        # What a person does in the Telegram app, called on the emulator itself (see UserActions).
        self.send_text = self.actions.send_text
        self.send_media = self.actions.send_media
        self.edit_text = self.actions.edit_text
        self.press = self.actions.press
        self.press_reply_button = self.actions.press_reply_button
        self.add_bot_to_group = self.actions.add_bot_to_group
        webhook = WebhookSender(
            self.world,
            self.execute,
            timeout=webhook_timeout,
            retry_scale=webhook_retry_scale,
            queues=webhook_queues,
        )
        self.hub = UpdateHub(self.world, webhook)
        self.requests_log: collections.deque[tuple[str, dict[str, Any]]] = collections.deque(maxlen=10_000)
        self.stats: dict[str, int] = {"requests": 0, "messages_sent": 0, "rate_limited_429": 0, "errors": 0}
        self.on_clock_advanced: list[Callable[[], Awaitable[None]]] = []
        self.base_url = ""
        self.app = web.Application(client_max_size=MAX_UPLOAD)
        add_routes(self, self.app)
        add_control_routes(self, self.app)
        self._runner: web.AppRunner | None = None
        self._in_flight = 0
        self._last_activity = 0.0
        self._activity = asyncio.Event()
        self.world.listeners.append(self._touched)

    # -- lifecycle ----------------------------------------------------------------------------------
    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.hub.closed = False
        self._runner = web.AppRunner(self.app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        bound = self._runner.addresses[0]
        self.base_url = f"http://{host}:{bound[1]}"
        logger.info("Telegram emulator listening on %s", self.base_url)

    async def stop(self) -> None:
        await self.hub.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def adopt_token(self, token: str) -> None:
        self.token = token
        self.world.bot_id = int(token.split(":", 1)[0])

    async def execute(self, method: str, raw: Mapping[str, Any], uploads: Mapping[str, Upload]) -> Any:
        return await execute(self, method, raw, uploads)

    @property
    def polling(self) -> bool:
        """Whether a getUpdates long poll is waiting right now."""
        return self.hub.polling

    def get_me(self) -> dict[str, Any]:
        return {
            **self.world.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    # -- world --------------------------------------------------------------------------------------
    def add_user(
        self,
        first_name: str,
        *,
        language_code: str | None = "en",
        user_id: int | None = None,
        last_name: str | None = None,
        username: str | None = None,
        started: bool = True,
    ) -> dict[str, Any]:
        return self.world.add_user(
            first_name,
            language_code=language_code,
            user_id=user_id,
            last_name=last_name,
            username=username,
            started=started,
        )

    def add_forum_group(
        self,
        title: str,
        *,
        chat_id: int | None = None,
        bot_is_admin: bool = True,
        can_manage_topics: bool = True,
        members: list[int] | tuple[int, ...] = (),
    ) -> dict[str, Any]:
        return self.world.add_group(
            title,
            chat_id=chat_id,
            forum=True,
            bot_status="administrator" if bot_is_admin else "member",
            can_manage_topics=can_manage_topics and bot_is_admin,
            members=list(members),
        )

    def add_group(
        self,
        title: str,
        *,
        chat_id: int | None = None,
        bot_is_member: bool = True,
        bot_is_admin: bool = False,
        members: list[int] | tuple[int, ...] = (),
    ) -> dict[str, Any]:
        status = "administrator" if bot_is_admin else "member" if bot_is_member else "left"
        return self.world.add_group(
            title,
            chat_id=chat_id,
            forum=False,
            bot_status=status,
            can_manage_topics=False,
            members=list(members),
        )

    def add_member(self, chat_id: int, user_id: int, status: str = "member") -> None:
        if status not in ("creator", "administrator", "member", "left", "kicked"):
            raise ValueError(f"unsupported member status {status}")
        self.world.user(user_id)
        self.world.chat_state(chat_id).members[user_id] = status

    # -- what the bot did ---------------------------------------------------------------------------
    def chat_messages(
        self, chat_id: int, message_thread_id: int | None = None, *, since: int = 0
    ) -> list[dict[str, Any]]:
        return self.world.chat_messages(chat_id, message_thread_id, since)

    def chat_actions(self, chat_id: int) -> list[str]:
        """The chat actions ("typing", "upload_document", ...) the bot sent to this chat, in order."""
        return [action for chat, action in self.world.chat_actions if chat == chat_id]

    @property
    def callback_answers(self) -> list[dict[str, Any]]:
        return self.world.callback_answers

    def topics(self, chat_id: int) -> list[dict[str, Any]]:
        return [
            {**t.public(), "closed": t.closed, "deleted": t.deleted}
            for t in self.world.chat_state(chat_id).topics.values()
        ]

    def commands(
        self, scope_type: str = "default", language_code: str = "", *, chat_id: int | None = None
    ) -> list[dict[str, Any]]:
        key = scope_type if chat_id is None else f"{scope_type}:{chat_id}"
        return list(self.world.commands.get((key, language_code), []))

    # -- faults -------------------------------------------------------------------------------------
    def set_rate_limits(self, enabled: bool) -> None:
        self.limiter.enabled = enabled
        self.limiter.reset()

    def block_user(self, user_id: int) -> None:
        self.actions.set_blocked(user_id, True)

    def unblock_user(self, user_id: int) -> None:
        self.actions.set_blocked(user_id, False)

    def fail_next(
        self,
        n: int,
        status: int = 500,
        method: str | None = None,
        retry_after: int = 1,
        description: str | None = None,
    ) -> None:
        self.faults.fail_next(n, status, method, retry_after, description)

    def set_delay(self, seconds: float, method: str | None = None) -> None:
        self.faults.set_delay(seconds, method)

    def set_bot_status(
        self, chat_id: int, by_user_id: int, status: str, *, can_manage_topics: bool = False
    ) -> dict[str, Any]:
        return self.actions.set_bot_status(chat_id, by_user_id, status, can_manage_topics=can_manage_topics)

    def migrate_group(self, chat_id: int) -> dict[str, Any]:
        return self.world.migrate_group(chat_id)

    def delete_topic(self, chat_id: int, thread_id: int) -> None:
        state = self.world.chat_state(chat_id)
        topic = state.topics.get(thread_id)
        if topic is None:
            raise ValueError(f"chat {chat_id} has no topic {thread_id}")
        methods_chats.delete_topic(self, state, topic)

    def close_topic(self, chat_id: int, thread_id: int, closed: bool = True) -> None:
        topic = self.world.chat_state(chat_id).topics.get(thread_id)
        if topic is None:
            raise ValueError(f"chat {chat_id} has no topic {thread_id}")
        topic.closed = closed

    # -- webhook ------------------------------------------------------------------------------------
    def set_webhook_timing(self, *, timeout: float | None = None, retry_scale: float | None = None) -> None:
        """Shorten the delivery timeout and the retry delays (both real time) so tests stay fast."""
        if timeout is not None:
            self.hub.sender.timeout = timeout
        if retry_scale is not None:
            self.hub.sender.retry_scale = retry_scale

    @property
    def webhook_deliveries(self) -> dict[int, DeliveryRecord]:
        """Per update id: requests sent, failures, 2xx answers and the errors seen (to count duplicates)."""
        return self.hub.sender.records

    @property
    def webhook_peak_connections(self) -> int:
        """The most webhook requests that were ever in flight at once."""
        return self.hub.sender.peak_in_flight

    async def wait_webhook_drained(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until every update was answered by the webhook with 2xx (nothing queued, nothing in flight)."""
        await self.hub.wait_webhook_drained(timeout)

    async def wait_webhook(self, done: Callable[[], bool], timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until ``done()`` holds, checked after every webhook event (queued, answered, failed, dropped)."""
        await self.hub.sender.wait_until(done, timeout, "webhook condition not met")

    # -- waiting ------------------------------------------------------------------------------------
    def activity(self, delta: int) -> None:
        self._in_flight += delta
        self._touched()

    def _touched(self) -> None:
        self._last_activity = time.monotonic()
        self._activity.set()

    async def wait_for_messages(
        self,
        chat_id: int,
        count: int,
        timeout: float = 5.0,  # noqa: ASYNC109  (a deadline for the whole wait is the API tests want)
        *,
        from_bot: bool = True,
        message_thread_id: int | None = None,
    ) -> list[dict[str, Any]]:
        """The chat's shown messages once it shows ``count`` (bot) messages; deleted and service ones do not count."""
        state = self.world.chat_state(chat_id)

        def have() -> int:
            bot = state.counts[(True, message_thread_id)]
            return bot if from_bot else bot + state.counts[(False, message_thread_id)]

        try:
            async with asyncio.timeout(timeout):
                while have() < count:
                    self._activity.clear()
                    await self._activity.wait()
        except TimeoutError:
            shown = [
                f"{'bot' if m['from_bot'] else 'user'}: {m['text'] or m['caption'] or m['kind']!r}"
                for m in self.chat_messages(chat_id, message_thread_id)
            ]
            raise TimeoutError(
                f"chat {chat_id} has {have()} of {count} expected {'bot ' if from_bot else ''}messages "
                f"after {timeout}s; it shows: {shown or 'nothing'}"
            ) from None
        return [
            m
            for m in self.chat_messages(chat_id, message_thread_id)
            if m["kind"] not in SERVICE_KINDS and not m["deleted"] and (m["from_bot"] or not from_bot)
        ]

    async def wait_polling(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until the bot has a getUpdates long poll waiting (the bot is up and listening)."""
        try:
            async with asyncio.timeout(timeout):
                await self.hub.poll_waiting.wait()
        except TimeoutError:
            raise TimeoutError(f"no getUpdates long poll arrived within {timeout}s") from None

    async def wait_idle(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until every update was fetched and no Bot API request ran for a quiet moment."""
        try:
            async with asyncio.timeout(timeout):
                while True:
                    quiet = time.monotonic() - self._last_activity
                    if not self.hub.pending() and self._in_flight == 0 and quiet >= QUIET_SECONDS:
                        return
                    self._activity.clear()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._activity.wait(), max(QUIET_SECONDS - quiet, 0.005))
        except TimeoutError:
            raise TimeoutError(
                f"emulator not idle after {timeout}s: {len(self.hub.pending())} updates not fetched, "
                f"{self._in_flight} requests in flight"
            ) from None
