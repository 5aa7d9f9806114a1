"""Pacing with a fake clock: strict global spacing, one message per second per chat, a 429 pause for everybody;
and the same rules in Redis (the budget shared by every process)."""

from __future__ import annotations

import itertools
import uuid

import pytest

from bot.outbox.pacing import LocalPacer, RedisPacer, is_late, wait_turn
from tests.infra import REDIS_URL, need


class FakeTime:
    def __init__(self) -> None:
        self.t = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds


async def test_sends_to_different_chats_are_spaced_strictly() -> None:
    clock = FakeTime()
    pacer = LocalPacer(per_second=25, now=clock)
    waits = [(await pacer.reserve(chat)).wait for chat in range(5)]
    assert waits == pytest.approx([0.0, 0.04, 0.08, 0.12, 0.16])
    clock.t += 10  # after a quiet spell there is no saved-up burst either
    waits = [(await pacer.reserve(chat)).wait for chat in range(3)]
    assert waits == pytest.approx([0.0, 0.04, 0.08])


async def test_a_busy_chat_waits_its_second_without_holding_back_the_others() -> None:
    clock = FakeTime()
    pacer = LocalPacer(per_second=25, now=clock)
    assert (await pacer.reserve(7)).reserved
    again = await pacer.reserve(7)
    assert not again.reserved and again.wait == pytest.approx(1.0)
    other = await pacer.reserve(8)
    assert other.reserved and other.wait == pytest.approx(0.04), "chat 7's second does not stall chat 8"
    clock.t += 1.0
    assert (await pacer.reserve(7)).reserved


async def test_a_429_pauses_every_send_for_retry_after() -> None:
    clock = FakeTime()
    pacer = LocalPacer(per_second=25, now=clock)
    await pacer.reserve(1)
    await pacer.pause(3)
    assert await pacer.paused_for() == pytest.approx(3)
    slot = await pacer.reserve(2)
    assert slot.reserved and slot.wait == pytest.approx(3.0)
    clock.t += 3
    assert await pacer.paused_for() == 0


async def test_wait_turn_takes_a_new_slot_when_a_pause_began_while_it_slept() -> None:
    clock = FakeTime()
    pacer = LocalPacer(per_second=10, now=clock)
    for chat in range(3):
        await pacer.reserve(chat)  # other workers hold the next 0.3 s

    async def sleep_then_429(seconds: float) -> None:
        await clock.sleep(seconds)
        if len(clock.sleeps) == 1:
            await pacer.pause(2)  # another worker got a 429 while this one slept

    at = await wait_turn(pacer, 99, sleep=sleep_then_429, now=clock)
    assert clock.sleeps[0] == pytest.approx(0.3)
    assert clock.sleeps[1] == pytest.approx(2.0), "the second slot is after the pause"
    assert at == pytest.approx(clock.t)
    assert not is_late(at, now=clock)
    clock.t += 0.2
    assert is_late(at, now=clock)


async def test_wait_turn_waits_out_a_busy_chat() -> None:
    clock = FakeTime()
    pacer = LocalPacer(per_second=25, now=clock)
    await wait_turn(pacer, 5, sleep=clock.sleep, now=clock)
    await wait_turn(pacer, 5, sleep=clock.sleep, now=clock)
    assert clock.sleeps == [pytest.approx(1.0)]


def test_rate_must_be_positive() -> None:
    with pytest.raises(ValueError):
        LocalPacer(per_second=0)


@pytest.mark.redis
async def test_redis_pacer_shares_one_budget_between_processes() -> None:
    need("Redis", 6379)
    namespace = f"test-{uuid.uuid4().hex[:8]}"
    one = RedisPacer.from_url(REDIS_URL, namespace, per_second=20)
    two = RedisPacer.from_url(REDIS_URL, namespace, per_second=20)  # another process, same bot
    try:
        slots = [await (one if i % 2 else two).reserve(i) for i in range(6)]
        assert all(s.reserved for s in slots)
        # Each slot is one interval (50 ms) after the previous one, minus the little time between the calls.
        gaps = [b.wait - a.wait for a, b in itertools.pairwise(slots)]
        assert all(0 < gap <= 0.0501 for gap in gaps), gaps
        busy = await two.reserve(1)
        assert not busy.reserved and 0.5 < busy.wait <= 1.1  # its slot was 50 ms ahead, then 1 s
        await one.pause(2)
        assert 1.5 < await two.paused_for() <= 2.0
        after = await two.reserve(100)
        assert after.reserved and after.wait >= 1.5
    finally:
        await one._redis.delete(*[k async for k in one._redis.scan_iter(f"kototori:pace:{namespace}:*")])
        await one.close()
        await two.close()
