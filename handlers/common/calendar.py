"""How a day and a meeting read wherever they appear: /hours, the events list, and the closure notices and weekly
overview that list both (handlers/news/views.py)."""

from __future__ import annotations

import contextlib
import re
from datetime import date

from babel.lists import format_list

from bot.events.data import EventInfo
from bot.events.service import Occurrence
from bot.hours.data import HoursException
from bot.hours.service import DayHours, holiday_name
from bot.i18n import Localizer, MissingMessage
from bot.i18n.dates import clock_time, day_short, time_span
from bot.i18n.formatting import babel_locale, user_value


def reason_text(exception: HoursException, l10n: Localizer) -> str:
    if exception.reason == "other" and exception.note:
        return user_value(exception.note, l10n.locale)
    return l10n(f"hours-reason-{exception.reason}")


def holiday_text(day: date, l10n: Localizer) -> str:
    """A public holiday's name in the user's language: Fluent `hours-holiday-<slug of the English name>` where we
    have it (Arabic, Dari and Somali too), else the holidays library's name along the fallback chain (a holiday the
    library adds or renames shows its library name instead of breaking)."""
    english = holiday_name(day, "en")
    if english:
        slug = re.sub(r"[^a-z0-9]+", "-", english.lower().replace("'", "")).strip("-")
        with contextlib.suppress(MissingMessage):
            return l10n(f"hours-holiday-{slug}")
    return user_value(holiday_name(day, l10n.locale) or "", l10n.locale)


def assistant_names(locales: tuple[str, ...], l10n: Localizer) -> str:
    names = [l10n(f"hours-assistant-{loc.split('-')[0]}") for loc in locales]
    return format_list(names, locale=babel_locale(l10n.locale))


def day_text(day: DayHours, l10n: Localizer) -> str:
    """ "9.00–15.00", "closed (Christmas Day)", "12.00–15.00 (changed: staff training)"."""
    loc = l10n.locale
    if day.is_open:
        spans = ", ".join(time_span(i.opens.time(), i.closes.time(), loc) for i in day.intervals)
        if day.exception is not None:
            return l10n("hours-changed", hours=spans, reason=reason_text(day.exception, l10n))
        return spans
    if day.exception is not None:
        return l10n("hours-closed-reason", reason=reason_text(day.exception, l10n))
    if day.holiday:
        return l10n("hours-closed-holiday", holiday=holiday_text(day.day, l10n))
    return l10n("hours-closed")


def title(event: EventInfo, locale: str) -> str:
    return user_value(event.text(locale)[0].title, locale)


def occurrence_line(o: Occurrence, l10n: Localizer, *, html: bool = True) -> str:
    """ "Thu, Nov 26 13:30 · Finnish beginners' group"; `html=False` for button labels (not parsed)."""
    loc = l10n.locale
    name = title(o.event, loc) if html else o.event.text(loc)[0].title
    return l10n("events-line", day=day_short(o.day, loc), time=clock_time(o.starts, loc), title=name)
