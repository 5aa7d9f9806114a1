"""Announcements end to end: a coordinator composes in three languages, newcomers get their language or the
fallback with a note, one tap stops news, 403/429/template errors are handled and reported, forgeries refused."""

from __future__ import annotations

import asyncio
import contextlib
import unicodedata
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from bot.db.models import OutboxBatch, OutboxMessage, User
from bot.i18n import LANGUAGE_NAMES
from bot.outbox import service as outbox
from bot.outbox.model import OutboxItem
from bot.outbox.sender import OutboxSender
from bot.runtime.scheduler import create_sender
from handlers.news.callbacks import AnnounceAction, AnnounceStep, OutboxStop
from tests.harness import COORDINATOR_ID, WAIT, BotHarness, buttons

AR_TEXT = "مجموعة اللغة الفنلندية يوم الخميس الساعة 13:30."
SO_TEXT = "Kooxda af-Finnishka waa Khamiista 13:30."
EN_TEXT = "Finnish group on Thursday 13:30 at <Cafe> & friends."


@contextlib.asynccontextmanager
async def running_sender(h: BotHarness, **options: Any) -> AsyncIterator[OutboxSender]:
    sender = create_sender(h.resources, h.bot, poll_seconds=0.05, progress_seconds=0.2, **options)
    stop = asyncio.Event()
    task = asyncio.create_task(sender.run(stop))
    try:
        yield sender
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=WAIT)


def has_button(h: BotHarness, user: int, label: str) -> Callable[[], bool]:
    return lambda: any(label in buttons(m) for m in h.bot_messages(user))


async def tap(h: BotHarness, user: int, label: str, expect: int = 0) -> list[dict[str, Any]]:
    """Press a button once it is there (an edit that shows it may still be on its way)."""
    await wait_until(has_button(h, user, label))
    return await h.press(user, label, expect=expect)


async def newcomer(h: BotHarness, name: str, language: str, subscribe: bool = True) -> int:
    user = await h.newcomer(name, LANGUAGE_NAMES[language], language_code=None)
    l10n = h.translator(language)  # the news offer came with the welcome: answer it
    await h.press(user, l10n("news-offer-yes" if subscribe else "news-offer-no"), expect=0)
    answered = "news-status" if subscribe else "news-declined"
    await wait_until(lambda: h.bot_messages(user)[-1]["text"].startswith(l10n(answered, on="yes")[:2]))
    return user


async def coordinator(h: BotHarness) -> int:
    h.emulator.add_user("Leena", language_code="en", user_id=COORDINATOR_ID)
    await h.say(COORDINATOR_ID, "/start")
    await h.press(COORDINATOR_ID, "English", expect=2)
    return COORDINATOR_ID


async def compose(h: BotHarness, texts: dict[str, str], audience: list[str]) -> list[dict[str, Any]]:
    """/announce -> languages -> texts -> audience buttons; returns the preview messages and the summary."""
    c = COORDINATOR_ID
    await h.say(c, "/announce")
    for loc in texts:
        await h.press(c, LANGUAGE_NAMES[loc], expect=0)
    await h.press(c, "Next ➡️")
    for text in texts.values():
        await h.say(c, text, expect=1)
    *choices, last = audience
    for label in choices:
        await tap(h, c, label)
    return await tap(h, c, last, expect=1 + len(texts))


async def wait_until(predicate: Callable[[], bool], timeout: float = WAIT) -> None:  # noqa: ASYNC109
    async with asyncio.timeout(timeout):
        # Polling on purpose: how many progress edits come before the report depends on timing.
        while not predicate():  # noqa: ASYNC110
            await asyncio.sleep(0.02)


def report(h: BotHarness, marker: str) -> Callable[[], bool]:
    return lambda: any(marker in m["text"] for m in h.bot_messages(COORDINATOR_ID) if m.get("text"))


def reads_right_to_left(text: str) -> bool:
    """A chat bubble's direction comes from its first letter (the demo page, and Telegram's apps per paragraph)."""
    first = next(ch for ch in text if ch.isalpha())
    return unicodedata.bidirectional(first) in {"R", "AL"}


async def test_announcement_in_three_languages_reaches_everyone_in_theirs(harness: BotHarness) -> None:
    h = harness
    await coordinator(h)
    ar = await newcomer(h, "Ahmed", "ar")
    so = await newcomer(h, "Hodan", "so")
    en = await newcomer(h, "Anna", "en")
    dari = await newcomer(h, "Zahra", "fa-AF")
    quiet = await newcomer(h, "Mikko", "fi", subscribe=False)
    before = {u: len(h.bot_messages(u)) for u in (ar, so, en, dari, quiet)}

    *previews, summary = await compose(
        h, {"ar": AR_TEXT, "so": SO_TEXT, "en": EN_TEXT}, ["📣 Everyone who gets news"]
    )
    assert [p["text"] for p in previews] == [
        h.translator.format("ar", "news-announce-message", {"body": AR_TEXT})
        .replace("<b>", "")
        .replace("</b>", ""),
        h.translator.format("so", "news-announce-message", {"body": SO_TEXT})
        .replace("<b>", "")
        .replace("</b>", ""),
        h.translator.format("en", "news-announce-message", {"body": EN_TEXT})
        .replace("<b>", "")
        .replace("</b>", ""),
    ]
    # Dari readers get English with a note; the coordinator and Mikko did not ask for news.
    assert "4 recipients" in summary["text"]
    assert "العربية: 1" in summary["text"]
    assert "دری: 1 (they get English with a short note)" in summary["text"]
    assert "Suomi" not in summary["text"], "Mikko said no to news"

    async with running_sender(h):
        await h.press(COORDINATOR_ID, "📤 Send now")
        await wait_until(report(h, "Delivered: 4 of 4"))

    def got(user: int) -> list[dict[str, Any]]:
        return h.bot_messages(user)[before[user] :]

    [ar_msg], [so_msg], [en_msg], [dari_msg] = got(ar), got(so), got(en), got(dari)
    assert AR_TEXT in ar_msg["text"] and SO_TEXT in so_msg["text"]
    assert "at <Cafe> & friends" in en_msg["text"], "the coordinator's text is shown as typed (escaped)"
    dari_note = h.translator("fa-AF")("news-announce-message-fallback", body="", language="English")
    assert dari_note.split("\n")[1].replace("<i>", "").replace("</i>", "") in dari_msg["text"]
    assert EN_TEXT in dari_msg["text"]
    # The header is in the reader's script, so Arabic and Dari messages read right to left from the first letter.
    assert reads_right_to_left(ar_msg["text"]) and reads_right_to_left(dari_msg["text"])
    assert not reads_right_to_left(so_msg["text"])
    assert got(quiet) == []
    for user, loc in ((ar, "ar"), (so, "so"), (en, "en"), (dari, "fa-AF")):
        assert buttons(got(user)[0]) == [h.translator(loc)("news-stop-button")]
    final = [m for m in h.bot_messages(COORDINATOR_ID) if "Delivered: 4 of 4" in (m["text"] or "")]
    assert "Blocked the bot (now unsubscribed): 0" in final[-1]["text"]
    assert "Unknown: 0" in final[-1]["text"]

    # One tap under the announcement stops news; the next announcement does not reach that user.
    await h.press(so, h.translator("so")("news-stop-button"), expect=0)
    await wait_until(has_button(h, so, h.translator("so")("news-again-button")))
    assert h.translator("so")("news-stopped") in [a["text"] for a in h.emulator.callback_answers]
    *_, summary = await compose(h, {"en": "Second news"}, ["📣 Everyone who gets news"])
    assert "3 recipients" in summary["text"]


async def test_blocked_recipient_is_unsubscribed_and_reported(harness: BotHarness) -> None:
    h = harness
    await coordinator(h)
    gone = await newcomer(h, "Ahmed", "ar")
    stays = await newcomer(h, "Anna", "en")
    # A deactivated account: Telegram answers 403 without a my_chat_member update first.
    h.emulator.world.chat_state(gone).blocked = True
    await compose(h, {"en": EN_TEXT}, ["🌐 By language", "العربية"])
    async with running_sender(h):
        await h.press(COORDINATOR_ID, "📤 Send now")
        await wait_until(report(h, "Blocked the bot (now unsubscribed): 1"))
    async with h.resources.sessionmaker() as session:
        user = (await session.execute(select(User).where(User.telegram_id == gone))).scalar_one()
        state = (await session.execute(select(OutboxMessage.state))).scalars().all()
    assert user.consent_announcements is False
    assert state == ["blocked"]
    assert not any(EN_TEXT in (m["text"] or "") for m in h.bot_messages(stays)), "only Arabic readers"


async def test_429_pauses_sending_and_nobody_is_lost_or_doubled(harness: BotHarness) -> None:
    h = harness
    await coordinator(h)
    users = [await newcomer(h, f"N{i}", "en") for i in range(3)]
    await compose(h, {"en": EN_TEXT}, ["📣 Everyone who gets news"])
    await h.press(COORDINATOR_ID, "📤 Send now")
    # The sender's first request (the coordinator's progress message) gets a flood wait: everybody pauses.
    h.emulator.fail_next(1, status=429, method="sendMessage", retry_after=1)
    async with running_sender(h) as sender:
        await wait_until(report(h, "Delivered: 3 of 3"))
    assert sender.stats.retry_after == 1
    for user in users:
        copies = [m for m in h.bot_messages(user) if EN_TEXT in (m["text"] or "")]
        assert len(copies) == 1


async def test_template_error_stops_the_batch_and_tells_the_coordinator(harness: BotHarness) -> None:
    h = harness
    await coordinator(h)
    a, b = h.new_user("A", "en"), h.new_user("B", "en")
    for user in (a, b):
        h.emulator.send_text(user, "/start")
    await h.emulator.wait_idle()
    async with h.resources.sessionmaker() as session:
        await outbox.enqueue(
            session,
            [OutboxItem(a, "en", text="<b>broken"), OutboxItem(b, "en", text="fine")],
            now=h.clock.now(),
            report_chat_id=COORDINATOR_ID,
            report_locale="en",
        )
        await session.commit()
    async with running_sender(h, workers=1):
        await wait_until(report(h, "was stopped"))
    stopped = [m for m in h.bot_messages(COORDINATOR_ID) if "was stopped" in (m["text"] or "")][-1]
    assert "(entities)" in stopped["text"] and "Not sent: 1" in stopped["text"]
    assert not any(m["text"] == "fine" for m in h.bot_messages(b)), "nobody else gets a broken batch"
    async with h.resources.sessionmaker() as session:
        assert (await session.execute(select(OutboxBatch.status))).scalar_one() == "stopped"


async def test_scheduled_announcement_goes_out_when_its_time_comes(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    await coordinator(h)
    user = await newcomer(h, "Anna", "en")
    await compose(h, {"en": EN_TEXT}, ["📣 Everyone who gets news"])
    await h.press(COORDINATOR_ID, "🕘 Schedule")
    await tap(h, COORDINATOR_ID, "Tomorrow")
    await tap(h, COORDINATOR_ID, "09:00")
    await wait_until(has_button(h, COORDINATOR_ID, "✖️ Cancel this announcement"))
    confirmation = h.bot_messages(COORDINATOR_ID)[-1]
    assert "will be sent on Wed, Nov 25 09:00" in confirmation["text"]
    assert buttons(confirmation) == ["✖️ Cancel this announcement"]
    async with running_sender(h) as sender:
        await asyncio.sleep(0.3)
        assert not any(EN_TEXT in (m["text"] or "") for m in h.bot_messages(user)), "not before its time"
        h.clock.advance(timedelta(days=1))
        sender.wake()
        await wait_until(report(h, "Delivered: 1 of 1"))
    assert [m for m in h.bot_messages(user) if EN_TEXT in (m["text"] or "")]


async def test_newcomer_cannot_announce_or_forge_coordinator_buttons(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    await coordinator(h)
    intruder = await newcomer(h, "Eve", "en")
    await compose(h, {"en": EN_TEXT}, ["📣 Everyone who gets news"])
    [answer] = await h.say(intruder, "/announce")
    assert answer["text"] == h.translator("en")("news-announce-only-coordinators")
    own = h.bot_messages(intruder)[-1]["message_id"]
    refusal = h.translator("en")("news-announce-only-coordinators")
    for n, forged in enumerate((AnnounceStep(action=AnnounceAction.SEND).pack(), OutboxStop(id=1).pack())):
        h.emulator.press(intruder, intruder, own, forged, forge=True)
        await wait_until(lambda n=n: [a["text"] for a in h.emulator.callback_answers].count(refusal) > n)
    async with h.resources.sessionmaker() as session:
        assert (await session.execute(select(OutboxBatch))).first() is None, "nothing was scheduled"
    # The coordinator's own draft is untouched and can still be sent.
    [sending] = await h.press(COORDINATOR_ID, "📤 Send now")
    assert sending["text"] == h.translator("en")("news-announce-sending")


@pytest.mark.parametrize("locale", ["ar", "so"])
async def test_subscribe_command_toggles_interests(sqlite_harness: BotHarness, locale: str) -> None:
    h = sqlite_harness
    user = await newcomer(h, "Sam", locale, subscribe=False)
    l10n = h.translator(locale)
    [view] = await h.say(user, "/subscribe")
    assert view["text"].startswith("🔕")
    await h.press(user, l10n("news-interest-sports"), expect=0)
    await wait_until(lambda: h.bot_messages(user)[-1]["text"].startswith("🔔"))  # choosing a topic: news on
    view = h.bot_messages(user)[-1]
    assert "✓ " + l10n("news-interest-sports") in buttons(view)
    [privacy] = await h.say(user, "/privacy")
    assert l10n("news-interest-sports") in privacy["text"]
