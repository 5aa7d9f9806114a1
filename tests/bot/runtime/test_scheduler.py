"""The scheduler process: the only outbox sender (a second copy refuses to start) and it sends what is due."""

from __future__ import annotations

import asyncio

import pytest

from bot.app import create_resources
from bot.clock import FixedClock
from bot.config import load_settings
from bot.emulator import TelegramEmulator
from bot.i18n import Translator
from bot.outbox import service as outbox
from bot.outbox.model import OutboxItem
from bot.runtime.scheduler import AlreadyRunning, run_scheduler, single_instance
from tests.harness import T0, TOKEN, WAIT, shared_questions


async def test_a_second_scheduler_refuses_to_start(db_url: str, translator: Translator) -> None:
    settings = load_settings(bot_token=TOKEN, database_url=db_url)
    first = create_resources(settings, FixedClock(T0), translator, shared_questions())
    second = create_resources(settings, FixedClock(T0), translator, shared_questions())
    try:
        async with single_instance(first):
            with pytest.raises(AlreadyRunning):
                async with single_instance(second):
                    pass
        async with single_instance(second):  # free again once the first one stopped
            pass
    finally:
        await first.close()
        await second.close()


async def test_the_scheduler_sends_due_notices(db_url: str, translator: Translator) -> None:
    emulator = TelegramEmulator(TOKEN, rate_limits=True)
    await emulator.start(port=0)
    user = emulator.add_user("Hodan", language_code=None)["id"]
    settings = load_settings(bot_token=TOKEN, telegram_api=emulator.base_url, database_url=db_url)
    resources = create_resources(settings, FixedClock(T0), translator, shared_questions())
    try:
        async with resources.sessionmaker() as session:
            await outbox.enqueue(session, [OutboxItem(user, "so", fluent_id="news-started")], now=T0)
            await session.commit()
        stop = asyncio.Event()
        task = asyncio.create_task(run_scheduler(resources, stop))
        [message] = await emulator.wait_for_messages(user, 1, timeout=WAIT)
        stop.set()
        await asyncio.wait_for(task, timeout=WAIT)
    finally:
        await resources.close()
        await emulator.stop()
    assert message["text"] == translator("so")("news-started")
