"""Opening hours on local time: weekly hours, Finnish holidays, coordinators' exceptions, daylight saving."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.hours.data import (
    HoursException,
    ScheduleError,
    Span,
    load_schedule,
    parse_schedule,
    read_schedule,
)
from bot.hours.service import OpeningHours, holiday_name, is_public_holiday
from bot.i18n import Translator
from bot.profile.loading import load_profile
from handlers.hours.views import hours_text

TZ = ZoneInfo("Europe/Helsinki")


def local(y: int, m: int, d: int, hh: int = 12, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


@pytest.fixture
def hours() -> OpeningHours:
    return OpeningHours(load_schedule(), [], TZ)


def test_the_profile_says_tuesday_and_friday_nine_to_three() -> None:
    data = read_schedule()
    assert data.weekly == {1: (Span(time(9), time(15)),), 4: (Span(time(9), time(15)),)}
    assert data.close_on_public_holidays
    assert set(data.assistants) == {"ar", "fa-AF", "so"}


def test_open_now_until_three_on_an_ordinary_tuesday(hours: OpeningHours) -> None:
    status = hours.status(local(2026, 11, 24, 10, 30))
    assert status.open_now
    assert status.until == local(2026, 11, 24, 15, 0)
    assert status.next_open is not None and status.next_open.opens == local(2026, 11, 27, 9, 0)


def test_closed_on_wednesday_opens_on_friday_morning(hours: OpeningHours) -> None:
    status = hours.status(local(2026, 11, 25, 10))
    assert not status.open_now and status.until is None
    assert status.next_open is not None and status.next_open.opens == local(2026, 11, 27, 9)


def test_the_last_minute_is_closed(hours: OpeningHours) -> None:
    assert hours.is_open(local(2026, 11, 24, 14, 59))
    assert not hours.is_open(local(2026, 11, 24, 15, 0))
    assert not hours.is_open(local(2026, 11, 24, 8, 59))


def test_christmas_day_2026_is_a_friday_and_closed(hours: OpeningHours) -> None:
    day = hours.day(date(2026, 12, 25))
    assert day.day.weekday() == 4
    assert day.holiday and not day.is_open and day.changed
    assert day.assistants == ()
    assert holiday_name(date(2026, 12, 25), "en") == "Christmas Day"
    assert holiday_name(date(2026, 12, 25), "fi") == "Joulupäivä"
    assert holiday_name(date(2026, 12, 25), "fi-selko") == "Joulupäivä"
    # Arabic, Dari and Somali fall back along the chain (ar -> en), as documented.
    assert holiday_name(date(2026, 12, 25), "ar") == "Christmas Day"


def test_asked_on_thursday_24_december_tomorrow_is_closed_and_next_opening_is_tuesday(
    hours: OpeningHours,
) -> None:
    now = local(2026, 12, 24, 11)
    assert not hours.day(date(2026, 12, 25)).is_open
    status = hours.status(now)
    assert not status.open_now
    assert status.next_open is not None and status.next_open.opens == local(2026, 12, 29, 9)


def test_good_friday_and_easter_monday_2027(hours: OpeningHours) -> None:
    assert is_public_holiday(date(2027, 3, 26)), "Good Friday 2027"
    assert not hours.day(date(2027, 3, 26)).is_open
    nxt = hours.next_opening(local(2027, 3, 24, 18))
    assert nxt is not None and nxt.opens == local(2027, 3, 30, 9), "Tuesday after Easter Monday"
    assert holiday_name(date(2027, 3, 26), "fi") == "Pitkäperjantai"


def test_spring_forward_keeps_nine_local_time() -> None:
    hours = OpeningHours(load_schedule(), [], TZ)
    # Friday 27 March 2026 is still winter time (UTC+2), Tuesday 31 March summer time (UTC+3).
    assert hours.is_open(datetime(2026, 3, 27, 7, 0, tzinfo=UTC))
    assert not hours.is_open(datetime(2026, 3, 27, 6, 59, tzinfo=UTC))
    nxt = hours.next_opening(datetime(2026, 3, 28, 12, tzinfo=UTC))
    assert nxt is not None
    assert nxt.opens.astimezone(UTC) == datetime(2026, 3, 31, 6, 0, tzinfo=UTC)
    assert hours.is_open(datetime(2026, 3, 31, 6, 0, tzinfo=UTC))
    assert not hours.is_open(datetime(2026, 3, 31, 12, 0, tzinfo=UTC)), "15:00 summer time"
    assert nxt.closes - nxt.opens == nxt.closes.astimezone(UTC) - nxt.opens.astimezone(UTC)


def test_fall_back_keeps_nine_local_time(hours: OpeningHours) -> None:
    # Sunday 25 October 2026 the clocks go back: Friday 23rd UTC+3, Tuesday 27th UTC+2.
    assert hours.is_open(datetime(2026, 10, 23, 6, 0, tzinfo=UTC))
    assert not hours.is_open(datetime(2026, 10, 27, 6, 30, tzinfo=UTC)), "08:30 local"
    assert hours.is_open(datetime(2026, 10, 27, 7, 0, tzinfo=UTC))
    nxt = hours.next_opening(datetime(2026, 10, 24, 12, tzinfo=UTC))
    assert nxt is not None and nxt.opens.astimezone(UTC) == datetime(2026, 10, 27, 7, 0, tzinfo=UTC)


def test_an_exception_closes_a_day_and_another_opens_a_holiday() -> None:
    exceptions = [
        HoursException(date(2026, 12, 1), True, (), "training"),
        HoursException(date(2026, 12, 4), False, (Span(time(12), time(15)),), "staff"),
        HoursException(date(2026, 12, 25), False, (Span(time(10), time(12)),), "other", "Christmas coffee"),
    ]
    hours = OpeningHours(load_schedule(), exceptions, TZ)
    assert not hours.day(date(2026, 12, 1)).is_open
    assert not hours.is_open(local(2026, 12, 4, 11))
    assert hours.is_open(local(2026, 12, 4, 12))
    assert hours.is_open(local(2026, 12, 25, 11)), "the coordinator's exception wins over the holiday"
    # Independence Day (a Sunday) and Christmas Eve (a Thursday) fall on days that are closed anyway.
    assert [d.day for d in hours.changes(date(2026, 11, 30), 30)] == [
        date(2026, 12, 1),
        date(2026, 12, 4),
        date(2026, 12, 25),
    ]


def test_a_file_exception_is_overridden_by_the_database() -> None:
    raw = {"exceptions": [{"date": date(2026, 12, 1), "kind": "closed", "reason": "break"}]}
    data = parse_schedule(raw, load_profile())
    assert not OpeningHours(data, [], TZ).day(date(2026, 12, 1)).is_open
    reopened = HoursException(date(2026, 12, 1), False, (Span(time(9), time(12)),), "other", "open after all")
    assert OpeningHours(data, [reopened], TZ).day(date(2026, 12, 1)).is_open


def test_language_assistants_by_weekday(hours: OpeningHours) -> None:
    assert hours.assistant_weekdays("ar") == (1, 4)
    assert hours.assistant_weekdays("en") == ()
    assert hours.day(date(2026, 11, 24)).assistants == ("ar", "fa-AF", "so")
    assert hours.day(date(2026, 11, 25)).assistants == (), "nobody on a closed day"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"exceptions": [{"date": date(2026, 1, 1), "kind": "shut"}]}, "kind"),
        ({"exceptions": [{"date": date(2026, 1, 1), "kind": "closed", "reason": "party"}]}, "reason"),
        ({"weekly": {"tue": ["09:00-15:00"]}}, "in the profile now"),
        ({"place": {"name": {"fi": "Kahvila"}, "address": "Katu 1"}}, "in the profile now"),
    ],
)
def test_malformed_schedule_is_refused(raw: dict[str, object], message: str) -> None:
    """Hours, rota and place belong to the profile (tests/bot/profile); a schedule still holding them is refused."""
    with pytest.raises(ScheduleError, match=message):
        parse_schedule(raw, load_profile())


def test_answer_text_on_christmas_eve(hours: OpeningHours, translator: Translator) -> None:
    now = local(2026, 12, 24, 11)
    en = hours_text(hours, now, translator("en"))
    assert "Closed now" in en
    assert "Tuesday, December 29, 2026 at 09:00" in en
    assert "<b>Tomorrow</b>, Fri, Dec 25: closed (Christmas Day)" in en
    fi = hours_text(hours, now, translator("fi"))
    assert "suljettu (Joulupäivä)" in fi
    assert "tiistai 29. joulukuuta 2026" in fi
