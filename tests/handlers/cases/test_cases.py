"""Talk to a person: escalation with consent, a case topic per case, taking over, relaying, closing and rating."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.cases.relay import GROUP_LIMIT
from bot.clock import FixedClock
from bot.db.models import Case as CaseRow
from bot.db.models import CaseAudit, CaseOutbox, CaseStat
from bot.i18n import Translator
from bot.runtime.scheduler import Jobs
from bot.telegram.membership import TelegramMembership
from handlers.cases.callbacks import CaseAct, CaseActionKind, CaseKb, CasePhrase, CaseRate
from handlers.common.callbacks import StartCase
from tests.handlers.cases.helpers import (
    AINO,
    GROUP,
    HASSAN,
    LEENA,
    add_staff,
    advisor_press,
    advisor_says,
    escalate,
    press_data,
    running_desk,
    thread_messages,
    wait_thread,
    wait_topic,
)
from tests.harness import WAIT, BotHarness, buttons, start_harness, until
from tests.infra import migrated_sqlite

# Tuesday 24 November 2026, 18:00 in Helsinki: Kototori has closed for the day; next opening Friday 9:00.
EVENING = datetime(2026, 11, 24, 16, 0, tzinfo=UTC)


@pytest.fixture
async def desk(tmp_path: Path, clock: FixedClock, translator: Translator) -> AsyncIterator[BotHarness]:
    async with running_desk(await migrated_sqlite(tmp_path / "cases.sqlite3"), clock, translator) as h:
        yield h


async def test_somali_newcomer_outside_hours_to_rating(desk: BotHarness) -> None:
    h = desk
    h.clock.at = EVENING
    so, fi = h.translator("so"), h.translator("fi")
    user = h.new_user("Hodan", language_code=None)
    [next_steps] = await escalate(h, user, "Soomaali", "so", "Waxaan helay warqad Kela ah oo aan fahmin")
    text = next_steps["text"]
    assert text.startswith("🕘"), "told that advisors are not at work now"
    assert "Jimco" in text, "when they are back: Friday, in Somali"
    assert so("cases-queue", position=1) in text
    assert "Soomaali" in text and "kaaliye luqadeed" in text, "the Somali language assistant's days"

    [topic] = await wait_topic(h)
    assert topic["name"].startswith("#1 · somali ·")
    thread = topic["message_thread_id"]
    summary, relayed = await wait_thread(h, thread, 2)
    assert "Tapaus #1" in summary["text"] and "somali" in summary["text"]
    assert relayed["text"] == "Waxaan helay warqad Kela ah oo aan fahmin"

    answer = await advisor_press(
        h, AINO, thread, fi("cases-desk-button-take"), expect_group=1, expect_user=(user, 1)
    )
    assert answer["text"] == fi("cases-desk-ok")
    assert h.bot_messages(user)[-1]["text"] == so("cases-taken")

    before = len(h.bot_messages(user))
    await advisor_says(h, AINO, thread, "/kb housing-allowance", expect_group=1, expect_user=(user, 1))
    kb = h.bot_messages(user)[before]
    title = h.resources.questions.kb.topics["housing-allowance"].text("so")
    assert title is not None and title.title in kb["text"]

    await advisor_press(h, AINO, thread, fi("cases-desk-button-phrases"), expect_group=1)
    phrase_label = fi("cases-phrase-send-photo")[:64]
    await advisor_press(h, AINO, thread, phrase_label, expect_group=1, expect_user=(user, 1))
    assert h.bot_messages(user)[-1]["text"] == so("cases-phrase-send-photo")

    before_group = len(thread_messages(h, thread))
    h.emulator.send_media(user, "photo", caption="warqadda")
    [photo] = (await wait_thread(h, thread, before_group + 1))[-1:]
    assert photo["kind"] == "photo" and photo["caption"] == "warqadda"

    before = len(h.bot_messages(user))
    h.emulator.send_media(AINO, "photo", chat_id=GROUP, message_thread_id=thread, caption="Tämä lomake")
    [back] = await h.wait_new(user, before, 1)
    assert back["kind"] == "photo"

    await advisor_press(h, AINO, thread, fi("cases-desk-button-close"), expect_group=1, expect_user=(user, 1))
    closing = h.bot_messages(user)[-1]
    assert closing["text"] == so("cases-closed")
    assert "5 ⭐" in buttons(closing)
    [thanks] = await h.press(user, "5 ⭐")
    assert thanks["text"] == so("cases-rated")
    assert _topic(h, thread)["closed"] is True

    [again] = await h.say(user, "Sidee baan u codsadaa kaalmada guriga Kela?")
    housing = h.resources.questions.title("housing-allowance", "so")
    assert housing in again["text"] or housing in buttons(again), "the bot answers questions again"


def _message(h: BotHarness, chat: int, message_id: int) -> dict[str, Any]:
    return next(m for m in h.emulator.chat_messages(chat) if m["message_id"] == message_id)


def _topic(h: BotHarness, thread: int) -> dict[str, object]:
    return next(t for t in h.emulator.topics(GROUP) if t["message_thread_id"] == thread)


async def _case_row(h: BotHarness, case_id: int = 1) -> CaseRow | None:
    async with h.resources.sessionmaker() as session:
        return await session.get(CaseRow, case_id)


async def _open_case(
    h: BotHarness, name: str = "Anna", text: str = "I got a letter from Migri"
) -> tuple[int, int]:
    """An English-speaking newcomer with a case in the queue; returns (user, thread)."""
    user = h.new_user(name, language_code="en")
    existing = len(h.emulator.topics(GROUP))
    await escalate(h, user, "English", "en", text)
    live = await wait_topic(h, existing + 1)
    thread = max(t["message_thread_id"] for t in live)
    await wait_thread(h, thread, 2)
    return user, thread


async def test_consent_declined_sends_nothing(desk: BotHarness) -> None:
    h = desk
    en = h.translator("en")
    user = await h.newcomer("Mikko", "English")
    [consent] = await h.press(user, en("common-menu-person"))
    assert "will <b>not</b> see" in en("cases-consent") and "will not see" in consent["text"]
    await h.press(user, en("cases-consent-no"), expect=0)
    assert h.bot_messages(user)[-1]["text"] == en("cases-consent-declined")
    [answer] = await h.say(user, "what are the opening hours of kototori")
    assert "👍" in buttons(answer) or "Kototori" in answer["text"], "not relayed: the bot answers"
    assert h.emulator.topics(GROUP) == [] and await _case_row(h) is None


async def test_forged_callbacks_are_refused(desk: BotHarness) -> None:
    h = desk
    en, fi = h.translator("en"), h.translator("fi")
    first, thread1 = await _open_case(h, "Anna")
    second, _ = await _open_case(h, "Ahmed", "Kela sent me a letter about money")

    last = h.bot_messages(first)[-1]
    before = len(h.bot_messages(first))
    h.emulator.press(
        first, first, last["message_id"], CaseAct(action=CaseActionKind.TAKE, case=1).pack(), forge=True
    )
    h.emulator.press(first, first, last["message_id"], CaseRate(case=2, stars=1).pack(), forge=True)
    [stale] = await h.wait_new(first, before, 1)
    assert stale["text"] == en("common-fallback-stale-button"), "a newcomer cannot use advisors' buttons"

    summary1 = thread_messages(h, thread1)[0]
    seen_by_second = len(h.bot_messages(second))
    forged = CaseAct(action=CaseActionKind.TAKE, case=2).pack()
    answer = await press_data(h, AINO, summary1, forged, forge=True)
    assert answer["text"] == fi("cases-desk-refused-not-found") and answer["show_alert"]
    await advisor_press(
        h, AINO, thread1, fi("cases-desk-button-take"), expect_group=1, expect_user=(first, 1)
    )
    answer = await press_data(h, AINO, summary1, CaseKb(case=1, t="no-such-topic").pack(), forge=True)
    assert answer["text"] == fi("cases-desk-refused-unknown-topic")
    answer = await press_data(h, AINO, summary1, CasePhrase(case=1, p="lottery-win").pack(), forge=True)
    assert answer["text"] == fi("cases-desk-refused-unknown-phrase")

    row1, row2 = await _case_row(h, 1), await _case_row(h, 2)
    assert row1 is not None and row2 is not None
    assert row2.owner_id is None and row2.status == "waiting" and row2.rating is None
    assert len(h.bot_messages(second)) == seen_by_second, "the second newcomer was sent nothing"

    third = await h.newcomer("Zahra", "English")
    last = h.bot_messages(third)[-1]
    before = len(h.bot_messages(third))
    h.emulator.press(
        third, third, last["message_id"], StartCase(t="kela-benefits", u=True).pack(), forge=True
    )
    await h.wait_new(third, before, 1)
    await h.press(third, en("cases-consent-yes"), expect=0)
    await h.say(third, "money question")
    row3 = await _case_row(h, 3)
    assert row3 is not None and row3.urgent is False, (
        "a forged 'urgent' on an ordinary topic does not jump the queue"
    )


async def test_takeover_by_another_advisor_release_and_internal_notes(desk: BotHarness) -> None:
    h = desk
    en, fi = h.translator("en"), h.translator("fi")
    user, thread = await _open_case(h)
    await advisor_says(h, AINO, thread, "Can anyone take this?", expect_group=1)
    assert thread_messages(h, thread)[-1]["text"] == fi(
        "cases-desk-note-refused", reason=fi("cases-desk-refused-take-first")
    )
    await advisor_press(h, AINO, thread, fi("cases-desk-button-take"), expect_group=1, expect_user=(user, 1))
    before = len(h.bot_messages(user))
    await advisor_says(h, HASSAN, thread, "Aino, I know this family")  # an internal note: not relayed
    await advisor_press(h, HASSAN, thread, fi("cases-desk-button-take"), expect_group=1)
    assert thread_messages(h, thread)[-1]["text"] == fi(
        "cases-desk-note-taken-over", by="Hassan", number="1", previous="Aino"
    )
    answer = await advisor_press(h, AINO, thread, fi("cases-desk-button-release"))
    assert answer["text"] == fi("cases-desk-refused-not-owner") and answer["show_alert"]
    await advisor_says(h, HASSAN, thread, "Hello Anna, I can help you", expect_user=(user, 1))
    assert [m["text"] for m in h.bot_messages(user)[before:]] == ["Hello Anna, I can help you"]
    await advisor_press(
        h, HASSAN, thread, fi("cases-desk-button-release"), expect_group=1, expect_user=(user, 1)
    )
    assert h.bot_messages(user)[-1]["text"] == en("cases-released")
    row = await _case_row(h)
    assert row is not None and row.status == "waiting" and row.owner_id is None


async def test_edits_are_relayed_marked_as_edited(desk: BotHarness) -> None:
    h = desk
    en, fi = h.translator("en"), h.translator("fi")
    user, thread = await _open_case(h, text="My rent is 700 euros")
    original = [m for m in h.emulator.chat_messages(user) if not m["from_bot"]][-1]
    before = len(thread_messages(h, thread))
    h.emulator.edit_text(user, user, original["message_id"], "My rent is 750 euros")
    [edited] = (await wait_thread(h, thread, before + 1))[-1:]
    assert edited["text"] == f"{fi('cases-desk-edited')}\nMy rent is 750 euros"
    assert _message(h, GROUP, edited["reply_to_message_id"])["text"] == "My rent is 700 euros"

    await advisor_press(h, AINO, thread, fi("cases-desk-button-take"), expect_group=1, expect_user=(user, 1))
    sent = await advisor_says(h, AINO, thread, "Come on Tuesday", expect_user=(user, 1))
    before = len(h.bot_messages(user))
    h.emulator.edit_text(AINO, GROUP, sent["message_id"], "Come on Friday")
    [changed] = await h.wait_new(user, before, 1)
    assert changed["text"] == f"{en('cases-edited')}\nCome on Friday"
    assert _message(h, user, changed["reply_to_message_id"])["text"] == "Come on Tuesday"


async def test_albums_voice_and_documents_are_relayed_both_ways(desk: BotHarness) -> None:
    h = desk
    fi = h.translator("fi")
    user, thread = await _open_case(h)
    before = len(thread_messages(h, thread))
    h.emulator.send_media(user, "photo", media_group_id="album-1", caption="page 1")
    h.emulator.send_media(user, "photo", media_group_id="album-1")
    h.emulator.send_media(user, "voice")
    h.emulator.send_media(user, "document", file_name="decision.pdf")
    relayed = (await wait_thread(h, thread, before + 4))[before:]
    assert [m["kind"] for m in relayed] == ["photo", "photo", "voice", "document"]
    assert relayed[0]["media_group_id"] == relayed[1]["media_group_id"] is not None, (
        "the album stays an album"
    )
    assert relayed[0]["caption"] == "page 1"
    assert relayed[3]["file"]["file_name"] == "decision.pdf"

    await advisor_press(h, AINO, thread, fi("cases-desk-button-take"), expect_group=1, expect_user=(user, 1))
    before = len(h.bot_messages(user))
    for _ in range(2):
        h.emulator.send_media(
            AINO, "document", chat_id=GROUP, message_thread_id=thread, media_group_id="forms"
        )
    h.emulator.send_media(AINO, "voice", chat_id=GROUP, message_thread_id=thread)
    back = await h.wait_new(user, before, 3)
    assert [m["kind"] for m in back] == ["document", "document", "voice"]
    assert back[0]["media_group_id"] == back[1]["media_group_id"] is not None


async def test_deleted_topic_is_recreated_and_the_case_continues(desk: BotHarness) -> None:
    h = desk
    fi = h.translator("fi")
    user, thread = await _open_case(h)
    h.emulator.delete_topic(GROUP, thread)
    h.emulator.send_text(user, "Hello? Is anyone there?")
    [new] = await wait_topic(h, 1)
    assert new["message_thread_id"] != thread and new["name"].startswith("#1 ·")
    summary, message = await wait_thread(h, new["message_thread_id"], 2)
    assert summary["text"].startswith(fi("cases-desk-summary-recreated"))
    assert message["text"] == "Hello? Is anyone there?"
    row = await _case_row(h)
    assert row is not None and row.thread_id == new["message_thread_id"], "the mapping follows the new topic"
    await advisor_press(
        h, AINO, new["message_thread_id"], fi("cases-desk-button-take"), expect_group=1, expect_user=(user, 1)
    )


async def test_group_rate_limit_queues_messages_in_order(desk: BotHarness) -> None:
    h = desk
    user, thread = await _open_case(h, text="message 0")
    h.emulator.set_rate_limits(True)
    for n in range(1, 26):
        h.emulator.send_text(user, f"message {n}")
    # The bot's own budget: 20 a minute, counting the topic, the summary and the first message.
    shown = await wait_thread(h, thread, 1 + (GROUP_LIMIT - 2))
    await asyncio.sleep(1.5)  # one more drainer poll: it must not send more within the minute
    await h.settle()
    assert len(thread_messages(h, thread)) == len(shown) == GROUP_LIMIT - 1
    async with h.resources.sessionmaker() as session:
        pending = (
            await session.execute(
                select(func.count()).select_from(CaseOutbox).where(CaseOutbox.status == "pending")
            )
        ).scalar_one()
    assert pending == 26 - (GROUP_LIMIT - 2), "the rest wait in the outbox"
    assert h.emulator.stats["rate_limited_429"] == 0, "the bot kept under Telegram's group limit itself"
    h.clock.advance(timedelta(seconds=62))
    h.emulator.clock.advance(timedelta(seconds=62))  # type: ignore[attr-defined]
    shown = await wait_thread(h, thread, 1 + 26)
    assert [m["text"] for m in shown[1:]] == [f"message {n}" for n in range(26)], "none lost, in order"


async def test_newcomer_who_blocks_the_bot_gets_the_case_closed(desk: BotHarness) -> None:
    h = desk
    fi = h.translator("fi")
    user, thread = await _open_case(h)
    await advisor_press(h, AINO, thread, fi("cases-desk-button-take"), expect_group=1, expect_user=(user, 1))
    before = len(thread_messages(h, thread))
    h.emulator.block_user(user)
    [note] = (await wait_thread(h, thread, before + 1))[-1:]
    assert note["text"] == fi("cases-desk-note-closed-blocked", number="1")
    row = await _case_row(h)
    assert row is not None and row.status == "closed"


async def test_reply_to_the_advisor_within_a_week_reopens_the_case(desk: BotHarness) -> None:
    h = desk
    en, fi = h.translator("en"), h.translator("fi")
    user, thread = await _open_case(h)
    await advisor_press(h, AINO, thread, fi("cases-desk-button-take"), expect_group=1, expect_user=(user, 1))
    await advisor_says(h, AINO, thread, "Bring the letter on Friday", expect_user=(user, 1))
    advisor_message = h.bot_messages(user)[-1]
    await advisor_press(h, AINO, thread, fi("cases-desk-button-close"), expect_group=1, expect_user=(user, 1))
    h.clock.advance(timedelta(days=3))
    before_group = len(thread_messages(h, thread))
    before = len(h.bot_messages(user))
    h.emulator.send_text(user, "Which Friday?", reply_to=advisor_message["message_id"])
    [reopened] = await h.wait_new(user, before, 1)
    assert reopened["text"] == en("cases-reopened")
    shown = (await wait_thread(h, thread, before_group + 2))[before_group:]
    assert shown[0]["text"].startswith("🔄") and shown[1]["text"] == "Which Friday?"
    assert _message(h, GROUP, shown[1]["reply_to_message_id"])["text"] == "Bring the letter on Friday"
    topic = _topic(h, thread)
    assert topic["closed"] is False


async def test_privacy_shows_cases_and_delete_removes_them(desk: BotHarness) -> None:
    h = desk
    en = h.translator("en")
    user, thread = await _open_case(h)
    [report] = await h.say(user, "/privacy")
    assert "#1" in report["text"] and "open" in report["text"]
    assert "agreed to be contacted by an advisor: yes" in report["text"]
    await h.say(user, "/delete_my_data")
    await h.press(user, en("privacy-delete-yes"), expect=0)
    await until(lambda: _topic(h, thread)["deleted"])
    assert await _case_row(h) is None
    async with h.resources.sessionmaker() as session:
        assert (await session.execute(select(func.count()).select_from(CaseStat))).scalar_one() == 1
    [fresh] = await h.say(user, "/privacy")  # writing again starts a new, empty profile
    assert "#1" not in fresh["text"] and "advisor: no" in fresh["text"]


async def test_closed_cases_are_purged_after_the_retention_period(desk: BotHarness) -> None:
    h = desk
    fi = h.translator("fi")
    user, thread = await _open_case(h)
    await advisor_press(h, AINO, thread, fi("cases-desk-button-close"), expect_group=1, expect_user=(user, 1))
    jobs = Jobs(h.resources)
    await jobs.tick()
    assert await _case_row(h) is not None
    h.clock.advance(timedelta(days=h.resources.settings.case_retention_days + 1))
    jobs.last_purge = None
    await jobs.tick()
    assert await _case_row(h) is None
    await until(lambda: _topic(h, thread)["deleted"])


async def test_cases_list_and_report_for_coordinators(desk: BotHarness) -> None:
    h = desk
    fi = h.translator("fi")
    await _open_case(h, "Anna")
    h.clock.advance(timedelta(minutes=30))
    await _open_case(h, "Ahmed", "Kela sent me a letter")
    h.clock.advance(timedelta(minutes=15))
    listing = await _in_general(h, AINO, "/cases")
    lines = listing["text"].split("\n")
    assert lines[0] == "📋 Avoimet tapaukset: 2"
    assert lines[1].startswith("• #1 englanti") and "odottaa · 45 minuuttia" in lines[1]
    assert lines[2].startswith("• #2 englanti") and "15 minuuttia" in lines[2]
    assert listing["message_thread_id"] is None, "answered where it was asked (General)"
    refused = await _in_general(h, AINO, "/cases_report")
    assert refused["text"] == fi("cases-desk-note-refused", reason=fi("cases-desk-refused-coordinators-only"))
    report = await _in_general(h, LEENA, "/cases_report 7")
    assert "Tapauksia: 2 (kiireellisiä: 0)" in report["text"] and "englanti 2" in report["text"]


async def _in_general(h: BotHarness, who: int, text: str) -> dict[str, Any]:
    """A command in the group's General topic; returns the bot's answer there."""

    def general() -> list[dict[str, Any]]:
        return [m for m in h.bot_messages(GROUP) if m["message_thread_id"] is None and m["kind"] == "text"]

    before = len(general())
    h.emulator.send_text(who, text, chat_id=GROUP)
    try:
        async with asyncio.timeout(WAIT):
            while len(general()) <= before:
                await h.settle()
                await asyncio.sleep(0.05)
    except TimeoutError:
        raise AssertionError(f"no answer to {text!r} in the General topic") from None
    return general()[-1]


async def test_urgent_answer_offers_a_person_and_the_case_is_flagged(desk: BotHarness) -> None:
    h = desk
    ar = h.translator("ar")
    h.emulator.send_text(HASSAN, "/duty", chat_id=GROUP)
    await h.emulator.wait_for_messages(GROUP, 1, timeout=WAIT)
    user = await h.newcomer("Ahmed", "العربية", language_code="ar")
    urgent, _answer = await h.say(user, "زوجي يضربني كل يوم وانا خايفة", expect=2)
    assert ar("cases-person-now") in buttons(urgent)
    await h.press(user, ar("cases-person-now"))
    await h.press(user, ar("cases-consent-yes"), expect=0)
    [next_steps] = await h.say(user, "ساعدوني")
    assert ar("cases-urgent-note") in next_steps["text"]
    [topic] = await wait_topic(h)
    assert topic["name"].startswith("🚨 #1 · arabia")
    summary = thread_messages(h, topic["message_thread_id"])[0]
    assert "KIIREELLINEN" in summary["text"] and "Hassan" in summary["text"]
    mentions = [e["user"]["id"] for e in summary["entities"] if e["type"] == "text_mention"]
    assert mentions == [HASSAN], "the advisor on duty is mentioned"


async def test_thumbs_down_offers_a_person(desk: BotHarness) -> None:
    h = desk
    en = h.translator("en")
    user = await h.newcomer("Anna", "English")
    await h.say(user, "how do I apply for housing allowance from kela")
    [sorry] = await h.press(user, "👎")
    assert en("answers-person") in buttons(sorry)
    [consent] = await h.press(user, en("answers-person"))
    assert consent["text"].startswith("🙋 Talk to a person")
    await h.press(user, en("cases-consent-yes"), expect=0)
    await h.say(user, "I still do not understand")
    [topic] = await wait_topic(h)
    summary = thread_messages(h, topic["message_thread_id"])[0]
    title = h.resources.questions.title("housing-allowance", "fi")
    assert f"Botti vastasi jo: {title}" in summary["text"], "advisors see what the bot already answered"


async def test_without_an_advisors_group_talk_to_a_person_explains_the_way(desk: BotHarness) -> None:
    h = desk
    h.resources.settings.advisors_chat_id = None
    en = h.translator("en")
    user = await h.newcomer("Anna", "English")
    [static] = await h.press(user, en("common-menu-person"))
    title = h.resources.questions.title("talk-to-person", "en")
    assert title in static["text"]
    [typed] = await h.say(user, "I want to talk to a real person")
    assert title in typed["text"]
    assert h.emulator.topics(GROUP) == []


async def test_restart_in_the_middle_of_a_case_loses_nothing(
    db_url: str, clock: FixedClock, translator: Translator
) -> None:
    h = await start_harness(db_url, clock, translator)
    add_staff(h)
    try:
        fi = h.translator("fi")
        user, thread = await _open_case(h)
        await advisor_press(
            h, AINO, thread, fi("cases-desk-button-take"), expect_group=1, expect_user=(user, 1)
        )
        await h.stop_bot()
        h.emulator.send_text(user, "I found the letter")  # while the bot is down
        h.emulator.send_text(AINO, "Good, send a photo of it", chat_id=GROUP, message_thread_id=thread)
        before_user = len(h.bot_messages(user))
        h = await start_harness(db_url, clock, translator, emulator=h.emulator)
        shown = await wait_thread(h, thread, 4)
        assert shown[-1]["text"] == "I found the letter", "relayed into the same topic after the restart"
        [relayed] = await h.wait_new(user, before_user, 1)
        assert relayed["text"] == "Good, send a photo of it"
        assert len([t for t in h.emulator.topics(GROUP) if not t["deleted"]]) == 1
    finally:
        await h.stop()


async def test_advisor_searches_the_knowledge_base_and_sends_in_the_newcomers_language(
    desk: BotHarness,
) -> None:
    h = desk
    fi = h.translator("fi")
    user = h.new_user("Zahra", language_code="fa")
    await escalate(h, user, "دری", "fa-AF", "نامه از کیلا گرفتم")
    [topic] = await wait_topic(h)
    thread = topic["message_thread_id"]
    await wait_thread(h, thread, 2)
    await advisor_press(h, AINO, thread, fi("cases-desk-button-take"), expect_group=1, expect_user=(user, 1))
    await advisor_says(h, AINO, thread, "/kb asumistuki kela", expect_group=1)
    choices = thread_messages(h, thread)[-1]
    title_fi = h.resources.questions.title("housing-allowance", "fi")
    assert f"📚 {title_fi}" in buttons(choices), "search results are named in Finnish for the advisor"
    await advisor_press(h, AINO, thread, f"📚 {title_fi}", expect_group=1, expect_user=(user, 1))
    sent = h.bot_messages(user)[-1]
    assert h.resources.questions.title("housing-allowance", "fa-AF") in sent["text"], "arrives in Dari"
    assert thread_messages(h, thread)[-1]["text"] == fi(
        "cases-desk-note-kb-sent", language="dari", title=title_fi
    )
    await advisor_press(h, AINO, thread, fi("cases-desk-button-kb"), expect_group=1)
    suggested = buttons(thread_messages(h, thread)[-1])
    assert suggested and all(b.startswith("📚 ") for b in suggested)


async def test_someone_who_is_not_staff_cannot_act_in_the_group(
    desk: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Telegram says the person is no longer a member (left the group): their presses and messages do nothing."""
    h = desk
    fi = h.translator("fi")
    user, thread = await _open_case(h)
    real_status = TelegramMembership.status

    async def status(self: TelegramMembership, user_id: int) -> str:
        return "left" if user_id == HASSAN else await real_status(self, user_id)

    monkeypatch.setattr(TelegramMembership, "status", status)
    h.dispatcher["desk"].roles.forget()
    answer = await advisor_press(h, HASSAN, thread, fi("cases-desk-button-take"))
    assert answer["text"] == fi("cases-desk-refused-not-staff") and answer["show_alert"]
    before = len(h.bot_messages(user))
    await advisor_says(h, HASSAN, thread, "hello from outside")
    h.emulator.send_text(HASSAN, "/cases", chat_id=GROUP)
    await h.settle()
    row = await _case_row(h)
    assert row is not None and row.owner_id is None and row.status == "waiting"
    assert len(h.bot_messages(user)) == before
    assert all("Avoimet" not in m["text"] for m in h.bot_messages(GROUP) if m["text"])
    audit = await _audit(h)
    assert audit == []


async def _audit(h: BotHarness) -> list[tuple[object, ...]]:
    async with h.resources.sessionmaker() as session:
        return [tuple(r) for r in (await session.execute(select(CaseAudit.action, CaseAudit.actor_id))).all()]
