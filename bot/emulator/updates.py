"""Delivering updates: getUpdates long polling (one poller per token) and webhooks with retries."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from bot.emulator.errors import POLL_CONFLICT, WEBHOOK_CONFLICT, bad_request
from bot.emulator.webhook import (
    WebhookConfig,
    WebhookSender,
    update_kind,
)
from bot.emulator.world import World

logger = logging.getLogger(__name__)

# Telegram's default when allowed_updates was never set: everything except these.
OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
DEFAULT_MAX_CONNECTIONS = 40


@dataclass(slots=True)
class _Poll:
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    superseded: bool = False


class UpdateHub:
    """Hands queued updates to the bot, by polling or by webhook, honouring ``allowed_updates``."""

    def __init__(self, world: World, sender: WebhookSender) -> None:
        """``sender`` delivers to the webhook ``setWebhook`` sets (its timeout, retries and queues)."""
        self.world = world
        self.allowed: frozenset[str] | None = None
        self.sender = sender
        self.delivered_up_to = 0  # highest update_id handed to the bot
        self.closed = False
        self._poll: _Poll | None = None
        self.poll_waiting = asyncio.Event()  # set while a long poll waits for updates
        world.listeners.append(self._changed)

    @property
    def polling(self) -> bool:
        return self._poll is not None

    def _changed(self) -> None:
        if self._poll is not None:
            self._poll.wake.set()
        if self.sender.config is not None:
            self.sender.wake()

    def _wanted(self, update: dict[str, Any]) -> bool:
        kind = update_kind(update)
        if self.allowed is None:
            return kind not in OPT_IN_UPDATES
        return kind in self.allowed

    def pending(self) -> list[dict[str, Any]]:
        """Wanted updates not yet handed to the bot: not fetched, or not yet answered by the webhook with 2xx."""
        fresh: list[dict[str, Any]] = []
        for update in reversed(self.world.updates):
            if update["update_id"] <= self.delivered_up_to:
                break
            if self._wanted(update):
                fresh.append(update)
        fresh.reverse()
        return [*self.sender.items(), *fresh]

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
    @property
    def webhook(self) -> WebhookConfig | None:
        return self.sender.config

    def _load_webhook_queue(self) -> None:
        """Move the queued updates into the webhook's queues; unwanted ones are dropped as Telegram never made them."""
        queue = self.world.updates
        while queue:
            update = queue.popleft()
            if self._wanted(update):
                self.sender.enqueue(update)

    def _give_back(self) -> None:
        """Updates the webhook did not deliver go back to the getUpdates queue, oldest first."""
        returned = self.sender.take_back()
        if returned:
            self.world.updates.extend(returned)
            ordered = sorted(self.world.updates, key=lambda u: u["update_id"])
            self.world.updates.clear()
            self.world.updates.extend(ordered)

    async def set_webhook(self, params: dict[str, Any]) -> bool:
        url = str(params.get("url", ""))
        if not url:
            return await self.delete_webhook(params)
        _check_webhook_url(url)
        secret = params.get("secret_token") or None
        if secret is not None:
            if len(secret) > 256:
                raise bad_request("secret token is too long")
            if not all(c.isascii() and (c.isalnum() or c in "_-") for c in secret):
                raise bad_request("secret token contains unallowed characters")
        ip_address = params.get("ip_address") or None
        if ip_address is not None:
            try:
                ipaddress.ip_address(ip_address)
            except ValueError:
                raise bad_request("bad webhook: Invalid IP address specified") from None
        # Telegram clamps max_connections to 1-100 rather than refusing it.
        connections = min(max(int(params.get("max_connections", DEFAULT_MAX_CONNECTIONS)), 1), 100)
        config = WebhookConfig(url, secret, connections, ip_address)
        if "allowed_updates" in params:
            self.allowed = frozenset(params["allowed_updates"]) or None
        drop = bool(params.get("drop_pending_updates"))
        if config == self.sender.config and not drop:
            self.sender.wake()  # "Webhook is already set": deliveries in flight go on
            return True
        await self.sender.stop()
        self._give_back()
        if drop:
            self.world.updates.clear()
        self.delivered_up_to = 0
        self.sender.start(config, self._load_webhook_queue)
        if self._poll is not None:
            self._poll.wake.set()
        return True

    async def delete_webhook(self, params: dict[str, Any]) -> bool:
        await self.sender.stop()
        self._give_back()
        if params.get("drop_pending_updates"):
            self.world.updates.clear()
        self.world.changed()
        return True

    def webhook_info(self) -> dict[str, Any]:
        config = self.sender.config
        info: dict[str, Any] = {
            "url": config.url if config else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._batch(len(self.world.updates) or 1)) + len(self.sender),
        }
        if config is not None:
            info["max_connections"] = config.max_connections
            ip = config.ip_address or _literal_ip(config.url)
            if ip:
                info["ip_address"] = ip
            if self.sender.last_error_date is not None:
                info["last_error_date"] = self.sender.last_error_date
                info["last_error_message"] = self.sender.last_error_message
        if self.allowed is not None:
            info["allowed_updates"] = sorted(self.allowed)
        return info

    async def wait_webhook_drained(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        await self.sender.wait_until(lambda: not self.pending(), timeout, "webhook queue not empty")

    async def close(self) -> None:
        self.closed = True
        await self.sender.stop()
        if self._poll is not None:
            self._poll.wake.set()


def _literal_ip(url: str) -> str | None:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return "127.0.0.1"
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return None


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
