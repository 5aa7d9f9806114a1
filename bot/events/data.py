"""Events as data: one-off or recurring (weekly on weekdays, monthly on the nth weekday), texts per language.

Recurrence is expanded with dateutil's rrule on local dates; `rrule_parts` gives the same rule for an .ics file.
A recurring event does not meet on Finnish public holidays unless it says so (`on_holidays`): the leisure centre
where the groups meet is closed then. The seed file is knowledge/events.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import yaml
from dateutil.rrule import MONTHLY, WEEKLY, rrule, weekday

from bot.config import PROJECT_ROOT
from bot.hours.data import ScheduleError, parse_span, weekday_index
from bot.hours.service import is_public_holiday
from bot.i18n import fallback_chain

EVENTS_FILE = PROJECT_ROOT / "knowledge" / "events.yaml"
REPEATS: tuple[str, ...] = ("once", "weekly", "monthly")
FINNISH_LEVELS: tuple[str, ...] = ("none", "some", "fluent")
AUDIENCES: tuple[str, ...] = ("everyone", "men", "women", "families", "youth", "beginners", "persian")
ICAL_DAYS: tuple[str, ...] = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
TITLE_MAX, DESCRIPTION_MAX, PLACE_MAX = 120, 1000, 200
BASE_LOCALE = "fi"  # every event has at least a Finnish title (coordinators write Finnish first)


class EventError(ValueError):
    """An event is not valid; the message names the field (never shown to newcomers)."""


@dataclass(frozen=True, slots=True)
class EventText:
    title: str
    description: str = ""


@dataclass(frozen=True)
class EventDraft:
    """Everything an event is, before it has an id: from the seed file or the coordinator's wizard."""

    repeat: str
    start_date: date
    starts: time
    ends: time
    place: str
    finnish: str
    audience: str
    texts: dict[str, EventText]
    weekdays: tuple[int, ...] = ()
    nth: int | None = None
    until: date | None = None
    seed_key: str | None = None
    on_holidays: bool = False  # a recurring event that meets on public holidays too
    # A seed nobody has confirmed (`example: true` in knowledge/events.yaml): the bot shows it with a note.
    example: bool = False

    def validate(self) -> None:
        if self.repeat not in REPEATS:
            raise EventError(f"repeat must be one of {', '.join(REPEATS)}")
        if self.repeat == "weekly" and not self.weekdays:
            raise EventError("a weekly event needs weekdays")
        if self.repeat == "monthly" and (len(self.weekdays) != 1 or self.nth not in (1, 2, 3, 4, -1)):
            raise EventError("a monthly event needs one weekday and nth 1-4 or -1 (last)")
        if any(d not in range(7) for d in self.weekdays):
            raise EventError("weekdays are 0-6")
        if self.ends <= self.starts:
            raise EventError("the end time must be after the start time")
        if self.finnish not in FINNISH_LEVELS:
            raise EventError(f"finnish must be one of {', '.join(FINNISH_LEVELS)}")
        if self.audience not in AUDIENCES:
            raise EventError(f"audience must be one of {', '.join(AUDIENCES)}")
        if BASE_LOCALE not in self.texts or not self.texts[BASE_LOCALE].title.strip():
            raise EventError("an event needs a Finnish title")
        if not self.place.strip() or len(self.place) > PLACE_MAX:
            raise EventError(f"the place must be 1-{PLACE_MAX} characters")
        for text in self.texts.values():
            if len(text.title) > TITLE_MAX or len(text.description) > DESCRIPTION_MAX:
                raise EventError(f"titles are at most {TITLE_MAX}, descriptions {DESCRIPTION_MAX} characters")


@dataclass(frozen=True)
class EventInfo:
    """A stored event with its texts and cancelled dates."""

    id: int
    draft: EventDraft
    cancelled: bool
    skips: frozenset[date] = field(default_factory=frozenset)

    def text(self, locale: str) -> tuple[EventText, str]:
        """The text in the user's language, else along the fallback chain, else Finnish; and its locale."""
        texts = self.draft.texts
        for loc in (*fallback_chain(locale), BASE_LOCALE):
            if loc in texts:
                return texts[loc], loc
        loc = next(iter(texts))
        return texts[loc], loc

    def dates(self, first: date, last: date) -> list[date]:
        """Dates the rule gives between first and last (inclusive), cancelled ones included."""
        return rule_dates(self.draft, first, last)

    def holiday_off(self, day: date) -> bool:
        """A recurring event's date that a Finnish public holiday takes out (a one-off was set on purpose)."""
        return self.draft.repeat != "once" and not self.draft.on_holidays and is_public_holiday(day)

    def off(self, day: date) -> bool:
        """Not meeting on this rule date: cancelled by a coordinator, or a public holiday."""
        return day in self.skips or self.holiday_off(day)


def rule_dates(draft: EventDraft, first: date, last: date) -> list[date]:
    if draft.repeat == "once":
        return [draft.start_date] if first <= draft.start_date <= last else []
    start = datetime.combine(draft.start_date, time())
    until = datetime.combine(draft.until, time()) if draft.until else None
    if draft.repeat == "weekly":
        rule = rrule(WEEKLY, dtstart=start, byweekday=draft.weekdays, until=until)
    else:
        rule = rrule(MONTHLY, dtstart=start, byweekday=weekday(draft.weekdays[0], draft.nth), until=until)
    lo = datetime.combine(first, time())
    hi = datetime.combine(last, time())
    return [d.date() for d in rule.between(lo, hi, inc=True)]


def rrule_parts(draft: EventDraft) -> dict[str, Any] | None:
    """The RFC 5545 RRULE of a recurring event (without UNTIL), as icalendar's vRecur takes it."""
    if draft.repeat == "weekly":
        return {"FREQ": "WEEKLY", "BYDAY": [ICAL_DAYS[d] for d in draft.weekdays]}
    if draft.repeat == "monthly":
        return {"FREQ": "MONTHLY", "BYDAY": f"{draft.nth}{ICAL_DAYS[draft.weekdays[0]]}"}
    return None


def _draft(raw: Any) -> EventDraft:
    if not isinstance(raw, dict) or not raw.get("key"):
        raise EventError(f"event {raw!r} needs a key")
    key = str(raw["key"])
    try:
        span = parse_span(f"{raw['starts']}-{raw['ends']}")
        repeat = str(raw.get("repeat", "once"))
        if repeat == "monthly":
            weekdays: tuple[int, ...] = (weekday_index(raw.get("weekday")),)
        else:
            weekdays = tuple(sorted(weekday_index(d) for d in raw.get("weekdays") or ()))
        start = raw.get("date") if repeat == "once" else raw.get("since")
        if not isinstance(start, date):
            raise EventError("needs a date (once) or since (recurring), YYYY-MM-DD")
        on_holidays = raw.get("on_holidays", False)
        if not isinstance(on_holidays, bool):
            raise EventError("on_holidays is true or false")
        example = raw.get("example", False)
        if not isinstance(example, bool):
            raise EventError("example is true or false")
        texts = {
            str(loc): EventText(str(t["title"]).strip(), str(t.get("description", "")).strip())
            for loc, t in (raw.get("texts") or {}).items()
        }
        draft = EventDraft(
            repeat=repeat,
            start_date=start,
            starts=span.opens,
            ends=span.closes,
            place=str(raw.get("place", "")),
            finnish=str(raw.get("finnish", "none")),
            audience=str(raw.get("audience", "everyone")),
            texts=texts,
            weekdays=weekdays,
            nth=raw.get("nth"),
            until=raw.get("until"),
            seed_key=key,
            on_holidays=on_holidays,
            example=example,
        )
        draft.validate()
    except (EventError, ScheduleError, KeyError, TypeError) as exc:
        raise EventError(f"events.yaml, {key}: {exc}") from None
    return draft


def read_event_seeds(path: Path = EVENTS_FILE) -> tuple[EventDraft, ...]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise EventError(f"{path.name}: {exc}") from None
    drafts = tuple(_draft(e) for e in raw.get("events") or ())
    keys = [d.seed_key for d in drafts]
    if len(keys) != len(set(keys)):
        raise EventError("events.yaml: duplicate keys")
    return drafts


def draft_to_dict(draft: EventDraft) -> dict[str, Any]:
    """JSON-safe form for a coordinator's wizard (FSM data may live in Redis)."""
    return {
        "repeat": draft.repeat,
        "date": draft.start_date.isoformat(),
        "until": draft.until.isoformat() if draft.until else None,
        "weekdays": list(draft.weekdays),
        "nth": draft.nth,
        "starts": draft.starts.hour * 60 + draft.starts.minute,
        "ends": draft.ends.hour * 60 + draft.ends.minute,
        "place": draft.place,
        "finnish": draft.finnish,
        "audience": draft.audience,
        "texts": {loc: {"title": t.title, "description": t.description} for loc, t in draft.texts.items()},
        "seed_key": draft.seed_key,
        "on_holidays": draft.on_holidays,
        "example": draft.example,
    }


def draft_from_dict(data: dict[str, Any]) -> EventDraft:
    def clock(value: int) -> time:
        return time(int(value) // 60, int(value) % 60)

    return EventDraft(
        repeat=str(data["repeat"]),
        start_date=date.fromisoformat(str(data["date"])),
        until=date.fromisoformat(str(data["until"])) if data.get("until") else None,
        starts=clock(data["starts"]),
        ends=clock(data["ends"]),
        place=str(data["place"]),
        finnish=str(data["finnish"]),
        audience=str(data["audience"]),
        texts={
            str(loc): EventText(str(t["title"]), str(t.get("description") or ""))
            for loc, t in dict(data["texts"]).items()
        },
        weekdays=tuple(int(d) for d in data.get("weekdays") or ()),
        nth=int(data["nth"]) if data.get("nth") is not None else None,
        seed_key=data.get("seed_key"),
        on_holidays=bool(data.get("on_holidays", False)),
        example=bool(data.get("example", False)),
    )
