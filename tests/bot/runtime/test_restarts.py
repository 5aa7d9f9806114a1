"""`kototori run` restarted (SIGTERM, as every deploy does) or killed (`kill -9`) while 30 newcomers type.

The emulator keeps unconfirmed updates as Telegram does. Each newcomer sends /hours six times without waiting; the
bot is stopped in the middle and started again. Every message gets exactly one answer: none lost, none twice.
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
from tests.bot.runtime.processes import START_CEILING, BotProcess, bot_env, wait_handled, wait_until
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

        await second.start()
        everyone = lambda: all(answers(u) >= MESSAGES for u in users)  # noqa: E731
        await wait_until(emulator, everyone, CEILING, "every message answered")
        # Settled: Telegram (the emulator) has nothing left to give and the bot has handled everything it stored.
        await emulator.wait_idle(timeout=CEILING)
        await wait_handled(url, NEWCOMERS * MESSAGES, CEILING)
        await emulator.wait_idle(timeout=CEILING)  # a second answer would have been sent by now
        per_chat = {user: answers(user) for user in users}
        twice = sum(count - MESSAGES for count in per_chat.values())
        print(f"{how.name}: stopped after {at_stop} answers; answered twice: {twice}")
        if how == signal.SIGTERM:
            assert per_chat == dict.fromkeys(users, MESSAGES), "each /hours answered exactly once"
        else:
            # kill -9 gives the process no say: an update whose answer Telegram had accepted a moment before the kill,
            # not yet marked answered, is answered again (decision 0014). At most the updates being handled then.
            assert twice <= MAX_CHATS, per_chat
        await second.stop(signal.SIGTERM)
    finally:
        await first.close()
        await second.close()
        print(
            f"first process:\n{first.tail()}\nsecond process:\n{second.tail()}"
        )  # shown when the test fails
