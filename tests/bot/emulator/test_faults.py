"""Fault injection and flood limits: blocked users, 5xx answers, slow answers, 429 with retry_after."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import aiohttp
import pytest
from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramRetryAfter,
    TelegramServerError,
)

from bot.clock import FixedClock
from bot.emulator import TelegramEmulator
from tests.bot.emulator.conftest import Api


async def test_blocked_user_gives_403_and_one_my_chat_member_update(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Ahmed")
    emu.block_user(user["id"])
    emu.block_user(user["id"])  # blocking twice changes nothing
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.send_message(user["id"], "hi")
    with pytest.raises(TelegramForbiddenError):
        await bot.send_chat_action(user["id"], "typing")
    updates = await bot.get_updates()
    assert len(updates) == 1 and updates[0].my_chat_member is not None
    assert updates[0].my_chat_member.new_chat_member.status == "kicked"
    assert updates[0].my_chat_member.old_chat_member.status == "member"
    emu.unblock_user(user["id"])
    updates = await bot.get_updates(offset=updates[0].update_id + 1)
    assert (
        updates[0].my_chat_member is not None and updates[0].my_chat_member.new_chat_member.status == "member"
    )
    assert (await bot.send_message(user["id"], "welcome back")).text == "welcome back"


async def test_fail_next_answers_500_then_recovers(bot: Bot, emu: TelegramEmulator, api: Api) -> None:
    user = emu.add_user("Aino")
    emu.fail_next(2)
    for _ in range(2):
        status, body = await api.form("sendMessage", chat_id=user["id"], text="x")
        assert (status, body) == (
            500,
            {"ok": False, "error_code": 500, "description": "Internal Server Error"},
        )
    assert (await bot.send_message(user["id"], "works")).text == "works"
    assert emu.chat_messages(user["id"])[-1]["text"] == "works" and len(emu.chat_messages(user["id"])) == 1


async def test_fail_next_for_one_method_with_502(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    emu.fail_next(1, status=502, method="sendMessage")
    assert (await bot.get_me()).id == bot.id
    with pytest.raises(TelegramServerError, match="Bad Gateway"):
        await bot.send_message(user["id"], "x")
    await bot.send_message(user["id"], "ok")


async def test_fail_next_without_method_spares_get_updates(bot: Bot, emu: TelegramEmulator) -> None:
    emu.fail_next(1)
    assert await bot.get_updates() == []
    with pytest.raises(TelegramServerError):
        await bot.get_me()


async def test_delay_slows_the_chosen_method(emu: TelegramEmulator, api: Api) -> None:
    emu.set_delay(30, method="getMe")
    timeout = aiohttp.ClientTimeout(total=0.3)
    with pytest.raises(asyncio.TimeoutError):
        await api.call("getMe", timeout=timeout)
    status, _ = await api.call("getWebhookInfo", timeout=aiohttp.ClientTimeout(total=5))
    assert status == 200
    emu.set_delay(0, method="getMe")
    assert (await api.call("getMe", timeout=aiohttp.ClientTimeout(total=5)))[0] == 200


@pytest.fixture
async def limited(fixed_clock: FixedClock, emu: TelegramEmulator) -> TelegramEmulator:
    emu.set_rate_limits(True)
    return emu


async def test_private_chat_allows_a_burst_then_429(
    bot: Bot, limited: TelegramEmulator, fixed_clock: FixedClock
) -> None:
    user = limited.add_user("Aino")
    for i in range(3):
        await bot.send_message(user["id"], f"burst {i}")
    with pytest.raises(TelegramRetryAfter) as err:
        await bot.send_message(user["id"], "too fast")
    assert err.value.retry_after == 1
    assert limited.stats["rate_limited_429"] == 1
    assert len(limited.chat_messages(user["id"])) == 3
    other = limited.add_user("Ahmed")
    await bot.send_message(other["id"], "another chat is fine")
    fixed_clock.advance(timedelta(seconds=1))
    await bot.send_message(user["id"], "one per second")
    with pytest.raises(TelegramRetryAfter):
        await bot.send_message(user["id"], "again too fast")


async def test_group_allows_20_per_minute_across_topics(
    bot: Bot, limited: TelegramEmulator, fixed_clock: FixedClock, api: Api
) -> None:
    group = limited.add_forum_group("Advisors")
    topics = [await bot.create_forum_topic(group["id"], f"t{i}") for i in range(2)]
    for i in range(20):
        fixed_clock.advance(timedelta(seconds=1))
        await bot.send_message(group["id"], f"m{i}", message_thread_id=topics[i % 2].message_thread_id)
    status, body = await api.form("sendMessage", chat_id=group["id"], text="21st")
    assert status == 429
    assert (
        body["parameters"] == {"retry_after": 41}
        and body["description"] == "Too Many Requests: retry after 41"
    )
    fixed_clock.advance(timedelta(seconds=41))
    await bot.send_message(group["id"], "after the window", message_thread_id=topics[0].message_thread_id)


async def test_about_30_messages_per_second_overall(bot: Bot, limited: TelegramEmulator) -> None:
    users = [limited.add_user(f"u{i}") for i in range(31)]
    for user in users[:30]:
        await bot.send_message(user["id"], "broadcast")
    with pytest.raises(TelegramRetryAfter) as err:
        await bot.send_message(users[30]["id"], "broadcast")
    assert err.value.retry_after >= 1


async def test_edits_count_per_chat_and_limits_switch_off(bot: Bot, limited: TelegramEmulator) -> None:
    user = limited.add_user("Aino")
    sent = await bot.send_message(user["id"], "v0")
    await bot.edit_message_text("v1", chat_id=user["id"], message_id=sent.message_id)
    await bot.edit_message_text("v2", chat_id=user["id"], message_id=sent.message_id)
    with pytest.raises(TelegramRetryAfter):
        await bot.edit_message_text("v3", chat_id=user["id"], message_id=sent.message_id)
    limited.set_rate_limits(False)
    for i in range(10):
        await bot.send_message(user["id"], f"free {i}")


async def test_fail_next_can_inject_a_flood_wait(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Hodan")
    emu.fail_next(1, status=429, method="sendMessage", retry_after=7)
    with pytest.raises(TelegramRetryAfter) as caught:
        await bot.send_message(user["id"], "x")
    assert caught.value.retry_after == 7
    assert emu.stats["rate_limited_429"] == 1
    assert (await bot.send_message(user["id"], "ok")).text == "ok"
    with pytest.raises(ValueError):
        emu.fail_next(1, status=404)


async def test_fail_next_can_inject_a_telegram_bad_request(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Hodan")
    emu.fail_next(1, status=400, method="sendMessage", description="message is too long")
    with pytest.raises(TelegramBadRequest, match="Bad Request: message is too long"):
        await bot.send_message(user["id"], "x")
    emu.fail_next(1, status=403, method="sendMessage", description="user is deactivated")
    with pytest.raises(TelegramForbiddenError, match="Forbidden: user is deactivated"):
        await bot.send_message(user["id"], "x")
    assert (await bot.send_message(user["id"], "ok")).text == "ok"
    with pytest.raises(ValueError):
        emu.fail_next(1, status=400)
