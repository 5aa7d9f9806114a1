"""Pacing of outbox sends under Telegram's limits: a strict global rate and 1 message/s per chat.

GCRA with reservations: each send reserves the next free slot (`start = max(now, global TAT, chat TAT, pause)`,
then both TATs move on by their intervals) and sleeps until it. No bursts, no polling, fair between workers.
With Redis (KOTOTORI_REDIS_URL) the slots live there, in one Lua script on the server's clock, so every process
that sends broadcast traffic shares one budget; without it an in-process pacer does the same for this process
(enough while one scheduler process is the only sender, which the single-instance lock guarantees).
A 429 pauses everybody: `pause(retry_after)` pushes every later slot past the pause.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

# Telegram allows about 30 messages/s per bot; the bot's own replies to users need the rest.
DEFAULT_PER_SECOND = 28.0
PER_CHAT_SECONDS = 1.0


class Pacer(Protocol):
    async def reserve(self, chat_id: int) -> float:
        """Reserve the next slot for a message to `chat_id`; returns the seconds to wait for it."""
        ...

    async def pause(self, seconds: float) -> None:
        """Telegram said 429: nobody sends for `seconds`."""
        ...

    async def paused_for(self) -> float: ...


async def wait_turn(
    pacer: Pacer, chat_id: int, sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep
) -> None:
    """Sleep until this send's slot; if a 429 pause began meanwhile, take a new slot after it."""
    while True:
        wait = await pacer.reserve(chat_id)
        if wait > 0:
            await sleep(wait)
        if await pacer.paused_for() <= 0:
            return


class LocalPacer:
    """The same algorithm in this process only. `now` is injectable so tests can drive a fake clock."""

    def __init__(
        self,
        per_second: float = DEFAULT_PER_SECOND,
        per_chat_seconds: float = PER_CHAT_SECONDS,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        if per_second <= 0:
            raise ValueError("per_second must be positive")
        self.interval = 1.0 / per_second
        self.per_chat = per_chat_seconds
        self._now = now
        self._global_tat = 0.0
        self._chats: dict[int, float] = {}
        self._paused_until = 0.0

    async def reserve(self, chat_id: int) -> float:
        now = self._now()
        start = max(now, self._global_tat, self._chats.get(chat_id, 0.0), self._paused_until)
        self._global_tat = start + self.interval
        self._chats[chat_id] = start + self.per_chat
        if len(self._chats) > 10_000:  # forget chats whose next slot is already free
            self._chats = {c: t for c, t in self._chats.items() if t > now}
        return start - now

    async def pause(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, self._now() + seconds)

    async def paused_for(self) -> float:
        return max(0.0, self._paused_until - self._now())


_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local start = now
local p = redis.call('PTTL', KEYS[3])
if p > 0 then start = now + p * 1000 end
local g = tonumber(redis.call('GET', KEYS[1]) or '0')
local c = tonumber(redis.call('GET', KEYS[2]) or '0')
if g > start then start = g end
if c > start then start = c end
local gi = tonumber(ARGV[1])
local ci = tonumber(ARGV[2])
redis.call('SET', KEYS[1], string.format('%d', start + gi), 'PX', math.floor((start + gi - now) / 1000) + 60000)
redis.call('SET', KEYS[2], string.format('%d', start + ci), 'PX', math.floor((start + ci - now) / 1000) + 1000)
return string.format('%d', start - now)
"""

_PAUSE = """
local ms = tonumber(ARGV[1])
if redis.call('PTTL', KEYS[1]) < ms then redis.call('SET', KEYS[1], '1', 'PX', ms) end
return 1
"""


class RedisPacer:
    """GCRA slots in Redis, on the Redis server's clock, shared by every process using the same namespace."""

    def __init__(
        self,
        redis: Any,
        namespace: str,
        per_second: float = DEFAULT_PER_SECOND,
        per_chat_seconds: float = PER_CHAT_SECONDS,
    ) -> None:
        self._redis = redis
        self._prefix = f"kototori:pace:{namespace}:"
        self._global_us = round(1_000_000 / per_second)
        self._chat_us = round(1_000_000 * per_chat_seconds)
        self._reserve = redis.register_script(_RESERVE)
        self._pause = redis.register_script(_PAUSE)

    @classmethod
    def from_url(cls, url: str, namespace: str, per_second: float = DEFAULT_PER_SECOND) -> RedisPacer:
        from redis.asyncio import Redis

        return cls(Redis.from_url(url), namespace, per_second)

    async def reserve(self, chat_id: int) -> float:
        keys = [self._prefix + "global", f"{self._prefix}chat:{chat_id}", self._prefix + "pause"]
        waited = await self._reserve(keys=keys, args=[self._global_us, self._chat_us])
        return int(waited) / 1_000_000

    async def pause(self, seconds: float) -> None:
        await self._pause(keys=[self._prefix + "pause"], args=[max(1, round(seconds * 1000))])

    async def paused_for(self) -> float:
        ms = await self._redis.pttl(self._prefix + "pause")
        return max(0, int(ms)) / 1000

    async def close(self) -> None:
        await self._redis.aclose()
