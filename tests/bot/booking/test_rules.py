"""Slots from the opening hours (closures, holidays, daylight saving), booking rules from the file, codes, and when
reminders are due: pure functions on local time."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.booking.model import Booking, BookingStatus, ReminderKind
from bot.booking.notices import due_kind
from bot.booking.rules import (
    CODE_ALPHABET,
    BookingRules,
    BookingRulesError,
    bookable,
    day_before_due,
    from_key,
    new_code,
    parse_booking_rules,
    read_booking_rules,
    slots_on,
    window,
)
from bot.hours.data import HoursException, Span, load_schedule
from bot.hours.service import OpeningHours

TZ = ZoneInfo("Europe/Helsinki")
RULES = BookingRules()


def hours(*exceptions: HoursException) -> OpeningHours:
    return OpeningHours(load_schedule(), exceptions, TZ)


def local_times(day: date, language: str = "fi", *exceptions: HoursException) -> list[str]:
    return [s.start.strftime("%H:%M") for s in slots_on(hours(*exceptions).day(day), RULES, language)]


def test_the_file_gives_twenty_minutes_two_seats_two_weeks() -> None:
    rules = read_booking_rules()
    assert (rules.slot_minutes, rules.capacity, rules.days_ahead, rules.max_active) == (20, 2, 14, 2)
    assert rules.cutoff == timedelta(hours=2)
    assert rules.topics == ("letters", "kela", "permits", "housing", "work", "other")
    assert rules.map_url.startswith("https://")


def test_an_ordinary_tuesday_has_eighteen_slots_inside_nine_to_three() -> None:
    slots = slots_on(hours().day(date(2026, 11, 24)), RULES, "fi")
    assert len(slots) == 18
    assert slots[0].start == datetime(2026, 11, 24, 9, 0, tzinfo=TZ)
    assert slots[-1].end == datetime(2026, 11, 24, 15, 0, tzinfo=TZ), "the last slot ends at closing time"
    assert all(b.start - a.start == timedelta(minutes=20) for a, b in itertools.pairwise(slots))


def test_closed_days_holidays_and_closures_have_no_slots() -> None:
    assert local_times(date(2026, 11, 25)) == [], "Wednesday: closed"
    assert local_times(date(2026, 12, 25)) == [], "Christmas Day (a Friday)"
    assert local_times(date(2027, 3, 26)) == [], "Good Friday 2027"
    closure = HoursException(date(2026, 12, 1), True, (), "training")
    assert local_times(date(2026, 12, 1), "fi", closure) == []


def test_changed_hours_give_slots_only_inside_them() -> None:
    shorter = HoursException(date(2026, 12, 1), False, (Span(time(12), time(13, 10)),), "staff")
    assert local_times(date(2026, 12, 1), "fi", shorter) == ["12:00", "12:20", "12:40"]


def test_a_language_assistant_language_only_on_its_days() -> None:
    data = load_schedule()
    only_tuesday = replace(data, assistants={**data.assistants, "ar": frozenset({1})})
    week = OpeningHours(only_tuesday, (), TZ)
    assert len(slots_on(week.day(date(2026, 11, 24)), RULES, "ar")) == 18
    assert slots_on(week.day(date(2026, 11, 27)), RULES, "ar") == [], "no Arabic assistant on Friday"
    assert len(slots_on(week.day(date(2026, 11, 27)), RULES, "fi")) == 18, "Finnish help every open day"
    anyone = replace(RULES, assistant_days_only=False)
    assert len(slots_on(week.day(date(2026, 11, 27)), anyone, "ar")) == 18


@pytest.mark.parametrize(
    ("before", "after", "offset_before", "offset_after"),
    [
        (date(2026, 3, 24), date(2026, 3, 31), 2, 3),  # clocks go forward on Sunday 29 March 2026
        (date(2026, 10, 20), date(2026, 10, 27), 3, 2),  # and back on Sunday 25 October 2026
    ],
)
def test_slots_keep_local_wall_clock_times_across_daylight_saving(
    before: date, after: date, offset_before: int, offset_after: int
) -> None:
    for day, offset in ((before, offset_before), (after, offset_after)):
        slots = slots_on(hours().day(day), RULES, "fi")
        assert slots[3].start.strftime("%H:%M") == "10:00"
        assert slots[3].start.astimezone(UTC).hour == 10 - offset
        assert from_key(slots[3].key, TZ) == slots[3].start, "callback keys are unambiguous instants"


@pytest.mark.parametrize(("sunday", "utc_offset"), [(date(2026, 3, 29), 3), (date(2026, 10, 25), 2)])
def test_a_coordinator_opened_daylight_saving_sunday_has_real_twenty_minute_slots(
    sunday: date, utc_offset: int
) -> None:
    open_sunday = HoursException(sunday, False, (Span(time(9), time(15)),), "event")
    slots = slots_on(hours(open_sunday).day(sunday), RULES, "fi")
    assert len(slots) == 18
    assert slots[0].start.astimezone(UTC) == datetime.combine(sunday, time(9 - utc_offset), tzinfo=UTC)


def test_window_cut_off_and_past() -> None:
    assert window(date(2026, 11, 24), RULES)[-1] == date(2026, 12, 7), "today and the next 13 days"
    [nine, *_] = slots_on(hours().day(date(2026, 11, 24)), RULES, "fi")
    now = datetime(2026, 11, 24, 7, 0, tzinfo=TZ)
    assert bookable(nine, now, RULES), "exactly two hours before"
    assert not bookable(nine, now + timedelta(minutes=1), RULES), "after the cut-off"
    assert not bookable(nine, nine.start + timedelta(hours=1), RULES), "in the past"


def test_codes_are_short_and_unambiguous() -> None:
    codes = {new_code() for _ in range(500)}
    assert all(len(c) == 4 and set(c) <= set(CODE_ALPHABET) for c in codes)
    assert not set(CODE_ALPHABET) & set("0O1IL2Z5S8B")
    assert len(codes) > 450


def test_a_bad_booking_section_names_the_field() -> None:
    with pytest.raises(BookingRulesError, match=r"booking\.capacity"):
        parse_booking_rules({"capacity": 0})
    with pytest.raises(BookingRulesError, match=r"booking\.topics"):
        parse_booking_rules({"topics": ["kela", "astrology"]})
    with pytest.raises(BookingRulesError, match="reminder_evening"):
        parse_booking_rules({"reminder_evening": "six"})
    assert parse_booking_rules(None) == BookingRules()


def _booking(start: datetime, created: datetime) -> Booking:
    return Booking(1, "ACEF", 5, "ar", "ar", "kela", start, 1, BookingStatus.ACTIVE, created, None)


def test_reminders_the_evening_before_and_an_hour_before_across_daylight_saving() -> None:
    # Monday 30 March 2026 10:00 (after the change): the evening before is Sunday 18:00 summer time.
    start = datetime(2026, 3, 30, 10, 0, tzinfo=TZ)
    assert day_before_due(start, TZ, RULES) == datetime(2026, 3, 29, 15, 0, tzinfo=UTC)
    booked = _booking(start, datetime(2026, 3, 20, 12, tzinfo=TZ))
    assert due_kind(booked, datetime(2026, 3, 29, 17, 59, tzinfo=TZ), TZ, RULES) is None
    assert due_kind(booked, datetime(2026, 3, 29, 18, 0, tzinfo=TZ), TZ, RULES) is ReminderKind.DAY
    assert due_kind(booked, datetime(2026, 3, 30, 8, 59, tzinfo=TZ), TZ, RULES) is ReminderKind.DAY
    assert due_kind(booked, datetime(2026, 3, 30, 9, 0, tzinfo=TZ), TZ, RULES) is ReminderKind.HOUR
    assert due_kind(booked, start, TZ, RULES) is None, "too late once it starts"
    late = _booking(start, datetime(2026, 3, 29, 20, 0, tzinfo=TZ))
    assert due_kind(late, datetime(2026, 3, 29, 20, 1, tzinfo=TZ), TZ, RULES) is None, "booked after 18:00"
    assert due_kind(late, datetime(2026, 3, 30, 9, 0, tzinfo=TZ), TZ, RULES) is ReminderKind.HOUR
