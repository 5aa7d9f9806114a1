"""The ways the bot is run: `kototori run` against any Bot API server, webhook with a secret, Redis replicas."""

from __future__ import annotations

import asyncio
import socket
import sys
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot.app import create_bot, create_dispatcher, create_resources
from bot.clock import FixedClock
from bot.config import load_settings
from bot.db.migrate import upgrade
from bot.emulator import TelegramEmulator
from bot.i18n import LANGUAGE_NAMES, Translator
from bot.runtime.handling import InboxWorkers
from bot.runtime.inbox import Inbox
from bot.runtime.polling import WEBHOOK_PATH, create_webhook_app
from tests.bot.runtime.processes import START_CEILING, BotProcess, bot_env
from tests.harness import T0, TOKEN, WAIT, buttons, start_harness


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_kototori_run_answers_start_with_the_picker(emulator: TelegramEmulator, tmp_path: Path) -> None:
    """The real command, as an operator runs it, pointed at a Bot API compatible server by KOTOTORI_TELEGRAM_API."""
    env = bot_env(emulator, f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    upgrade_run = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "db", "upgrade", env=env, cwd=tmp_path
    )
    assert await upgrade_run.wait() == 0
    bot = BotProcess("run", env, tmp_path)
    await bot.start()
    try:
        # Each wait ends on its event: the first long poll (start-up is slow on a busy machine), then the answer.
        await emulator.wait_polling(timeout=START_CEILING)
        user = emulator.add_user("Hodan", language_code=None, user_id=4242)["id"]
        emulator.send_text(user, "/start")
        [picker] = await emulator.wait_for_messages(user, 1, timeout=START_CEILING)
        assert set(buttons(picker)) == set(LANGUAGE_NAMES.values())
        assert await bot.stop() == 0, bot.tail()
    finally:
        await bot.close()


async def test_webhook_checks_the_secret_and_answers(emulator: TelegramEmulator, tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'hook.sqlite3'}"
    await asyncio.to_thread(upgrade, url)
    settings = load_settings(bot_token=TOKEN, telegram_api=emulator.base_url, database_url=url)
    resources = create_resources(settings, FixedClock(T0))
    bot = create_bot(settings)
    dp = create_dispatcher(resources, inbox=True)
    inbox = Inbox.open(url, "hook")
    workers = InboxWorkers(inbox, dp, bot)
    port = _free_port()
    runner = web.AppRunner(create_webhook_app(bot, dp, "s3cret-token", workers))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    hook = f"http://127.0.0.1:{port}{WEBHOOK_PATH}"
    try:
        async with aiohttp.ClientSession() as http:
            async with http.post(hook, json={"update_id": 1}) as response:
                assert response.status == 401, "no secret, no entry"
            headers = {"X-Telegram-Bot-Api-Secret-Token": "wrong"}
            async with http.post(hook, json={"update_id": 2}, headers=headers) as response:
                assert response.status == 401
        await bot.set_webhook(hook, secret_token="s3cret-token")
        user = emulator.add_user("Ahmed", language_code="ar", user_id=4343)["id"]
        emulator.send_text(user, "/start")
        [picker] = await emulator.wait_for_messages(user, 1, timeout=WAIT)
        assert buttons(picker)[0] == "العربية"
    finally:
        await runner.cleanup()
        await bot.session.close()
        await inbox.close()
        await resources.close()


@pytest.mark.redis
async def test_redis_replicas_share_fsm_state_and_answer(
    redis_url: str, tmp_path: Path, translator: Translator
) -> None:
    from aiogram.fsm.storage.base import StorageKey
    from aiogram.fsm.storage.redis import RedisStorage

    url = f"sqlite+aiosqlite:///{tmp_path / 'r.sqlite3'}"
    await asyncio.to_thread(upgrade, url)
    h = await start_harness(url, FixedClock(T0), translator, redis_url=redis_url)
    try:
        assert isinstance(h.dispatcher.storage, RedisStorage)
        user = h.new_user("Zahra", language_code="fa")
        [picker] = await h.say(user, "/start")
        assert buttons(picker)[0] == "دری"
        # A second replica's storage sees what the first one wrote.
        key = StorageKey(bot_id=h.bot.id, chat_id=user, user_id=user)
        await h.dispatcher.storage.set_state(key, "probe:state")
        other = RedisStorage.from_url(redis_url)
        try:
            assert await other.get_state(key) == "probe:state"
        finally:
            await h.dispatcher.storage.set_state(key, None)
            await other.close()
    finally:
        await h.stop()
