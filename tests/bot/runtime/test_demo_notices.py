"""The demo's clock button drives the scheduler: moved to three days before a holiday on an opening day (Christmas
Day 2026 is a Friday), a newcomer who said yes to news gets the closure notice in their language."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, time, timedelta

import aiohttp

from bot.hours.data import load_schedule
from bot.hours.service import OpeningHours
from bot.i18n import Translator
from bot.i18n.dates import day_long
from bot.news.notices import ChangeKind, hours_change
from bot.runtime.demo import Demo
from tests.harness import WAIT


def _texts(demo: Demo, user: int) -> list[str]:
    return [m["text"] or "" for m in demo.emulator.chat_messages(user) if m["from_bot"]]


async def _press(demo: Demo, user: int, label: str) -> None:
    for message in reversed(demo.emulator.chat_messages(user)):
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                if button["text"] == label:
                    demo.emulator.press(user, user, message["message_id"], button["callback_data"])
                    return
    raise AssertionError(f"no button {label!r} in chat {user}")


def _has_button(demo: Demo, user: int, label: str) -> bool:
    return any(
        b["text"] == label
        for m in demo.emulator.chat_messages(user)
        for row in (m.get("reply_markup") or {}).get("inline_keyboard", [])
        for b in row
    )


async def _until(check: Callable[[], bool], timeout: float = 15) -> None:  # noqa: ASYNC109
    async with asyncio.timeout(timeout):
        while not check():  # noqa: ASYNC110 - the demo runs its own tasks
            await asyncio.sleep(0.05)


async def test_moving_the_clock_brings_the_closure_notice(demo: Demo) -> None:
    t = Translator()
    emu = demo.emulator
    await emu.wait_polling(timeout=WAIT)
    zahra = emu.add_user("Zahra", language_code="fa")["id"]
    emu.send_text(zahra, "/start")
    await _until(
        lambda: any(
            "دری" in b["text"]
            for m in emu.chat_messages(zahra)
            for r in (m.get("reply_markup") or {}).get("inline_keyboard", [])
            for b in r
        )
    )
    await _press(demo, zahra, "دری")
    await _until(lambda: t("fa-AF")("news-offer") in _texts(demo, zahra))
    await _press(demo, zahra, t("fa-AF")("news-offer-yes"))
    await _until(lambda: _texts(demo, zahra)[-1].startswith("🔔"))

    # The next holiday that closes a usual opening day, whatever day the demo is run on.
    tz = demo.resources.settings.tz
    hours = OpeningHours(load_schedule(), [], tz)
    today = demo.clock.now().astimezone(tz).date()
    closed = next(
        d
        for d in (today + timedelta(days=i) for i in range(4, 400))
        if (c := hours_change(hours, d)) is not None and c.kind is ChangeKind.CLOSED
    )
    target = datetime.combine(closed - timedelta(days=3), time(10), tzinfo=tz)
    before = len(_texts(demo, zahra))
    minutes = (target - demo.clock.now()).total_seconds() / 60
    async with (
        aiohttp.ClientSession() as http,
        http.post(f"{demo.url}/_emu/clock/advance", json={"minutes": minutes}) as response,
    ):
        assert response.status == 200  # what the page's clock buttons do
    await _until(lambda: any(day_long(closed, "fa-AF") in x for x in _texts(demo, zahra)[before:]))
    [notice] = [x for x in _texts(demo, zahra)[before:] if day_long(closed, "fa-AF") in x]
    assert notice.startswith("📢 کوتوتوری بسته است")
