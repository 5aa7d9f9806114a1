"""Events: recurrence (weekly, first Sunday of the month, last Friday), public holidays, texts with fallback, .ics,
reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from bot.events.data import (
    EventDraft,
    EventError,
    EventInfo,
    EventText,
    draft_from_dict,
    draft_to_dict,
    read_event_seeds,
)
from bot.events.ics import event_ics
from bot.events.notices import due_reminders, reminder_time, render
from bot.events.repository import NoticeRow
from bot.events.service import holiday_gaps, occurrences
from bot.i18n import Translator
from handlers.events.views import card_text, when_text

TZ = ZoneInfo("Europe/Helsinki")


def days(*iso: str) -> list[date]:
    """Calendar dates written as 2026-12-06."""
    return [date.fromisoformat(d) for d in iso]


def seeds() -> dict[str, EventDraft]:
    return {d.seed_key or "": d for d in read_event_seeds()}


def info(draft: EventDraft, event_id: int = 1, skips: frozenset[date] = frozenset()) -> EventInfo:
    return EventInfo(event_id, draft, False, skips)


def test_the_four_seeded_groups() -> None:
    s = seeds()
    assert set(s) == {"finnish-beginners", "mens-futsal", "english-for-persian", "cafe-gabriel"}
    assert (s["finnish-beginners"].weekdays, s["finnish-beginners"].starts, s["finnish-beginners"].ends) == (
        (3,),
        time(13, 30),
        time(15),
    )
    assert (s["mens-futsal"].starts, s["mens-futsal"].ends, s["mens-futsal"].audience) == (
        time(16),
        time(17),
        "men",
    )
    assert s["english-for-persian"].weekdays == (1, 3)
    assert (s["cafe-gabriel"].repeat, s["cafe-gabriel"].nth, s["cafe-gabriel"].weekdays) == (
        "monthly",
        1,
        (6,),
    )


def test_cafe_gabriel_is_on_the_first_sunday_of_each_month() -> None:
    dates = info(seeds()["cafe-gabriel"]).dates(date(2026, 11, 1), date(2027, 4, 30))
    assert dates == days("2026-11-01", "2026-12-06", "2027-01-03", "2027-02-07", "2027-03-07", "2027-04-04")


def test_english_group_twice_a_week_and_skipped_dates() -> None:
    event = info(seeds()["english-for-persian"], skips=frozenset({date(2026, 11, 26)}))
    assert event.dates(date(2026, 11, 23), date(2026, 12, 3)) == days(
        "2026-11-24", "2026-11-26", "2026-12-01", "2026-12-03"
    )
    found = occurrences([event], TZ, date(2026, 11, 23), date(2026, 12, 3))
    assert [o.day for o in found] == [date(2026, 11, 24), date(2026, 12, 1), date(2026, 12, 3)]


def thursday_groups() -> list[EventInfo]:
    s = seeds()
    return [
        info(s[k], i) for i, k in enumerate(("finnish-beginners", "mens-futsal", "english-for-persian"), 1)
    ]


def test_the_groups_do_not_meet_on_finnish_public_holidays() -> None:
    groups = thursday_groups()
    christmas = occurrences(groups, TZ, date(2026, 12, 14), date(2027, 1, 10))
    thursdays = sorted({o.day for o in christmas if o.day.weekday() == 3})
    assert thursdays == [date(2026, 12, 17), date(2026, 12, 31), date(2027, 1, 7)], "not on Christmas Eve"
    assert len([o for o in christmas if o.day == date(2026, 12, 31)]) == 3, "all three on New Year's Eve"
    gaps = holiday_gaps(groups, TZ, date(2026, 12, 14), date(2027, 1, 10))
    assert [(o.day, o.event.id) for o in gaps] == [
        (date(2026, 12, 24), 1),
        (date(2026, 12, 24), 2),
        (date(2026, 12, 24), 3),
    ]
    # New Year's Day 2026 is a Thursday, Epiphany a Tuesday, Ascension Day 2026 a Thursday.
    january = occurrences(groups, TZ, date(2026, 1, 1), date(2026, 1, 8))
    assert sorted({o.day for o in january}) == [date(2026, 1, 8)]
    ascension = occurrences(groups, TZ, date(2026, 5, 11), date(2026, 5, 21))
    assert sorted({o.day for o in ascension}) == [date(2026, 5, 12), date(2026, 5, 19), date(2026, 5, 21)]
    gabriel = occurrences([info(seeds()["cafe-gabriel"])], TZ, date(2026, 11, 1), date(2027, 1, 31))
    assert [o.day for o in gabriel] == [date(2026, 11, 1), date(2027, 1, 3)], "6 December: Independence Day"


def test_an_event_that_meets_on_holidays_and_a_one_off_on_a_holiday_are_listed() -> None:
    base = seeds()["finnish-beginners"]
    on_holidays = info(EventDraft(**{**base.__dict__, "on_holidays": True, "seed_key": None}), 5)
    once = EventDraft(**{**base.__dict__, "repeat": "once", "weekdays": (), "start_date": date(2026, 12, 24)})
    found = occurrences([on_holidays, info(once, 6)], TZ, date(2026, 12, 24), date(2026, 12, 24))
    assert [(o.event.id, o.day) for o in found] == [(5, date(2026, 12, 24)), (6, date(2026, 12, 24))]
    assert holiday_gaps([on_holidays, info(once, 6)], TZ, date(2026, 12, 1), date(2027, 1, 31)) == []
    assert draft_from_dict(draft_to_dict(on_holidays.draft)) == on_holidays.draft


def test_on_holidays_in_the_seed_file(tmp_path: Path) -> None:
    entry = """events:
  - {key: choir, repeat: weekly, weekdays: [thu], starts: "18:00", ends: "19:00", since: 2026-01-01,
     place: Sali, texts: {fi: {title: Kuoro}}, on_holidays: %s}
"""
    path = tmp_path / "events.yaml"
    path.write_text(entry % "true", encoding="utf-8")
    [choir] = read_event_seeds(path)
    assert choir.on_holidays is True
    assert all(d.on_holidays is False for d in read_event_seeds()), "the default: no meeting on holidays"
    path.write_text(entry % '"sometimes"', encoding="utf-8")
    with pytest.raises(EventError, match="choir: on_holidays"):
        read_event_seeds(path)


def test_last_friday_and_a_one_off_with_an_end() -> None:
    base = seeds()["cafe-gabriel"]
    last_friday = EventDraft(**{**base.__dict__, "weekdays": (4,), "nth": -1, "seed_key": None})
    assert info(last_friday).dates(date(2027, 1, 1), date(2027, 3, 31)) == days(
        "2027-01-29", "2027-02-26", "2027-03-26"
    )
    once = EventDraft(**{**base.__dict__, "repeat": "once", "start_date": date(2026, 12, 12), "weekdays": ()})
    assert info(once).dates(date(2026, 12, 1), date(2026, 12, 31)) == [date(2026, 12, 12)]
    weekly_until = EventDraft(
        **{**base.__dict__, "repeat": "weekly", "weekdays": (0,), "nth": None, "until": date(2026, 12, 14)}
    )
    assert info(weekly_until).dates(date(2026, 12, 1), date(2026, 12, 31)) == days("2026-12-07", "2026-12-14")


def test_an_occurrence_keeps_its_local_time_across_daylight_saving() -> None:
    gabriel = info(seeds()["cafe-gabriel"])
    march, april = occurrences([gabriel], TZ, date(2027, 3, 1), date(2027, 4, 30))
    assert march.starts.astimezone(UTC) == datetime(2027, 3, 7, 12, 0, tzinfo=UTC), "14:00 EET"
    assert april.starts.astimezone(UTC) == datetime(2027, 4, 4, 11, 0, tzinfo=UTC), "14:00 EEST"


def test_text_falls_back_along_the_chain_with_its_locale() -> None:
    english = info(seeds()["english-for-persian"])
    assert english.text("fa-AF")[1] == "fa-AF"
    assert english.text("ar") == (
        EventText("English for Persian speakers", english.draft.texts["en"].description),
        "en",
    )
    assert english.text("fi-selko")[1] == "fi"


def test_card_notes_a_missing_language_and_escapes_values(translator: Translator) -> None:
    draft = seeds()["english-for-persian"]
    tricky = EventDraft(**{**draft.__dict__, "place": "Sali <A> & B"})
    card = card_text(info(tricky), [], translator("so"))
    assert "English" in card and "<i>" in card, "the fallback note is there"
    assert "Sali &lt;A&gt; &amp; B" in card
    assert "Persian" in card and "English for Persian speakers" in card
    card_fa = card_text(info(tricky), [], translator("fa-AF"))
    fallback = translator("fa-AF")("events-fallback-note", language="English")
    assert fallback not in card_fa, "no fallback note when the text is in the user's language"
    assert translator("fa-AF")("events-example-note") in card_fa, "a demo example says so"


def _plain(text: str) -> str:
    return text.replace("\u2009", " ").replace("\u202f", " ")  # Babel's thin spaces


def test_when_text_in_each_language(translator: Translator) -> None:
    s = seeds()
    english = when_text(s["english-for-persian"], translator("en"))
    assert _plain(english) == "🗓 Every Tuesday and Thursday, 17:00 – 19:00"
    assert (
        _plain(when_text(s["cafe-gabriel"], translator("en"))) == "🗓 First Sunday of the month, 14:00 – 18:00"
    )
    assert when_text(s["cafe-gabriel"], translator("fi")) == "🗓 Kuukauden ensimmäinen sunnuntai, 14.00–18.00"
    assert "الأحد الأول" in when_text(s["cafe-gabriel"], translator("ar"))


def test_ics_parses_with_timezone_rrule_and_escaping() -> None:
    draft = seeds()["cafe-gabriel"]
    tricky = EventDraft(
        **{
            **draft.__dict__,
            "texts": {"fi": EventText("Kahvi; kakku, ja \\ muuta", "Rivi 1\nRivi 2")},
        }
    )
    event = info(tricky, event_id=7, skips=frozenset({date(2026, 12, 6)}))
    raw = event_ics(event, "so", TZ, datetime(2026, 11, 24, 8, tzinfo=UTC))
    assert b"SUMMARY:Kahvi\\; kakku\\, ja \\\\ muuta" in raw
    cal = Calendar.from_ical(raw)
    [vevent] = cal.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Kahvi; kakku, ja \\ muuta"
    assert str(vevent["DESCRIPTION"]) == "Rivi 1\nRivi 2"
    start = vevent.decoded("DTSTART")
    assert start == datetime(2026, 1, 4, 14, 0, tzinfo=TZ), "DTSTART is the first real occurrence"
    assert str(start.tzinfo) == "Europe/Helsinki"
    assert vevent["RRULE"]["FREQ"] == ["MONTHLY"] and vevent["RRULE"]["BYDAY"] == ["1SU"]
    exdates = [d.dt for d in vevent["EXDATE"].dts]
    assert datetime(2026, 12, 6, 14, 0, tzinfo=TZ) in exdates, "the cancelled date"
    assert cal.walk("VTIMEZONE"), "the time zone travels with the file"
    assert str(vevent["UID"]) == "event-7@kototori.bot"


def test_ics_excludes_the_public_holidays_a_group_does_not_meet_on() -> None:
    english = info(seeds()["english-for-persian"])  # Tuesdays and Thursdays
    raw = event_ics(english, "en", TZ, datetime(2026, 12, 1, 8, tzinfo=UTC))
    [vevent] = Calendar.from_ical(raw).walk("VEVENT")
    start = vevent.decoded("DTSTART")
    assert start == datetime(2026, 1, 8, 17, tzinfo=TZ), "not New Year's Day (Thu) or Epiphany (Tue)"
    exdates = {d.dt for d in vevent["EXDATE"].dts}
    for holiday in (date(2026, 5, 14), date(2026, 12, 24), date(2027, 5, 6), date(2028, 1, 6)):
        assert datetime.combine(holiday, time(17), tzinfo=TZ) in exdates, holiday
    # As a phone's calendar reads it: the rule without the excluded dates.
    rule = rrulestr(vevent["RRULE"].to_ical().decode(), dtstart=start)
    window = rule.between(datetime(2026, 12, 14, tzinfo=TZ), datetime(2027, 1, 10, tzinfo=TZ))
    assert [d.date() for d in window if d not in exdates] == days(
        "2026-12-15", "2026-12-17", "2026-12-22", "2026-12-29", "2026-12-31", "2027-01-05", "2027-01-07"
    )
    meets = info(EventDraft(**{**english.draft.__dict__, "on_holidays": True}))
    [vevent] = Calendar.from_ical(event_ics(meets, "en", TZ, datetime(2026, 12, 1, tzinfo=UTC))).walk(
        "VEVENT"
    )
    assert "EXDATE" not in vevent


def test_reminder_three_hours_before_but_not_at_night() -> None:
    assert reminder_time(datetime(2026, 11, 26, 13, 30, tzinfo=TZ), TZ) == datetime(
        2026, 11, 26, 10, 30, tzinfo=TZ
    )
    assert reminder_time(datetime(2026, 11, 26, 9, 0, tzinfo=TZ), TZ) == datetime(
        2026, 11, 25, 18, 0, tzinfo=TZ
    )


def test_due_reminders_only_between_reminder_time_and_start() -> None:
    event = info(seeds()["finnish-beginners"], event_id=3)
    upcoming = occurrences([event], TZ, date(2026, 11, 26), date(2026, 11, 26))
    subs = {3: [501, 502]}
    assert due_reminders(datetime(2026, 11, 26, 10, 29, tzinfo=TZ), upcoming, subs, TZ) == []
    due = due_reminders(datetime(2026, 11, 26, 10, 30, tzinfo=TZ), upcoming, subs, TZ)
    assert due == [(3, date(2026, 11, 26), 501, "reminder"), (3, date(2026, 11, 26), 502, "reminder")]
    assert due_reminders(datetime(2026, 11, 26, 13, 30, tzinfo=TZ), upcoming, subs, TZ) == []


def test_render_in_the_users_language_and_expire_late_reminders() -> None:
    event = info(seeds()["mens-futsal"], event_id=2)
    row = NoticeRow(1, 2, date(2026, 11, 26), 501, "reminder", "ar")
    notice = render(row, event, TZ, datetime(2026, 11, 26, 14, tzinfo=TZ))
    assert notice is not None
    assert (notice.telegram_id, notice.locale, notice.msg_id) == (501, "ar", "events-notice-reminder")
    assert "كرة قدم" in notice.args["title"]
    assert render(row, event, TZ, datetime(2026, 11, 26, 16, tzinfo=TZ)) is None, "too late"
    cancelled = NoticeRow(2, 2, date(2026, 11, 26), 501, "skipped", None)
    late_notice = render(cancelled, event, TZ, datetime(2026, 11, 26, 16, 30, tzinfo=TZ))
    assert late_notice is not None and late_notice.locale == "en", "cancellation is still worth telling"


def test_wizard_round_trip_and_validation() -> None:
    draft = seeds()["english-for-persian"]
    assert draft_from_dict(draft_to_dict(draft)) == draft
    with pytest.raises(EventError, match="Finnish title"):
        EventDraft(**{**draft.__dict__, "texts": {"en": EventText("X")}}).validate()
    with pytest.raises(EventError, match="end time"):
        EventDraft(**{**draft.__dict__, "ends": time(16)}).validate()
    with pytest.raises(EventError, match="weekdays"):
        EventDraft(**{**draft.__dict__, "weekdays": ()}).validate()


def test_ics_for_a_one_off_has_no_rule() -> None:
    draft = seeds()["mens-futsal"]
    once = EventDraft(**{**draft.__dict__, "repeat": "once", "weekdays": (), "start_date": date(2026, 12, 3)})
    [vevent] = Calendar.from_ical(event_ics(info(once), "en", TZ, datetime(2026, 11, 24, tzinfo=UTC))).walk(
        "VEVENT"
    )
    assert "RRULE" not in vevent
    assert vevent.decoded("DTEND") - vevent.decoded("DTSTART") == timedelta(hours=1)
