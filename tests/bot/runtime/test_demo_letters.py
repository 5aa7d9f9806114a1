"""The demo's "sample letter" item: a persona sends a photo of a sample Kela letter dated today, and the bot explains
it in the persona's language with the deadline two weeks ahead and the reminder button."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta

import aiohttp

from bot.i18n import Translator
from bot.i18n.dates import day_long
from bot.runtime.demo import STATIC, Demo
from tests.bot.letters.conftest import needs_fonts, needs_ocr

pytestmark = [needs_ocr, needs_fonts]


async def _until(check: Callable[[], bool], timeout: float = 120) -> None:  # noqa: ASYNC109
    async with asyncio.timeout(timeout):
        while not check():  # noqa: ASYNC110 - the demo runs its own tasks
            await asyncio.sleep(0.1)


def _buttons(demo: Demo, user: int) -> list[tuple[int, str, str]]:
    return [
        (m["message_id"], b["text"], b["callback_data"])
        for m in demo.emulator.chat_messages(user)
        for row in (m.get("reply_markup") or {}).get("inline_keyboard", [])
        for b in row
    ]


async def test_a_persona_sends_the_sample_letter_and_gets_it_explained(demo: Demo) -> None:
    so = Translator()("so")
    emu = demo.emulator
    await emu.wait_polling(timeout=10)
    assert 'data-attach="letter"' in (STATIC / "index.html").read_text(encoding="utf-8")
    hodan = emu.add_user("Hodan", language_code=None)["id"]
    emu.send_text(hodan, "/start")
    await _until(lambda: any(text == "Soomaali" for _, text, _ in _buttons(demo, hodan)))
    [(message_id, _, data)] = [b for b in _buttons(demo, hodan) if b[1] == "Soomaali"]
    emu.press(hodan, hodan, message_id, data)
    await _until(lambda: any(text == so("news-offer-yes") for _, text, _ in _buttons(demo, hodan)))

    async with aiohttp.ClientSession() as http:
        async with http.get(f"{demo.url}/demo/config") as response:
            assert (await response.json())["sample_letter"] is True
        async with http.post(f"{demo.url}/demo/letter", json={"user_id": hodan}) as response:
            assert response.status == 200  # what the page's "Sample letter" item does
    await _until(lambda: any(text == so("letters-remind-button") for _, text, _ in _buttons(demo, hodan)))
    [answer] = [m for m in emu.chat_messages(hodan) if m["from_bot"] and "Warqaddaada" in (m["text"] or "")]
    today = demo.clock.now().astimezone(demo.resources.settings.tz).date()
    assert (
        so("letters-deadline", date=day_long(today + timedelta(days=14), "so"), days=14, when="future")
        in (answer["html"])
    )
