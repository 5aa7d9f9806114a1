"""The advice point's opening hours as the hours feature uses them: the weekly hours, language assistants and place
from the profile (knowledge/profile.yaml), the exceptions decided in advance from knowledge/schedule.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from bot.config import PROJECT_ROOT

if TYPE_CHECKING:
    from bot.profile.model import Profile

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


# Facts of the advice point itself: one source, the profile. A schedule file that still has them is refused
# rather than silently ignored (two sources drift apart).
_PROFILE_KEYS = ("weekly", "assistants", "place")


def parse_schedule(raw: Any, profile: Profile) -> ScheduleData:
    if not isinstance(raw, dict):
        raise ScheduleError("schedule.yaml must be a mapping")
    moved = [key for key in _PROFILE_KEYS if key in raw]
    if moved:
        raise ScheduleError(f"{', '.join(moved)}: these are in the profile now (knowledge/profile.yaml)")
    return ScheduleData(
        weekly=dict(profile.hours),
        assistants=dict(profile.assistants),
        close_on_public_holidays=bool(raw.get("close_on_public_holidays", True)),
        place_name=dict(profile.place),
        address=str(profile.address),
        exceptions=tuple(_exception(e) for e in raw.get("exceptions") or ()),
    )


def read_schedule_file(
    path: Path, profile: Profile | None, error: type[ScheduleError] = ScheduleError
) -> tuple[Any, Profile]:
    """knowledge/schedule.yaml as read (`error` if it cannot be), and `profile` or the process's own (tests and a
    second advice point give theirs)."""
    if profile is None:
        # Imported here: the profile's model builds on this module's spans and weekdays.
        from bot.profile.loading import load_profile

        profile = load_profile()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise error(f"{path.name}: {exc}") from None
    return raw, profile


def read_schedule(path: Path = SCHEDULE_FILE, profile: Profile | None = None) -> ScheduleData:
    return parse_schedule(*read_schedule_file(path, profile))


@cache
def load_schedule() -> ScheduleData:
    """The curated file, read once per process (it changes with a deployment, like the knowledge base)."""
    return read_schedule()
