"""The offline demo runs the outbox sender in its one process: the coordinator persona announces, newcomers get it."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.i18n import Translator
from bot.runtime.demo import COORDINATOR, Demo
from tests.harness import WAIT


async def _press(demo: Demo, user: int, label: str, expect: int = 0) -> None:
    before = len(_texts(demo, user))
    for message in reversed(demo.emulator.chat_messages(user)):
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                if button["text"] == label:
                    demo.emulator.press(user, user, message["message_id"], button["callback_data"])
                    await demo.emulator.wait_for_messages(user, before + expect, timeout=WAIT)
                    await demo.emulator.wait_idle(timeout=WAIT)
                    return
    raise AssertionError(f"no button {label!r} in chat {user}")


async def _say(demo: Demo, user: int, text: str, expect: int = 1) -> None:
    before = len(_texts(demo, user))
    demo.emulator.send_text(user, text)
    await demo.emulator.wait_for_messages(user, before + expect, timeout=WAIT)
    await demo.emulator.wait_idle(timeout=WAIT)


def _texts(demo: Demo, user: int) -> list[Any]:
    return [m["text"] for m in demo.emulator.chat_messages(user) if m["from_bot"]]


async def test_coordinator_persona_announces_and_a_newcomer_receives(demo: Demo) -> None:
    t = Translator()
    emu = demo.emulator
    await emu.wait_polling(timeout=WAIT)
    ahmed = emu.add_user("Ahmed", language_code="ar")["id"]
    await _say(demo, ahmed, "/start")
    await _press(demo, ahmed, "العربية", expect=2)
    await _press(demo, ahmed, t("ar")("news-offer-yes"))
    async with asyncio.timeout(WAIT):  # the offer turns into the subscription view once the consent is saved
        while not _texts(demo, ahmed)[-1].startswith("🔔"):  # noqa: ASYNC110
            await asyncio.sleep(0.02)

    leena = COORDINATOR[1]
    await _say(demo, leena, "/start")
    await _press(demo, leena, "Suomi", expect=2)
    await _say(demo, leena, "/announce")
    await _press(demo, leena, "العربية")
    await _press(demo, leena, t("fi")("news-announce-next"), expect=1)
    await _say(demo, leena, "مرحبا بكم في مقهى غابرييل يوم الأحد")
    await _press(demo, leena, t("fi")("news-announce-audience-all"), expect=2)  # the preview and the count
    assert "Yksi vastaanottaja" in _texts(demo, leena)[-1]
    await _press(demo, leena, t("fi")("news-announce-send-now"), expect=1)
    await emu.wait_for_messages(ahmed, len([x for x in _texts(demo, ahmed)]) + 1, timeout=WAIT)
    assert "مرحبا بكم في مقهى غابرييل يوم الأحد" in _texts(demo, ahmed)[-1]
