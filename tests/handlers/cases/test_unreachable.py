"""The advisors' group out of reach (the bot removed, without topic rights, a migrated group), topics that are
closed, flood waits: newcomers hear why, coordinators are told once, nothing is lost and nothing knocks on Telegram
in a loop."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.clock import FixedClock
from bot.i18n import Translator
from tests.handlers.cases.helpers import (
    AINO,
    GROUP,
    HASSAN,
    LEENA,
    add_staff,
    advisor_press,
    advisor_says,
    escalate,
    thread_messages,
    topics,
    wait_thread,
    wait_topic,
)
from tests.harness import BotHarness, running_harness, until
from tests.infra import migrated_sqlite


@pytest.fixture
async def desk(tmp_path: Path, clock: FixedClock, translator: Translator) -> AsyncIterator[BotHarness]:
    async with running_harness(await migrated_sqlite(tmp_path / "cases.sqlite3"), clock, translator) as h:
        add_staff(h)
        yield h


def _group_requests(h: BotHarness) -> int:
    return sum(
        1
        for method, params in h.emulator.requests_log
        if method in ("createForumTopic", "sendMessage", "copyMessage") and params.get("chat_id") == GROUP
    )


async def test_bot_without_topic_rights_newcomer_told_coordinator_alerted_then_delivered(
    desk: BotHarness,
) -> None:
    h = desk
    en, fi = h.translator("en"), h.translator("fi")
    h.emulator.set_bot_status(GROUP, LEENA, "administrator", can_manage_topics=False)
    user = h.new_user("Anna", language_code="en")
    await escalate(h, user, "English", "en", "I got a letter from Migri")
    await until(lambda: any(m["text"] == en("cases-unreachable") for m in h.bot_messages(user)))
    await until(lambda: len(h.bot_messages(LEENA)) == 1)
    [alert] = h.bot_messages(LEENA)
    assert alert["text"] == fi("cases-desk-unreachable", reason="rights", chat=str(GROUP), new_chat="-")

    # More messages while the group is out of reach: each waits without a request to Telegram; no second alert.
    knocks = _group_requests(h)
    before = len(h.bot_messages(user))
    for n in range(3):
        h.emulator.send_text(user, f"more {n}")
    await h.settle()
    assert _group_requests(h) == knocks, "the drainer does not knock on the group again before the pause ends"
    assert len(h.bot_messages(user)) == before, "told once while that answer is fresh, not once per message"
    assert len(h.bot_messages(LEENA)) == 1

    # The coordinator gives the right back (Telegram says so with my_chat_member): everything arrives, in order,
    # without waiting for the pause to end.
    h.emulator.set_bot_status(GROUP, LEENA, "administrator", can_manage_topics=True)
    [topic] = await wait_topic(h, 1)
    shown = await wait_thread(h, topic["message_thread_id"], 5)
    assert [m["text"] for m in shown[1:]] == ["I got a letter from Migri", "more 0", "more 1", "more 2"]


async def test_bot_removed_from_the_group(desk: BotHarness) -> None:
    h = desk
    en, fi = h.translator("en"), h.translator("fi")
    h.emulator.set_bot_status(GROUP, LEENA, "kicked")
    user = h.new_user("Hodan", language_code="en")
    await escalate(h, user, "English", "en", "Can someone call me?")
    await until(lambda: any(m["text"] == en("cases-unreachable") for m in h.bot_messages(user)))
    await until(lambda: len(h.bot_messages(LEENA)) == 1)
    assert h.bot_messages(LEENA)[0]["text"] == fi(
        "cases-desk-unreachable", reason="removed", chat=str(GROUP), new_chat="-"
    )
    assert topics(h) == []


async def test_migrated_group_tells_the_coordinator_its_new_id(
    tmp_path: Path, clock: FixedClock, translator: Translator
) -> None:
    db = await migrated_sqlite(tmp_path / "cases.sqlite3")
    async with running_harness(db, clock, translator) as h:
        for name, uid in (("Aino", AINO), ("Hassan", HASSAN), ("Leena", LEENA)):
            h.emulator.add_user(name, language_code="fi", user_id=uid)
        # The coordinator configured the basic group, then turned topics on: the group moved to a new id.
        h.emulator.add_group("Kototori advisors", chat_id=GROUP, bot_is_admin=True, members=[AINO, LEENA])
        new = h.emulator.migrate_group(GROUP)
        user = h.new_user("Ahmed", language_code="en")
        await escalate(h, user, "English", "en", "I need help with Kela")
        await until(lambda: len(h.bot_messages(LEENA)) == 1)
        alert = h.bot_messages(LEENA)[0]["text"]
        assert f"KOTOTORI_ADVISORS_CHAT_ID={new['id']}" in alert
        await until(lambda: h.bot_messages(user)[-1]["text"] == h.translator("en")("cases-unreachable"))
        # After the pause the drainer knocks once more; the group is still gone: no second alert, no new topic.
        knocks = _group_requests(h)
        h.clock.advance(timedelta(minutes=6))
        await until(lambda: _group_requests(h) > knocks)
        await asyncio.sleep(1.5)  # one more drainer poll
        await h.settle()
        assert len(h.bot_messages(LEENA)) == 1
        assert _group_requests(h) == knocks + 1, "one knock per pause, not one per waiting row"


async def test_closed_topic_is_reopened_for_the_newcomers_message(desk: BotHarness) -> None:
    h = desk
    user = h.new_user("Anna", language_code="en")
    await escalate(h, user, "English", "en", "I got a letter from Migri")
    [topic] = await wait_topic(h, 1)
    thread = topic["message_thread_id"]
    await wait_thread(h, thread, 2)
    h.emulator.close_topic(GROUP, thread)  # an advisor archived the topic, the case is still open
    h.emulator.send_text(user, "Hello? Is anyone there?")
    shown = await wait_thread(h, thread, 3)
    assert shown[-1]["text"] == "Hello? Is anyone there?"
    assert next(t for t in topics(h) if t["message_thread_id"] == thread)["closed"] is False


async def test_advisor_writing_in_the_closed_topic_of_a_closed_case_is_answered(desk: BotHarness) -> None:
    h = desk
    fi = h.translator("fi")
    h.emulator.add_member(GROUP, AINO, "administrator")  # only admins may write in a closed topic
    user = h.new_user("Anna", language_code="en")
    await escalate(h, user, "English", "en", "I got a letter from Migri")
    [topic] = await wait_topic(h, 1)
    thread = topic["message_thread_id"]
    await wait_thread(h, thread, 2)
    await advisor_press(h, AINO, thread, fi("cases-desk-button-take"), expect_group=1, expect_user=(user, 1))
    await advisor_press(h, AINO, thread, fi("cases-desk-button-close"), expect_group=1, expect_user=(user, 1))
    await until(lambda: next(t for t in topics(h) if t["message_thread_id"] == thread)["closed"])
    before_user = len(h.bot_messages(user))
    await advisor_says(h, AINO, thread, "One more thing")  # advisors (admins) may still write there
    hint = fi("cases-desk-note-refused", reason=fi("cases-desk-refused-closed"))
    await until(lambda: any(m["text"] == hint for m in h.emulator.chat_messages(GROUP) if m["from_bot"]))
    [shown] = [m for m in h.emulator.chat_messages(GROUP) if m["from_bot"] and m["text"] == hint]
    assert shown["message_thread_id"] is None, "the topic is closed: the hint goes to the General topic"
    assert len(h.bot_messages(user)) == before_user, "nothing reached the newcomer"
    assert thread_messages(h, thread)[-1]["text"] != hint


async def test_flood_waits_on_topic_creation_and_copies_lose_nothing(desk: BotHarness) -> None:
    h = desk
    h.emulator.fail_next(1, status=429, method="createForumTopic", retry_after=1)
    h.emulator.fail_next(2, status=429, method="copyMessage", retry_after=1)
    user = h.new_user("Anna", language_code="en")
    await escalate(h, user, "English", "en", "I got a letter from Migri")
    h.emulator.send_text(user, "It is about my residence permit")
    [topic] = await wait_topic(h, 1)
    shown = await wait_thread(h, topic["message_thread_id"], 3)
    assert [m["text"] for m in shown[1:]] == ["I got a letter from Migri", "It is about my residence permit"]
    assert h.emulator.stats["rate_limited_429"] == 3
