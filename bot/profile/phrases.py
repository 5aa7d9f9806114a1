"""The profile's facts as each language says them: the values of the placeholders in knowledge-base texts
({opening_hours}) and of the shared Fluent variables ({ $opening_hours }). Weekday forms come from Fluent
(`common-profile-*`: "tiistaisin", "Tuesdays"), lists and times from Babel."""

from __future__ import annotations

import html
from collections.abc import Callable
from itertools import groupby
from urllib.parse import urlsplit

from babel.lists import format_list

from bot.hours.data import WEEKDAYS, Span
from bot.i18n.dates import time_span
from bot.i18n.formatting import babel_locale, user_value
from bot.profile.model import Profile

Format = Callable[..., str]  # a Localizer: (message id, **args) -> text
# Fluent variables every message may use without the caller passing them (bot/i18n: shared variables).
FLUENT_VARIABLES: tuple[str, ...] = ("name", "place", "address", "opening_hours", "opening_days")
# Knowledge-base placeholders: {name} ... ; {assistant_days:ar} takes a language; {button:<message id>} is
# rendered by bot/answers/knowledge/placeholders.py.
PLACEHOLDERS: tuple[str, ...] = (
    "name",
    "place",
    "address",
    "street",
    "city",
    "directions",
    "transport",
    "map_link",
    "opening_hours",
    "opening_days",
    "assistants",
    "phone",
    "email",
    "web",
)
OPTIONAL: frozenset[str] = frozenset({"phone", "email", "web"})  # a profile may have none to give


def _list(items: list[str], locale: str) -> str:
    return format_list(items, locale=babel_locale(locale)) if items else ""


def days_text(days: tuple[int, ...] | list[int], l10n: Format, locale: str) -> str:
    """ "tiistaisin ja perjantaisin", "Tuesdays and Fridays"."""
    return _list([l10n("common-profile-weekday", day=WEEKDAYS[d]) for d in sorted(days)], locale)


def _spans(spans: tuple[Span, ...], locale: str) -> str:
    return ", ".join(time_span(s.opens, s.closes, locale) for s in spans)


def hours_text(profile: Profile, l10n: Format, locale: str) -> str:
    """ "tiistaisin ja perjantaisin klo 9.00–15.00"; days with other hours get their own part."""
    open_days = sorted((d, spans) for d, spans in profile.hours.items() if spans)
    parts = []
    for spans, group in groupby(sorted(open_days, key=lambda x: (x[1], x[0])), key=lambda x: x[1]):
        days = tuple(d for d, _ in group)
        parts.append(
            (
                days[0],
                l10n("common-profile-when", days=days_text(days, l10n, locale), hours=_spans(spans, locale)),
            )
        )
    return _list([text for _, text in sorted(parts)], locale)


def assistant_days(profile: Profile, language: str, l10n: Format, locale: str) -> str:
    days = profile.assistants.get(language)
    return days_text(tuple(days), l10n, locale) if days else l10n("common-profile-no-assistant")


def assistants_text(profile: Profile, l10n: Format, locale: str) -> str:
    """One line per language: "• Arabic: Tuesdays and Fridays"."""
    if not profile.assistants:
        return l10n("common-profile-no-assistant")
    lines = [
        l10n(
            "common-profile-assistant",
            language=l10n(f"hours-assistant-{language.split('-')[0]}"),
            days=days_text(tuple(days), l10n, locale),
        )
        for language, days in sorted(profile.assistants.items())
    ]
    return "\n".join(lines)


def _link(url: str, label: str) -> str:
    return f'<a href="{html.escape(url, quote=True)}">{html.escape(label, quote=False)}</a>'


def values(profile: Profile, l10n: Format, locale: str) -> dict[str, str]:
    """Every placeholder's HTML in one locale (missing optional contacts are left out)."""
    address = profile.address
    out = {
        "name": html.escape(profile.name_in(locale), quote=False),
        "place": html.escape(profile.place_in(locale), quote=False),
        # Latin-script values inside right-to-left sentences are isolated (bot/i18n/formatting.py).
        "address": user_value(str(address), locale),
        "street": user_value(address.street, locale),
        "city": user_value(address.city, locale),
        "directions": profile.text(profile.directions, locale),
        "transport": profile.text(profile.transport, locale),
        "map_link": _link(profile.map_url, l10n("common-profile-map")),
        "opening_hours": hours_text(profile, l10n, locale),
        "opening_days": days_text(profile.opening_days, l10n, locale),
        "assistants": assistants_text(profile, l10n, locale),
    }
    if profile.phone:
        out["phone"] = user_value(profile.phone, locale)
    if profile.email:
        out["email"] = user_value(profile.email, locale)
    if profile.web:
        out["web"] = _link(profile.web, urlsplit(profile.web).netloc.removeprefix("www."))
    return out


def fluent_variables(profile: Profile, l10n: Format, locale: str) -> dict[str, str]:
    """The shared Fluent variables (plain values: Fluent texts add their own markup)."""
    every = values(profile, l10n, locale)
    return {name: every[name] for name in FLUENT_VARIABLES}
