"""Is the advice point open? Weekly hours, Finnish public holidays and coordinators' exceptions, on local time.

`OpeningHours` is pure (data + exceptions + time zone; every question takes `now` or a date). `HoursService`
adds the database (exceptions coordinators set from Telegram) and the injected clock; it is the read API other
features use (escalation: `is_open_now`, `next_opening`, `assistant_weekdays`; booking: `intervals_on`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import holidays
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.hours.data import HoursException, ScheduleData, ScheduleError, Span, load_schedule
from bot.hours.repository import SqlScheduleRepository
from bot.i18n import fallback_chain

# How far ahead "when does it open next" looks (a long summer break still has an answer).
SEARCH_DAYS = 400
# Locales the holidays library names holidays in; others use the locale fallback chain (docs/decisions).
_HOLIDAY_LANGUAGES = {"fi": "fi", "en": "en_US"}


@dataclass(frozen=True, slots=True)
class Interval:
    """One opening on one date, as aware local datetimes (correct on daylight-saving days)."""

    opens: datetime
    closes: datetime

    def contains(self, moment: datetime) -> bool:
        return self.opens <= moment < self.closes


@dataclass(frozen=True)
class DayHours:
    day: date
    intervals: tuple[Interval, ...]
    regular: tuple[Span, ...]  # what the weekly hours say for this weekday
    holiday: bool  # a Finnish public holiday (closed unless an exception opens it)
    exception: HoursException | None
    assistants: tuple[str, ...]  # language assistants' locales on duty (none when closed)

    @property
    def is_open(self) -> bool:
        return bool(self.intervals)

    @property
    def changed(self) -> bool:
        """Differs from the usual weekday: a holiday on an opening day, or an exception."""
        return self.exception is not None or (self.holiday and bool(self.regular))


@dataclass(frozen=True)
class Status:
    open_now: bool
    until: datetime | None  # when open: closing time of the current interval
    next_open: Interval | None  # the next interval that starts after now


@cache
def _finnish_holidays(language: str) -> holidays.HolidayBase:
    return holidays.country_holidays("FI", language=language)


def is_public_holiday(day: date) -> bool:
    return day in _finnish_holidays("fi")


def holiday_name(day: date, locale: str) -> str | None:
    """The holiday's name in the user's language where the library has it, else along the fallback chain."""
    for loc in fallback_chain(locale):
        language = _HOLIDAY_LANGUAGES.get(loc)
        if language is not None:
            name = _finnish_holidays(language).get(day)
            return str(name) if name else None
    return None


class OpeningHours:
    def __init__(self, data: ScheduleData, exceptions: Iterable[HoursException], tz: ZoneInfo) -> None:
        self.data = data
        self.tz = tz
        # The database (coordinators) wins over the file for the same date.
        self._exceptions = {e.day: e for e in data.exceptions}
        self._exceptions.update({e.day: e for e in exceptions})

    def local_date(self, moment: datetime) -> date:
        return moment.astimezone(self.tz).date()

    def _interval(self, day: date, span: Span) -> Interval:
        return Interval(
            datetime.combine(day, span.opens, tzinfo=self.tz),
            datetime.combine(day, span.closes, tzinfo=self.tz),
        )

    def day(self, day: date) -> DayHours:
        regular = self.data.weekly.get(day.weekday(), ())
        holiday = self.data.close_on_public_holidays and is_public_holiday(day)
        exception = self._exceptions.get(day)
        if exception is not None:
            spans = () if exception.closed else exception.spans
        else:
            spans = () if holiday else regular
        on_duty = tuple(
            loc for loc, days in sorted(self.data.assistants.items()) if spans and day.weekday() in days
        )
        return DayHours(
            day, tuple(self._interval(day, s) for s in spans), regular, holiday, exception, on_duty
        )

    def intervals(self, day: date) -> tuple[Interval, ...]:
        return self.day(day).intervals

    def days(self, start: date, count: int) -> list[DayHours]:
        return [self.day(start + timedelta(days=i)) for i in range(count)]

    def is_open(self, moment: datetime) -> bool:
        return any(i.contains(moment) for i in self.intervals(self.local_date(moment)))

    def next_opening(self, moment: datetime) -> Interval | None:
        """The first interval that opens after `moment` (not the one it may be inside)."""
        start = self.local_date(moment)
        for offset in range(SEARCH_DAYS):
            for interval in self.intervals(start + timedelta(days=offset)):
                if interval.opens > moment:
                    return interval
        return None

    def status(self, moment: datetime) -> Status:
        current = next((i for i in self.intervals(self.local_date(moment)) if i.contains(moment)), None)
        return Status(current is not None, current.closes if current else None, self.next_opening(moment))

    def changes(self, start: date, count: int) -> list[DayHours]:
        """Days in the window that differ from the usual week (closures, holidays on opening days, new hours)."""
        return [d for d in self.days(start, count) if d.changed]

    def assistant_weekdays(self, locale: str) -> tuple[int, ...]:
        """Weekdays (0 = Monday) a language assistant for this locale is usually on duty."""
        return tuple(sorted(self.data.assistants.get(locale, frozenset())))


class HoursService:
    """Opening hours with the coordinators' exceptions from the database, on the injected clock."""

    def __init__(
        self, session: AsyncSession, clock: Clock, tz: ZoneInfo, data: ScheduleData | None = None
    ) -> None:
        self._session = session
        self._repo = SqlScheduleRepository(session)
        self._clock = clock
        self.tz = tz
        self.data = data or load_schedule()

    def today(self) -> date:
        return self._clock.now().astimezone(self.tz).date()

    async def hours(self) -> OpeningHours:
        # Past exceptions do not matter for any answer; a week back keeps "today" safe across midnight.
        exceptions = await self._repo.exceptions_from(self.today() - timedelta(days=7))
        return OpeningHours(self.data, exceptions, self.tz)

    async def is_open_now(self) -> bool:
        return (await self.hours()).is_open(self._clock.now())

    async def next_opening(self) -> datetime | None:
        """When the advice point opens next after now (an aware local datetime), or None within SEARCH_DAYS."""
        interval = (await self.hours()).next_opening(self._clock.now())
        return interval.opens if interval else None

    async def status(self) -> Status:
        return (await self.hours()).status(self._clock.now())

    def assistant_weekdays(self, locale: str) -> tuple[int, ...]:
        """Weekdays (0 = Monday) a language assistant for this locale is usually on duty; () if none."""
        return tuple(sorted(self.data.assistants.get(locale, frozenset())))

    async def intervals_on(self, day: date) -> tuple[Interval, ...]:
        """Opening intervals on a local date, with holidays and exceptions applied (for booking slots)."""
        return (await self.hours()).intervals(day)

    async def exceptions(self) -> list[HoursException]:
        """Coordinators' exceptions from today on (the file's are not editable here)."""
        return await self._repo.exceptions_from(self.today())

    async def set_exception(
        self,
        day: date,
        *,
        closed: bool,
        opens: time | None,
        closes: time | None,
        reason: str,
        note: str | None,
        by: int,
    ) -> HoursException:
        if day < self.today():
            raise ScheduleError(f"{day} is in the past")
        spans = () if closed or opens is None or closes is None else (Span(opens, closes),)
        exception = HoursException(day, closed, spans, reason, note)
        await self._repo.put(exception, by, self._clock.now())
        await self._session.commit()
        return exception

    async def remove_exception(self, day: date) -> bool:
        removed = await self._repo.remove(day)
        await self._session.commit()
        return removed


class ScheduleDuty:
    """The advisors' desk's view of the live schedule (`DutyInfo`): is it open, when next, assistants' weekdays.

    The desk asks synchronously while rendering, so it reads a snapshot of the opening hours (file + coordinators'
    exceptions) that `refresh()` reloads from the database; the desk refreshes it before telling a newcomer what
    happens next and at most every `max_age` otherwise.
    """

    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        clock: Clock,
        tz: ZoneInfo,
        data: ScheduleData | None = None,
        max_age: timedelta = timedelta(seconds=60),
    ) -> None:
        self._sessionmaker = sessionmaker
        self._clock = clock
        self._tz = tz
        self._data = data or load_schedule()
        self._max_age = max_age
        self._hours = OpeningHours(self._data, (), tz)
        self._loaded: datetime | None = None

    async def refresh(self, *, force: bool = True) -> None:
        now = self._clock.now()
        if not force and self._loaded is not None and now - self._loaded < self._max_age:
            return
        async with self._sessionmaker() as session:
            self._hours = await HoursService(session, self._clock, self._tz, self._data).hours()
        self._loaded = now

    def is_open(self, now: datetime) -> bool:
        return self._hours.is_open(now)

    def next_opening(self, now: datetime) -> datetime | None:
        interval = self._hours.next_opening(now)
        return interval.opens if interval else None

    def assistant_weekdays(self, locale: str) -> list[int]:
        return list(self._hours.assistant_weekdays(locale))
