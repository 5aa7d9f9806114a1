"""Dates, weekdays and times the way each language writes them (Babel), for hours, events and notices."""

from __future__ import annotations

from datetime import date, datetime, time

from babel.dates import format_date, format_interval, format_skeleton

from bot.i18n.formatting import babel_locale


def day_long(day: date, locale: str) -> str:
    """ "Friday 25 December 2026" in the user's language."""
    return format_date(day, format="full", locale=babel_locale(locale))


def day_short(day: date, locale: str) -> str:
    """ "Fri, Dec 25" / "pe 25.12." for lists."""
    return format_skeleton("MMMEd", day, locale=babel_locale(locale))


def day_range(first: date, last: date, locale: str) -> str:
    """ "Dec 21 – 27" / "21.–27.12." for a week."""
    return format_interval(first, last, "MMMd", locale=babel_locale(locale))


def weekday_name(index: int, locale: str) -> str:
    """Weekday 0 = Monday, stand-alone form ("perjantai", not "perjantaina")."""
    return format_date(date(2024, 1, 1 + index), "cccc", locale=babel_locale(locale))


def clock_time(moment: time | datetime, locale: str) -> str:
    """24-hour clock as the language writes it ("13.30", "13:30"); a datetime is read on its own wall clock."""
    value = moment.time() if isinstance(moment, datetime) else moment
    return format_skeleton("Hm", datetime.combine(date(2000, 1, 1), value), locale=babel_locale(locale))


def time_span(start: time, end: time, locale: str) -> str:
    """ "9.00–15.00" / "09:00 – 15:00"."""
    return format_interval(start, end, "Hm", locale=babel_locale(locale))
