"""Schedule exceptions, events, subscriptions and notices on real SQLite and PostgreSQL (migrated databases)."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FixedClock
from bot.db.models import EventNotice, OutboxBatch, User
from bot.events.audience import EventSubscribers
from bot.events.data import EventDraft, EventInfo, EventText
from bot.events.notices import EventNoticeJob
from bot.events.service import EventService
from bot.hours.data import ScheduleError
from bot.hours.service import HoursService
from bot.i18n import Translator
from bot.i18n.dates import day_long, time_span
from bot.news.audience import Audience, Audiences
from bot.outbox.model import Ambiguous, RecipientGone
from bot.users.service import UserService
from tests.bot.outbox.test_repository import FakeTransport, sender
from tests.infra import model_drift

TZ = ZoneInfo("Europe/Helsinki")
MY_TABLES = {
    "schedule_exceptions",
    "events",
    "event_texts",
    "event_skips",
    "event_subscriptions",
    "event_notices",
}


async def deliver(
    sessions: async_sessionmaker[AsyncSession],
    clock: FixedClock,
    translator: Translator,
    transport: FakeTransport | None = None,
) -> FakeTransport:
    """A (re)started outbox sender sends everything due, as the scheduler's sender would."""
    transport = transport or FakeTransport()
    await sender(sessions, transport, translator, clock).run_until_idle()
    return transport


async def test_migration_matches_the_models(db_url: str) -> None:
    assert await model_drift(db_url, MY_TABLES) == []


async def test_exceptions_are_stored_replaced_and_removed(sessions: async_sessionmaker[AsyncSession]) -> None:
    clock = FixedClock(datetime(2026, 11, 24, 8, tzinfo=UTC))
    async with sessions() as session:
        service = HoursService(session, clock, TZ)
        await service.set_exception(
            date(2026, 11, 27), closed=True, opens=None, closes=None, reason="training", note=None, by=9003
        )
        assert not await service.intervals_on(date(2026, 11, 27))
        await service.set_exception(
            date(2026, 11, 27),
            closed=False,
            opens=time(12),
            closes=time(15),
            reason="other",
            note="Koulutus aamulla",
            by=9003,
        )
        [interval] = await service.intervals_on(date(2026, 11, 27))
        assert interval.opens == datetime(2026, 11, 27, 12, tzinfo=TZ)
        with pytest.raises(ScheduleError):
            await service.set_exception(
                date(2026, 11, 20), closed=True, opens=None, closes=None, reason="staff", note=None, by=9003
            )
    async with sessions() as session:
        service = HoursService(session, clock, TZ)
        [stored] = await service.exceptions()
        assert (stored.day, stored.reason, stored.note) == (date(2026, 11, 27), "other", "Koulutus aamulla")
        assert await service.is_open_now(), "Tuesday 10:00 in Tampere"
        assert await service.next_opening() == datetime(2026, 11, 27, 12, tzinfo=TZ)
        assert service.assistant_weekdays("so") == (1, 4)
        assert await service.remove_exception(date(2026, 11, 27))
        assert await service.exceptions() == []


async def _seeded(events: EventService, seed_key: str) -> EventInfo:
    """One of the events knowledge/events.yaml seeds."""
    return next(e for e in await events.all_events() if e.draft.seed_key == seed_key)


async def _users(
    sessions: async_sessionmaker[AsyncSession], clock: FixedClock, locales: dict[int, str]
) -> None:
    """Newcomers who have chosen their language: Telegram id -> locale."""
    async with sessions() as session:
        for telegram_id, locale in locales.items():
            await UserService(session, clock).choose_locale(telegram_id, locale)


async def test_seeds_once_subscribe_cancel_and_notify_once(
    sessions: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    # Thursday 26 November 2026, 10:45 in Tampere: the Finnish group at 13:30 is due a reminder.
    clock = FixedClock(datetime(2026, 11, 26, 8, 45, tzinfo=UTC))
    await _users(sessions, clock, {7_000_000_001: "ar", 7_000_000_002: "fi"})
    async with sessions() as session:
        events = EventService(session, clock, TZ)
        upcoming = await events.upcoming()
        await events.upcoming()  # seeding twice adds nothing
        everything = await events.all_events()
        assert len(everything) == 4
        finnish = next(e for e in everything if e.draft.seed_key == "finnish-beginners")
        assert upcoming[0].event.id == finnish.id and upcoming[0].day == date(2026, 11, 26)
        await events.subscribe(finnish.id, 7_000_000_001)
        await events.subscribe(finnish.id, 7_000_000_001)  # twice is once
        await events.subscribe(finnish.id, 7_000_000_002)
        assert await events.subscriber_count(finnish.id) == 2
    job = EventNoticeJob(sessions, clock, TZ)
    report = await job.run()
    assert report.queued == 2 and report.enqueued == 2
    transport = await deliver(sessions, clock, translator)
    [arabic] = transport.to(7_000_000_001)
    [finnish_text] = transport.to(7_000_000_002)
    assert finnish.text("ar")[0].title in arabic.text
    assert time_span(time(13, 30), time(15), "ar") in arabic.text, "the time as Arabic writes it"
    assert "Suomen kielen alkeisryhmä" in finnish_text.text and "13.30–15.00" in finnish_text.text
    assert [[b.text for b in row] for row in arabic.buttons] == [
        [translator("ar")("events-show")],
        [translator("ar")("events-unsubscribe")],
    ]
    clock.advance(timedelta(minutes=30))
    await job.run()
    assert (await EventNoticeJob(sessions, clock, TZ).run()).enqueued == 0, "a restarted scheduler"
    assert (await deliver(sessions, clock, translator)).sent == [], "each reminder once"

    async with sessions() as session:
        events = EventService(session, clock, TZ)
        assert await events.skip(finnish.id, date(2026, 12, 3)) == 2
        await events.unsubscribe(finnish.id, 7_000_000_002)
        assert await events.cancel(finnish.id) == 1
        assert [o.event.id for o in await events.upcoming()].count(finnish.id) == 0
    await job.run()
    transport = await deliver(sessions, clock, translator)
    fi = translator("fi")
    skipped = fi(
        "events-notice-skipped", title="Suomen kielen alkeisryhmä", date=day_long(date(2026, 12, 3), "fi")
    )
    assert [m.text for m in transport.to(7_000_000_002)] == [skipped]
    assert len(transport.to(7_000_000_001)) == 2, "the Arabic reader: this date, then the whole group"
    assert all(len(m.buttons) == 1 for m in transport.sent), "no 'stop reminders' under a cancellation"


async def test_no_reminder_on_a_public_holiday_unless_the_event_meets_then(
    sessions: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    # Christmas Eve 2026, 10:45: the Finnish group (13:30) would be due a reminder, but the leisure centre is closed.
    clock = FixedClock(datetime(2026, 12, 24, 8, 45, tzinfo=UTC))
    await _users(sessions, clock, {951: "so"})
    choir = EventDraft(
        repeat="weekly",
        start_date=date(2026, 12, 1),
        starts=time(13),
        ends=time(14),
        place="Hervannan kirkko",
        finnish="some",
        audience="everyone",
        texts={"fi": EventText("Joululaulut")},
        weekdays=(3,),
        on_holidays=True,
    )
    async with sessions() as session:
        events = EventService(session, clock, TZ)
        assert {o.day for o in await events.upcoming()}.isdisjoint({date(2026, 12, 24)})
        finnish = await _seeded(events, "finnish-beginners")
        gaps = [o.day for o in await events.holiday_gaps(7) if o.event.id == finnish.id]
        assert gaps == [date(2026, 12, 24)]
        assert events.next_holiday_gap(finnish) is not None
        choir_id = await events.create(choir)
        assert (await events.get(choir_id)).draft.on_holidays is True, "stored"
        assert [o.event.id for o in await events.upcoming() if o.day == date(2026, 12, 24)] == [choir_id]
        await events.subscribe(finnish.id, 951)
        await events.subscribe(choir_id, 951)
    assert (await EventNoticeJob(sessions, clock, TZ).run()).queued == 1
    [reminder] = (await deliver(sessions, clock, translator)).to(951)
    assert "Joululaulut" in reminder.text
    clock.advance(timedelta(days=7))  # New Year's Eve is an ordinary Thursday: both meet
    assert (await EventNoticeJob(sessions, clock, TZ).run()).queued == 2


async def test_a_second_scheduler_claims_nothing_twice_and_the_outbox_handles_failures(
    sessions: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    clock = FixedClock(datetime(2026, 11, 26, 8, 45, tzinfo=UTC))
    await _users(sessions, clock, {801: "so", 802: "en", 803: "fa-AF"})
    async with sessions() as session:
        events = EventService(session, clock, TZ)
        finnish = await _seeded(events, "finnish-beginners")
        for user in (801, 802, 803):
            await events.subscribe(finnish.id, user)
    # Two schedulers at once (the lock should prevent it; the database still hands each notice out once).
    first, second = await asyncio.gather(
        EventNoticeJob(sessions, clock, TZ).run(), EventNoticeJob(sessions, clock, TZ).run()
    )
    assert first.enqueued + second.enqueued == 3
    # 801 blocked the bot (403); the request to 802 timed out (it may have arrived).
    failing = FakeTransport(failures={801: [RecipientGone()], 802: [Ambiguous()]})
    transport = await deliver(sessions, clock, translator, failing)
    assert [m.chat_id for m in transport.sent] == [803]
    assert (await deliver(sessions, clock, translator)).sent == [], "an unknown one is never sent again"
    async with sessions() as session:
        blocked = await session.execute(
            select(User.telegram_id, User.consent_announcements).where(User.blocked_at.is_not(None))
        )
        assert blocked.all() == [(801, False)]
        # A cancelled date later: the blocked user is not told again.
        await EventService(session, clock, TZ).skip(finnish.id, date(2026, 12, 3))
    await EventNoticeJob(sessions, clock, TZ).run()
    assert sorted(m.chat_id for m in (await deliver(sessions, clock, translator)).sent) == [802, 803]


async def test_a_reminder_not_sent_before_the_event_starts_is_dropped(
    sessions: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    clock = FixedClock(datetime(2026, 11, 26, 8, 45, tzinfo=UTC))
    await _users(sessions, clock, {901: "so"})
    async with sessions() as session:
        events = EventService(session, clock, TZ)
        await events.subscribe((await _seeded(events, "finnish-beginners")).id, 901)
    assert (await EventNoticeJob(sessions, clock, TZ).run()).enqueued == 1
    clock.advance(timedelta(hours=3))  # the sender was down until 13:45; the group started at 13:30
    assert (await deliver(sessions, clock, translator)).sent == []
    async with sessions() as session:
        [(status, error)] = (await session.execute(select(OutboxBatch.status, OutboxBatch.error))).all()
    assert (status, error) == ("cancelled", "expired")


async def test_deleting_a_profile_deletes_subscriptions_and_notices(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    clock = FixedClock(datetime(2026, 11, 26, 8, 45, tzinfo=UTC))
    await _users(sessions, clock, {901: "fa-AF"})
    async with sessions() as session:
        events = EventService(session, clock, TZ)
        gabriel = await _seeded(events, "cafe-gabriel")
        await events.subscribe(gabriel.id, 901)
        await events.skip(gabriel.id, date(2026, 12, 6))
        assert await events.subscribed(901) == {gabriel.id}
        await UserService(session, clock).delete_data(901)
    async with sessions() as session:
        events = EventService(session, clock, TZ)
        assert await events.subscribed(901) == set()
        assert (await session.execute(select(EventNotice))).first() is None


async def test_an_announcement_can_go_to_the_subscribers_of_one_event(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    clock = FixedClock(datetime(2026, 11, 26, 8, 45, tzinfo=UTC))
    await _users(sessions, clock, {7_000_000_001: "ar", 7_000_000_002: "so", 7_000_000_003: "fa-AF"})
    async with sessions() as session:
        events = EventService(session, clock, TZ)
        await events.upcoming()
        everything = await events.all_events()
        futsal = next(e for e in everything if e.draft.seed_key != "finnish-beginners")
        finnish = next(e for e in everything if e.draft.seed_key == "finnish-beginners")
        await events.subscribe(finnish.id, 7_000_000_001)
        await events.subscribe(finnish.id, 7_000_000_002)
        await events.subscribe(futsal.id, 7_000_000_003)
        await session.commit()
    await _block(sessions, clock, 7_000_000_002)
    async with sessions() as session:
        audiences = Audiences([EventSubscribers()])
        kind = audiences.kind("ev")
        titles = [c.label for c in await kind.choices(session, "fi")]
        assert finnish.text("fi")[0].title in titles
        recipients = await audiences.resolve(session, Audience("ev", str(finnish.id)))
    # The blocked Somali subscriber is left out; the Dari user follows another event.
    assert [(r.chat_id, r.locale) for r in recipients] == [(7_000_000_001, "ar")]


async def _block(sessions: async_sessionmaker[AsyncSession], clock: FixedClock, uid: int) -> None:
    async with sessions() as session:
        await session.execute(update(User).where(User.telegram_id == uid).values(blocked_at=clock.now()))
        await session.commit()
