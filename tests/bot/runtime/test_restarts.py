"""`kototori run` restarted (SIGTERM, as every deploy does) or killed (`kill -9`) while 30 newcomers type.

The emulator keeps unconfirmed updates as Telegram does. Each newcomer sends /hours six times without waiting; the
bot is stopped in the middle and started again. Every message gets its answer: none lost; none twice after SIGTERM;
after `kill -9` a second answer only where the killed process had that answer on its way to Telegram (in doubt by
its own record: no bot can know whether Telegram took it, decision 0014), at most one per chat.
"""

from __future__ import annotations

import asyncio
import random
import signal
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.db.migrate import upgrade
from bot.emulator import TelegramEmulator
from bot.runtime.handling import MAX_CHATS
from tests.bot.runtime.processes import (
    START_CEILING,
    BotProcess,
    bot_env,
    sends_in_doubt,
    wait_handled,
    wait_until,
)
from tests.infra import REDIS_URL, need, throwaway_postgres

NEWCOMERS = 30
MESSAGES = 6
STOP_AFTER = 40  # answers seen before the bot is stopped: it is in the middle of the 180
CEILING = 120.0  # generous: every wait ends on the event it waits for


@pytest.fixture(
    params=["sqlite", pytest.param("postgres+redis", marks=[pytest.mark.postgres, pytest.mark.redis])]
)
async def backend(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[tuple[str, dict[str, str]]]:
    """(async database URL, extra environment) for SQLite alone or PostgreSQL with Redis (the replica set-up)."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
        await asyncio.to_thread(upgrade, url)
        yield url, {}
        return
    need("Redis", 6379)
    async with throwaway_postgres() as url:
        await asyncio.to_thread(upgrade, url)
        yield url, {"KOTOTORI_REDIS_URL": REDIS_URL}


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["sigterm", "kill-9"])
async def test_no_message_is_lost_or_answered_twice_across_a_restart(
    emulator: TelegramEmulator, backend: tuple[str, dict[str, str]], how: signal.Signals, tmp_path: Path
) -> None:
    url, extra = backend
    env = bot_env(emulator, url, **extra)
    first, second = BotProcess("run", env, tmp_path, "first"), BotProcess("run", env, tmp_path, "second")
    base = random.randrange(10**6, 10**9)  # Redis is shared with other tests: chats of their own
    users = [
        emulator.add_user(
            f"Newcomer{i}", language_code=random.choice(["fi", "ar", "fa", "so", "en"]), user_id=base + i
        )["id"]
        for i in range(NEWCOMERS)
    ]

    def answers(user: int) -> int:
        return emulator.world.chat_state(user).counts[(True, None)]

    def total() -> int:
        return sum(answers(u) for u in users)

    try:
        await first.start()
        await asyncio.wait_for(emulator.hub.poll_waiting.wait(), START_CEILING)
        for _ in range(MESSAGES):
            for user in users:
                emulator.send_text(user, "/hours")
        await wait_until(emulator, lambda: total() >= STOP_AFTER, CEILING, "answers before the stop")
        code = await first.stop(how)
        assert code == (0 if how == signal.SIGTERM else -signal.SIGKILL), first.tail()
        at_stop = total()
        assert at_stop < NEWCOMERS * MESSAGES, "the bot was stopped in the middle"
        in_doubt = await sends_in_doubt(url)

        await second.start()
        everyone = lambda: all(answers(u) >= MESSAGES for u in users)  # noqa: E731
        await wait_until(emulator, everyone, CEILING, "every message answered")
        # Settled: Telegram (the emulator) has nothing left to give and the bot has handled everything it stored.
        await emulator.wait_idle(timeout=CEILING)
        await wait_handled(url, NEWCOMERS * MESSAGES, CEILING)
        await emulator.wait_idle(timeout=CEILING)  # a second answer would have been sent by now
        per_chat = {user: answers(user) for user in users}
        twice = sum(count - MESSAGES for count in per_chat.values())
        print(f"{how.name}: stopped after {at_stop} answers; in doubt: {in_doubt}; answered twice: {twice}")
        if how == signal.SIGTERM:
            assert in_doubt == 0, "a graceful stop leaves nothing on its way"
            assert per_chat == dict.fromkeys(users, MESSAGES), "each /hours answered exactly once"
        else:
            # Every answer Telegram accepted and the bot recorded is never sent again; the one a chat had on its way
            # at the kill is sent again (a second answer rather than none). A chat sends its next request only once
            # the last is recorded, so that is at most one per chat, and at most one per chat being handled.
            assert all(MESSAGES <= count <= MESSAGES + 1 for count in per_chat.values()), per_chat
            assert twice <= in_doubt <= MAX_CHATS, per_chat
        await second.stop(signal.SIGTERM)
    finally:
        await first.close()
        await second.close()
        print(
            f"first process:\n{first.tail()}\nsecond process:\n{second.tail()}"
        )  # shown when the test fails
