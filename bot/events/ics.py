"""Events and booked times as iCalendar (RFC 5545) files a phone's calendar can import: local times with their
VTIMEZONE. Dates a recurring event does not meet (cancelled, public holidays) are EXDATEs."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vRecur

from bot.events.data import EventInfo, rrule_parts

PRODID = "-//Kototori bot//events//EN"
# The RRULE runs on without end, but holidays must be listed one by one: this far ahead of the download.
HOLIDAY_HORIZON = timedelta(days=2 * 366)


def event_ics(
    event: EventInfo, locale: str, tz: ZoneInfo, now: datetime, uid_domain: str = "kototori.bot"
) -> bytes:
    """The event in the user's language (with the usual fallback); recurring events carry their RRULE."""
    draft = event.draft
    text, _ = event.text(locale)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    vevent = Event()
    vevent.add("uid", f"event-{event.id}@{uid_domain}")
    vevent.add("dtstamp", now)
    vevent.add("summary", text.title)
    if text.description:
        vevent.add("description", text.description)
    vevent.add("location", draft.place)
    # DTSTART must be an occurrence itself (RFC 5545 3.8.5.3), not the day the rule was written: the first one that
    # meets, so no calendar shows a DTSTART its EXDATE takes out.
    dates = event.dates(draft.start_date, draft.start_date + timedelta(days=400))
    first = next((d for d in dates if not event.off(d)), dates[0] if dates else draft.start_date)
    vevent.add("dtstart", datetime.combine(first, draft.starts, tzinfo=tz))
    vevent.add("dtend", datetime.combine(first, draft.ends, tzinfo=tz))
    parts = rrule_parts(draft)
    if parts is not None:
        if draft.until is not None:
            # UNTIL is in UTC when DTSTART has a TZID (RFC 5545 3.3.10): the end of the last local day.
            last = datetime.combine(draft.until + timedelta(days=1), time(), tzinfo=tz) - timedelta(seconds=1)
            parts = {**parts, "UNTIL": last.astimezone(ZoneInfo("UTC"))}
        vevent.add("rrule", vRecur(parts))
        horizon = (now + HOLIDAY_HORIZON).astimezone(tz).date()
        holidays = {d for d in event.dates(first, horizon) if event.holiday_off(d)}
        if off := sorted(event.skips | holidays):
            vevent.add("exdate", [datetime.combine(day, draft.starts, tzinfo=tz) for day in off])
    if event.cancelled:
        vevent.add("status", "CANCELLED")
    cal.add_component(vevent)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())


def single_ics(
    uid: str,
    start: datetime,
    end: datetime,
    summary: str,
    description: str,
    location: str,
    now: datetime,
    tz: ZoneInfo,
) -> bytes:
    """One appointment (a booked drop-in time) in local time with its VTIMEZONE; plain-text fields."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    vevent = Event()
    vevent.add("uid", uid)
    vevent.add("dtstamp", now)
    vevent.add("summary", summary)
    vevent.add("description", description)
    vevent.add("location", location)
    vevent.add("dtstart", start.astimezone(tz))
    vevent.add("dtend", end.astimezone(tz))
    cal.add_component(vevent)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())
