"""Bookings as people read them: the flow's steps, the confirmation, /mybookings, the advisors' day list, reports."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.lists import format_list

from bot.booking.model import Booking, Wait
from bot.booking.notices import place_args
from bot.booking.rules import BookingRules, needs_assistant
from bot.booking.staff import WeekRow
from bot.events.ics import single_ics
from bot.hours.data import ScheduleData
from bot.i18n import LANGUAGE_NAMES, Localizer, fallback_chain
from bot.i18n.dates import clock_time, day_long, day_short, weekday_name
from bot.i18n.formatting import babel_locale, user_value

TELEGRAM_TEXT_LIMIT = 4096


def topic_label(l10n: Localizer, topic: str) -> str:
    return l10n(f"booking-topic-{topic}")


def language_label(language: str) -> str:
    """Each language in its own script, as on the language picker (buttons)."""
    return LANGUAGE_NAMES.get(language, language)


def language_name(l10n: Localizer, language: str) -> str:
    """The language named in the reader's language (running text)."""
    return l10n(f"booking-language-{language.lower()}")


def code_text(booking: Booking, locale: str) -> str:
    return user_value(booking.code or "-", locale)


def intro_text(l10n: Localizer, count: int) -> str:
    lines = [l10n("booking-intro")]
    if count:
        lines += ["", l10n("booking-you-have", count=count)]
    return "\n".join(lines)


def days_text(l10n: Localizer, topic: str, language: str, assistant_days: Sequence[int], empty: bool) -> str:
    loc = l10n.locale
    lines = [l10n("booking-chosen", topic=topic_label(l10n, topic), language=language_name(l10n, language))]
    if needs_assistant(language) and assistant_days:
        days = format_list([weekday_name(d, loc) for d in assistant_days], locale=babel_locale(loc))
        lines.append(l10n("booking-assistant-days", language=language_name(l10n, language), weekdays=days))
    lines += ["", l10n("booking-no-days") if empty else l10n("booking-choose-day")]
    return "\n".join(lines)


def times_text(l10n: Localizer, day: date, empty: bool) -> str:
    key = "booking-day-full" if empty else "booking-choose-time"
    return l10n(key, day=day_long(day, l10n.locale))


def when_text(l10n: Localizer, booking: Booking, rules: BookingRules, tz: ZoneInfo) -> str:
    loc = l10n.locale
    start = booking.start.astimezone(tz)
    return l10n(
        "booking-when",
        day=day_long(start.date(), loc),
        time=clock_time(start, loc),
        end=clock_time(start + rules.slot_length, loc),
    )


def confirmation_text(
    l10n: Localizer, booking: Booking, rules: BookingRules, tz: ZoneInfo, data: ScheduleData, *, moved: bool
) -> str:
    loc = l10n.locale
    lines = [
        l10n("booking-moved" if moved else "booking-confirmed", code=code_text(booking, loc)),
        "",
        when_text(l10n, booking, rules, tz),
        l10n(
            "booking-language-line",
            language=language_name(l10n, booking.language),
            assistant="yes" if needs_assistant(booking.language) else "no",
        ),
        l10n("booking-topic-line", topic=topic_label(l10n, booking.topic)),
        l10n("booking-place", **place_args(data, loc)),
    ]
    if rules.map_url:
        lines.append(l10n("booking-map", url=html.escape(rules.map_url, quote=True)))
    lines += ["", l10n("booking-after", hours=int(rules.reminder_before.total_seconds() // 3600) or 1)]
    return "\n".join(lines)


def booking_line(l10n: Localizer, booking: Booking, tz: ZoneInfo) -> str:
    loc = l10n.locale
    start = booking.start.astimezone(tz)
    return l10n(
        "booking-line",
        code=code_text(booking, loc),
        day=day_short(start.date(), loc),
        time=clock_time(start, loc),
        language=language_name(l10n, booking.language),
        topic=topic_label(l10n, booking.topic),
    )


def mine_text(l10n: Localizer, bookings: Sequence[Booking], tz: ZoneInfo, note: str | None = None) -> str:
    lines = [note, ""] if note else []
    if not bookings:
        lines.append(l10n("booking-mine-none"))
    else:
        lines.append(l10n("booking-mine-title"))
        lines += [booking_line(l10n, b, tz) for b in bookings]
        lines += ["", l10n("booking-mine-hint")]
    return "\n".join(lines)


def privacy_text(
    l10n: Localizer, bookings: Sequence[Booking], waits: Sequence[Wait], tz: ZoneInfo, retention_days: int
) -> str:
    """The bookings part of /privacy (empty when there is nothing)."""
    if not bookings and not waits:
        return ""
    loc = l10n.locale
    lines = [l10n("booking-privacy-title")]
    for b in bookings:
        lines.append(l10n("booking-privacy-line", line=booking_line(l10n, b, tz), status=str(b.status)))
    for w in waits:
        lines.append(l10n("booking-privacy-wait", day=day_short(w.day, loc)))
    lines.append(l10n("booking-privacy-retention", days=retention_days))
    return "\n".join(lines)


# -- advisors (Finnish, the staff locale) --------------------------------------------------------------------
def staff_line(l10n: Localizer, booking: Booking, tz: ZoneInfo) -> str:
    start = booking.start.astimezone(tz)
    return l10n(
        "booking-staff-line",
        time=clock_time(start, l10n.locale),
        code=html.escape(booking.code or "-"),
        language=l10n(f"cases-desk-language-{booking.language.lower()}"),
        topic=topic_label(l10n, booking.topic),
        confirmed="yes" if booking.confirmed_at is not None else "no",
        status=str(booking.status),
    )


def staff_day_text(l10n: Localizer, day: date, bookings: Sequence[Booking], tz: ZoneInfo, when: str) -> str:
    """`when`: today | tomorrow | other (a list pressed on after its day)."""
    title = l10n("booking-staff-title", when=when, day=day_short(day, l10n.locale), count=len(bookings))
    if not bookings:
        return "\n".join([title, l10n("booking-staff-none")])
    lines = [title, *(staff_line(l10n, b, tz) for b in bookings)]
    if when != "tomorrow":
        lines += ["", l10n("booking-staff-hint")]
    return "\n".join(lines)[:TELEGRAM_TEXT_LIMIT]


def report_text(l10n: Localizer, rows: Sequence[WeekRow]) -> str:
    lines = [l10n("booking-report-title", weeks=len(rows))]
    for row in rows:
        rate = row.no_show_rate
        lines.append(
            l10n(
                "booking-report-line",
                week=day_short(row.week, l10n.locale),
                booked=row.booked,
                attended=row.attended,
                noshow=row.no_show,
                unmarked=row.unmarked,
                cancelled=row.cancelled,
                rate=f"{round(rate * 100)} %" if rate is not None else "-",
            )
        )
    return "\n".join(lines)


def short_when(l10n: Localizer, start: datetime, tz: ZoneInfo) -> str:
    local = start.astimezone(tz)
    return l10n(
        "booking-short-when", day=day_short(local.date(), l10n.locale), time=clock_time(local, l10n.locale)
    )


def calendar_file(
    l10n: Localizer, booking: Booking, rules: BookingRules, tz: ZoneInfo, data: ScheduleData, now: datetime
) -> tuple[bytes, str]:
    """The booked time as an .ics file in the person's language (plain text: no HTML in calendar fields)."""
    names = data.place_name
    place = next((names[x] for x in fallback_chain(l10n.locale) if x in names), names["fi"])
    content = single_ics(
        uid=f"booking-{booking.id}@kototori.bot",
        start=booking.start,
        end=booking.start + rules.slot_length,
        summary=l10n("booking-ics-summary", topic=topic_label(l10n, booking.topic)),
        description=l10n(
            "booking-ics-description",
            code=booking.code or "-",
            language=language_name(l10n, booking.language),
        ),
        location=f"{place}, {data.address}",
        now=now,
        tz=tz,
    )
    return content, f"kototori-{booking.code or booking.id}.ics"
