"""Scheduled traffic through the real bot and the emulator: the weekly overview (opt-in at first contact or in
/subscribe, one-tap stop, shown in /privacy), closure notices in each subscriber's language, and event reminders
through the outbox (a 429 pauses, a 403 unsubscribes)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from bot.clock import FixedClock
from bot.db.models import OutboxMessage, User
from bot.events.service import EventService
from bot.i18n import LANGUAGE_NAMES
from bot.i18n.dates import day_short
from bot.runtime.scheduler import Jobs
from tests.harness import WAIT, BotHarness, buttons


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 12, 19, 10, 0, tzinfo=UTC))  # Saturday 19 December, 12:00 in Tampere


async def wait_until(predicate: Callable[[], bool], timeout: float = WAIT) -> None:  # noqa: ASYNC109
    async with asyncio.timeout(timeout):
        while not predicate():  # noqa: ASYNC110 - an edit arrives without a new message to wait for
            await asyncio.sleep(0.02)


async def newcomer(h: BotHarness, language: str, answer: str | None) -> int:
    """First contact: the language, then one of the news offer's buttons (or none)."""
    user = await h.newcomer("N", LANGUAGE_NAMES[language], language_code=None)
    if answer is not None:
        l10n = h.translator(language)
        await h.press(user, l10n(answer), expect=0)
        await wait_until(lambda: l10n("news-done-button") in buttons(h.bot_messages(user)[-1]))
    return user


async def run_jobs(h: BotHarness, jobs: Jobs, at: datetime) -> None:
    """Move the clock, one scheduler tick, and the outbox sender delivers what is due."""
    h.clock.advance(at - h.clock.now())
    await h.run_jobs(jobs)


def local(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour - 2, tzinfo=UTC)  # EET (UTC+2) in December


async def test_weekly_overview_opt_in_stop_and_privacy_and_a_closure_notice(
    sqlite_harness: BotHarness,
) -> None:
    h = sqlite_harness
    so, fi, en = h.translator("so"), h.translator("fi"), h.translator("en")
    hodan = await newcomer(h, "so", "news-offer-digest")  # only the weekly overview
    status = h.bot_messages(hodan)[-1]
    assert so("news-digest-status", on="yes") in status["text"]
    assert "✓ " + so("news-digest-button") in buttons(status)
    assert so("news-status", on="no").split("\n")[0] in status["text"], "no news: only the overview"
    mikko = await newcomer(h, "fi", "news-offer-yes")  # news, and the overview from the settings view
    assert fi("news-digest-status", on="no") in h.bot_messages(mikko)[-1]["text"]
    await h.press(mikko, fi("news-digest-button"), expect=0)
    await wait_until(lambda: "✓ " + fi("news-digest-button") in buttons(h.bot_messages(mikko)[-1]))
    anna = await newcomer(h, "en", "news-offer-yes")  # news only
    [privacy] = await h.say(hodan, "/privacy")
    assert "Warbixin toddobaadle ah Isniin kasta: haa" in privacy["text"]
    [privacy] = await h.say(anna, "/privacy")
    assert "Weekly overview on Mondays: no" in privacy["text"]

    jobs = Jobs(h.resources, h.bot)
    before = {u: len(h.bot_messages(u)) for u in (hodan, mikko, anna)}
    await run_jobs(h, jobs, local(date(2026, 12, 21), 8))  # Monday morning
    [overview] = h.bot_messages(hodan)[before[hodan] :]
    assert overview["text"].startswith("📅 Kototori toddobaadkan")
    assert (
        day_short(date(2026, 12, 22), "so") in overview["text"] and "Maalinta Kirismaska" in overview["text"]
    )
    assert "English for Persian speakers" in overview["text"], "no Somali title: the fallback"
    assert "Futsal-ka ragga" not in overview["text"], "Christmas Eve is a holiday: no Thursday groups"
    assert buttons(overview) == [so("common-menu-events"), so("news-digest-stop-button")]
    [finnish] = h.bot_messages(mikko)[before[mikko] :]
    assert finnish["text"].startswith("📅 Kototori tällä viikolla")
    assert "Englantia persiankielisille" in finnish["text"] and "Miesten futsal" not in finnish["text"]
    assert h.bot_messages(anna)[before[anna] :] == [], "Anna did not ask for it"

    # One tap stops it; the overview stays readable and offers the way back.
    await h.press(hodan, so("news-digest-stop-button"), expect=0)
    await wait_until(lambda: so("news-digest-again-button") in buttons(h.bot_messages(hodan)[-1]))
    assert so("news-digest-stopped") in [a.get("text") for a in h.emulator.callback_answers]

    # Tuesday morning: Christmas Day is three days ahead; those who get news hear it in their language.
    before = {u: len(h.bot_messages(u)) for u in (hodan, mikko, anna)}
    await run_jobs(h, jobs, local(date(2026, 12, 22), 8))
    [closed_fi] = h.bot_messages(mikko)[before[mikko] :]
    [closed_en] = h.bot_messages(anna)[before[anna] :]
    assert "Kototori on kiinni: perjantai 25. joulukuuta 2026 (Joulupäivä)" in closed_fi["text"]
    assert "Kototori is closed on Friday, December 25, 2026 (Christmas Day)" in closed_en["text"]
    assert buttons(closed_en) == [en("common-menu-hours"), en("news-stop-button")]
    assert h.bot_messages(hodan)[before[hodan] :] == [], "Hodan gets only the overview, and stopped it"
    [hours] = await h.press(anna, en("common-menu-hours"))
    assert "closed (Christmas Day)" in hours["text"], "the button under the notice shows the hours"
    await run_jobs(h, jobs, local(date(2026, 12, 22), 12))
    assert len(h.bot_messages(mikko)) == before[mikko] + 1, "told once"

    before = {u: len(h.bot_messages(u)) for u in (hodan, mikko)}
    await run_jobs(h, jobs, local(date(2026, 12, 28), 8))  # the next Monday
    assert [m["text"][:1] for m in h.bot_messages(mikko)[before[mikko] :]] == ["📅"]
    assert h.bot_messages(hodan)[before[hodan] :] == []


async def test_event_reminders_go_through_the_outbox_a_429_pauses_a_403_unsubscribes(
    sqlite_harness: BotHarness,
) -> None:
    h = sqlite_harness
    h.clock.advance(datetime(2026, 12, 17, 8, 45, tzinfo=UTC) - h.clock.now())  # Thursday 10:45
    users = {await newcomer(h, loc, "news-offer-yes"): loc for loc in ("fi", "ar", "fa-AF")}
    fi_user, ar_user, gone = users
    async with h.resources.sessionmaker() as session:
        events = EventService(session, h.clock, h.resources.settings.tz)
        finnish = next(e for e in await events.all_events() if e.draft.seed_key == "finnish-beginners")
        for user in users:
            await events.subscribe(finnish.id, user)
    h.emulator.world.chat_state(gone).blocked = True  # the Dari user blocked the bot meanwhile
    h.emulator.fail_next(1, status=429, method="sendMessage", retry_after=1)  # a flood wait on the first send
    before = {u: len(h.bot_messages(u)) for u in users}
    jobs = Jobs(h.resources, h.bot)
    await h.run_jobs(jobs)
    assert jobs.sender.stats.retry_after == 1 and jobs.sender.stats.blocked == 1
    [reminder] = h.bot_messages(fi_user)[before[fi_user] :]
    assert "Suomen kielen alkeisryhmä" in reminder["text"] and "13.30–15.00" in reminder["text"]
    assert buttons(reminder) == [h.translator("fi")("events-show"), h.translator("fi")("events-unsubscribe")]
    [arabic] = h.bot_messages(ar_user)[before[ar_user] :]
    assert finnish.text("ar")[0].title in arabic["text"], "once, in Arabic, after the pause"
    async with h.resources.sessionmaker() as session:
        user = (await session.execute(select(User).where(User.telegram_id == gone))).scalar_one()
        states = dict((await session.execute(select(OutboxMessage.chat_id, OutboxMessage.state))).all())
    assert user.blocked_at is not None and user.consent_announcements is False, "403: unsubscribed"
    assert states == {fi_user: "sent", ar_user: "sent", gone: "blocked"}
    # The reminder's own button still works: one tap stops this event's reminders.
    [stopped] = await h.press(ar_user, h.translator("ar")("events-unsubscribe"))
    assert stopped["text"] == h.translator("ar")("events-unsubscribed")

    # A week later is Christmas Eve, a public holiday: the group does not meet and nobody is reminded.
    before = {u: len(h.bot_messages(u)) for u in users}
    await run_jobs(h, jobs, h.clock.now() + timedelta(days=7))
    assert not [m for m in h.bot_messages(fi_user)[before[fi_user] :] if "alkeisryhmä" in m["text"]]
    # Two weeks later only the Finnish reader is reminded: the Arabic reader stopped, the Dari user is gone.
    before = {u: len(h.bot_messages(u)) for u in users}
    await run_jobs(h, jobs, h.clock.now() + timedelta(days=7))
    news: dict[int, list[Any]] = {u: h.bot_messages(u)[before[u] :] for u in users}
    assert [m for m in news[fi_user] if "Suomen kielen alkeisryhmä" in m["text"]]
    assert not [m for m in news[ar_user] if finnish.text("ar")[0].title in m["text"]]
