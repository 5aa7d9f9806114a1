"""What an advice point is, as the bot tells it: read from knowledge/profile.yaml (knowledge/README.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bot.hours.data import Span
from bot.i18n import fallback_chain

BASE_LOCALE = "fi"
# Fields a profile may list under `unconfirmed` (facts that public sources disagree on, or nobody has checked).
FIELDS: tuple[str, ...] = (
    "name",
    "place",
    "address",
    "map_url",
    "directions",
    "transport",
    "hours",
    "assistants",
    "phone",
    "email",
    "web",
)


class ProfileError(ValueError):
    """The profile file is missing or malformed; the message names the file and the field."""


@dataclass(frozen=True)
class Address:
    street: str
    postcode: str
    city: str

    def __str__(self) -> str:
        return f"{self.street}, {self.postcode} {self.city}"


@dataclass(frozen=True)
class Profile:
    """One advice point. Texts per locale fall back along the locale chain, then to Finnish."""

    key: str
    name: dict[str, str]
    place: dict[str, str]  # the building or room, e.g. "Hervanta leisure centre café"
    address: Address
    map_url: str
    directions: dict[str, str]  # how to find it, short (HTML subset)
    transport: dict[str, str]  # getting there by public transport, longer (HTML subset)
    hours: dict[int, tuple[Span, ...]]  # weekday (0 = Monday) -> opening spans
    assistants: dict[str, frozenset[int]]  # locale of the language -> weekdays the assistant is there
    phone: str | None = None
    email: str | None = None
    web: str | None = None
    aliases: tuple[str, ...] = ()  # other ways a text might name the place; `kb check` wants {place} instead
    review_by: date | None = None
    review_notes: tuple[str, ...] = ()
    unconfirmed: frozenset[str] = field(default_factory=frozenset)

    def text(self, values: dict[str, str], locale: str) -> str:
        for loc in (*fallback_chain(locale), BASE_LOCALE):
            if loc in values:
                return values[loc]
        return ""

    def name_in(self, locale: str) -> str:
        return self.text(self.name, locale)

    def place_in(self, locale: str) -> str:
        return self.text(self.place, locale)

    @property
    def opening_days(self) -> tuple[int, ...]:
        return tuple(sorted(day for day, spans in self.hours.items() if spans))
