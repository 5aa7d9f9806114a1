"""Pacing of outbox sends under Telegram's limits: a strict global rate and 1 message/s per chat.

GCRA with reservations: each send reserves the next free global slot (`start = max(now, global TAT, pause)`, then
the global TAT moves on by 1/rate and the chat's by 1 s) and sleeps until it: no bursts, no polling, fair between
workers. A chat still inside its own second reserves nothing and asks again later.
With Redis (KOTOTORI_REDIS_URL) the slots live there, in one Lua script on the server's clock, so every process
that sends broadcast traffic shares one budget; without it an in-process pacer does the same for this process
(enough while one scheduler process is the only sender, which the single-instance lock guarantees).
A 429 pauses everybody: `pause(retry_after)` pushes every later slot past the pause.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

# Telegram allows about 30 messages/s per bot; the bot's own replies to users need the rest.
DEFAULT_PER_SECOND = 28.0
PER_CHAT_SECONDS = 1.0


@dataclass(frozen=True, slots=True)
class Slot:
    """`reserved`: a send may go after `wait` seconds. Not reserved: the chat itself is busy (1/s); ask again
    after `wait` -- a chat's own limit never holds back the global schedule for everybody else."""

    wait: float
    reserved: bool = True


class Pacer(Protocol):
    async def reserve(self, chat_id: int) -> Slot:
        """Reserve the next global slot for a message to `chat_id`."""
        ...

    async def pause(self, seconds: float) -> None:
        """Telegram said 429: nobody sends for `seconds`."""
        ...

    async def paused_for(self) -> float: ...


# A send that starts this much after its slot (the process stalled) takes a new slot instead: late sends
# would otherwise bunch up with the ones on time, and Telegram counts what arrives in each second.
LATE_SECONDS = 0.05


async def wait_turn(
    pacer: Pacer,
    chat_id: int,
    sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    now: Callable[[], float] = time.monotonic,
) -> float:
    """Sleep until this send's slot; if a 429 pause began meanwhile, take a new slot after it.

    Returns the slot as a `now()` time, for `is_late`.
    """
    while True:
        slot = await pacer.reserve(chat_id)
        at = now() + max(slot.wait, 0.0)
        if slot.wait > 0:
            await sleep(slot.wait)
        if slot.reserved and await pacer.paused_for() <= 0:
            return at


def is_late(slot: float, now: Callable[[], float] = time.monotonic) -> bool:
    return now() - slot > LATE_SECONDS


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

    async def reserve(self, chat_id: int) -> Slot:
        now = self._now()
        start = max(now, self._global_tat, self._paused_until)
        chat_free = self._chats.get(chat_id, 0.0)
        if chat_free > start:
            return Slot(chat_free - now, reserved=False)
        self._global_tat = start + self.interval
        self._chats[chat_id] = start + self.per_chat
        if len(self._chats) > 10_000:  # forget chats whose next slot is already free
            self._chats = {c: t for c, t in self._chats.items() if t > now}
        return Slot(start - now)

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
if c > start then return {0, string.format('%d', c - now)} end
local gi = tonumber(ARGV[1])
local ci = tonumber(ARGV[2])
redis.call('SET', KEYS[1], string.format('%d', start + gi), 'PX', math.floor((start + gi - now) / 1000) + 60000)
redis.call('SET', KEYS[2], string.format('%d', start + ci), 'PX', math.floor((start + ci - now) / 1000) + 1000)
return {1, string.format('%d', start - now)}
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

    async def reserve(self, chat_id: int) -> Slot:
        keys = [self._prefix + "global", f"{self._prefix}chat:{chat_id}", self._prefix + "pause"]
        reserved, waited = await self._reserve(keys=keys, args=[self._global_us, self._chat_us])
        return Slot(int(waited) / 1_000_000, reserved=bool(int(reserved)))

    async def pause(self, seconds: float) -> None:
        await self._pause(keys=[self._prefix + "pause"], args=[max(1, round(seconds * 1000))])

    async def paused_for(self) -> float:
        ms = await self._redis.pttl(self._prefix + "pause")
        return max(0, int(ms)) / 1000

    async def close(self) -> None:
        await self._redis.aclose()
