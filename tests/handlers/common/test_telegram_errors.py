"""Telegram's refusals on the way out (429 on any call, harmless 400s) never cost a newcomer their reply."""

from __future__ import annotations

import html
from typing import Any

import pytest

from bot.telegram.tolerance import plain, split
from tests.handlers.cases.helpers import plain as without_tags
from tests.harness import BotHarness, buttons

QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the same as a current "
    "content and reply markup of the message"
)


async def _consent_question(h: BotHarness) -> tuple[int, dict[str, Any]]:
    """An English newcomer looking at "Talk to a person"'s consent question (its "No" edits the message)."""
    en = h.translator("en")
    user = await h.newcomer("Anna", "English")
    [question] = await h.press(user, en("common-menu-person"))
    return user, question


def _shown(h: BotHarness, user: int, message_id: int) -> dict[str, Any]:
    return next(m for m in h.bot_messages(user) if m["message_id"] == message_id)


async def test_flood_waits_on_answers_edits_and_messages_are_waited_out(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    en = h.translator("en")
    user, question = await _consent_question(h)
    h.emulator.fail_next(1, status=429, method="answerCallbackQuery", retry_after=1)
    h.emulator.fail_next(1, status=429, method="editMessageText", retry_after=1)
    await h.press(user, en("cases-consent-no"), expect=0)
    assert _shown(h, user, question["message_id"])["text"] == en("cases-consent-declined")
    h.emulator.fail_next(1, status=429, method="sendMessage", retry_after=1)
    [menu] = await h.say(user, "/menu")
    assert menu["text"] == en("common-menu-title")
    assert h.emulator.stats["rate_limited_429"] == 3
    assert all(m["text"] != en("common-error-apology") for m in h.bot_messages(user))


@pytest.mark.parametrize(
    ("method", "description", "outcome"),
    [
        ("answerCallbackQuery", QUERY_TOO_OLD, "edited"),
        ("editMessageText", NOT_MODIFIED, "unchanged"),
        ("editMessageText", "message to edit not found", "new message"),
        ("editMessageText", "message can't be edited", "new message"),
    ],
)
async def test_harmless_400s_on_a_press(
    sqlite_harness: BotHarness, method: str, description: str, outcome: str
) -> None:
    h = sqlite_harness
    en = h.translator("en")
    user, question = await _consent_question(h)
    before = len(h.bot_messages(user))
    h.emulator.fail_next(1, status=400, method=method, description=description)
    await h.press(user, en("cases-consent-no"), expect=0)
    new = h.bot_messages(user)[before:]
    assert all(m["text"] != en("common-error-apology") for m in h.bot_messages(user)), "no apology"
    if outcome == "edited":
        assert new == [] and _shown(h, user, question["message_id"])["text"] == en("cases-consent-declined")
    elif outcome == "unchanged":
        assert new == [] and _shown(h, user, question["message_id"])["text"] == question["text"]
    else:
        [again] = new
        assert again["text"] == en("cases-consent-declined"), "the answer comes as a new message"
        assert buttons(again), "with its buttons (the menu)"


@pytest.mark.parametrize(
    "description",
    ['can\'t parse entities: Unsupported start tag "x" at byte offset 3', "message is too long"],
)
async def test_a_text_telegram_refuses_still_reaches_the_user(
    sqlite_harness: BotHarness, description: str
) -> None:
    h = sqlite_harness
    en = h.translator("en")
    user = await h.newcomer("Anna", "English")
    h.emulator.fail_next(1, status=400, method="sendMessage", description=description)
    [reply] = await h.say(user, "/help")
    assert reply["text"] == html.unescape(without_tags(en("common-menu-help-text")))
    assert reply["text"] != en("common-error-apology")


def test_plain_strips_telegram_tags_and_unescapes() -> None:
    assert plain('<b>Kela</b> &amp; <a href="https://kela.fi">Migri</a> 3 &lt; 5') == "Kela & Migri 3 < 5"


def test_split_cuts_at_paragraphs_then_lines_and_keeps_everything() -> None:
    text = "\n\n".join(["a" * 3000, "b" * 3000, "c" * 100])
    parts = split(text)
    assert parts == ["a" * 3000, "b" * 3000 + "\n\n" + "c" * 100]
    long_line = "word " * 2000
    pieces = split(long_line)
    assert all(len(p) <= 4096 for p in pieces) and " ".join(pieces).split() == long_line.split()
    assert split("x" * 5000) == ["x" * 4096, "x" * 904]


async def test_flood_wait_on_the_typing_indicator_still_gives_the_letter_answer(
    sqlite_harness: BotHarness,
) -> None:
    h = sqlite_harness
    user = await h.newcomer("Hodan", "Soomaali", language_code=None)
    before = len(h.bot_messages(user))
    h.emulator.fail_next(1, status=429, method="sendChatAction", retry_after=1)
    h.emulator.send_media(user, "photo")
    await h.emulator.wait_for_messages(user, before + 1, timeout=60)  # read in a worker process
    await h.settle()
    [reply] = h.bot_messages(user)[before:]
    assert reply["html"] == h.translator("so")("letters-unreadable", problem="no-text")
    assert h.emulator.stats["rate_limited_429"] == 1
