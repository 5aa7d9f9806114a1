"""Delivering updates: getUpdates long polling (one poller per token) and webhooks with retries."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from bot.emulator.errors import POLL_CONFLICT, WEBHOOK_CONFLICT, bad_request
from bot.emulator.world import World

logger = logging.getLogger(__name__)

# Telegram's default when allowed_updates was never set: everything except these.
OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
RETRY_DELAYS = (0.05, 0.1, 0.2, 0.5, 1.0)

Execute = Callable[[str, dict[str, Any]], Awaitable[Any]]


@dataclass(slots=True)
class _Poll:
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    superseded: bool = False


@dataclass(slots=True)
class Webhook:
    url: str
    secret_token: str | None
    max_connections: int
    last_error_date: int | None = None
    last_error_message: str | None = None


class UpdateHub:
    """Hands queued updates to the bot, by polling or by webhook, honouring ``allowed_updates``."""

    def __init__(self, world: World, execute: Execute) -> None:
        self.world = world
        self.execute = execute  # runs a method a webhook answer carries
        self.allowed: frozenset[str] | None = None
        self.webhook: Webhook | None = None
        self.delivered_up_to = 0  # highest update_id handed to the bot
        self.closed = False
        self._poll: _Poll | None = None
        self.poll_waiting = asyncio.Event()  # set while a long poll waits for updates
        self._webhook_wake = asyncio.Event()
        self._webhook_task: asyncio.Task[None] | None = None
        self._session: aiohttp.ClientSession | None = None
        world.listeners.append(self._changed)

    @property
    def polling(self) -> bool:
        return self._poll is not None

    def _changed(self) -> None:
        if self._poll is not None:
            self._poll.wake.set()
        self._webhook_wake.set()

    def _wanted(self, update: dict[str, Any]) -> bool:
        kind = ""
        for key in update:
            if key != "update_id":
                kind = key
                break
        if self.allowed is None:
            return kind not in OPT_IN_UPDATES
        return kind in self.allowed

    def pending(self) -> list[dict[str, Any]]:
        """Wanted updates not yet handed to the bot; they sit at the end of the queue."""
        fresh: list[dict[str, Any]] = []
        for update in reversed(self.world.updates):
            if update["update_id"] <= self.delivered_up_to:
                break
            if self._wanted(update):
                fresh.append(update)
        fresh.reverse()
        return fresh

    def _batch(self, limit: int) -> list[dict[str, Any]]:
        """The oldest unconfirmed updates the bot wants; unwanted ones are never shown (Telegram drops them)."""
        batch: list[dict[str, Any]] = []
        for update in self.world.updates:
            if self._wanted(update):
                batch.append(update)
                if len(batch) >= limit:
                    break
        return batch

    def _confirm(self, offset: int) -> None:
        queue = self.world.updates
        if offset < 0:
            while len(queue) > -offset:
                queue.popleft()
        else:
            while queue and queue[0]["update_id"] < offset:
                queue.popleft()

    async def get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook is not None:
            raise WEBHOOK_CONFLICT
        if "allowed_updates" in params:
            self.allowed = frozenset(params["allowed_updates"]) or None
        limit = min(max(int(params.get("limit", 100)), 1), 100)
        timeout = max(float(params.get("timeout", 0)), 0.0)
        if self._poll is not None:
            self._poll.superseded = True
            self._poll.wake.set()
        poll = self._poll = _Poll()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            while True:
                if self.closed:
                    return []
                if poll.superseded:
                    raise POLL_CONFLICT
                if self.webhook is not None:
                    raise WEBHOOK_CONFLICT
                if "offset" in params:
                    self._confirm(int(params["offset"]))
                    params = {k: v for k, v in params.items() if k != "offset"}
                batch = self._batch(limit)
                remaining = deadline - loop.time()
                if batch or remaining <= 0:
                    if batch:
                        self.delivered_up_to = max(self.delivered_up_to, batch[-1]["update_id"])
                    return batch
                poll.wake.clear()
                self.poll_waiting.set()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(poll.wake.wait(), remaining)
        finally:
            if self._poll is poll:
                self._poll = None
                self.poll_waiting.clear()

    # -- webhooks ----------------------------------------------------------------------------------
    async def set_webhook(self, params: dict[str, Any]) -> bool:
        url = str(params.get("url", ""))
        if not url:
            await self.delete_webhook(params)
            return True
        _check_webhook_url(url)
        secret = params.get("secret_token")
        if secret is not None and (
            len(secret) > 256 or not all(c.isascii() and (c.isalnum() or c in "_-") for c in secret)
        ):
            raise bad_request("secret token contains unallowed characters")
        if "allowed_updates" in params:
            self.allowed = frozenset(params["allowed_updates"]) or None
        if params.get("drop_pending_updates"):
            self.world.updates.clear()
        self.webhook = Webhook(url, secret, int(params.get("max_connections", 40)))
        self.delivered_up_to = 0
        if self._poll is not None:
            self._poll.wake.set()
        if self._webhook_task is None or self._webhook_task.done():
            self._webhook_task = asyncio.create_task(self._deliver_loop(), name="emulator-webhook")
        self._webhook_wake.set()
        return True

    async def delete_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook = None
        if params.get("drop_pending_updates"):
            self.world.updates.clear()
        await self._stop_delivery()
        return True

    def webhook_info(self) -> dict[str, Any]:
        info: dict[str, Any] = {
            "url": self.webhook.url if self.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._batch(len(self.world.updates) or 1)),
        }
        if self.webhook is not None:
            info["max_connections"] = self.webhook.max_connections
            if self.webhook.last_error_date is not None:
                info["last_error_date"] = self.webhook.last_error_date
                info["last_error_message"] = self.webhook.last_error_message
        if self.allowed is not None:
            info["allowed_updates"] = sorted(self.allowed)
        return info

    async def close(self) -> None:
        self.closed = True
        await self._stop_delivery()
        if self._poll is not None:
            self._poll.wake.set()

    async def _stop_delivery(self) -> None:
        task, self._webhook_task = self._webhook_task, None
        if task is not None and task is not asyncio.current_task():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _deliver_loop(self) -> None:
        failures = 0
        while self.webhook is not None:
            pending = self.pending()
            if not pending:
                self._webhook_wake.clear()
                await self._webhook_wake.wait()
                continue
            update = pending[0]
            if await self._post(self.webhook, update):
                failures = 0
                self.delivered_up_to = update["update_id"]
                self._confirm(update["update_id"] + 1)
                self.world.changed()
            else:
                await asyncio.sleep(RETRY_DELAYS[min(failures, len(RETRY_DELAYS) - 1)])
                failures += 1

    async def _post(self, hook: Webhook, update: dict[str, Any]) -> bool:
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60))
        headers = {"Content-Type": "application/json"}
        if hook.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = hook.secret_token
        try:
            async with self._session.post(hook.url, data=json.dumps(update), headers=headers) as resp:
                body = await resp.read()
                if not 200 <= resp.status < 300:
                    hook.last_error_message = f"Wrong response from the webhook: {resp.status} {resp.reason}"
                    hook.last_error_date = self.world.now()
                    return False
        except (aiohttp.ClientError, TimeoutError) as exc:
            hook.last_error_message = f"Connection failed: {type(exc).__name__}"
            hook.last_error_date = self.world.now()
            return False
        await self._reply_method(body)
        return True

    async def _reply_method(self, body: bytes) -> None:
        """Telegram runs a method a webhook answers with (aiogram does this when not handling in background)."""
        try:
            data = json.loads(body) if body else None
        except ValueError:
            return
        if isinstance(data, dict) and isinstance(data.get("method"), str):
            method = data.pop("method")
            try:
                await self.execute(method, data)
            except Exception:
                logger.warning("method %s in a webhook answer failed", method, exc_info=True)


def _check_webhook_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and parts.hostname:
        # Telegram wants HTTPS; the emulator lets loopback HTTP through for tests and the demo.
        host = parts.hostname
        with contextlib.suppress(ValueError):
            if host == "localhost" or ipaddress.ip_address(host).is_loopback:
                return
    raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
