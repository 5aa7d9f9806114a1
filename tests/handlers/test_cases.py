"""Talk to a person: escalation with consent, a case topic per case, taking over, relaying, closing and rating."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.clock import FixedClock, OffsetClock
from bot.db.migrate import upgrade
from bot.emulator import TelegramEmulator
from bot.i18n import Translator
from tests.handlers.cases_helpers import (
    AINO,
    GROUP,
    add_staff,
    advisor_press,
    advisor_says,
    escalate,
    thread_messages,
    wait_thread,
    wait_topic,
)
from tests.harness import TOKEN, BotHarness, buttons, start_harness

# Tuesday 24 November 2026, 18:00 in Helsinki: Kototori has closed for the day; next opening Friday 9:00.
EVENING = datetime(2026, 11, 24, 16, 0, tzinfo=UTC)


async def _harness(db_url: str, clock: FixedClock, translator: Translator) -> BotHarness:
    emulator = TelegramEmulator(TOKEN, clock=OffsetClock())
    await emulator.start(host="127.0.0.1", port=0)
    h = BotHarness.__new__(BotHarness)  # placeholder for typing; replaced below
    h = await start_harness(db_url, clock, translator, emulator=emulator)
    add_staff(h)
    return h


@pytest.fixture
async def desk(tmp_path: Path, clock: FixedClock, translator: Translator) -> AsyncIterator[BotHarness]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'cases.sqlite3'}"
    await asyncio.to_thread(upgrade, url)
    h = await _harness(url, clock, translator)
    try:
        yield h
    finally:
        await h.stop()


async def test_somali_newcomer_outside_hours_to_rating(desk: BotHarness) -> None:
    h = desk
    h.clock.at = EVENING
    so, fi = h.translator("so"), h.translator("fi")
    user = h.new_user("Hodan", language_code=None)
    [next_steps] = await escalate(h, user, "Soomaali", "so", "Waxaan helay warqad Kela ah oo aan fahmin")
    text = next_steps["text"]
    assert text.startswith("🕘"), "told that advisors are not at work now"
    assert "Jimco" in text, "when they are back: Friday, in Somali"
    assert so("escalation-queue", position=1) in text
    assert "Soomaali" in text and "kaaliye luqadeed" in text, "the Somali language assistant's days"

    [topic] = await wait_topic(h)
    assert topic["name"].startswith("#1 · somali ·")
    thread = topic["message_thread_id"]
    summary, relayed = await wait_thread(h, thread, 2)
    assert "Tapaus #1" in summary["text"] and "somali" in summary["text"]
    assert relayed["text"] == "Waxaan helay warqad Kela ah oo aan fahmin"

    answer = await advisor_press(h, AINO, thread, fi("advisors-button-take"), expect_group=1, expect_user=(user, 1))
    assert answer["text"] == fi("advisors-ok")
    assert h.bot_messages(user)[-1]["text"] == so("escalation-taken")

    before = len(h.bot_messages(user))
    await advisor_says(h, AINO, thread, "/kb housing-allowance", expect_group=1, expect_user=(user, 1))
    kb = h.bot_messages(user)[before]
    title = h.resources.questions.kb.topics["housing-allowance"].text("so")
    assert title is not None and title.title in kb["text"]

    await advisor_press(h, AINO, thread, fi("advisors-button-phrases"), expect_group=1)
    phrase_label = fi("escalation-phrase-send-photo")[:64]
    await advisor_press(h, AINO, thread, phrase_label, expect_group=1, expect_user=(user, 1))
    assert h.bot_messages(user)[-1]["text"] == so("escalation-phrase-send-photo")

    before_group = len(thread_messages(h, thread))
    h.emulator.send_media(user, "photo", caption="warqadda")
    [photo] = (await wait_thread(h, thread, before_group + 1))[-1:]
    assert photo["kind"] == "photo" and photo["caption"] == "warqadda"

    before = len(h.bot_messages(user))
    h.emulator.send_media(AINO, "photo", chat_id=GROUP, message_thread_id=thread, caption="Tämä lomake")
    [back] = await h.wait_new(user, before, 1)
    assert back["kind"] == "photo"

    await advisor_press(h, AINO, thread, fi("advisors-button-close"), expect_group=1, expect_user=(user, 1))
    closing = h.bot_messages(user)[-1]
    assert closing["text"] == so("escalation-closed")
    assert "5 ⭐" in buttons(closing)
    [thanks] = await h.press(user, "5 ⭐")
    assert thanks["text"] == so("escalation-rated")
    assert [t for t in h.emulator.topics(GROUP) if t["message_thread_id"] == thread][0]["closed"] is True

    [again] = await h.say(user, "Sidee baan u codsadaa kaalmada guriga Kela?")
    assert "👍" in buttons(again), "the bot answers questions again"
