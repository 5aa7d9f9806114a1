"""Booking drop-in slots: which days and times are free, book, move, cancel, the waiting list.

Capacity is kept by the database, not by this code: a booking is a row holding one seat of one slot, and the unique
(active_start, seat) constraint refuses a second row for the same seat. Two people pressing the last seat at the
same moment both try to insert; one commits, the other gets an IntegrityError, reads the seats again and finds the
slot full (docs/decisions/0008-booking.md). Every change that frees a seat offers it, in the same transaction, to the
people on that day's waiting list through the outbox.
"""

from __future__ import annotations

import logging
import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.booking.model import (
    AlreadyBooked,
    Booking,
    BookingLinks,
    BookingNotFound,
    BookingStatus,
    DayOffer,
    SlotFull,
    SlotOffer,
    SlotUnavailable,
    TooManyBookings,
    Wait,
)
from bot.booking.notices import closed_item, offer_items
from bot.booking.repository import SqlBookingRepository
from bot.booking.rules import (
    BookingRules,
    Slot,
    bookable,
    load_booking_rules,
    new_code,
    slots_on,
    window,
)
from bot.clock import Clock
from bot.hours.data import ScheduleData
from bot.hours.service import HoursService, OpeningHours
from bot.outbox.service import enqueue

log = logging.getLogger(__name__)


def day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """A local day as a half-open UTC range (23 or 25 hours on daylight-saving days)."""
    first = datetime.combine(day, time(), tzinfo=tz).astimezone(UTC)
    last = datetime.combine(day + timedelta(days=1), time(), tzinfo=tz).astimezone(UTC)
    return first, last


class BookingService:
    """One person's side of booking, on the injected clock; owns its transactions."""

    def __init__(
        self,
        session: AsyncSession,
        clock: Clock,
        tz: ZoneInfo,
        links: BookingLinks,
        rules: BookingRules | None = None,
        schedule: ScheduleData | None = None,
    ) -> None:
        self._session = session
        self._clock = clock
        self.tz = tz
        self._links = links
        self.rules = rules or load_booking_rules()
        self._schedule = HoursService(session, clock, tz, schedule)
        self._repo = SqlBookingRepository(session)
        self._hours: OpeningHours | None = None

    def today(self) -> date:
        return self._clock.now().astimezone(self.tz).date()

    async def hours(self, *, fresh: bool = False) -> OpeningHours:
        if self._hours is None or fresh:
            self._hours = await self._schedule.hours()
        return self._hours

    @property
    def place(self) -> ScheduleData:
        return self._schedule.data

    def assistant_days(self, language: str) -> tuple[int, ...]:
        return self._schedule.assistant_weekdays(language)

    # -- what is free -------------------------------------------------------------------------------
    async def _bookable(self, day: date, language: str) -> list[Slot]:
        now = self._clock.now()
        hours = await self.hours()
        return [s for s in slots_on(hours.day(day), self.rules, language) if bookable(s, now, self.rules)]

    async def days(self, language: str) -> list[DayOffer]:
        """Days in the window with bookable slots for this language, with their free seats (0: full)."""
        self._check_language(language)
        days = window(self.today(), self.rules)
        first, _ = day_bounds(days[0], self.tz)
        _, last = day_bounds(days[-1], self.tz)
        taken = await self._repo.taken(first, last)
        out = []
        for day in days:
            slots = await self._bookable(day, language)
            if slots:
                free = sum(max(0, self.rules.capacity - taken.get(s.start.astimezone(UTC), 0)) for s in slots)
                out.append(DayOffer(day, free))
        return out

    async def times(self, day: date, language: str) -> list[SlotOffer]:
        """Bookable slots of one day for this language, with free seats (full ones too, as 0)."""
        self._check_language(language)
        if day not in window(self.today(), self.rules):
            return []
        first, last = day_bounds(day, self.tz)
        taken = await self._repo.taken(first, last)
        return [
            SlotOffer(s.start, max(0, self.rules.capacity - taken.get(s.start.astimezone(UTC), 0)))
            for s in await self._bookable(day, language)
        ]

    # -- booking ------------------------------------------------------------------------------------
    def _check_language(self, language: str) -> None:
        if language not in self.rules.languages:
            raise SlotUnavailable(language)

    def _check_choice(self, topic: str, language: str) -> None:
        self._check_language(language)
        if topic not in self.rules.topics:
            raise SlotUnavailable(topic)

    async def _slot(self, start: datetime, language: str) -> Slot:
        local = start.astimezone(self.tz)
        if local.date() not in window(self.today(), self.rules):
            raise SlotUnavailable(start)
        slot = next((s for s in await self._bookable(local.date(), language) if s.start == local), None)
        if slot is None:
            raise SlotUnavailable(start)
        return slot

    async def _free_seat(self, start: datetime) -> int:
        taken = await self._repo.seats(start)
        free = [n for n in range(1, self.rules.capacity + 1) if n not in taken]
        if not free:
            raise SlotFull(start)
        # A random free seat: people pressing at the same moment collide less often than on "the first one".
        return random.choice(free)

    def _attempts(self) -> range:
        # Each lost race means somebody else took a seat, so capacity + a few retries always end in a decision.
        return range(self.rules.capacity + 5)

    async def book(
        self, telegram_id: int, locale: str, topic: str, language: str, start: datetime
    ) -> Booking:
        self._check_choice(topic, language)
        for _ in self._attempts():
            slot = await self._slot(start, language)
            begins = slot.start.astimezone(UTC)
            now = self._clock.now()
            upcoming = await self._repo.upcoming_of(telegram_id, now)
            if any(b.start == begins for b in upcoming):
                raise AlreadyBooked(start)
            if len(upcoming) >= self.rules.max_active:
                raise TooManyBookings(len(upcoming))
            seat = await self._free_seat(begins)
            try:
                booking = await self._repo.add(
                    code=new_code(),
                    telegram_id=telegram_id,
                    locale=locale,
                    language=language,
                    topic=topic,
                    slot_start=begins,
                    seat=seat,
                    active_start=begins,
                    status=BookingStatus.ACTIVE,
                    created_at=now,
                )
                await self._repo.remove_wait(telegram_id, slot.start.date())
                await self._session.commit()
            except IntegrityError:  # somebody took that seat (or that code) first: look again
                await self._session.rollback()
                continue
            log.info("booking %s: seat %s at %s", booking.id, seat, begins.isoformat())
            return booking
        raise SlotFull(start)

    async def own(self, telegram_id: int, booking_id: int) -> Booking:
        """This person's upcoming active booking (anything else, forged ids included, is not found)."""
        booking = await self._repo.get(booking_id)
        if (
            booking is None
            or booking.telegram_id != telegram_id
            or not booking.active
            or booking.start <= self._clock.now()
        ):
            raise BookingNotFound(booking_id)
        return booking

    async def move(self, telegram_id: int, booking_id: int, start: datetime) -> Booking:
        """The same booking (and code) at another time; the old seat is offered to that day's waiting list."""
        for _ in self._attempts():
            booking = await self.own(telegram_id, booking_id)
            slot = await self._slot(start, booking.language)
            begins = slot.start.astimezone(UTC)
            if begins == booking.start:
                return booking
            upcoming = await self._repo.upcoming_of(telegram_id, self._clock.now())
            if any(b.start == begins for b in upcoming):
                raise AlreadyBooked(start)
            seat = await self._free_seat(begins)
            try:
                if not await self._repo.move(booking.id, begins, seat):
                    raise BookingNotFound(booking_id)
                await self._offer_freed(booking.start, exclude=telegram_id)
                await self._repo.remove_wait(telegram_id, slot.start.date())
                await self._session.commit()
            except IntegrityError:
                await self._session.rollback()
                continue
            moved = await self._repo.get(booking.id)
            assert moved is not None
            return moved
        raise SlotFull(start)

    async def cancel(self, telegram_id: int, booking_id: int) -> Booking:
        booking = await self.own(telegram_id, booking_id)
        now = self._clock.now()
        if not await self._repo.end(booking.id, BookingStatus.CANCELLED, now, expect=(BookingStatus.ACTIVE,)):
            raise BookingNotFound(booking_id)
        await self._offer_freed(booking.start, exclude=telegram_id)
        await self._session.commit()
        return booking

    async def confirm(self, telegram_id: int, booking_id: int) -> Booking:
        """ "I'm coming" under a reminder."""
        booking = await self.own(telegram_id, booking_id)
        await self._repo.confirm(booking.id, self._clock.now())
        await self._session.commit()
        return booking

    async def mine(self, telegram_id: int) -> list[Booking]:
        return await self._repo.upcoming_of(telegram_id, self._clock.now())

    # -- waiting list -------------------------------------------------------------------------------
    async def wait_for(self, telegram_id: int, locale: str, topic: str, language: str, day: date) -> None:
        self._check_choice(topic, language)
        if day not in window(self.today(), self.rules):
            raise SlotUnavailable(day)
        await self._repo.add_wait(
            telegram_id=telegram_id,
            locale=locale,
            day=day,
            language=language,
            topic=topic,
            created_at=self._clock.now(),
        )
        await self._session.commit()

    async def take_offer(self, telegram_id: int, locale: str, wait_id: int, start: datetime) -> Booking:
        wait = await self._repo.wait(wait_id)
        if wait is None or wait.telegram_id != telegram_id:
            raise BookingNotFound(wait_id)
        return await self.book(telegram_id, locale, wait.topic, wait.language, start)

    async def _offer_freed(self, start: datetime, *, exclude: int) -> int:
        """Tell the day's waiting list that a seat at `start` is free (if it can still be booked)."""
        local = start.astimezone(self.tz)
        hours = await self.hours()
        now = self._clock.now()
        waits: list[Wait] = []
        for wait in await self._repo.waiting(local.date()):
            slots = slots_on(hours.day(local.date()), self.rules, wait.language)
            if wait.telegram_id != exclude and any(
                s.start == local and bookable(s, now, self.rules) for s in slots
            ):
                waits.append(wait)
        if not waits:
            return 0
        locales = await self._repo.locales([w.telegram_id for w in waits])
        items = offer_items(waits, locales, local, self.tz, self._links)
        await enqueue(self._session, items, now=now)
        return len(items)

    # -- closures (a coordinator changed the hours) -------------------------------------------------
    async def close_outside_hours(self, days: list[date] | None = None) -> int:
        """Bookings whose time is no longer open are closed and their people told at once; returns how many.

        Called right after a coordinator's change and by the scheduler's tick (so a crash between the change and
        this call still tells everybody, once: a booking is closed by one conditional update).
        """
        hours = await self.hours(fresh=True)
        now = self._clock.now()
        days = sorted(days if days is not None else window(self.today(), self.rules))
        told = 0
        first, _ = day_bounds(days[0], self.tz)
        _, last = day_bounds(days[-1], self.tz)
        for booking in await self._repo.between(max(first, now), last, (BookingStatus.ACTIVE,)):
            day = booking.start.astimezone(self.tz).date()
            ends = booking.start + self.rules.slot_length
            if day not in days or any(
                i.opens <= booking.start and ends <= i.closes for i in hours.day(day).intervals
            ):
                continue
            if booking.telegram_id is None or not await self._repo.end(
                booking.id, BookingStatus.CLOSED, now, expect=(BookingStatus.ACTIVE,)
            ):
                continue
            locales = await self._repo.locales([booking.telegram_id])
            item = closed_item(
                booking, locales.get(booking.telegram_id, booking.locale), self.tz, self._links
            )
            await enqueue(self._session, [item], now=now)
            told += 1
        await self._session.commit()
        if told:
            log.info("bookings: %d closed by a change of hours, their people told", told)
        return told

    # -- privacy ------------------------------------------------------------------------------------
    async def stored(self, telegram_id: int) -> tuple[list[Booking], list[Wait]]:
        return await self._repo.of_user(telegram_id), await self._repo.waits_of(telegram_id)

    async def forget(self, telegram_id: int) -> None:
        """/delete_my_data: upcoming bookings are cancelled (seats offered on), past ones kept without the person."""
        upcoming = await self._repo.upcoming_of(telegram_id, self._clock.now())
        await self._repo.forget_user(telegram_id, self._clock.now())
        for booking in upcoming:
            await self._offer_freed(booking.start, exclude=telegram_id)
        await self._session.commit()
