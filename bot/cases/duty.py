"""When advisors are on duty: a small interface, and a fixed weekly rule (tests; the bot uses `ScheduleDuty`).

The default is Kototori's published rule: Tuesdays and Fridays 9-15 in Helsinki time, closed on Finnish public
holidays. The language assistants' weekdays are a documented placeholder (Arabic Tuesday, Dari Tuesday and Friday,
Somali Friday) until the real rota comes from the schedule service.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

import holidays

# Monday is 0, as in datetime.weekday().
TUESDAY, FRIDAY = 1, 4
DEFAULT_HOURS: Mapping[int, tuple[time, time]] = {TUESDAY: (time(9), time(15)), FRIDAY: (time(9), time(15))}
DEFAULT_ASSISTANTS: Mapping[str, Sequence[int]] = {
    "ar": (TUESDAY,),
    "fa-AF": (TUESDAY, FRIDAY),
    "so": (FRIDAY,),
}


class DutyInfo(Protocol):
    def is_open(self, now: datetime) -> bool:
        """Whether advisors are on duty at this aware moment."""
        ...

    def next_opening(self, now: datetime) -> datetime | None:
        """The next moment advisors come on duty (aware), or None when unknown."""
        ...

    def assistant_weekdays(self, locale: str) -> list[int]:
        """Weekdays (Monday 0) a language assistant for this locale is at the advice point; empty if none."""
        ...

    async def refresh(self, *, force: bool = True) -> None:
        """Reload what the answers above are based on (coordinators may have changed the hours)."""
        ...


class WeeklyDuty:
    """Fixed weekly opening hours in a time zone, closed on public holidays."""

    def __init__(
        self,
        tz: ZoneInfo,
        hours: Mapping[int, tuple[time, time]] = DEFAULT_HOURS,
        assistants: Mapping[str, Sequence[int]] = DEFAULT_ASSISTANTS,
        country: str | None = "FI",
    ) -> None:
        self.tz = tz
        self.hours = dict(hours)
        self.assistants = {k: list(v) for k, v in assistants.items()}
        self.country = country

    def _holiday(self, day: date) -> bool:
        return self.country is not None and day in holidays.country_holidays(self.country, years=day.year)

    def _window(self, day: date) -> tuple[datetime, datetime] | None:
        hours = self.hours.get(day.weekday())
        if hours is None or self._holiday(day):
            return None
        return datetime.combine(day, hours[0], self.tz), datetime.combine(day, hours[1], self.tz)

    def is_open(self, now: datetime) -> bool:
        window = self._window(now.astimezone(self.tz).date())
        return window is not None and window[0] <= now < window[1]

    def next_opening(self, now: datetime) -> datetime | None:
        today = now.astimezone(self.tz).date()
        for offset in range(0, 60):
            window = self._window(today + timedelta(days=offset))
            if window is not None and window[0] > now:
                return window[0]
        return None

    def assistant_weekdays(self, locale: str) -> list[int]:
        return sorted(self.assistants.get(locale, []))

    async def refresh(self, *, force: bool = True) -> None:
        """A fixed rule: nothing to reload."""
