"""Automatic notices on SQLite and PostgreSQL with a fixed clock: a closure is told once a few days ahead in each
subscriber's language (not again on the next tick, after a restart or by a second scheduler), a removed closure
sends nothing, downtime is caught up without telling about days already over, the weekly overview goes once a week
to those who asked for it."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FixedClock
from bot.db.engine import create_engine, create_sessionmaker
from bot.db.models import NoticeKey, OutboxBatch
from bot.hours.service import HoursService
from bot.i18n import Translator
from bot.i18n.dates import day_long, time_span
from bot.news.notice_keys import SqlNoticeKeyRepository
from bot.news.notices import NoticeJob
from bot.news.subscriptions import SubscriptionService
from bot.users.service import UserService
from handlers.news.views import FluentNoticeTexts
from tests.bot.outbox.test_repository import FakeTransport, sender
from tests.infra import model_drift

TZ = ZoneInfo("Europe/Helsinki")
NEWS_AR, NEWS_FI, QUIET_SO, DIGEST_EN, BOTH_FA = 101, 102, 103, 104, 105


def local(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


async def people(sessions: async_sessionmaker[AsyncSession], clock: FixedClock) -> None:
    """News in Arabic and Finnish; a Somali reader who wants nothing; the weekly overview in English and Dari."""
    wants = {
        NEWS_AR: ("ar", True, False),
        NEWS_FI: ("fi", True, False),
        QUIET_SO: ("so", False, False),
        DIGEST_EN: ("en", False, True),
        BOTH_FA: ("fa-AF", True, True),
    }
    async with sessions() as session:
        for user, (locale, news, digest) in wants.items():
            await UserService(session, clock).choose_locale(user, locale)
            subscriptions = SubscriptionService(session, clock)
            await subscriptions.set_announcements(user, news)
            await subscriptions.set_digest(user, digest)


def job(sessions: async_sessionmaker[AsyncSession], clock: FixedClock, translator: Translator) -> NoticeJob:
    return NoticeJob(sessions, clock, TZ, FluentNoticeTexts(translator))


async def deliver(
    sessions: async_sessionmaker[AsyncSession], clock: FixedClock, translator: Translator
) -> FakeTransport:
    transport = FakeTransport()
    await sender(sessions, transport, translator, clock).run_until_idle()
    return transport


async def test_a_holiday_closure_is_told_once_three_days_ahead_in_each_language(
    sessions: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    clock = FixedClock(local(2026, 12, 21, 10))  # Monday: Christmas Day (Friday) is four days ahead
    await people(sessions, clock)
    notices = job(sessions, clock, translator)
    assert "hours:2026-12-25:closed" not in (await notices.run()).enqueued
    clock.advance(timedelta(hours=21))  # Tuesday 07:00: due, but not at night
    assert (await notices.run()).enqueued == []
    clock.advance(timedelta(hours=1))
    assert (await notices.run()).enqueued == ["hours:2026-12-25:closed"]
    sent = await deliver(sessions, clock, translator)
    assert sorted(m.chat_id for m in sent.sent if "25" in m.text and "📢" in m.text) == [
        NEWS_AR,
        NEWS_FI,
        BOTH_FA,
    ]
    [arabic] = sent.to(NEWS_AR)
    assert day_long(date(2026, 12, 25), "ar") in arabic.text and "عيد الميلاد" in arabic.text
    assert (
        day_long(date(2026, 12, 29), "ar") in arabic.text
        and time_span(time(9), time(15), "ar") in arabic.text
    )
    assert [[b.text for b in row] for row in arabic.buttons] == [
        [translator("ar")("common-menu-hours")],
        [translator("ar")("news-stop-button")],
    ]
    [finnish] = sent.to(NEWS_FI)
    assert "perjantai 25. joulukuuta 2026 (Joulupäivä)" in finnish.text
    assert "tiistai 29. joulukuuta 2026 klo 9.00–15.00" in finnish.text
    assert sent.to(QUIET_SO) == [], "only those who get news"
    assert [m.text[0] for m in sent.to(DIGEST_EN)] == ["📅"], "the weekly overview only"

    clock.advance(timedelta(minutes=1))
    assert (await notices.run()).enqueued == []
    assert (await job(sessions, clock, translator).run()).enqueued == [], "a restarted scheduler"
    assert (await deliver(sessions, clock, translator)).sent == [], "told once"


async def test_a_second_scheduler_does_not_send_it_twice(
    sessions: async_sessionmaker[AsyncSession],
    db_url: str,
    translator: Translator,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = FixedClock(local(2026, 12, 22, 8))
    await people(sessions, clock)
    other_engine = create_engine(db_url)  # another process with its own connections
    try:
        other = job(create_sessionmaker(other_engine), clock, translator)
        first, second = await asyncio.gather(job(sessions, clock, translator).run(), other.run())
    finally:
        await other_engine.dispose()
    keys = first.enqueued + second.enqueued
    assert sorted(keys) == ["digest:2026-W52", "hours:2026-12-25:closed"], "each notice by one of them"

    # However the two interleave: one that read "not sent yet" just before the other committed still fails on the key.
    async def nothing_sent_yet(self: SqlNoticeKeyRepository, keys: object) -> set[str]:
        return set()

    monkeypatch.setattr(SqlNoticeKeyRepository, "existing", nothing_sent_yet)
    assert (await job(sessions, clock, translator).run()).enqueued == []
    async with sessions() as session:
        assert (await session.execute(select(func.count()).select_from(OutboxBatch))).scalar_one() == 2
    sent = await deliver(sessions, clock, translator)
    assert sorted(m.chat_id for m in sent.sent) == sorted([NEWS_AR, NEWS_FI, BOTH_FA, DIGEST_EN, BOTH_FA])


async def test_a_removed_closure_sends_nothing_a_late_one_goes_at_the_next_tick(
    sessions: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    clock = FixedClock(local(2026, 12, 30, 10))  # Wednesday
    await people(sessions, clock)
    notices = job(sessions, clock, translator)
    await notices.run()
    async with sessions() as session:
        schedule = HoursService(session, clock, TZ)
        await schedule.set_exception(
            date(2027, 1, 5), closed=True, opens=None, closes=None, reason="training", note=None, by=9003
        )
        await schedule.remove_exception(date(2027, 1, 5))
    clock.advance(timedelta(days=3))  # Saturday 2 January: Tuesday 5 January is in the window
    assert not [k for k in (await notices.run()).enqueued if k.startswith("hours:2027-01-05")]
    await deliver(sessions, clock, translator)  # what was due before (New Year's Day)

    # Inside the window a coordinator changes the hours, then closes the day after all: each change is told.
    async with sessions() as session:
        await HoursService(session, clock, TZ).set_exception(
            date(2027, 1, 5),
            closed=False,
            opens=time(12),
            closes=time(15),
            reason="training",
            note=None,
            by=9003,
        )
    assert (await notices.run()).enqueued == ["hours:2027-01-05:1200-1500"]
    [changed] = (await deliver(sessions, clock, translator)).to(NEWS_FI)
    assert "klo 12.00–15.00 (yleensä 9.00–15.00)" in changed.text and "koulutus" in changed.text
    async with sessions() as session:
        await HoursService(session, clock, TZ).set_exception(
            date(2027, 1, 5), closed=True, opens=None, closes=None, reason="staff", note=None, by=9003
        )
    assert (await notices.run()).enqueued == ["hours:2027-01-05:closed"]
    [closed] = (await deliver(sessions, clock, translator)).to(NEWS_FI)
    assert "tiistai 5. tammikuuta 2027" in closed.text and "perjantai 8. tammikuuta 2027" in closed.text


async def test_a_closure_notice_still_in_the_outbox_is_withdrawn_when_the_closure_is(
    sessions: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    clock = FixedClock(local(2027, 1, 2, 10))
    await people(sessions, clock)
    notices = job(sessions, clock, translator)
    async with sessions() as session:
        await HoursService(session, clock, TZ).set_exception(
            date(2027, 1, 5), closed=True, opens=None, closes=None, reason="training", note=None, by=9003
        )
    assert "hours:2027-01-05:closed" in (await notices.run()).enqueued  # enqueued; the sender has not run yet
    async with sessions() as session:
        await HoursService(session, clock, TZ).remove_exception(date(2027, 1, 5))
    assert len((await notices.run()).withdrawn) == 1
    assert not [
        m for m in (await deliver(sessions, clock, translator)).sent if "5" in m.text and "📢" in m.text
    ]


async def test_downtime_is_caught_up_once_but_a_day_already_over_is_not_told(
    sessions: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    clock = FixedClock(local(2026, 12, 21, 7))
    await people(sessions, clock)
    # Down from Monday 07:00 until Thursday 10:00: Christmas Day is still ahead, this week's overview too.
    clock.advance(timedelta(days=3, hours=3))
    assert sorted((await job(sessions, clock, translator).run()).enqueued) == [
        "digest:2026-W52",
        "hours:2026-12-25:closed",
    ]
    await deliver(sessions, clock, translator)
    # Down again until Saturday: Christmas Day is over, and nothing new is due.
    clock.advance(timedelta(days=2))
    assert (await job(sessions, clock, translator).run()).enqueued == []
    assert (await deliver(sessions, clock, translator)).sent == []


async def test_the_weekly_overview_goes_once_a_week_to_those_who_asked_in_their_language(
    sessions: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    clock = FixedClock(local(2026, 12, 21, 7, 59))
    await people(sessions, clock)
    notices = job(sessions, clock, translator)
    assert (await notices.run()).enqueued == []
    clock.advance(timedelta(minutes=1))
    assert (await notices.run()).enqueued == ["digest:2026-W52"]
    sent = await deliver(sessions, clock, translator)
    assert sorted(m.chat_id for m in sent.sent) == [DIGEST_EN, BOTH_FA]
    [english] = sent.to(DIGEST_EN)
    assert english.text.startswith("📅 <b>Kototori this week</b>")
    assert "Fri, Dec 25: closed (Christmas Day)" in english.text
    assert "English for Persian speakers" in english.text
    assert "Men's futsal" not in english.text, "not on Christmas Eve: the leisure centre is closed"
    [dari] = sent.to(BOTH_FA)
    assert "روز کرسمس" in dari.text and "انگلیسی برای فارسی‌زبانان" in dari.text
    assert "فوتسال مردان" not in dari.text
    assert [[b.text for b in row] for row in dari.buttons] == [
        [translator("fa-AF")("common-menu-events")],
        [translator("fa-AF")("news-digest-stop-button")],
    ]
    for later in (timedelta(hours=4), timedelta(days=2)):
        clock.advance(later)
        assert "digest:2026-W52" not in (await notices.run()).enqueued
        assert "digest:2026-W52" not in (await job(sessions, clock, translator).run()).enqueued
    async with sessions() as session:
        await SubscriptionService(session, clock).set_digest(DIGEST_EN, False)  # the stop button
    clock.advance(local(2026, 12, 28, 8) - clock.now())  # next Monday
    assert "digest:2026-W53" in (await notices.run()).enqueued
    assert [m.chat_id for m in (await deliver(sessions, clock, translator)).sent if "📅" in m.text] == [
        BOTH_FA
    ]


async def test_old_notice_keys_are_purged(
    sessions: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    clock = FixedClock(local(2026, 12, 22, 8))
    await job(sessions, clock, translator).run()
    clock.advance(timedelta(days=61))
    assert await job(sessions, clock, translator).purge() == 2
    async with sessions() as session:
        assert (await session.execute(select(NoticeKey))).first() is None


async def test_migration_0007_matches_the_models(db_url: str) -> None:
    assert await model_drift(db_url, ("notice_keys", "consent_digest", "expires_at")) == []
