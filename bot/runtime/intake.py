"""Taking updates in: long polling and the webhook both store an update before Telegram learns it arrived.

Polling asks for the next offset (which confirms a batch to Telegram) only after the batch is stored; the webhook
answers 200 only after the update is stored. A process that dies before storing leaves the update with Telegram,
which sends it again; one stored twice is stored once (the update id is the inbox's key).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from aiogram import Bot
from aiogram.methods import GetUpdates
from aiogram.types import Update
from aiogram.utils.backoff import Backoff, BackoffConfig
from aiohttp import web

from bot.runtime.handling import InboxWorkers

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
T = TypeVar("T")
BACKOFF = BackoffConfig(min_delay=0.5, max_delay=10.0, factor=1.5, jitter=0.1)


def raw(update: Update) -> dict[str, Any]:
    """The update as Telegram sent it (field names as in the Bot API, dates as Unix time)."""
    return update.model_dump(mode="json", exclude_unset=True, by_alias=True)


async def poll_into_inbox(
    bot: Bot,
    workers: InboxWorkers,
    stop: asyncio.Event,
    *,
    allowed_updates: list[str],
    polling_timeout: int = 30,
) -> None:
    """Long polling until `stop` is set; a batch is confirmed (the next offset) only once it is stored."""
    backoff = Backoff(config=BACKOFF)
    offset: int | None = None
    request_timeout = int((bot.session.timeout or 60) + polling_timeout)
    while not stop.is_set():
        request = GetUpdates(offset=offset, timeout=polling_timeout, allowed_updates=allowed_updates)
        try:
            updates = await _until(stop, bot(request, request_timeout=request_timeout))
            if updates is None:
                break
            if updates:
                await workers.accept([raw(u) for u in updates])
                offset = updates[-1].update_id + 1
            backoff.reset()
        except Exception as exc:
            # Not stored, so not confirmed: the same batch comes again on the next request.
            log.error("fetching or storing updates failed (%s); trying again", type(exc).__name__)
            await _until(stop, backoff.asleep())


async def _until(stop: asyncio.Event, work: Awaitable[T]) -> T | None:
    """`work`'s result, or None when `stop` is set first (the work is cancelled then)."""
    task = asyncio.ensure_future(work)
    stopped = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopped}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopped.cancel()
    if task.done():
        return task.result()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task
    return None


def webhook_handler(
    workers: InboxWorkers, secret: str
) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """POST handler: 401 without the right secret header, 200 once the update is stored, 503 if it cannot be."""
    expected = secret.encode()

    async def handle(request: web.Request) -> web.StreamResponse:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            return web.Response(status=401)
        try:
            update = await request.json()
        except ValueError:
            return web.Response(status=400)
        if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
            return web.Response(status=400)
        try:
            await workers.accept([update])
        except Exception as exc:
            # Not stored: Telegram keeps the update and sends it again (to this or another replica).
            log.error("storing update %d failed: %s", update["update_id"], type(exc).__name__)
            return web.Response(status=503)
        return web.Response()

    return handle
