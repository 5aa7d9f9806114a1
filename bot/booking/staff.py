"""The advisors' side of bookings: a day's list, attended / no-show marks, the weekly no-show rate, retention."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.booking.model import HOLDS_SEAT, Booking, BookingNotFound, BookingStatus
from bot.booking.repository import SqlBookingRepository
from bot.booking.rules import BookingRules, load_booking_rules
from bot.booking.service import day_bounds
from bot.clock import Clock

log = logging.getLogger(__name__)

# Advisors may correct a mark for this long after the day (a forgotten list on Friday is fixed on Tuesday).
MARK_DAYS_BACK = 14


@dataclass(frozen=True)
class WeekRow:
    week: date  # the Monday
    booked: int  # bookings that held a seat (cancelled and closed ones are not counted)
    attended: int
    no_show: int
    unmarked: int  # past, nobody marked them
    cancelled: int
    closed: int

    @property
    def no_show_rate(self) -> float | None:
        marked = self.attended + self.no_show
        return self.no_show / marked if marked else None

    def as_json(self) -> dict[str, object]:
        rate = self.no_show_rate
        return {
            "week": self.week.isoformat(),
            "booked": self.booked,
            "attended": self.attended,
            "no_show": self.no_show,
            "unmarked": self.unmarked,
            "cancelled": self.cancelled,
            "closed": self.closed,
            "no_show_rate": round(rate, 3) if rate is not None else None,
        }


class BookingStaffService:
    def __init__(
        self, session: AsyncSession, clock: Clock, tz: ZoneInfo, rules: BookingRules | None = None
    ) -> None:
        self._session = session
        self._repo = SqlBookingRepository(session)
        self._clock = clock
        self.tz = tz
        self.rules = rules or load_booking_rules()

    def today(self) -> date:
        return self._clock.now().astimezone(self.tz).date()

    async def day(self, day: date) -> list[Booking]:
        """Bookings holding a seat that day, in time order."""
        first, last = day_bounds(day, self.tz)
        return await self._repo.between(first, last, HOLDS_SEAT)

    async def mark(self, booking_id: int, attended: bool, by: int) -> Booking:
        """Attended or no-show, for a booking of today or the past two weeks (a later press corrects it)."""
        booking = await self._repo.get(booking_id)
        if booking is None or booking.status not in HOLDS_SEAT:
            raise BookingNotFound(booking_id)
        day = booking.start.astimezone(self.tz).date()
        if not self.today() - timedelta(days=MARK_DAYS_BACK) <= day <= self.today():
            raise BookingNotFound(booking_id)
        status = BookingStatus.ATTENDED if attended else BookingStatus.NO_SHOW
        await self._repo.mark(booking.id, status, by, self._clock.now())
        await self._session.commit()
        marked = await self._repo.get(booking.id)
        assert marked is not None
        return marked

    async def weekly(self, weeks: int) -> list[WeekRow]:
        """The last `weeks` weeks (Monday to Sunday, local time), this week last."""
        now = self._clock.now()
        monday = self.today() - timedelta(days=self.today().weekday())
        first_week = monday - timedelta(weeks=weeks - 1)
        first = datetime.combine(first_week, time(), tzinfo=self.tz).astimezone(UTC)
        last = datetime.combine(monday + timedelta(weeks=1), time(), tzinfo=self.tz).astimezone(UTC)
        counts: dict[date, dict[str, int]] = {first_week + timedelta(weeks=i): {} for i in range(weeks)}
        for start, status in await self._repo.statuses_between(first, last):
            local = start.astimezone(self.tz).date()
            week = counts[local - timedelta(days=local.weekday())]
            key = "unmarked" if status == BookingStatus.ACTIVE and start <= now else status
            week[key] = week.get(key, 0) + 1
        return [
            WeekRow(
                week=week,
                booked=sum(c.get(s, 0) for s in (*HOLDS_SEAT, "unmarked")),
                attended=c.get(BookingStatus.ATTENDED, 0),
                no_show=c.get(BookingStatus.NO_SHOW, 0),
                unmarked=c.get("unmarked", 0),
                cancelled=c.get(BookingStatus.CANCELLED, 0),
                closed=c.get(BookingStatus.CLOSED, 0),
            )
            for week, c in counts.items()
        ]


async def purge_bookings(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    tz: ZoneInfo,
    rules: BookingRules | None = None,
) -> int:
    """The daily retention job: past bookings lose their person and code; old waiting lists go."""
    rules = rules or load_booking_rules()
    now = clock.now()
    async with sessionmaker() as session:
        repo = SqlBookingRepository(session)
        anonymised = await repo.anonymise_before(now - timedelta(days=rules.retention_days))
        await repo.delete_waits_before(now.astimezone(tz).date())
        await session.commit()
    if anonymised:
        log.info("retention: %d past bookings anonymised", anonymised)
    return anonymised
