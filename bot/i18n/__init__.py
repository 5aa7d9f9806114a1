"""Fluent localisation: one bundle per locale, explicit fallback chain, no automatic bidi marks."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import ast
from fluent.syntax.visitor import Visitor

from bot.config import PROJECT_ROOT

log = logging.getLogger(__name__)

LOCALES_DIR = PROJECT_ROOT / "locales"

# Order of the language picker when Telegram gives no hint. Ids are ones Babel parses (TELEGRAM.md).
LOCALES: tuple[str, ...] = ("fi", "fi-selko", "ar", "fa-AF", "so", "en")
DEFAULT_LOCALE = "en"
RTL_LOCALES = frozenset({"ar", "fa-AF"})

# Each language named in its own script, never translated.
LANGUAGE_NAMES: dict[str, str] = {
    "fi": "Suomi",
    "fi-selko": "Selkosuomi",
    "ar": "العربية",
    "fa-AF": "دری",
    "so": "Soomaali",
    "en": "English",
}

# A missing message falls back along this chain (documented in docs/decisions/0002-locales.md).
FALLBACKS: dict[str, tuple[str, ...]] = {
    "fi-selko": ("fi", "en"),
    "fi": ("en",),
    "ar": ("en",),
    "fa-AF": ("en",),
    "so": ("en",),
    "en": ("fi",),
}

# Telegram's language_code -> our locale. Telegram apps have no Somali or Dari interface, so "so"/"fa" are rare.
_TELEGRAM_CODES: dict[str, str] = {
    "fi": "fi",
    "ar": "ar",
    "fa": "fa-AF",
    "prs": "fa-AF",
    "so": "so",
    "en": "en",
}

# setMyCommands takes two-letter codes only: plain Finnish cannot have its own command descriptions.
COMMAND_LANGUAGE_CODES: dict[str, str] = {"fi": "fi", "ar": "ar", "fa": "fa-AF", "so": "so"}


def locale_from_telegram(language_code: str | None) -> str | None:
    if not language_code:
        return None
    return _TELEGRAM_CODES.get(language_code.split("-")[0].lower())


def is_rtl(locale: str) -> bool:
    return locale in RTL_LOCALES


def fallback_chain(locale: str) -> tuple[str, ...]:
    return (locale, *FALLBACKS.get(locale, (DEFAULT_LOCALE,)))


class MissingMessage(KeyError):
    pass


class FormatError(ValueError):
    """A message formatted with errors (e.g. a missing variable); raised only when asked for (strict=True)."""


@dataclass(frozen=True)
class Localizer:
    """Formats messages for one locale, falling back along the chain for missing ids."""

    locale: str
    _translator: Translator

    def __call__(self, msg_id: str, **args: Any) -> str:
        return self._translator.format(self.locale, msg_id, args)

    get = __call__

    @property
    def rtl(self) -> bool:
        return is_rtl(self.locale)

    @property
    def language_name(self) -> str:
        return LANGUAGE_NAMES[self.locale]


# Variables every message may use without the caller passing them: (translator, locale) -> values.
SharedVariables = Callable[["Translator", str], Mapping[str, Any]]


def profile_variables(translator: Translator, locale: str) -> Mapping[str, Any]:
    """The advice point's facts ({ $opening_hours }, { $place }, ...) from its profile (knowledge/profile.yaml)."""
    from bot.profile.loading import load_profile  # the profile's phrases build on this module
    from bot.profile.phrases import fluent_variables

    return fluent_variables(load_profile(), translator(locale), locale)


def variable_names(message: ast.Message) -> frozenset[str]:
    """The variables a Fluent message uses (`{ $name }`), wherever they stand in it."""
    found: set[str] = set()

    class Names(Visitor):
        def visit_VariableReference(self, node: ast.VariableReference) -> None:
            found.add(node.id.name)

    Names().visit(message)
    return frozenset(found)


class Translator:
    """Holds every bundle; cheap to share between handlers and processes' tasks.

    `shared`: variables any message may use without the caller passing them (default: the profile's facts, so a
    text saying the opening hours follows knowledge/profile.yaml); a caller's own value wins."""

    def __init__(
        self,
        locales_dir: Path = LOCALES_DIR,
        locales: Iterable[str] = LOCALES,
        shared: SharedVariables | None = profile_variables,
    ) -> None:
        self.locales = tuple(locales)
        self._bundles: dict[str, FluentBundle] = {}
        self._ids: dict[str, set[str]] = {}
        self._messages: dict[str, dict[str, ast.Message]] = {}
        self._uses: dict[
            tuple[str, str], frozenset[str]
        ] = {}  # (locale, id) -> variables it uses, when first asked
        self._shared = shared
        self._shared_values: dict[str, Mapping[str, Any]] = {}
        for loc in self.locales:
            bundle = FluentBundle([loc], use_isolating=False)
            messages: dict[str, ast.Message] = {}
            for path in sorted((locales_dir / loc).glob("*.ftl")):
                resource = FluentResource(path.read_text(encoding="utf-8"))
                bundle.add_resource(resource)
                messages.update((e.id.name, e) for e in resource.body if isinstance(e, ast.Message))
            self._bundles[loc] = bundle
            self._ids[loc] = set(messages)
            self._messages[loc] = messages

    def __call__(self, locale: str | None) -> Localizer:
        return Localizer(locale if locale in self._bundles else DEFAULT_LOCALE, self)

    def has(self, locale: str, msg_id: str) -> bool:
        return msg_id in self._ids.get(locale, set())

    @cached_property
    def all_ids(self) -> frozenset[str]:
        return frozenset().union(*self._ids.values())

    def format(
        self, locale: str, msg_id: str, args: dict[str, Any] | None = None, *, strict: bool = False
    ) -> str:
        for loc in fallback_chain(locale):
            bundle = self._bundles.get(loc)
            if bundle is None or not bundle.has_message(msg_id):
                continue
            message = bundle.get_message(msg_id)
            if message.value is None:
                continue
            args = self._with_shared(loc, msg_id, args or {})
            text, errors = bundle.format_pattern(message.value, args)
            if errors:
                # Ids and error classes only: never the user's values.
                log.error("fluent errors in %s/%s: %s", loc, msg_id, [type(e).__name__ for e in errors])
                if strict:
                    raise FormatError(msg_id)
            if loc != locale:
                log.warning("message %s missing in %s, used %s", msg_id, locale, loc)
            return str(text)
        raise MissingMessage(msg_id)

    def _with_shared(self, locale: str, msg_id: str, args: dict[str, Any]) -> dict[str, Any]:
        if self._shared is None:
            return args
        key = (locale, msg_id)
        if key not in self._uses:
            message = self._messages[locale].get(msg_id)
            self._uses[key] = variable_names(message) if message is not None else frozenset()
        if not self._uses[key] - args.keys():
            return args
        if locale not in self._shared_values:
            # Computed once per locale; the shared values' own messages (weekday forms) need no shared values.
            self._shared_values[locale] = {}
            try:
                self._shared_values[locale] = dict(self._shared(self, locale))
            except Exception:
                del self._shared_values[locale]
                raise
        return {**self._shared_values[locale], **args}
