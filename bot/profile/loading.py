"""Reading and checking the profile file; which file this process uses (KOTOTORI_PROFILE, else the default)."""

from __future__ import annotations

import os
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from bot.config import PROJECT_ROOT, ConfigError
from bot.hours.data import ASSISTANT_LOCALES, ScheduleError, parse_span, weekday_index
from bot.i18n import LOCALES
from bot.profile.model import FIELDS, Address, Profile, ProfileError

DEFAULT_PROFILE = PROJECT_ROOT / "knowledge" / "profile.yaml"
ENV = "KOTOTORI_PROFILE"
_KEY = re.compile(r"^[a-z][a-z0-9-]{1,60}$")
_POSTCODE = re.compile(r"^\d{5}$")
_PHONE = re.compile(r"^\+?[0-9 ]{3,20}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")


def profile_path() -> Path:
    """The file this process reads: KOTOTORI_PROFILE (relative to the project), else knowledge/profile.yaml."""
    configured = os.environ.get(ENV, "").strip()
    if not configured:
        return DEFAULT_PROFILE
    path = Path(configured)
    return path if path.is_absolute() else PROJECT_ROOT / path


def _texts(raw: Any, where: str, *, required: bool = True) -> dict[str, str]:
    if raw is None and not required:
        return {}
    if not isinstance(raw, dict) or not all(isinstance(v, str) and v.strip() for v in raw.values()):
        raise ProfileError(f"{where}: must map locales to non-empty texts")
    unknown = sorted(str(k) for k in raw if k not in LOCALES)
    if unknown:
        raise ProfileError(f"{where}: unknown locale(s) {', '.join(unknown)}")
    if required and "fi" not in raw:
        raise ProfileError(f"{where}: needs at least the Finnish (fi) text")
    return {str(k): str(v).strip() for k, v in raw.items()}


def _optional(raw: dict[str, Any], key: str, pattern: re.Pattern[str], what: str) -> str | None:
    value = raw.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str | int) or not pattern.match(str(value).strip()):
        raise ProfileError(f"{key}: {value!r} is not {what}")
    return str(value).strip()


def parse_profile(raw: Any, where: str = "profile.yaml") -> Profile:
    if not isinstance(raw, dict):
        raise ProfileError(f"{where}: must be a mapping")
    try:
        return _parse(raw)
    except ScheduleError as exc:  # a malformed time or weekday
        raise ProfileError(f"{where}: {exc}") from None
    except ProfileError as exc:
        raise ProfileError(f"{where}: {exc}") from None


def _parse(raw: dict[str, Any]) -> Profile:
    key = raw.get("key")
    if not isinstance(key, str) or not _KEY.match(key):
        raise ProfileError("key: needs a kebab-case id such as kototori-tampere")
    address = raw.get("address")
    if not isinstance(address, dict) or not all(address.get(k) for k in ("street", "postcode", "city")):
        raise ProfileError("address: needs street, postcode and city")
    postcode = str(address["postcode"]).strip()
    if not _POSTCODE.match(postcode):
        raise ProfileError(f'address.postcode: {postcode!r} is not five digits (quote it: "33720")')
    map_url = str(raw.get("map_url") or "")
    if not map_url.startswith("https://"):
        raise ProfileError("map_url: must be an https:// link")
    hours: dict[int, tuple[Any, ...]] = {}
    for day, spans in (raw.get("hours") or {}).items():
        if not isinstance(spans, list):
            raise ProfileError(f"hours.{day}: must be a list of HH:MM-HH:MM")
        hours[weekday_index(day)] = tuple(parse_span(str(s)) for s in spans)
    if not any(hours.values()):
        raise ProfileError("hours: needs at least one opening day")
    assistants: dict[str, frozenset[int]] = {}
    for locale, days in (raw.get("assistants") or {}).items():
        if locale not in ASSISTANT_LOCALES:
            raise ProfileError(
                f"assistants: unknown language {locale!r} (one of {', '.join(ASSISTANT_LOCALES)})"
            )
        if not isinstance(days, list):
            raise ProfileError(f"assistants.{locale}: must be a list of weekdays")
        weekdays = frozenset(weekday_index(d) for d in days)
        closed = sorted(d for d in weekdays if not hours.get(d))
        if closed:
            raise ProfileError(f"assistants.{locale}: the advice point is not open on weekday(s) {closed}")
        assistants[str(locale)] = weekdays
    review_by = raw.get("review_by")
    if review_by is not None and not isinstance(review_by, date):
        raise ProfileError("review_by: must be a date (YYYY-MM-DD)")
    notes = raw.get("review_notes") or []
    if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
        raise ProfileError("review_notes: must be a list of texts")
    aliases = raw.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise ProfileError("aliases: must be a list of texts")
    unconfirmed = raw.get("unconfirmed") or []
    if not isinstance(unconfirmed, list) or any(f not in FIELDS for f in unconfirmed):
        raise ProfileError(f"unconfirmed: must list fields of the profile ({', '.join(FIELDS)})")
    return Profile(
        key=key,
        name=_texts(raw.get("name"), "name"),
        place=_texts(raw.get("place"), "place"),
        address=Address(str(address["street"]).strip(), postcode, str(address["city"]).strip()),
        map_url=map_url,
        directions=_texts(raw.get("directions"), "directions"),
        transport=_texts(raw.get("transport"), "transport", required=False),
        hours=hours,
        assistants=assistants,
        phone=_optional(raw, "phone", _PHONE, "a phone number"),
        email=_optional(raw, "email", _EMAIL, "an e-mail address"),
        web=_optional(raw, "web", re.compile(r"^https://\S+$"), "an https:// link"),
        aliases=tuple(a.strip() for a in aliases),
        review_by=review_by,
        review_notes=tuple(notes),
        unconfirmed=frozenset(unconfirmed),
    )


def read_profile(path: Path | None = None) -> Profile:
    path = path or profile_path()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ProfileError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except yaml.YAMLError as exc:
        raise ProfileError(f"{path.name}: not valid YAML ({exc})") from None
    return parse_profile(raw, path.name)


def use_profile(path: Path | None = None) -> Profile:
    """Start-up: settle this process's profile (`path`, else KOTOTORI_PROFILE, else the default) and check it.

    A broken profile stops start-up with one ConfigError line, like any other setting."""
    if path is not None:
        os.environ[ENV] = str(path)
    load_profile.cache_clear()
    try:
        return load_profile()
    except ProfileError as exc:
        raise ConfigError(f"{ENV} ({profile_path()}): {exc}") from None


@cache
def load_profile() -> Profile:
    """The profile of this process, read once (it changes with a deployment, like the knowledge base)."""
    return read_profile()
