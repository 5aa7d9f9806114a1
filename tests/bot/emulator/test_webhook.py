"""Webhook delivery as Telegram does it, over real HTTP: per-chat order, parallel connections, retries, info."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiogram import Bot, Dispatcher, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web

from bot.db.engine import create_engine
from bot.db.migrate import upgrade
from bot.emulator import TelegramEmulator
from bot.emulator.webhook import MAX_DELAY, QueueMode, retry_wait
from bot.runtime.handling import InboxWorkers
from bot.runtime.inbox import Inbox
from bot.runtime.polling import WEBHOOK_PATH, create_webhook_app
from tests.bot.emulator.conftest import TOKEN, Api, make_bot

SECRET = "s3cret_token-1"
CEILING = 10.0  # generous: every wait ends on the event it waits for, long before this


@dataclass(slots=True)
class Seen:
    update_id: int
    text: str
    secret: str | None
    attempt: int


Behaviour = Callable[["Hook", dict[str, Any], int], Awaitable[web.StreamResponse]]


async def answer_ok(hook: Hook, update: dict[str, Any], attempt: int) -> web.StreamResponse:
    return web.json_response({})


class Hook:
    """A webhook receiver on loopback whose answers a test scripts; it records every request."""

    def __init__(self) -> None:
        self.behave: Behaviour = answer_ok
        self.seen: list[Seen] = []
        self.answered: list[tuple[int, int]] = []  # (update_id, status) in the order answers were sent
        self.current = 0
        self.peak = 0
        self.url = ""
        self.changed = asyncio.Condition()
        self._gates: dict[str, asyncio.Event] = {}

    def gate(self, name: str) -> asyncio.Event:
        return self._gates.setdefault(name, asyncio.Event())

    def open_all(self) -> None:
        for gate in self._gates.values():
            gate.set()

    async def handle(self, request: web.Request) -> web.StreamResponse:
        update = await request.json()
        uid = update["update_id"]
        attempt = 1 + sum(1 for s in self.seen if s.update_id == uid)
        text = (update.get("message") or {}).get("text") or next(k for k in update if k != "update_id")
        async with self.changed:
            self.seen.append(Seen(uid, text, request.headers.get("X-Telegram-Bot-Api-Secret-Token"), attempt))
            self.current += 1
            self.peak = max(self.peak, self.current)
            self.changed.notify_all()
        try:
            response = await self.behave(self, update, attempt)
        finally:
            async with self.changed:
                self.current -= 1
                self.changed.notify_all()
        async with self.changed:
            self.answered.append((uid, response.status))
            self.changed.notify_all()
        return response

    async def wait_for(self, done: Callable[[], bool], timeout: float = CEILING) -> None:  # noqa: ASYNC109
        async with asyncio.timeout(timeout), self.changed:
            await self.changed.wait_for(done)

    def texts(self, status: int = 200) -> list[str]:
        by_id = {s.update_id: s.text for s in self.seen}
        return [by_id[uid] for uid, code in self.answered if code == status]


async def serve(app: web.Application) -> tuple[web.AppRunner, int]:
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    return runner, runner.addresses[0][1]


@pytest.fixture
async def hook() -> AsyncIterator[Hook]:
    receiver = Hook()
    app = web.Application()
    app.router.add_post("/hook", receiver.handle)
    runner, port = await serve(app)
    receiver.url = f"http://127.0.0.1:{port}/hook"
    try:
        yield receiver
    finally:
        receiver.open_all()
        await runner.cleanup()


@pytest.fixture
def fast(emu: TelegramEmulator) -> TelegramEmulator:
    """The emulator with retries 100 times faster than Telegram's (0, 0.02, 0.04, ... s)."""
    emu.set_webhook_timing(retry_scale=0.01)
    return emu


def send(emu: TelegramEmulator, user_id: int, text: str) -> int:
    """The user writes; returns the update's id (it sits at the queue's end until the webhook loop runs)."""
    emu.send_text(user_id, text)
    return int(emu.world.updates[-1]["update_id"])


def delivered(emu: TelegramEmulator, update_id: int) -> bool:
    record = emu.webhook_deliveries.get(update_id)
    return record is not None and record.delivered > 0


async def test_a_500_is_retried_once_and_the_chat_waits_behind_it(
    bot: Bot, fast: TelegramEmulator, hook: Hook
) -> None:
    async def fail_first(hook: Hook, update: dict[str, Any], attempt: int) -> web.StreamResponse:
        if update["message"]["text"] == "one" and attempt == 1:
            return web.Response(status=500)
        return web.json_response({})

    hook.behave = fail_first
    user = fast.add_user("Aino")
    assert await bot.set_webhook(hook.url, secret_token=SECRET)
    first = send(fast, user["id"], "one")
    second = send(fast, user["id"], "two")
    await fast.wait_webhook_drained(CEILING)

    assert [(s.text, s.attempt) for s in hook.seen] == [("one", 1), ("one", 2), ("two", 1)]
    assert hook.answered == [(first, 500), (first, 200), (second, 200)]
    assert {s.secret for s in hook.seen} == {SECRET}
    assert hook.peak == 1, "the chat's second update waited behind the first"
    one, two = fast.webhook_deliveries[first], fast.webhook_deliveries[second]
    assert (one.attempts, one.retries, one.failures, one.delivered) == (2, 1, 1, 1)
    assert (two.attempts, two.retries, two.delivered) == (1, 0, 1)
    assert one.errors == ["Wrong response from the webhook: 500 Internal Server Error"]
    info = await bot.get_webhook_info()
    assert info.pending_update_count == 0
    assert info.last_error_message == "Wrong response from the webhook: 500 Internal Server Error"
    assert info.last_error_date is not None
    assert info.last_error_date.timestamp() == fast.world.now()  # the emulator's clock, as every date


async def test_no_answer_within_the_timeout_is_retried(bot: Bot, fast: TelegramEmulator, hook: Hook) -> None:
    async def hang_first(hook: Hook, update: dict[str, Any], attempt: int) -> web.StreamResponse:
        if attempt == 1:
            await hook.gate("first").wait()  # opened only when the test ends: the emulator must give up
        return web.json_response({})

    hook.behave = hang_first
    fast.set_webhook_timing(timeout=0.5)
    user = fast.add_user("Aino")
    await bot.set_webhook(hook.url)
    update_id = send(fast, user["id"], "slow")
    await fast.wait_webhook(lambda: delivered(fast, update_id), CEILING)

    record = fast.webhook_deliveries[update_id]
    assert record.attempts >= 2 and record.delivered == 1
    assert record.errors[0] == "Read timeout expired"
    assert (await bot.get_webhook_info()).last_error_message is not None
    assert all(s.secret is None for s in hook.seen), "no secret set, no header"


async def test_a_stuck_chat_keeps_its_order_while_other_chats_flow(
    bot: Bot, fast: TelegramEmulator, hook: Hook
) -> None:
    async def hold_a1(hook: Hook, update: dict[str, Any], attempt: int) -> web.StreamResponse:
        if update["message"]["text"] == "a1":
            await hook.gate("a1").wait()
        return web.json_response({})

    hook.behave = hold_a1
    anna, bashir = fast.add_user("Anna"), fast.add_user("Bashir")
    await bot.set_webhook(hook.url)
    for i in (1, 2, 3):
        send(fast, anna["id"], f"a{i}")
    b_ids = [send(fast, bashir["id"], f"b{i}") for i in (1, 2, 3)]

    await fast.wait_webhook(lambda: all(delivered(fast, b) for b in b_ids), CEILING)
    assert [t for t in hook.texts() if t.startswith("b")] == ["b1", "b2", "b3"]
    assert [s.text for s in hook.seen if s.text.startswith("a")] == ["a1"], "a2 and a3 wait behind a1"
    assert (await bot.get_webhook_info()).pending_update_count == 3  # a1 in flight, a2 and a3 queued

    hook.gate("a1").set()
    await fast.wait_webhook_drained(CEILING)
    assert [t for t in hook.texts() if t.startswith("a")] == ["a1", "a2", "a3"]
    assert all(r.attempts == 1 for r in fast.webhook_deliveries.values())


async def test_a_failing_chat_does_not_hold_up_the_others(
    bot: Bot, fast: TelegramEmulator, hook: Hook
) -> None:
    async def refuse_a1_until_b1_is_in(
        hook: Hook, update: dict[str, Any], attempt: int
    ) -> web.StreamResponse:
        if update["message"]["text"] == "a1" and (attempt <= 2 or "b1" not in hook.texts()):
            return web.Response(status=502)
        return web.json_response({})

    hook.behave = refuse_a1_until_b1_is_in
    anna, bashir = fast.add_user("Anna"), fast.add_user("Bashir")
    await bot.set_webhook(hook.url)
    send(fast, anna["id"], "a1")
    send(fast, anna["id"], "a2")
    send(fast, bashir["id"], "b1")
    await fast.wait_webhook_drained(CEILING)

    a_calls = [s.text for s in hook.seen if s.text.startswith("a")]
    assert a_calls[-1] == "a2" and set(a_calls[:-1]) == {"a1"} and len(a_calls) >= 4
    assert hook.texts() == ["b1", "a1", "a2"], "b1 went while a1 waited for its retries; a2 behind a1"
    assert set(hook.texts(502)) == {"a1"}
    assert fast.webhook_deliveries[hook.seen[0].update_id].retries == len(a_calls) - 2


async def test_max_connections_is_never_exceeded(bot: Bot, fast: TelegramEmulator, hook: Hook) -> None:
    limit, total = 3, 9

    async def hold_until_batch_full(hook: Hook, update: dict[str, Any], attempt: int) -> web.StreamResponse:
        # Requests wait until `limit` of them are in flight together, then all answer: with fewer
        # connections the test would stall, with more `hook.peak` shows it.
        batch = (len(hook.seen) - 1) // limit
        async with hook.changed:
            await hook.changed.wait_for(lambda: len(hook.seen) >= min((batch + 1) * limit, total))
        return web.json_response({})

    hook.behave = hold_until_batch_full
    users = [fast.add_user(f"User{i}") for i in range(total)]
    await bot.set_webhook(hook.url, max_connections=limit)
    assert (await bot.get_webhook_info()).max_connections == limit
    for user in users:
        fast.send_text(user["id"], "hi")
    await fast.wait_webhook_drained(CEILING)

    assert hook.peak == limit
    assert fast.webhook_peak_connections == limit
    assert len(hook.answered) == total


async def test_webhook_info_fields_and_pending_count(api: Api, fast: TelegramEmulator, hook: Hook) -> None:
    async def hold(hook: Hook, update: dict[str, Any], attempt: int) -> web.StreamResponse:
        await hook.gate("go").wait()
        if attempt == 1:
            return web.Response(status=500)
        return web.json_response({})

    hook.behave = hold
    status, body = await api.json("getWebhookInfo")
    assert status == 200
    assert body["result"] == {"url": "", "has_custom_certificate": False, "pending_update_count": 0}

    user = fast.add_user("Aino")
    for text in ("one", "two", "three"):
        fast.send_text(user["id"], text)
    status, body = await api.json(
        "setWebhook",
        url=hook.url,
        secret_token=SECRET,
        max_connections=7,
        allowed_updates=["message", "callback_query"],
    )
    assert (status, body["result"]) == (200, True)
    await hook.wait_for(lambda: len(hook.seen) == 1)
    status, body = await api.json("getWebhookInfo")
    info = body["result"]
    fast.validator.object(info, fast.spec.types["WebhookInfo"], "result", {})
    assert info == {
        "url": hook.url,
        "has_custom_certificate": False,
        "pending_update_count": 3,  # one in flight, two queued behind it
        "max_connections": 7,
        "ip_address": "127.0.0.1",
        "allowed_updates": ["callback_query", "message"],
    }

    hook.gate("go").set()
    await fast.wait_webhook_drained(CEILING)
    status, body = await api.json("getWebhookInfo")
    info = body["result"]
    fast.validator.object(info, fast.spec.types["WebhookInfo"], "result", {})
    assert info["pending_update_count"] == 0
    assert info["last_error_date"] == fast.world.now()
    assert info["last_error_message"] == "Wrong response from the webhook: 500 Internal Server Error"


async def test_connection_refused_is_reported_and_retried(bot: Bot, fast: TelegramEmulator) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    user = fast.add_user("Aino")
    await bot.set_webhook(f"http://127.0.0.1:{port}/hook")
    update_id = send(fast, user["id"], "anyone?")
    await fast.wait_webhook(
        lambda: update_id in fast.webhook_deliveries and fast.webhook_deliveries[update_id].failures >= 2
    )
    info = await bot.get_webhook_info()
    assert info.last_error_message == "Connection refused"
    assert info.pending_update_count == 1
    assert await bot.delete_webhook()
    updates = await bot.get_updates()
    assert [u.update_id for u in updates] == [update_id], "an undelivered update is kept for getUpdates"


async def test_drop_pending_updates(bot: Bot, fast: TelegramEmulator, hook: Hook) -> None:
    async def refuse(hook: Hook, update: dict[str, Any], attempt: int) -> web.StreamResponse:
        return web.Response(status=503)

    hook.behave = refuse
    user = fast.add_user("Aino")
    await bot.set_webhook(hook.url)
    for text in ("one", "two"):
        fast.send_text(user["id"], text)
    await hook.wait_for(lambda: len(hook.seen) >= 2)
    assert (await bot.get_webhook_info()).pending_update_count == 2

    # Setting the same webhook again changes nothing; with drop_pending_updates the queue is emptied.
    await bot.set_webhook(hook.url)
    assert (await bot.get_webhook_info()).pending_update_count == 2
    await bot.set_webhook(hook.url, drop_pending_updates=True)
    await fast.wait_webhook_drained(CEILING)
    assert (await bot.get_webhook_info()).pending_update_count == 0

    fast.send_text(user["id"], "three")
    await hook.wait_for(lambda: any(s.text == "three" for s in hook.seen))
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.get_updates() == []


async def test_delete_webhook_gives_undelivered_updates_back_in_order(
    bot: Bot, fast: TelegramEmulator, hook: Hook
) -> None:
    async def hold(hook: Hook, update: dict[str, Any], attempt: int) -> web.StreamResponse:
        await hook.gate("never").wait()
        return web.json_response({})

    hook.behave = hold
    anna, bashir = fast.add_user("Anna"), fast.add_user("Bashir")
    await bot.set_webhook(hook.url)
    sent = [send(fast, u["id"], t) for u, t in ((anna, "a1"), (bashir, "b1"), (anna, "a2"))]
    await hook.wait_for(lambda: len(hook.seen) == 2)  # a1 and b1 in flight, a2 queued
    assert await bot.delete_webhook()
    updates = await bot.get_updates()
    assert [u.update_id for u in updates] == sent


async def test_set_webhook_checks_secret_and_clamps_connections(api: Api, fast: TelegramEmulator) -> None:
    url = "https://example.com/hook"
    status, body = await api.json("setWebhook", url=url, secret_token="x" * 257)
    assert (status, body["description"]) == (400, "Bad Request: secret token is too long")
    status, body = await api.json("setWebhook", url=url, secret_token="not allowed!")
    assert (status, body["description"]) == (400, "Bad Request: secret token contains unallowed characters")
    status, body = await api.json("setWebhook", url=url, ip_address="not-an-ip")
    assert (status, body["description"]) == (400, "Bad Request: bad webhook: Invalid IP address specified")
    assert (await api.json("setWebhook", url=url, secret_token="A" * 256, max_connections=500))[0] == 200
    assert (await api.json("getWebhookInfo"))[1]["result"]["max_connections"] == 100
    assert (await api.json("setWebhook", url=url, max_connections=0, ip_address="203.0.113.5"))[0] == 200
    info = (await api.json("getWebhookInfo"))[1]["result"]
    assert (info["max_connections"], info["ip_address"]) == (1, "203.0.113.5")
    status, body = await api.json("getUpdates")
    assert status == 409 and "webhook is active" in body["description"]
    assert (await api.json("deleteWebhook", drop_pending_updates=True))[0] == 200


async def test_ip_address_is_where_the_emulator_connects(
    bot: Bot, fast: TelegramEmulator, hook: Hook
) -> None:
    user = fast.add_user("Aino")
    port = hook.url.split(":")[2].split("/")[0]
    await bot.set_webhook(f"http://localhost:{port}/hook", ip_address="127.0.0.1")
    fast.send_text(user["id"], "via ip")
    await fast.wait_webhook_drained(CEILING)
    assert hook.texts() == ["via ip"]


async def test_methods_telegram_refuses_in_an_answer_are_ignored(
    bot: Bot, fast: TelegramEmulator, hook: Hook
) -> None:
    user = fast.add_user("Aino")

    async def answer_with_methods(hook: Hook, update: dict[str, Any], attempt: int) -> web.StreamResponse:
        if update["message"]["text"] == "delete":
            return web.json_response({"method": "deleteWebhook"})
        return web.json_response({"method": "sendMessage", "chat_id": user["id"], "text": "form answer"})

    hook.behave = answer_with_methods
    await bot.set_webhook(hook.url)
    fast.send_text(user["id"], "delete")
    fast.send_text(user["id"], "send")
    await fast.wait_webhook_drained(CEILING)
    assert (await bot.get_webhook_info()).url == hook.url, "deleteWebhook in an answer is not run"
    assert [m["text"] for m in fast.chat_messages(user["id"]) if m["from_bot"]] == ["form answer"]


def test_backoff_is_telegrams() -> None:
    delay, waits = 1.0, []
    for fails in range(9):
        delay, wait = retry_wait(fails, delay)
        waits.append(wait)
    assert waits == [0, 2, 4, 8, 16, 32, MAX_DELAY, MAX_DELAY, MAX_DELAY]
    assert retry_wait(3, 8.0, retry_after=5) == (8.0, 5.0)
    assert retry_wait(3, 8.0, retry_after=99_999) == (8.0, 3600.0)


@pytest.mark.parametrize("mode", ["chat", "telegram"])
async def test_callback_query_queues_per_chat_or_as_telegram(fixed_clock: Any, mode: QueueMode) -> None:
    """ "chat" (default) keeps a chat's button press behind its message; "telegram" queues it per user apart."""
    emulator = TelegramEmulator(TOKEN, clock=fixed_clock, webhook_queues=mode, webhook_retry_scale=0.01)
    await emulator.start()
    receiver = Hook()
    app = web.Application()
    app.router.add_post("/hook", receiver.handle)
    runner, port = await serve(app)
    bot = make_bot(emulator)

    async def hold_message(hook: Hook, update: dict[str, Any], attempt: int) -> web.StreamResponse:
        if "message" in update:
            await hook.gate("message").wait()
        return web.json_response({})

    receiver.behave = hold_message
    try:
        user = emulator.add_user("Aino")
        keyboard = InlineKeyboardMarkup(
            inline_keyboard=[[InlineKeyboardButton(text="ok", callback_data="ok")]]
        )
        sent = await bot.send_message(user["id"], "press", reply_markup=keyboard)
        await bot.set_webhook(f"http://127.0.0.1:{port}/hook")
        emulator.send_text(user["id"], "first")
        emulator.press(user["id"], user["id"], sent.message_id, "ok")
        await receiver.wait_for(lambda: len(receiver.seen) >= 1)
        if mode == "chat":
            assert [s.text for s in receiver.seen] == ["first"]
            assert (await bot.get_webhook_info()).pending_update_count == 2
        else:
            await receiver.wait_for(lambda: "callback_query" in receiver.texts())
        receiver.gate("message").set()
        await emulator.wait_webhook_drained(CEILING)
        assert sorted(receiver.texts()) == ["callback_query", "first"]
    finally:
        receiver.open_all()
        await bot.session.close()
        await runner.cleanup()
        await emulator.stop()


# -- real aiogram behind the emulator's webhook ---------------------------------------------------------


def echo_router(in_answer: bool) -> Router:
    router = Router()

    @router.message()
    async def echo(message: Message) -> Any:
        if in_answer:
            return message.answer(f"echo: {message.text}")  # the method travels back in the webhook answer
        await message.answer(f"echo: {message.text}")
        return None

    return router


async def test_the_projects_webhook_app_receives_updates(fast: TelegramEmulator, tmp_path: Path) -> None:
    """The project's webhook app (`create_webhook_app`): secret checked, updates stored, then handled."""
    bot = make_bot(fast)
    dp = Dispatcher()
    dp.include_router(echo_router(in_answer=False))
    url = f"sqlite+aiosqlite:///{tmp_path / 'hook.sqlite3'}"
    await asyncio.to_thread(upgrade, url)
    engine = create_engine(url)
    runner, port = await serve(
        create_webhook_app(bot, dp, SECRET, InboxWorkers(Inbox(engine, "hook"), dp, bot))
    )
    try:
        await bot.set_webhook(f"http://127.0.0.1:{port}{WEBHOOK_PATH}", secret_token=SECRET)
        user = fast.add_user("Ahmed", language_code="ar")
        ids = [send(fast, user["id"], text) for text in ("one", "two")]
        messages = await fast.wait_for_messages(user["id"], 2, timeout=CEILING)
        assert sorted(m["text"] for m in messages) == ["echo: one", "echo: two"]
        await fast.wait_webhook_drained(CEILING)
        assert [(fast.webhook_deliveries[i].attempts, fast.webhook_deliveries[i].delivered) for i in ids] == [
            (1, 1),
            (1, 1),
        ]
    finally:
        await runner.cleanup()
        await bot.session.close()
        await engine.dispose()


async def test_aiogram_answering_with_a_method_in_the_webhook_response(fast: TelegramEmulator) -> None:
    """With handle_in_background=False aiogram answers with the method as multipart; Telegram runs it."""
    bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(fast.base_url)))
    dp = Dispatcher()
    dp.include_router(echo_router(in_answer=True))
    app = web.Application()
    SimpleRequestHandler(dispatcher=dp, bot=bot, secret_token=SECRET, handle_in_background=False).register(
        app, path=WEBHOOK_PATH
    )
    setup_application(app, dp, bot=bot)
    runner, port = await serve(app)
    try:
        with pytest.raises(TelegramBadRequest, match="unallowed characters"):
            await bot.set_webhook(f"http://127.0.0.1:{port}{WEBHOOK_PATH}", secret_token="wrong secret")
        await bot.set_webhook(f"http://127.0.0.1:{port}{WEBHOOK_PATH}", secret_token=SECRET)
        user = fast.add_user("Zahra", language_code="fa")
        for text in ("one", "two", "three"):
            fast.send_text(user["id"], text)
        await fast.wait_webhook_drained(CEILING)
        texts = [m["text"] for m in fast.chat_messages(user["id"]) if m["from_bot"]]
        assert texts == ["echo: one", "echo: two", "echo: three"], "one chat, strictly in order"
        assert all(r.attempts == 1 and r.delivered == 1 for r in fast.webhook_deliveries.values())
    finally:
        await runner.cleanup()
        await bot.session.close()


async def test_control_api_reports_deliveries_and_waits_for_the_queue(
    bot: Bot, fast: TelegramEmulator, hook: Hook, http: aiohttp.ClientSession
) -> None:
    async def fail_first(hook: Hook, update: dict[str, Any], attempt: int) -> web.StreamResponse:
        return web.Response(status=500) if attempt == 1 else web.json_response({})

    hook.behave = fail_first
    user = fast.add_user("Aino")
    await bot.set_webhook(hook.url, secret_token=SECRET)
    update_id = send(fast, user["id"], "hi")
    async with http.post(f"{fast.base_url}/_emu/webhook/drained", json={"timeout": CEILING}) as resp:
        assert (resp.status, await resp.json()) == (200, {"ok": True})
    async with http.get(f"{fast.base_url}/_emu/webhook") as resp:
        state = await resp.json()
    assert state["info"]["url"] == hook.url and state["info"]["pending_update_count"] == 0
    assert state["in_flight"] == 0 and state["peak_in_flight"] == 1
    assert state["deliveries"] == [
        {
            "update_id": update_id,
            "attempts": 2,
            "retries": 1,
            "failures": 1,
            "delivered": 1,
            "errors": ["Wrong response from the webhook: 500 Internal Server Error"],
        }
    ]
    await bot.delete_webhook()
    send(fast, user["id"], "nobody fetches this")
    async with http.post(f"{fast.base_url}/_emu/webhook/drained", json={"timeout": 0.05}) as resp:
        assert resp.status == 400 and "webhook queue not empty" in (await resp.json())["error"]
