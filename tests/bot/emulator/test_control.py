"""The control API under /_emu/ (used by the demo page) and command/menu settings."""

from __future__ import annotations

import base64
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from aiogram import Bot
from aiogram.types import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MenuButtonCommands,
)

from bot.clock import SystemClock
from bot.emulator import TelegramEmulator
from tests.bot.emulator.conftest import NOW

ONE_BUTTON = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="A", callback_data="a")]])


class Control:
    def __init__(self, emu: TelegramEmulator, http: aiohttp.ClientSession) -> None:
        self.base = emu.base_url + "/_emu"
        self.http = http

    async def get(self, path: str, **params: Any) -> tuple[int, Any]:
        async with self.http.get(self.base + path, params=params) as resp:
            return resp.status, await resp.json()

    async def post(self, path: str, body: dict[str, Any]) -> tuple[int, Any]:
        async with self.http.post(self.base + path, json=body) as resp:
            return resp.status, await resp.json()


@pytest.fixture
def control(emu: TelegramEmulator, http: aiohttp.ClientSession) -> Control:
    return Control(emu, http)


async def test_users_send_and_state(control: Control, bot: Bot) -> None:
    status, user = await control.post("/users", {"first_name": "Hodan", "language_code": "so"})
    assert status == 200 and user["first_name"] == "Hodan" and user["language_code"] == "so"
    status, message = await control.post("/send", {"user_id": user["id"], "text": "/start"})
    assert status == 200 and message["entities"][0]["type"] == "bot_command"
    updates = await bot.get_updates()
    assert updates[0].message is not None and updates[0].message.text == "/start"
    status, state = await control.get("/state")
    assert state["bot"]["username"] == "kototori_bot"
    assert [u["id"] for u in state["users"]] == [user["id"]]
    assert state["chats"][0]["id"] == user["id"] and state["stats"]["requests"] >= 1


async def test_messages_incrementally_with_seq(control: Control, emu: TelegramEmulator, bot: Bot) -> None:
    user = emu.add_user("Aino")
    await bot.send_message(user["id"], "one", reply_markup=ONE_BUTTON)
    status, first = await control.get(f"/chats/{user['id']}/messages")
    assert status == 200 and [m["text"] for m in first] == ["one"]
    seq = first[-1]["seq"]
    await bot.edit_message_text("uno", chat_id=user["id"], message_id=first[0]["message_id"])
    await bot.send_message(user["id"], "two")
    _, changed = await control.get(f"/chats/{user['id']}/messages", since=seq)
    assert [(m["message_id"], m["text"], m["edited"]) for m in changed] == [
        (1, "uno", True),
        (2, "two", False),
    ]
    assert all(m["seq"] > seq for m in changed)
    _, nothing = await control.get(f"/chats/{user['id']}/messages", since=changed[-1]["seq"])
    assert nothing == []


async def test_press_edit_and_media(control: Control, emu: TelegramEmulator, bot: Bot) -> None:
    user = emu.add_user("Aino")
    sent = await bot.send_message(user["id"], "?", reply_markup=ONE_BUTTON)
    body = {
        "user_id": user["id"],
        "chat_id": user["id"],
        "message_id": sent.message_id,
        "callback_data": "nope",
    }
    status, error = await control.post("/press", body)
    assert status == 400 and "no button" in error["error"]
    status, query = await control.post("/press", {**body, "callback_data": "a"})
    assert status == 200 and query["data"] == "a"
    status, mine = await control.post("/send", {"user_id": user["id"], "text": "tpyo"})
    status, edited = await control.post(
        "/edit",
        {"user_id": user["id"], "chat_id": user["id"], "message_id": mine["message_id"], "text": "typo"},
    )
    assert status == 200 and edited["text"] == "typo"
    data = base64.b64encode(b"%PDF").decode()
    status, doc = await control.post(
        "/media",
        {
            "user_id": user["id"],
            "kind": "document",
            "caption": "hakemus",
            "data_base64": data,
            "file_name": "h.pdf",
        },
    )
    assert status == 200 and doc["document"]["file_name"] == "h.pdf"
    async with control.http.get(f"{control.base}/files/{doc['document']['file_id']}") as resp:
        assert resp.status == 200 and await resp.read() == b"%PDF"
    status, error = await control.post("/media", {"user_id": user["id"], "kind": "hologram"})
    assert status == 400


async def test_topics_and_faults(control: Control, emu: TelegramEmulator, bot: Bot) -> None:
    user = emu.add_user("Aino")
    group = emu.add_forum_group("Advisors")
    topic = await bot.create_forum_topic(group["id"], "Aino")
    status, topics = await control.get(f"/chats/{group['id']}/topics")
    assert status == 200 and topics[0]["name"] == "Aino"
    assert (
        await control.post(
            "/faults",
            {"kind": "delete_topic", "chat_id": group["id"], "message_thread_id": topic.message_thread_id},
        )
    )[0] == 200
    assert emu.topics(group["id"])[0]["deleted"] is True
    await control.post("/faults", {"kind": "block_user", "user_id": user["id"]})
    assert emu.world.chats[user["id"]].blocked
    await control.post("/faults", {"kind": "unblock_user", "user_id": user["id"]})
    await control.post("/faults", {"kind": "fail_next", "n": 1, "status": 502, "method": "getMe"})
    await control.post("/faults", {"kind": "rate_limits", "enabled": True})
    assert emu.limiter.enabled
    await control.post("/faults", {"kind": "delay", "seconds": 0})
    status, error = await control.post("/faults", {"kind": "earthquake"})
    assert status == 400 and "kind" in error["error"]
    with pytest.raises(Exception, match="Bad Gateway"):
        await bot.get_me()


async def test_clock_advance_runs_hooks(control: Control, emu: TelegramEmulator) -> None:
    ran: list[str] = []

    async def hook() -> None:
        ran.append(emu.clock.now().isoformat())

    emu.on_clock_advanced.append(hook)
    status, now = await control.get("/clock")
    assert status == 200 and now["now"] == NOW.isoformat()
    status, moved = await control.post("/clock/advance", {"minutes": 90})
    assert status == 200 and moved["now"] == "2026-11-24T10:00:00+00:00"
    assert ran == [moved["now"]]


async def test_clock_is_reported_in_the_display_time_zone(control: Control, emu: TelegramEmulator) -> None:
    """The demo page shows what it gets: with a display zone, Helsinki wall-clock time, not UTC."""
    emu.display_tz = ZoneInfo("Europe/Helsinki")
    status, now = await control.get("/clock")
    assert status == 200 and now["now"] == "2026-11-24T10:30:00+02:00"
    status, moved = await control.post("/clock/advance", {"minutes": 90})
    assert status == 200 and moved["now"] == "2026-11-24T12:00:00+02:00"


async def test_clock_without_advance_is_a_400(http: aiohttp.ClientSession) -> None:
    emulator = TelegramEmulator(clock=SystemClock())
    await emulator.start()
    try:
        status, error = await Control(emulator, http).post("/clock/advance", {"minutes": 5})
        assert status == 400 and "cannot be moved" in error["error"]
    finally:
        await emulator.stop()


async def test_commands_per_scope_and_language(bot: Bot, emu: TelegramEmulator) -> None:
    group = emu.add_forum_group("Advisors")
    await bot.set_my_commands([BotCommand(command="start", description="Start")])
    await bot.set_my_commands([BotCommand(command="start", description="Aloita")], language_code="fi")
    await bot.set_my_commands(
        [BotCommand(command="help", description="Help")], scope=BotCommandScopeAllPrivateChats()
    )
    await bot.set_my_commands(
        [BotCommand(command="cases", description="Cases")], scope=BotCommandScopeChat(chat_id=group["id"])
    )
    assert emu.commands() == [{"command": "start", "description": "Start"}]
    assert emu.commands(language_code="fi") == [{"command": "start", "description": "Aloita"}]
    assert emu.commands("all_private_chats")[0]["command"] == "help"
    assert emu.commands("chat", chat_id=group["id"])[0]["command"] == "cases"
    assert [c.description for c in await bot.get_my_commands(language_code="fi")] == ["Aloita"]
    assert await bot.delete_my_commands(language_code="fi")
    assert await bot.get_my_commands(language_code="fi") == []
    assert await bot.set_chat_menu_button(menu_button=MenuButtonCommands())
    assert (await bot.get_chat_menu_button()).type == "commands"
