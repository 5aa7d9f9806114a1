"""Bot API request middleware: wait out 429s and retry transient server errors."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import TelegramNetworkError, TelegramRetryAfter, TelegramServerError
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response, TelegramType

if TYPE_CHECKING:
    from aiogram import Bot

log = logging.getLogger(__name__)


class RetryMiddleware(BaseRequestMiddleware):
    """429: sleep `retry_after` and retry (not a failure). 5xx/network: a few retries with backoff."""

    def __init__(self, max_retry_after: int = 60, server_retries: int = 3, base_delay: float = 0.5) -> None:
        self.max_retry_after = max_retry_after
        self.server_retries = server_retries
        self.base_delay = base_delay

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        server_failures = 0
        while True:
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as exc:
                if exc.retry_after > self.max_retry_after:
                    raise
                log.warning("429 on %s: waiting %ss", method.__api_method__, exc.retry_after)
                await asyncio.sleep(exc.retry_after)
            except (TelegramServerError, TelegramNetworkError) as exc:
                server_failures += 1
                if server_failures > self.server_retries:
                    raise
                delay = self.base_delay * 2 ** (server_failures - 1)
                log.warning(
                    "%s on %s, retry %d in %.1fs",
                    type(exc).__name__,
                    method.__api_method__,
                    server_failures,
                    delay,
                )
                await asyncio.sleep(delay)
