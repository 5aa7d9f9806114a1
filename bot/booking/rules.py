"""Booking rules (knowledge/schedule.yaml `booking:`), drop-in slots generated from the opening hours, booking codes.

Everything here is pure: a slot list is a function of one day's opening hours (holidays and exceptions already
applied), the rules and the language asked for; instants are aware, stepped in UTC so a slot is 20 real minutes
even on a daylight-saving day.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bot.booking.model import SlotUnavailable
from bot.hours.data import ASSISTANT_LOCALES, SCHEDULE_FILE, ScheduleError, read_schedule_file
from bot.hours.service import DayHours

if TYPE_CHECKING:
    from bot.profile.model import Profile

# No 0/O/Q/D, 1/I/L/J, 2/Z, 5/S, 8/B, 6/G, U/V: a code read aloud or copied from a phone is read right.
CODE_ALPHABET = "ACEFHKMNPRTWXY34679"
CODE_LENGTH = 4
TOPICS: tuple[str, ...] = ("letters", "kela", "permits", "housing", "work", "other")
HELP_LANGUAGES: tuple[str, ...] = ("fi", "ar", "fa-AF", "so", "en")


class BookingRulesError(ScheduleError):
    """The `booking:` section of knowledge/schedule.yaml is malformed; the message names the field."""


@dataclass(frozen=True)
class BookingRules:
    slot_minutes: int = 20
    capacity: int = 2  # people per slot
    days_ahead: int = 14  # today and the next 13 days
    cutoff: timedelta = timedelta(hours=2)  # no booking later than this before the slot
    max_active: int = 2  # upcoming bookings per person
    assistant_days_only: bool = True  # Arabic, Dari, Somali: only on days that assistant is on duty
    languages: tuple[str, ...] = HELP_LANGUAGES
    topics: tuple[str, ...] = TOPICS
    reminder_evening: time = time(18)  # the day-before reminder, local time
    reminder_before: timedelta = timedelta(hours=1)
    retention_days: int = 30  # past bookings lose their owner and code after this many days
    map_url: str = ""  # from the profile (knowledge/profile.yaml), shown with a booked time

    @property
    def slot_length(self) -> timedelta:
        return timedelta(minutes=self.slot_minutes)


@dataclass(frozen=True, slots=True)
class Slot:
    start: datetime  # aware, local
    end: datetime

    @property
    def key(self) -> int:
        """Minutes since the epoch: the slot's id in callback data (unambiguous on daylight-saving days)."""
        return slot_key(self.start)


def slot_key(start: datetime) -> int:
    return int(start.timestamp()) // 60


def from_key(key: int, tz: ZoneInfo) -> datetime:
    """The slot start a callback names; a key no clock can show (forged) is not a slot."""
    try:
        return datetime.fromtimestamp(key * 60, tz=UTC).astimezone(tz)
    except (OverflowError, OSError, ValueError):
        raise SlotUnavailable(key) from None


def needs_assistant(language: str) -> bool:
    return language in ASSISTANT_LOCALES


def slots_on(day: DayHours, rules: BookingRules, language: str) -> list[Slot]:
    """Every slot of one local day for this language (none when closed, or when its assistant is not there)."""
    if rules.assistant_days_only and needs_assistant(language) and language not in day.assistants:
        return []
    length = rules.slot_length
    out: list[Slot] = []
    for interval in day.intervals:
        tz = interval.opens.tzinfo
        start = interval.opens.astimezone(UTC)
        closes = interval.closes.astimezone(UTC)
        while start + length <= closes:
            out.append(Slot(start.astimezone(tz), (start + length).astimezone(tz)))
            start += length
    return out


def bookable(slot: Slot, now: datetime, rules: BookingRules) -> bool:
    return slot.start - rules.cutoff >= now


def window(today: date, rules: BookingRules) -> list[date]:
    return [today + timedelta(days=i) for i in range(rules.days_ahead)]


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def day_before_due(start: datetime, tz: ZoneInfo, rules: BookingRules) -> datetime:
    """The evening reminder: `reminder_evening` local time on the day before (a wall-clock time, DST-safe)."""
    local_day = start.astimezone(tz).date() - timedelta(days=1)
    return datetime.combine(local_day, rules.reminder_evening, tzinfo=tz)


def hour_before_due(start: datetime, rules: BookingRules) -> datetime:
    return start - rules.reminder_before


# -- the file -------------------------------------------------------------------------------------------------
def _int(raw: dict[str, Any], key: str, default: int, low: int, high: int) -> int:
    value = raw.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise BookingRulesError(f"booking.{key} must be a whole number from {low} to {high}")
    return value


def _subset(raw: dict[str, Any], key: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    value = raw.get(key, list(allowed))
    if not isinstance(value, list) or not value or any(v not in allowed for v in value):
        raise BookingRulesError(f"booking.{key} must be a non-empty list of {', '.join(allowed)}")
    return tuple(str(v) for v in value)


def parse_booking_rules(raw: Any, map_url: str = "") -> BookingRules:
    if raw is None:
        return BookingRules(map_url=map_url)
    if not isinstance(raw, dict):
        raise BookingRulesError("booking must be a mapping")
    if "map_url" in raw:
        raise BookingRulesError(
            "booking.map_url: the map link is in the profile now (knowledge/profile.yaml)"
        )
    evening = str(raw.get("reminder_evening", "18:00"))
    try:
        hours, minutes = (int(p) for p in evening.split(":"))
        reminder_evening = time(hours, minutes)
    except ValueError:
        raise BookingRulesError(f"booking.reminder_evening {evening!r} is not HH:MM") from None
    return BookingRules(
        slot_minutes=_int(raw, "slot_minutes", 20, 5, 240),
        capacity=_int(raw, "capacity", 2, 1, 20),
        days_ahead=_int(raw, "days_ahead", 14, 1, 60),
        cutoff=timedelta(minutes=_int(raw, "cutoff_minutes", 120, 0, 7 * 24 * 60)),
        max_active=_int(raw, "max_active", 2, 1, 10),
        assistant_days_only=bool(raw.get("assistant_days_only", True)),
        languages=_subset(raw, "languages", HELP_LANGUAGES),
        topics=_subset(raw, "topics", TOPICS),
        reminder_evening=reminder_evening,
        reminder_before=timedelta(minutes=_int(raw, "reminder_before_minutes", 60, 10, 24 * 60)),
        retention_days=_int(raw, "retention_days", 30, 1, 3660),
        map_url=map_url,
    )


def read_booking_rules(path: Path = SCHEDULE_FILE, profile: Profile | None = None) -> BookingRules:
    """The map link comes from the profile: the process's own unless given."""
    raw, profile = read_schedule_file(path, profile, BookingRulesError)
    return parse_booking_rules(raw.get("booking") if isinstance(raw, dict) else None, profile.map_url)


@cache
def load_booking_rules() -> BookingRules:
    """The curated file, read once per process (like the schedule)."""
    return read_booking_rules()
