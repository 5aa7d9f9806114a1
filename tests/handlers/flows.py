"""Helpers shared by the handler tests: press and wait for an edit, the coordinator, a scheduler tick, keyboards that
fit Telegram."""

from __future__ import annotations

import asyncio
from typing import Any

from aiogram.types import InlineKeyboardMarkup

from bot.runtime.scheduler import Jobs
from tests.harness import COORDINATOR_ID, BotHarness, buttons


def fits_telegram(*markups: InlineKeyboardMarkup | None) -> None:
    """What Telegram accepts under a message, for each markup: at most 8 buttons a row and 100 in all, each with a
    label and ASCII callback data of 1 to 64 bytes."""
    for markup in markups:
        assert markup is not None
        rows = markup.inline_keyboard
        assert all(1 <= len(row) <= 8 for row in rows) and sum(len(r) for r in rows) <= 100
        for button in (b for row in rows for b in row):
            assert button.text.strip()
            data = button.callback_data or ""
            assert data.isascii() and 1 <= len(data.encode()) <= 64, data


async def tick(jobs: Jobs) -> None:
    """One scheduler tick, then the outbox sender delivers what it enqueued (the scheduler runs both)."""
    await jobs.tick()
    assert jobs.sender is not None
    await jobs.sender.run_until_idle()


async def notified(h: BotHarness, jobs: Jobs, user: int) -> dict[str, Any]:
    """One scheduler tick that sends `user` one message; returns it."""
    before = len(h.bot_messages(user))
    await tick(jobs)
    [message] = await h.wait_new(user, before, 1)
    return message


def newest(h: BotHarness, chat_id: int) -> dict[str, Any]:
    return h.bot_messages(chat_id)[-1]


async def press_edit(h: BotHarness, user: int, label: str) -> dict[str, Any]:
    """Press a button whose answer edits that same message; wait for the edit itself, not for a quiet moment."""
    for message in reversed(h.bot_messages(user)):
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                if button["text"] == label:
                    h.emulator.press(user, user, message["message_id"], button["callback_data"])
                    async with asyncio.timeout(10):
                        while True:
                            now = next(
                                m for m in h.bot_messages(user) if m["message_id"] == message["message_id"]
                            )
                            if now["seq"] != message["seq"]:
                                await h.settle()
                                return now
                            await asyncio.sleep(0.01)
    raise AssertionError(f"no button {label!r}")


async def press_containing(h: BotHarness, user: int, part: str, expect: int = 1) -> list[dict[str, Any]]:
    for message in reversed(h.bot_messages(user)):
        for label in buttons(message):
            if part in label:
                return await h.press(user, label, expect=expect)
    raise AssertionError(f"no button containing {part!r}")


async def coordinator(h: BotHarness) -> int:
    h.emulator.add_user("Leena", language_code="fi", user_id=COORDINATOR_ID)
    await h.choose_language(COORDINATOR_ID, "Suomi")
    return COORDINATOR_ID
