"""Opening hours as the user reads them: open now or when next, today, tomorrow, the coming days, changes."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.hours.service import DayHours, OpeningHours
from bot.i18n import Localizer, fallback_chain
from bot.i18n.dates import clock_time, day_long, day_short
from bot.i18n.formatting import user_value
from handlers.common.calendar import assistant_names, day_text

WEEK_DAYS = 7  # "the coming days" runs to a week from today
CHANGES_DAYS = 42  # changes announced this far ahead


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
