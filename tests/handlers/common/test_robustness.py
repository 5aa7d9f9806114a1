"""Bad input gets a short localized answer; errors are logged without the user's text."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

from bot.db.models import User
from tests.harness import BotHarness, buttons

MEDIA = {
    "sticker": "common-fallback-sticker",
    "voice": "common-fallback-voice",
    "video": "common-fallback-photo",
    "location": "common-fallback-location",
    "contact": "common-fallback-contact",
    # photos and files are letters to read (handlers/letters): a 1-pixel image has no text, this file is no letter
    "photo": "letters-unreadable",
    "document": "letters-wrong-file",
}


@pytest.mark.parametrize("kind", sorted(MEDIA))
async def test_media_gets_a_localized_answer(sqlite_harness: BotHarness, kind: str) -> None:
    h = sqlite_harness
    user = await h.newcomer("Hodan", "Soomaali", language_code=None)
    before = len(h.bot_messages(user))
    h.emulator.send_media(user, kind)
    await h.emulator.wait_for_messages(user, before + 1, timeout=60)  # a photo is read in a worker process
    await h.settle()
    [reply] = h.bot_messages(user)[before:]
    assert reply["html"] == h.translator("so")(MEDIA[kind], problem="no-text")


async def test_very_long_text_and_control_characters(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await h.newcomer("Anna", "English")
    [reply] = await h.say(user, "apua " * 1000)
    assert "very long" in reply["text"]
    [reply] = await h.say(user, "hei\x00\x07\x1b[31m kela")
    assert reply["text"], "control characters still get an answer"


async def test_edited_message_and_unknown_command(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await h.newcomer("Mikko", "Suomi", language_code="fi")
    before = len(h.bot_messages(user))
    sent = h.emulator.send_text(user, "kela")
    await h.wait_new(user, before, 1)
    before += 1
    h.emulator.edit_text(user, user, sent["message_id"], "kela rahat")
    [reply] = await h.wait_new(user, before, 1)
    assert reply["text"] == h.translator("fi")("common-fallback-edited")
    [reply] = await h.say(user, "/lentokone")
    assert reply["text"] == h.translator("fi")("common-fallback-unknown-command")
    assert buttons(reply), "the menu comes with it"


async def test_forged_callback_data_is_answered_not_obeyed(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await h.newcomer("Ahmed", "العربية", language_code="ar")
    last = h.bot_messages(user)[-1]
    before = len(h.bot_messages(user))
    for forged in ("lg:xx", "mn:nope", "pv:del:extra", "zz:1"):
        h.emulator.press(user, user, last["message_id"], forged, forge=True)
    replies = await h.wait_new(user, before, 4)
    assert all(r["text"] == h.translator("ar")("common-fallback-stale-button") for r in replies)
    async with h.resources.sessionmaker() as session:
        row = (await session.execute(select(User).where(User.telegram_id == user))).scalar_one()
    assert row.locale == "ar", "a forged language button changed nothing"


async def test_bot_added_to_a_random_group_says_so_and_leaves(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = h.new_user("Anna", language_code="en")
    group = h.emulator.add_group("Family chat", members=[user], bot_is_member=False)
    h.emulator.add_bot_to_group(group["id"], by_user_id=user)
    [note] = await h.emulator.wait_for_messages(group["id"], 1, timeout=10)
    assert "private" in note["text"].lower() or "yksityis" in note["text"].lower()
    await h.settle()
    assert any(m == "leaveChat" for m, _ in h.emulator.requests_log)
    h.emulator.send_text(user, "hello bot", chat_id=group["id"])
    await h.settle()
    assert len(h.bot_messages(group["id"])) == 1, "messages in the group are ignored"


async def test_user_who_blocks_the_bot_is_marked(harness: BotHarness) -> None:
    user = await harness.newcomer("Zahra", "دری", language_code="fa")
    harness.emulator.block_user(user)
    await harness.settle()
    async with harness.resources.sessionmaker() as session:
        for _ in range(50):
            row = (await session.execute(select(User).where(User.telegram_id == user))).scalar_one()
            if row.blocked_at is not None:
                break
            await session.rollback()
            await harness.settle()
    assert row.blocked_at is not None


async def test_server_errors_are_retried(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await h.newcomer("Anna", "English")
    h.emulator.fail_next(2, status=502, method="sendMessage")
    [reply] = await h.say(user, "/menu")
    assert reply["text"] == h.translator("en")("common-menu-title")


async def test_rate_limit_429_is_waited_out(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await h.newcomer("Anna", "English")
    h.emulator.set_rate_limits(True)
    before = len(h.bot_messages(user))
    for _ in range(5):
        h.emulator.send_text(user, "/menu")
    replies = await h.wait_new(user, before, 5)
    assert [r["text"] for r in replies] == [h.translator("en")("common-menu-title")] * 5
    assert h.emulator.stats["rate_limited_429"] >= 1, "the burst did hit Telegram's per-chat limit"


async def test_one_chat_is_answered_in_order(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await h.newcomer("Hodan", "Soomaali", language_code=None)
    kinds = ["sticker", "location", "voice", "contact", "sticker", "location"]
    before = len(h.bot_messages(user))
    for kind in kinds:
        h.emulator.send_media(user, kind)
    replies = await h.wait_new(user, before, len(kinds))
    assert [r["text"] for r in replies] == [h.translator("so")(MEDIA[k]) for k in kinds]


async def test_handler_error_is_logged_without_text_and_apologised(
    sqlite_harness: BotHarness, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    h = sqlite_harness
    user = await h.newcomer("Anna", "English")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("handlers.onboarding.menu.main_menu", broken)
    with caplog.at_level(logging.INFO):
        [reply] = await h.say(user, "/menu my secret question about my debts")
    assert reply["text"] == h.translator("en")("common-error-apology")
    assert "secret question" not in caplog.text
    assert "RuntimeError" in caplog.text
