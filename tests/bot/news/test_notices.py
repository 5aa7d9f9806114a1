"""Automatic notices, the pure part: which days differ from the usual week, when a notice is due, what it says."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.events.data import EventInfo, read_event_seeds
from bot.events.service import occurrences
from bot.hours.data import HoursException, Span, load_schedule
from bot.hours.service import OpeningHours
from bot.i18n import Translator
from bot.i18n.dates import day_long, day_short, time_span
from bot.news.notices import ChangeKind, due_changes, hours_change, week_of
from handlers.news.views import digest_message, hours_change_message

TZ = ZoneInfo("Europe/Helsinki")


def local(y: int, m: int, d: int, hh: int = 12, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


@pytest.fixture
def hours() -> OpeningHours:
    exceptions = [
        HoursException(date(2027, 1, 12), False, (Span(time(12), time(15)),), "training"),
        HoursException(date(2027, 1, 13), False, (Span(time(10), time(13)),), "other", "Kevätjuhla <3"),
        HoursException(date(2027, 1, 15), False, (Span(time(9), time(15)),), "other", "the same as usual"),
    ]
    return OpeningHours(load_schedule(), exceptions, TZ)


def test_which_days_differ_from_the_usual_week(hours: OpeningHours) -> None:
    christmas = hours_change(hours, date(2026, 12, 25))
    assert christmas is not None and christmas.kind is ChangeKind.CLOSED
    assert christmas.key == "hours:2026-12-25:closed"
    assert christmas.reopens is not None and christmas.reopens.opens == local(2026, 12, 29, 9)
    assert christmas.ends == local(2026, 12, 25, 15), "worth telling until the usual closing time"
    assert hours_change(hours, date(2026, 12, 24)) is None, "Christmas Eve is a Thursday: closed as usual"
    assert hours_change(hours, date(2026, 12, 29)) is None, "an ordinary Tuesday"
    changed = hours_change(hours, date(2027, 1, 12))
    assert changed is not None and changed.kind is ChangeKind.HOURS
    assert changed.key == "hours:2027-01-12:1200-1500"
    extra = hours_change(hours, date(2027, 1, 13))
    assert extra is not None and extra.kind is ChangeKind.EXTRA and extra.ends == local(2027, 1, 13, 13)
    assert hours_change(hours, date(2027, 1, 15)) is None, "an exception with the usual hours changes nothing"


def test_a_closure_is_due_three_days_ahead_in_the_morning_and_not_after_the_day(hours: OpeningHours) -> None:
    assert due_changes(hours, local(2026, 12, 21, 10)) == [], "four days ahead: not yet"
    assert due_changes(hours, local(2026, 12, 22, 7, 59)) == [], "not at night"
    [christmas] = due_changes(hours, local(2026, 12, 22, 8))
    assert christmas.day.day == date(2026, 12, 25)
    assert [c.day.day for c in due_changes(hours, local(2026, 12, 24, 20, 59))] == [date(2026, 12, 25)]
    assert due_changes(hours, local(2026, 12, 24, 21)) == [], "not late in the evening either"
    assert [c.day.day for c in due_changes(hours, local(2026, 12, 25, 14))] == [date(2026, 12, 25)]
    assert due_changes(hours, local(2026, 12, 25, 15)) == [], "the day is over"
    [new_year] = due_changes(hours, local(2026, 12, 29, 8))
    assert new_year.day.day == date(2027, 1, 1) and new_year.reopens is not None
    assert new_year.reopens.opens == local(2027, 1, 5, 9), "Tuesday 5 January (Epiphany is a Wednesday)"


def test_the_closure_notice_in_each_language(hours: OpeningHours, translator: Translator) -> None:
    christmas = hours_change(hours, date(2026, 12, 25))
    assert christmas is not None
    expected = {
        "fi": "Joulupäivä",
        "fi-selko": "Joulupäivä",
        "en": "Christmas Day",
        "ar": "عيد الميلاد",
        "fa-AF": "روز کرسمس",
        "so": "Maalinta Kirismaska",
    }
    for locale, holiday in expected.items():
        msg_id, args = hours_change_message(christmas, translator(locale))
        text = translator.format(locale, msg_id, args, strict=True)
        assert msg_id == "news-notice-closed"
        assert day_long(date(2026, 12, 25), locale) in text and holiday in text
        assert day_long(date(2026, 12, 29), locale) in text
        assert time_span(time(9), time(15), locale) in text
    english = translator.format("en", *hours_change_message(christmas, translator("en")))
    assert english.startswith(
        "📢 <b>Kototori is closed</b> on Friday, December 25, 2026 (Christmas Day).\nNext open:"
    )


def test_changed_hours_and_an_extra_day_say_why(hours: OpeningHours, translator: Translator) -> None:
    changed = hours_change(hours, date(2027, 1, 12))
    extra = hours_change(hours, date(2027, 1, 13))
    assert changed is not None and extra is not None
    fi = translator("fi")
    msg_id, args = hours_change_message(changed, fi)
    assert msg_id == "news-notice-hours"
    text = translator.format("fi", msg_id, args)
    assert "12.00–15.00" in text and "yleensä 9.00–15.00" in text and fi("hours-reason-training") in text
    msg_id, args = hours_change_message(extra, translator("ar"))
    assert msg_id == "news-notice-extra"
    assert "Kevätjuhla &lt;3" in args["reason"], "a typed reason is escaped"


def test_the_weekly_overview_lists_the_rest_of_the_week(hours: OpeningHours, translator: Translator) -> None:
    events = [EventInfo(i, draft, False, frozenset()) for i, draft in enumerate(read_event_seeds(), 1)]
    monday = local(2026, 12, 21, 8)
    week = week_of(hours, occurrences(events, TZ, date(2026, 12, 21), date(2026, 12, 28)), monday)
    assert week.key == "digest:2026-W52" and (week.first, week.last) == (
        date(2026, 12, 21),
        date(2026, 12, 27),
    )
    assert [d.day for d in week.days] == [date(2026, 12, 22), date(2026, 12, 25)]
    # Christmas Eve is a Thursday: the leisure centre is closed, so the Thursday groups are left out.
    assert [(o.day, o.event.draft.seed_key) for o in week.events] == [
        (date(2026, 12, 22), "english-for-persian")
    ]
    assert week.ends == local(2026, 12, 28, 0)
    dari = translator.format("fa-AF", *digest_message(week, translator("fa-AF")), strict=True)
    assert "روز کرسمس" in dari and day_short(date(2026, 12, 22), "fa-AF") in dari
    assert "انگلیسی برای فارسی‌زبانان" in dari, "titles in Dari"
    assert "فوتسال مردان" not in dari and day_short(date(2026, 12, 24), "fa-AF") not in dari
    somali = translator.format("so", *digest_message(week, translator("so")), strict=True)
    assert "English for Persian speakers" in somali, "no Somali title: the fallback"
    sunday = week_of(hours, [], local(2026, 12, 27, 20))
    assert sunday.days == () and sunday.events == ()
    empty = translator.format("en", *digest_message(sunday, translator("en")))
    assert translator("en")("news-notice-digest-no-days") in empty
