"""Bookings on real SQLite and PostgreSQL: the rules, capacity under concurrent presses, cancel and the waiting list,
closures, reminders queued once (also after a restart), marks and the no-show rate, privacy and retention."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.booking.model import (
    AlreadyBooked,
    Booking,
    BookingNotFound,
    BookingStatus,
    SlotFull,
    SlotUnavailable,
    TooManyBookings,
)
from bot.booking.notices import BookingReminderJob
from bot.booking.service import BookingService
from bot.booking.staff import BookingStaffService, purge_bookings
from bot.clock import FixedClock
from bot.db.models import Booking as BookingRow
from bot.db.models import BookingReminder, BookingWait, OutboxMessage
from bot.hours.service import HoursService
from tests.harness import T0
from tests.infra import model_drift

TZ = ZoneInfo("Europe/Helsinki")
TUESDAY = date(2026, 12, 1)  # T0 is Tuesday 24 November 10:30; this is the next Tuesday
MY_TABLES = {"bookings", "booking_reminders", "booking_waitlist"}


class Links:
    """Callback data as plain strings (services only pass them on)."""

    def coming(self, booking_id: int) -> str:
        return f"coming:{booking_id}"

    def cancel(self, booking_id: int) -> str:
        return f"cancel:{booking_id}"

    def rebook(self, topic: str, language: str) -> str:
        return f"rebook:{topic}:{language}"

    def offer(self, wait_id: int, start: datetime) -> str:
        return f"offer:{wait_id}:{start.astimezone(UTC):%H%M}"


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=TZ)


async def book(
    sessions: async_sessionmaker[AsyncSession],
    clock: FixedClock,
    user: int,
    start: datetime,
    language: str = "ar",
    topic: str = "kela",
) -> Booking:
    async with sessions() as session:
        return await BookingService(session, clock, TZ, Links()).book(user, "ar", topic, language, start)


async def outbox(sessions: async_sessionmaker[AsyncSession]) -> list[OutboxMessage]:
    async with sessions() as session:
        return list((await session.execute(select(OutboxMessage).order_by(OutboxMessage.id))).scalars())


async def test_migration_matches_the_models(db_url: str) -> None:
    assert await model_drift(db_url, MY_TABLES) == []


async def test_the_rules_past_cut_off_window_two_per_person_capacity(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    clock = FixedClock(T0)  # Tuesday 24 November 10:30 local
    today = date(2026, 11, 24)
    for start in (
        at(today, 9, 0),  # in the past
        at(today, 12, 20),  # 1 h 50 min ahead: after the two-hour cut-off
        at(date(2026, 11, 25), 10),  # Wednesday: closed
        at(date(2026, 12, 8), 10),  # a Tuesday beyond the two weeks
        at(TUESDAY, 10, 5),  # not a slot
        at(TUESDAY, 15, 0),  # closing time
    ):
        with pytest.raises(SlotUnavailable):
            await book(sessions, clock, 1, start)
    with pytest.raises(SlotUnavailable):
        await book(sessions, clock, 1, at(TUESDAY, 10), topic="astrology")
    with pytest.raises(SlotUnavailable):
        await book(sessions, clock, 1, at(TUESDAY, 10), language="de")

    first = await book(sessions, clock, 1, at(today, 12, 40))  # exactly two hours ahead is still fine
    assert first.start == at(today, 12, 40) and first.status is BookingStatus.ACTIVE
    with pytest.raises(AlreadyBooked):
        await book(sessions, clock, 1, at(today, 12, 40))
    await book(sessions, clock, 1, at(TUESDAY, 10))
    with pytest.raises(TooManyBookings):
        await book(sessions, clock, 1, at(TUESDAY, 11))

    await book(sessions, clock, 2, at(TUESDAY, 10))
    with pytest.raises(SlotFull):
        await book(sessions, clock, 3, at(TUESDAY, 10))
    async with sessions() as session:
        service = BookingService(session, clock, TZ, Links())
        times = {o.start.strftime("%H:%M"): o.free for o in await service.times(TUESDAY, "ar")}
        days = {o.day: o.free for o in await service.days("ar")}
    assert times["10:00"] == 0 and times["10:20"] == 2 and len(times) == 18
    assert days[TUESDAY] == 18 * 2 - 2
    assert days[today] == 2 * 7 - 1, "12:40 to 14:40 are still bookable today, one seat taken"
    assert date(2026, 11, 25) not in days


@pytest.mark.parametrize("people", [20])
async def test_twenty_people_press_a_two_seat_slot_at_once_exactly_two_get_it(
    sessions: async_sessionmaker[AsyncSession], people: int
) -> None:
    clock = FixedClock(T0)
    start = at(TUESDAY, 10)
    results = await asyncio.gather(
        *(book(sessions, clock, 100 + i, start) for i in range(people)), return_exceptions=True
    )
    booked = [r for r in results if isinstance(r, Booking)]
    refused = [r for r in results if isinstance(r, SlotFull)]
    assert len(booked) == 2 and len(refused) == people - 2, results
    assert {b.seat for b in booked} == {1, 2}
    assert len({b.code for b in booked}) == 2
    async with sessions() as session:
        rows = (await session.execute(select(BookingRow))).scalars().all()
    assert len(rows) == 2 and all(r.active_start == start for r in rows)


async def test_cancel_frees_the_seat_and_the_waiting_list_gets_an_offer(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    clock = FixedClock(T0)
    start = at(TUESDAY, 10)
    anna = await book(sessions, clock, 1, start)
    await book(sessions, clock, 2, start)
    async with sessions() as session:
        service = BookingService(session, clock, TZ, Links())
        await service.wait_for(3, "so", "housing", "so", TUESDAY)
        await service.wait_for(4, "fi", "work", "fi", TUESDAY)
        await service.wait_for(5, "en", "work", "en", date(2026, 11, 27))  # another day: not offered
        with pytest.raises(BookingNotFound):
            await service.cancel(2, anna.id)  # not theirs
        await service.cancel(1, anna.id)
        with pytest.raises(BookingNotFound):
            await service.cancel(1, anna.id)  # once
        assert {o.start: o.free for o in await service.times(TUESDAY, "ar")}[start] == 1
    rows = await outbox(sessions)
    assert sorted(r.chat_id for r in rows) == [3, 4]
    assert {r.fluent_id for r in rows} == {"booking-offer"}
    async with sessions() as session:
        waits = {w.telegram_id: w.id for w in (await session.execute(select(BookingWait))).scalars()}
    somali = next(r for r in rows if r.chat_id == 3)
    assert json.loads(somali.buttons or "")[0][0]["callback_data"] == f"offer:{waits[3]}:0800"
    assert json.loads(somali.fluent_args or "")["time"] == "10:00"

    async with sessions() as session:
        service = BookingService(session, clock, TZ, Links())
        taken = await service.take_offer(3, "so", waits[3], start)
        assert (taken.topic, taken.language) == ("housing", "so"), "booked as asked on the waiting list"
        with pytest.raises(SlotFull):
            await service.take_offer(4, "fi", waits[4], start)
        with pytest.raises(BookingNotFound):
            await service.take_offer(4, "fi", waits[5], start)  # somebody else's place on a list
    async with sessions() as session:
        left = sorted(w.telegram_id for w in (await session.execute(select(BookingWait))).scalars())
    assert left == [4, 5], "a booking takes the person off that day's list"


async def test_move_keeps_the_code_and_offers_the_old_seat(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    clock = FixedClock(T0)
    booking = await book(sessions, clock, 1, at(TUESDAY, 10))
    async with sessions() as session:
        service = BookingService(session, clock, TZ, Links())
        await service.wait_for(7, "fi", "kela", "fi", TUESDAY)
        moved = await service.move(1, booking.id, at(TUESDAY, 13, 20))
        with pytest.raises(SlotUnavailable):
            await service.move(1, booking.id, at(date(2026, 11, 25), 10))
    assert (moved.id, moved.code, moved.start) == (booking.id, booking.code, at(TUESDAY, 13, 20))
    [offer] = await outbox(sessions)
    assert offer.chat_id == 7 and json.loads(offer.fluent_args or "")["time"] == "10.00", "in Finnish"


async def test_a_closure_closes_the_bookings_and_tells_them_once(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    clock = FixedClock(T0)
    early = await book(sessions, clock, 1, at(TUESDAY, 10))
    late = await book(sessions, clock, 2, at(TUESDAY, 14, 40), language="fi")
    async with sessions() as session:
        await HoursService(session, clock, TZ).set_exception(
            TUESDAY, closed=False, opens=time(9), closes=time(14), reason="staff", note=None, by=9003
        )
        service = BookingService(session, clock, TZ, Links())
        assert await service.close_outside_hours([TUESDAY]) == 1, "shorter hours: only 14:40 is outside"
        assert await service.close_outside_hours() == 0, "told once"
        await HoursService(session, clock, TZ).set_exception(
            TUESDAY, closed=True, opens=None, closes=None, reason="training", note=None, by=9003
        )
        assert await service.close_outside_hours([TUESDAY]) == 1
        assert await service.mine(1) == []
    rows = await outbox(sessions)
    assert [(r.chat_id, r.fluent_id) for r in rows] == [
        (2, "booking-notice-closed"),
        (1, "booking-notice-closed"),
    ]
    assert json.loads(rows[1].buttons or "")[0][0]["callback_data"] == "rebook:kela:ar"
    assert late.code and late.code in json.loads(rows[0].fluent_args or "")["code"]
    async with sessions() as session:
        statuses = {r.id: r.status for r in (await session.execute(select(BookingRow))).scalars()}
    assert statuses == {early.id: "closed", late.id: "closed"}


async def test_reminders_are_queued_once_and_not_again_after_a_restart(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    clock = FixedClock(T0)
    booking = await book(sessions, clock, 1, at(TUESDAY, 10))

    async def tick() -> list[OutboxMessage]:
        await BookingReminderJob(sessions, clock, TZ, Links()).run()  # a new job each time: a restart
        return [
            r for r in await outbox(sessions) if r.fluent_id and r.fluent_id.startswith("booking-reminder")
        ]

    assert await tick() == []
    clock.at = at(date(2026, 11, 30), 17, 59).astimezone(UTC)
    assert await tick() == []
    clock.at = at(date(2026, 11, 30), 18, 0).astimezone(UTC)
    [day] = await tick()
    assert day.fluent_id == "booking-reminder-day" and day.chat_id == 1
    buttons = json.loads(day.buttons or "")
    assert [b["callback_data"] for b in buttons[0]] == [f"coming:{booking.id}", f"cancel:{booking.id}"]
    clock.advance(timedelta(hours=2))
    assert len(await tick()) == 1, "not again"
    clock.at = at(TUESDAY, 9, 0).astimezone(UTC)
    reminders = await tick()
    assert [r.fluent_id for r in reminders] == ["booking-reminder-day", "booking-reminder-hour"]
    clock.advance(timedelta(minutes=30))
    assert len(await tick()) == 2
    async with sessions() as session:
        kinds = sorted(r.kind for r in (await session.execute(select(BookingReminder))).scalars())
    assert kinds == ["day", "hour"]


async def test_a_moved_booking_is_reminded_of_its_new_time(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    clock = FixedClock(at(date(2026, 11, 30), 18, 30))
    booking = await book(sessions, clock, 1, at(TUESDAY, 10))
    clock.at = at(TUESDAY, 9, 0).astimezone(UTC)
    await BookingReminderJob(sessions, clock, TZ, Links()).run()
    async with sessions() as session:
        await BookingService(session, clock, TZ, Links()).move(1, booking.id, at(TUESDAY, 14, 0))
    clock.at = at(TUESDAY, 13, 0).astimezone(UTC)
    await BookingReminderJob(sessions, clock, TZ, Links()).run()
    reminders = [json.loads(r.fluent_args or "")["time"] for r in await outbox(sessions)]
    assert reminders == ["10:00", "14:00"], "booked after 18:00 the evening before: only the hour reminders"


async def test_marks_and_the_weekly_no_show_rate(sessions: async_sessionmaker[AsyncSession]) -> None:
    clock = FixedClock(datetime(2026, 11, 16, 8, 0, tzinfo=TZ))  # Monday, the week before
    came = await book(sessions, clock, 1, at(date(2026, 11, 17), 10))
    absent = await book(sessions, clock, 2, at(date(2026, 11, 17), 10))
    unmarked = await book(sessions, clock, 3, at(date(2026, 11, 20), 10))
    this_week = await book(sessions, clock, 4, at(date(2026, 11, 24), 9))
    cancelled = await book(sessions, clock, 5, at(date(2026, 11, 27), 9))
    async with sessions() as session:
        await BookingService(session, clock, TZ, Links()).cancel(5, cancelled.id)
    clock.at = T0  # Tuesday 24 November
    async with sessions() as session:
        staff = BookingStaffService(session, clock, TZ)
        assert [b.id for b in await staff.day(date(2026, 11, 24))] == [this_week.id]
        await staff.mark(came.id, True, 9001)
        await staff.mark(absent.id, True, 9001)
        marked = await staff.mark(absent.id, False, 9001)  # a later press corrects it
        assert marked.status is BookingStatus.NO_SHOW
        await staff.mark(this_week.id, True, 9002)
        future = await book(sessions, clock, 6, at(TUESDAY, 10))
        with pytest.raises(BookingNotFound):
            await staff.mark(future.id, False, 9001)  # not before its day
        with pytest.raises(BookingNotFound):
            await staff.mark(cancelled.id, True, 9001)
        last, this = await staff.weekly(2)
    assert (last.week, last.booked, last.attended, last.no_show, last.unmarked) == (
        date(2026, 11, 16),
        3,
        1,
        1,
        1,
    )
    assert last.no_show_rate == 0.5
    assert (this.week, this.attended, this.cancelled, this.no_show_rate) == (date(2026, 11, 23), 1, 1, 0.0)
    assert unmarked.status is BookingStatus.ACTIVE


async def test_delete_my_data_and_retention(sessions: async_sessionmaker[AsyncSession]) -> None:
    clock = FixedClock(datetime(2026, 11, 16, 8, 0, tzinfo=TZ))
    past = await book(sessions, clock, 1, at(date(2026, 11, 17), 10))
    clock.at = T0
    upcoming = await book(sessions, clock, 1, at(TUESDAY, 10))
    other = await book(sessions, clock, 2, at(TUESDAY, 10))
    async with sessions() as session:
        service = BookingService(session, clock, TZ, Links())
        await service.wait_for(1, "ar", "kela", "ar", date(2026, 12, 4))
        await service.wait_for(3, "fi", "kela", "fi", TUESDAY)
        bookings, waits = await service.stored(1)
        assert [b.id for b in bookings] == [past.id, upcoming.id] and len(waits) == 1
        await service.forget(1)
        assert await service.stored(1) == ([], [])
    async with sessions() as session:
        rows = {r.id: r for r in (await session.execute(select(BookingRow))).scalars()}
    assert rows[upcoming.id].status == "cancelled" and rows[upcoming.id].active_start is None
    assert rows[past.id].telegram_id is None and rows[past.id].code is None
    assert [r.chat_id for r in await outbox(sessions)] == [3], "the freed seat is offered on"

    clock.advance(timedelta(days=40))
    assert await purge_bookings(sessions, clock, TZ) == 1, "the other person's old booking"
    async with sessions() as session:
        row = await session.get(BookingRow, other.id)
        assert row is not None and row.telegram_id is None and row.code is None and row.language == "ar"
        assert (await session.execute(select(BookingWait))).first() is None
