"""Placeholders in knowledge-base texts: `{opening_hours}`, `{address}`, `{button:answers-person}`, ...

A text never repeats a fact of the advice point: it names the fact, and the profile (knowledge/profile.yaml) gives
it in the reader's language when the text is shown. `{button:<Fluent id>}` renders a button's real label in bold,
so an answer never sends people looking for a button that does not exist. `{local}` marks a line as meant for its
locale only (the drift check skips it) and renders as nothing. The syntax is documented in knowledge/README.md.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.hours.data import ASSISTANT_LOCALES
from bot.i18n import MissingMessage, Translator
from bot.profile.model import Profile
from bot.profile.phrases import OPTIONAL, PLACEHOLDERS, assistant_days, values

PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::([A-Za-z0-9-]+))?\}")
LOCAL = "local"  # marks a line that only this locale has (a local phone line, a link in this language)
BUTTON = "button"
ASSISTANT_DAYS = "assistant_days"


@dataclass(frozen=True)
class Placeholder:
    name: str
    arg: str | None
    text: str  # as written, e.g. "{button:answers-person}"


def placeholders(text: str) -> Iterator[Placeholder]:
    for m in PLACEHOLDER.finditer(text):
        yield Placeholder(m.group(1), m.group(2), m.group(0))


class Placeholders:
    """Renders placeholders for one profile; values are computed once per locale."""

    def __init__(self, profile: Profile, translator: Translator) -> None:
        self.profile = profile
        self.translator = translator
        self._values: dict[str, dict[str, str]] = {}

    def values(self, locale: str) -> dict[str, str]:
        if locale not in self._values:
            self._values[locale] = values(self.profile, self.translator(locale), locale)
        return self._values[locale]

    def problem(self, p: Placeholder, locale: str) -> str | None:
        """Why a placeholder cannot be rendered in this locale, or None."""
        if p.name == LOCAL:
            return None if p.arg is None else f"{p.text}: {{local}} takes no argument"
        if p.name == BUTTON:
            if not p.arg:
                return f"{p.text}: name the button's Fluent id, e.g. {{button:answers-person}}"
            if not self.translator.has(locale, p.arg) and p.arg not in self.translator.all_ids:
                return f"{p.text}: no Fluent message {p.arg!r}, so no such button"
            return None
        if p.name == ASSISTANT_DAYS:
            if p.arg not in ASSISTANT_LOCALES:
                return f"{p.text}: name a language ({', '.join(ASSISTANT_LOCALES)})"
            return None
        if p.name not in PLACEHOLDERS:
            return f"{p.text}: unknown placeholder (one of {', '.join(PLACEHOLDERS)}, button:<id>, assistant_days:<lang>)"
        if p.arg is not None:
            return f"{p.text}: {{{p.name}}} takes no argument"
        if p.name in OPTIONAL and p.name not in self.values(locale):
            return f"{p.text}: the profile has no {p.name}"
        return None

    def render(self, text: str, locale: str) -> str:
        """Every placeholder replaced; one that cannot be rendered stays as written (`kb check` reports it)."""
        l10n = self.translator(locale)
        known = self.values(locale)

        def one(m: re.Match[str]) -> str:
            name, arg = m.group(1), m.group(2)
            if name == LOCAL and arg is None:
                return ""
            if name == BUTTON and arg:
                try:
                    return f"<b>{html.escape(l10n(arg), quote=False)}</b>"
                except MissingMessage:
                    return m.group(0)
            if name == ASSISTANT_DAYS and arg in ASSISTANT_LOCALES:
                return assistant_days(self.profile, arg, l10n, locale)
            if arg is None and name in known:
                return known[name]
            return m.group(0)

        rendered = PLACEHOLDER.sub(one, text)
        # A line that held only {local} markers stays a line; trailing spaces left by a marker go.
        return "\n".join(line.rstrip() for line in rendered.split("\n"))
