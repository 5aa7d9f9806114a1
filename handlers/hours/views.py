"""Opening hours as the user reads them: open now or when next, today, tomorrow, the coming days, changes."""

from __future__ import annotations

import contextlib
import re
from datetime import date, datetime, timedelta

from babel.lists import format_list

from bot.hours.data import HoursException
from bot.hours.service import DayHours, OpeningHours, holiday_name
from bot.i18n import Localizer, MissingMessage, fallback_chain
from bot.i18n.dates import clock_time, day_long, day_short, time_span
from bot.i18n.formatting import babel_locale, user_value

WEEK_DAYS = 7  # "the coming days" runs to a week from today
CHANGES_DAYS = 42  # changes announced this far ahead


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


def _with_assistants(line: str, day: DayHours, l10n: Localizer) -> str:
    if not day.assistants:
        return line
    return line + "\n" + l10n("hours-assistants", languages=assistant_names(day.assistants, l10n))


def hours_text(hours: OpeningHours, now: datetime, l10n: Localizer) -> str:
    loc = l10n.locale
    status = hours.status(now)
    head = [l10n("hours-title")]
    if status.open_now and status.until is not None:
        head.append(l10n("hours-open-now", until=clock_time(status.until, loc)))
    else:
        head.append(l10n("hours-closed-now"))
        nxt = status.next_open
        if nxt is None:
            head.append(l10n("hours-no-next"))
        else:
            head.append(
                l10n("hours-next-open", day=day_long(nxt.opens.date(), loc), time=clock_time(nxt.opens, loc))
            )
    today = hours.local_date(now)
    blocks = ["\n".join(head)]
    for msg, day in (
        ("hours-today", hours.day(today)),
        ("hours-tomorrow", hours.day(today + timedelta(days=1))),
    ):
        line = l10n(msg, day=day_short(day.day, loc), hours=day_text(day, l10n))
        blocks.append(_with_assistants(line, day, l10n))
    later = [d for d in hours.days(today + timedelta(days=2), WEEK_DAYS - 1) if d.regular or d.is_open]
    if later:
        lines = [l10n("hours-week-title")]
        for day in later:
            lines.append(
                _with_assistants(
                    l10n("hours-day-line", day=day_short(day.day, loc), hours=day_text(day, l10n)), day, l10n
                )
            )
        blocks.append("\n".join(lines))
    changes = hours.changes(today + timedelta(days=WEEK_DAYS + 1), CHANGES_DAYS)
    if changes:
        lines = [l10n("hours-changes-title")]
        lines += [l10n("hours-day-line", day=day_short(d.day, loc), hours=day_text(d, l10n)) for d in changes]
        blocks.append("\n".join(lines))
    names = hours.data.place_name
    place = next((names[x] for x in fallback_chain(loc) if x in names), names["fi"])
    blocks.append(
        l10n("hours-place", place=user_value(place, loc), address=user_value(hours.data.address, loc))
    )
    return "\n\n".join(blocks)
