"""Events as newcomers read them: the coming days, one event's card (with a note when their language is missing);
both say when a public holiday takes a meeting out, so nobody travels to a closed door."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from babel.lists import format_list

from bot.events.data import EventDraft, EventInfo
from bot.events.service import Occurrence, is_example
from bot.i18n import LANGUAGE_NAMES, Localizer
from bot.i18n.dates import day_short, time_span, weekday_name
from bot.i18n.formatting import babel_locale, user_value
from handlers.common.calendar import holiday_text, occurrence_line

LIST_DAYS = 7  # the list text shows this many days; the buttons cover every upcoming event
MAX_BUTTONS = 12


def holiday_gap_line(day: date, l10n: Localizer) -> str:
    """ "🚫 No meeting on Thu, Dec 24 (Christmas Eve)" """
    return l10n("events-holiday-gap", date=day_short(day, l10n.locale), holiday=holiday_text(day, l10n))


def list_text(
    upcoming: list[Occurrence], today: date, l10n: Localizer, gaps: Sequence[Occurrence] = ()
) -> str:
    """The next days' meetings; a line on each date of those days where a public holiday takes groups out."""
    if not upcoming:
        return "\n".join([l10n("events-title"), l10n("events-none")])
    end = today + timedelta(days=LIST_DAYS)
    soon = [
        (o.day, occurrence_line(o, l10n) + (" 🧪" if is_example(o.event) else ""))
        for o in upcoming
        if o.day < end
    ]
    soon += [(day, holiday_gap_line(day, l10n)) for day in sorted({o.day for o in gaps if o.day < end})]
    lines = [l10n("events-title")]
    if soon:
        # A stable sort: a holiday line comes after that day's meetings (an event that meets on holidays).
        lines += ["", l10n("events-week"), *(line for _, line in sorted(soon, key=lambda x: x[0]))]
    if any(is_example(o.event) for o in upcoming):
        lines += ["", l10n("events-examples-note")]
    lines += ["", l10n("events-choose")]
    return "\n".join(lines)


def first_occurrences(upcoming: list[Occurrence]) -> list[Occurrence]:
    """One entry per event, at its next date, in time order."""
    seen: set[int] = set()
    out = []
    for o in upcoming:
        if o.event.id not in seen:
            seen.add(o.event.id)
            out.append(o)
    return out[:MAX_BUTTONS]


def nth_key(nth: int | None) -> str:
    """Fluent selector key for "first ... last" (words: a number would also match plural categories)."""
    return {1: "first", 2: "second", 3: "third", 4: "fourth"}.get(nth or 1, "last")


def when_text(draft: EventDraft, l10n: Localizer) -> str:
    loc = l10n.locale
    span = time_span(draft.starts, draft.ends, loc)
    if draft.repeat == "weekly":
        days = format_list([weekday_name(d, loc) for d in draft.weekdays], locale=babel_locale(loc))
        return l10n("events-when-weekly", weekdays=days, time=span)
    if draft.repeat == "monthly":
        return l10n(
            "events-when-monthly",
            nth=nth_key(draft.nth),
            weekday=weekday_name(draft.weekdays[0], loc),
            time=span,
        )
    return l10n("events-when-once", date=day_short(draft.start_date, loc), time=span)


def card_text(
    event: EventInfo, upcoming: list[Occurrence], l10n: Localizer, gap: Occurrence | None = None
) -> str:
    """One event; `gap` is its next date a public holiday takes out."""
    loc = l10n.locale
    text, text_locale = event.text(loc)
    draft = event.draft
    lines = []
    if text_locale != loc and not (loc == "fi-selko" and text_locale == "fi"):
        lines += [l10n("events-fallback-note", language=LANGUAGE_NAMES[text_locale]), ""]
    lines.append(f"<b>{user_value(text.title, loc)}</b>")
    if is_example(event):
        lines.append(l10n("events-example-note"))
    if event.cancelled:
        lines.append(l10n("events-cancelled"))
    if text.description:
        lines.append(user_value(text.description, loc))
    lines += ["", when_text(draft, l10n)]
    if upcoming and draft.repeat != "once":
        dates = format_list([day_short(o.day, loc) for o in upcoming], locale=babel_locale(loc))
        lines.append(l10n("events-next", dates=dates))
    if gap is not None:
        lines.append(holiday_gap_line(gap.day, l10n))
    lines.append(l10n("events-place", place=user_value(draft.place, loc)))
    lines.append(l10n("events-finnish", level=draft.finnish))
    lines.append(l10n("events-audience", audience=draft.audience))
    return "\n".join(lines)
