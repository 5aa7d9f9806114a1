"""The advice point's weekly hours, language assistants and known exceptions, read from knowledge/schedule.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from bot.config import PROJECT_ROOT

SCHEDULE_FILE = PROJECT_ROOT / "knowledge" / "schedule.yaml"
WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ASSISTANT_LOCALES: tuple[str, ...] = ("ar", "fa-AF", "so")
# Preset reasons for a closure or changed hours (Fluent: hours-reason-<code>); "other" carries a typed note.
REASONS: tuple[str, ...] = ("training", "staff", "renovation", "event", "break", "holiday", "other")
_SPAN = re.compile(r"^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$")


class ScheduleError(ValueError):
    """knowledge/schedule.yaml (or an exception) is malformed; the message names the field."""


@dataclass(frozen=True, slots=True)
class Span:
    """Local wall-clock opening hours on one day."""

    opens: time
    closes: time

    def __post_init__(self) -> None:
        if self.closes <= self.opens:
            raise ScheduleError(f"closing time {self.closes:%H:%M} is not after opening {self.opens:%H:%M}")


@dataclass(frozen=True, slots=True)
class HoursException:
    """Closed, or open at other hours, on one date, with a reason (a preset code, or "other" with a note)."""

    day: date
    closed: bool
    spans: tuple[Span, ...]
    reason: str
    note: str | None = None
    from_file: bool = False

    def __post_init__(self) -> None:
        if self.reason not in REASONS:
            raise ScheduleError(f"{self.day}: unknown reason {self.reason!r} (one of {', '.join(REASONS)})")
        if not self.closed and not self.spans:
            raise ScheduleError(f"{self.day}: changed hours need at least one span")


@dataclass(frozen=True)
class ScheduleData:
    weekly: dict[int, tuple[Span, ...]]  # weekday (0 = Monday) -> spans
    assistants: dict[str, frozenset[int]]  # locale -> weekdays on duty
    close_on_public_holidays: bool
    place_name: dict[str, str]  # locale -> name (falls back along the locale chain)
    address: str
    exceptions: tuple[HoursException, ...]


def parse_span(text: str) -> Span:
    m = _SPAN.match(text.strip())
    if not m:
        raise ScheduleError(f"{text!r} is not HH:MM-HH:MM")
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    try:
        return Span(time(h1, m1), time(h2, m2))
    except ValueError as exc:
        raise ScheduleError(f"{text!r}: {exc}") from None


def weekday_index(name: object) -> int:
    if not isinstance(name, str) or name.lower() not in WEEKDAYS:
        raise ScheduleError(f"{name!r} is not a weekday ({', '.join(WEEKDAYS)})")
    return WEEKDAYS.index(name.lower())


def _exception(raw: Any) -> HoursException:
    if not isinstance(raw, dict) or not isinstance(raw.get("date"), date):
        raise ScheduleError(f"exception {raw!r} needs a date (YYYY-MM-DD)")
    kind = raw.get("kind")
    if kind not in ("closed", "hours"):
        raise ScheduleError(f"{raw['date']}: kind must be closed or hours")
    spans = tuple(parse_span(s) for s in raw.get("hours") or ())
    note = raw.get("note")
    return HoursException(
        raw["date"], kind == "closed", spans, str(raw.get("reason", "other")), note, from_file=True
    )


def parse_schedule(raw: Any) -> ScheduleData:
    if not isinstance(raw, dict):
        raise ScheduleError("schedule.yaml must be a mapping")
    weekly: dict[int, tuple[Span, ...]] = {}
    for name, spans in (raw.get("weekly") or {}).items():
        weekly[weekday_index(name)] = tuple(parse_span(s) for s in spans)
    assistants: dict[str, frozenset[int]] = {}
    for locale, days in (raw.get("assistants") or {}).items():
        if locale not in ASSISTANT_LOCALES:
            raise ScheduleError(
                f"assistants: unknown locale {locale!r} (one of {', '.join(ASSISTANT_LOCALES)})"
            )
        assistants[locale] = frozenset(weekday_index(d) for d in days)
    place = raw.get("place") or {}
    names = place.get("name") or {}
    if "fi" not in names or not place.get("address"):
        raise ScheduleError("place needs a Finnish name and an address")
    return ScheduleData(
        weekly=weekly,
        assistants=assistants,
        close_on_public_holidays=bool(raw.get("close_on_public_holidays", True)),
        place_name={str(k): str(v) for k, v in names.items()},
        address=str(place["address"]),
        exceptions=tuple(_exception(e) for e in raw.get("exceptions") or ()),
    )


def read_schedule(path: Path = SCHEDULE_FILE) -> ScheduleData:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ScheduleError(f"{path.name}: {exc}") from None
    return parse_schedule(raw)


@cache
def load_schedule() -> ScheduleData:
    """The curated file, read once per process (it changes with a deployment, like the knowledge base)."""
    return read_schedule()
