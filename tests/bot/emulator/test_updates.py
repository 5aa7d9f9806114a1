"""getUpdates long polling, offsets, the 409 for a second poller, and webhook delivery."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramConflictError
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiohttp import web

from bot.emulator import TelegramEmulator
from tests.bot.emulator.conftest import Api


async def test_long_poll_returns_as_soon_as_a_user_writes(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino", language_code="fi")
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await emu.wait_polling()
    assert not poll.done()
    emu.send_text(user["id"], "/start")
    updates = await asyncio.wait_for(poll, 5)
    assert len(updates) == 1
    message = updates[0].message
    assert message is not None and message.text == "/start"
    assert message.from_user is not None and message.from_user.language_code == "fi"
    assert message.entities is not None and message.entities[0].type == "bot_command"


async def test_timeout_zero_returns_immediately_with_nothing(bot: Bot) -> None:
    assert await bot.get_updates(timeout=0) == []


async def test_offset_confirms_and_limit_caps(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    for i in range(5):
        emu.send_text(user["id"], f"m{i}")
    first = await bot.get_updates(limit=2)
    assert [u.message.text for u in first if u.message] == ["m0", "m1"]
    again = await bot.get_updates(limit=2)
    assert [u.update_id for u in again] == [u.update_id for u in first]  # not confirmed yet
    rest = await bot.get_updates(offset=first[-1].update_id + 1)
    assert [u.message.text for u in rest if u.message] == ["m2", "m3", "m4"]
    assert await bot.get_updates(offset=rest[-1].update_id + 1) == []


async def test_negative_offset_keeps_only_the_newest(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    for i in range(4):
        emu.send_text(user["id"], f"m{i}")
    updates = await bot.get_updates(offset=-1)
    assert [u.message.text for u in updates if u.message] == ["m3"]


async def test_allowed_updates_filters_and_persists(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    sent = await bot.send_message(
        user["id"],
        "q",
        reply_markup=InlineKeyboardMarkup(
            inline_keyboard=[[InlineKeyboardButton(text="a", callback_data="a")]]
        ),
    )
    emu.send_text(user["id"], "text")
    emu.press(user["id"], user["id"], sent.message_id, "a")
    updates = await bot.get_updates(allowed_updates=["callback_query"])
    assert [u.callback_query.data for u in updates if u.callback_query] == ["a"]
    assert len(updates) == 1
    emu.send_text(user["id"], "ignored too")
    assert await bot.get_updates(offset=updates[0].update_id + 1) == []


async def test_a_second_poller_ends_the_first_with_409(emu: TelegramEmulator, api: Api) -> None:
    first = asyncio.create_task(api.form("getUpdates", timeout=30))
    await emu.wait_polling()
    second = asyncio.create_task(api.form("getUpdates", timeout=30))
    status, body = await asyncio.wait_for(first, 5)
    assert status == 409
    assert body["description"] == (
        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"
    )
    assert not second.done()
    emu.send_text(emu.add_user("Aino")["id"], "hi")
    status, body = await asyncio.wait_for(second, 5)
    assert status == 200 and body["result"][0]["message"]["text"] == "hi"


async def test_aiogram_sees_conflict_error(bot: Bot, emu: TelegramEmulator, api: Api) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=30))
    await emu.wait_polling()
    second = asyncio.create_task(api.form("getUpdates", timeout=0))
    with pytest.raises(TelegramConflictError):
        await asyncio.wait_for(first, 5)
    assert (await second)[0] == 200


class Receiver:
    """A webhook endpoint on loopback that fails the first ``failures`` deliveries."""

    def __init__(self, failures: int, answer: dict[str, Any] | None = None) -> None:
        self.failures = failures
        self.answer = answer
        self.seen: list[tuple[str | None, dict[str, Any], int]] = []
        self.delivered: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.url = ""

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.json()
        secret = request.headers.get("X-Telegram-Bot-Api-Secret-Token")
        status = 500 if len(self.seen) < self.failures else 200
        self.seen.append((secret, body, status))
        if status == 200:
            self.delivered.put_nowait(body)
            if self.answer is not None:
                return web.json_response(self.answer)
        return web.Response(status=status)


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    rec = Receiver(failures=2)
    app = web.Application()
    app.router.add_post("/hook", rec.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    rec.url = f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    try:
        yield rec
    finally:
        await runner.cleanup()


async def test_webhook_delivery_with_secret_and_retries(
    bot: Bot, emu: TelegramEmulator, receiver: Receiver
) -> None:
    user = emu.add_user("Aino")
    emu.set_webhook_timing(retry_scale=0.01)  # Telegram's second retry comes after 2 s
    assert await bot.set_webhook(receiver.url, secret_token="s3cret_token-1")
    info = await bot.get_webhook_info()
    assert info.url == receiver.url
    emu.send_text(user["id"], "hello hook")
    delivered = await asyncio.wait_for(receiver.delivered.get(), 5)
    assert delivered["message"]["text"] == "hello hook"
    assert [(s, status) for s, _, status in receiver.seen] == [("s3cret_token-1", 500)] * 2 + [
        ("s3cret_token-1", 200)
    ]
    assert {json.dumps(body) for _, body, _ in receiver.seen} == {
        json.dumps(delivered)
    }  # same update retried
    info = await bot.get_webhook_info()
    assert info.pending_update_count == 0 and info.last_error_message is not None
    with pytest.raises(TelegramConflictError, match="webhook is active"):
        await bot.get_updates()
    assert await bot.delete_webhook()
    emu.send_text(user["id"], "back to polling")
    updates = await bot.get_updates()
    assert [u.message.text for u in updates if u.message] == ["back to polling"]


async def test_webhook_answer_can_carry_a_method(bot: Bot, emu: TelegramEmulator, receiver: Receiver) -> None:
    user = emu.add_user("Aino")
    receiver.failures = 0
    receiver.answer = {"method": "sendMessage", "chat_id": user["id"], "text": "answered inline"}
    await bot.set_webhook(receiver.url)
    emu.send_text(user["id"], "hi")
    messages = await emu.wait_for_messages(user["id"], 1)
    assert messages[0]["text"] == "answered inline"


async def test_webhook_must_be_https_unless_loopback(bot: Bot) -> None:
    with pytest.raises(TelegramBadRequest, match="HTTPS URL must be provided"):
        await bot.set_webhook("http://example.com/hook")
    assert await bot.set_webhook("https://example.com/hook")
    assert await bot.delete_webhook(drop_pending_updates=True)


async def test_wait_idle_after_the_bot_fetched_everything(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    emu.send_text(user["id"], "hi")
    with pytest.raises(TimeoutError, match="1 updates not fetched"):
        await emu.wait_idle(timeout=0.2)
    await bot.get_updates()
    await emu.wait_idle(timeout=5)
