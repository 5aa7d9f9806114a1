"""Helpers for flow tests of cases: acting as an advisor in the advisors' forum group of the emulator."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from functools import partial
from typing import Any

from bot.clock import FixedClock
from bot.i18n import Translator
from tests.harness import ADVISORS_CHAT_ID, WAIT, BotHarness, buttons, running_harness

GROUP = ADVISORS_CHAT_ID
AINO, HASSAN, LEENA = 9001, 9002, 9003  # two advisors and the coordinator (tests.harness.COORDINATOR_ID)


def plain(html_text: str) -> str:
    return re.sub("<[^>]+>", "", html_text)


def add_staff(h: BotHarness) -> None:
    for name, uid in (("Aino", AINO), ("Hassan", HASSAN), ("Leena", LEENA)):
        h.emulator.add_user(name, language_code="fi", user_id=uid)
    h.emulator.add_forum_group("Kototori advisors", chat_id=GROUP, members=[AINO, HASSAN, LEENA])


@asynccontextmanager
async def running_desk(db_url: str, clock: FixedClock, translator: Translator) -> AsyncIterator[BotHarness]:
    """The bot with the advisors' forum group and its staff (Aino, Hassan, Leena), stopped afterwards."""
    async with running_harness(db_url, clock, translator) as h:
        add_staff(h)
        yield h


def topics(h: BotHarness) -> list[dict[str, Any]]:
    return [t for t in h.emulator.topics(GROUP) if not t["deleted"]]


def thread_messages(h: BotHarness, thread: int) -> list[dict[str, Any]]:
    return [
        m
        for m in h.emulator.chat_messages(GROUP, thread)
        if m["from_bot"] and not m["deleted"] and not m["kind"].startswith("forum_topic")
    ]


async def wait_thread(h: BotHarness, thread: int, count: int) -> list[dict[str, Any]]:
    await h.emulator.wait_for_messages(GROUP, count, timeout=WAIT, message_thread_id=thread)
    await h.settle()
    return thread_messages(h, thread)


async def wait_topic(h: BotHarness, count: int = 1) -> list[dict[str, Any]]:
    """Wait until the group has `count` live topics, each with at least its summary."""
    try:
        async with asyncio.timeout(WAIT):
            while True:
                live = topics(h)
                if len(live) >= count and all(thread_messages(h, t["message_thread_id"]) for t in live):
                    return live
                await h.settle()
                await asyncio.sleep(0.05)
    except TimeoutError:
        raise AssertionError(f"expected {count} topics, the group has {h.emulator.topics(GROUP)}") from None


async def _expecting(
    h: BotHarness,
    thread: int | None,
    expect_group: int,
    expect_user: tuple[int, int] | None,
    act: Callable[[], dict[str, Any]],
) -> dict[str, Any]:
    """Do `act` in the advisors' group, then wait for `expect_group` new messages in the topic and for
    `expect_user` = (chat, count) new messages in a newcomer's chat; returns what `act` returned."""
    before_group = len(thread_messages(h, thread)) if thread is not None else 0
    before_user = len(h.bot_messages(expect_user[0])) if expect_user else 0
    done = act()
    if expect_group and thread is not None:
        await wait_thread(h, thread, before_group + expect_group)
    if expect_user:
        await h.wait_new(expect_user[0], before_user, expect_user[1])
    return done


async def advisor_press(
    h: BotHarness,
    advisor: int,
    thread: int,
    label: str,
    *,
    expect_group: int = 0,
    expect_user: tuple[int, int] | None = None,
) -> dict[str, Any]:
    """Press the newest button with this label in the topic; returns the callback answer."""
    for message in reversed(thread_messages(h, thread)):
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                if button["text"] == label:
                    return await press_data(
                        h,
                        advisor,
                        message,
                        button["callback_data"],
                        expect_group=expect_group,
                        thread=thread,
                        expect_user=expect_user,
                    )
    raise AssertionError(
        f"no button {label!r} in topic {thread}: {[buttons(m) for m in thread_messages(h, thread)]}"
    )


async def press_data(
    h: BotHarness,
    advisor: int,
    message: dict[str, Any],
    data: str,
    *,
    expect_group: int = 0,
    thread: int | None = None,
    expect_user: tuple[int, int] | None = None,
    forge: bool = False,
) -> dict[str, Any]:
    answers = len(h.emulator.callback_answers)
    press = partial(h.emulator.press, advisor, GROUP, message["message_id"], data, forge=forge)
    await _expecting(h, thread, expect_group, expect_user, press)
    try:
        async with asyncio.timeout(WAIT):
            while True:
                await h.settle()
                if len(h.emulator.callback_answers) > answers:
                    return h.emulator.callback_answers[-1]
                await asyncio.sleep(0.02)
    except TimeoutError:
        raise AssertionError("the press was not answered") from None


async def advisor_says(
    h: BotHarness,
    advisor: int,
    thread: int,
    text: str,
    *,
    expect_group: int = 0,
    expect_user: tuple[int, int] | None = None,
) -> dict[str, Any]:
    send = partial(h.emulator.send_text, advisor, text, chat_id=GROUP, message_thread_id=thread)
    sent = await _expecting(h, thread, expect_group, expect_user, send)
    await h.settle()
    return sent


async def escalate(
    h: BotHarness, user: int, locale_name: str, locale: str, description: str
) -> list[dict[str, Any]]:
    """Newcomer: choose a language, "Talk to a person", agree, describe. Returns the bot's answer to the description."""
    l10n = h.translator(locale)
    await h.choose_language(user, locale_name)
    [consent] = await h.press(user, l10n("common-menu-person"))
    assert consent["text"].startswith(plain(l10n("cases-consent")).split("\n")[0])
    await h.press(user, l10n("cases-consent-yes"), expect=0)
    assert h.bot_messages(user)[-1]["text"] == plain(l10n("cases-describe"))
    return await h.say(user, description)
