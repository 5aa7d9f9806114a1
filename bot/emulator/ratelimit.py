"""Telegram's flood limits, measured on the emulator's clock so tests can move time instead of sleeping."""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass

from bot.clock import Clock
from bot.emulator.errors import too_many_requests

GLOBAL_PER_SECOND = 30
PRIVATE_BURST = 3
PRIVATE_PER_SECOND = 1.0
GROUP_PER_MINUTE = 20


@dataclass(slots=True)
class _Bucket:
    tokens: float
    at: float


class RateLimiter:
    """About 30 messages/s per bot, 1/s per private chat (burst of 3), 20/min per group.

    Only message-sending methods are counted; a refused request does not consume budget.
    """

    def __init__(self, clock: Clock, enabled: bool) -> None:
        self.clock = clock
        self.enabled = enabled
        self._global: deque[float] = deque()
        self._private: dict[int, _Bucket] = {}
        self._groups: dict[int, deque[float]] = {}

    def reset(self) -> None:
        self._global.clear()
        self._private.clear()
        self._groups.clear()

    def acquire(self, chat_id: int, chat_type: str, *, count_global: bool = True, n: int = 1) -> None:
        """Record ``n`` messages to the chat, or raise 429 with ``retry_after`` and record nothing."""
        if not self.enabled:
            return
        now = self.clock.now().timestamp()
        waits: list[float] = []
        if count_global:
            window = _trim(self._global, now - 1.0)
            if len(window) + n > GLOBAL_PER_SECOND:
                waits.append(_wait(window, n, GLOBAL_PER_SECOND, 1.0, now))
        if chat_type == "private":
            bucket = self._private.get(chat_id)
            if bucket is None:
                bucket = self._private[chat_id] = _Bucket(float(PRIVATE_BURST), now)
            bucket.tokens = min(float(PRIVATE_BURST), bucket.tokens + (now - bucket.at) * PRIVATE_PER_SECOND)
            bucket.at = now
            if bucket.tokens < n:
                waits.append((n - bucket.tokens) / PRIVATE_PER_SECOND)
        else:
            group = _trim(self._groups.setdefault(chat_id, deque()), now - 60.0)
            if len(group) + n > GROUP_PER_MINUTE:
                waits.append(_wait(group, n, GROUP_PER_MINUTE, 60.0, now))
        if waits:
            raise too_many_requests(max(1, math.ceil(max(waits))))
        if count_global:
            self._global.extend([now] * n)
        if chat_type == "private":
            self._private[chat_id].tokens -= n
        else:
            self._groups[chat_id].extend([now] * n)


def _trim(window: deque[float], older_than: float) -> deque[float]:
    while window and window[0] <= older_than:
        window.popleft()
    return window


def _wait(window: deque[float], n: int, limit: int, span: float, now: float) -> float:
    """Seconds until enough of the window's entries expire to admit ``n`` more."""
    index = len(window) + n - limit - 1
    return window[index] + span - now if 0 <= index < len(window) else span
