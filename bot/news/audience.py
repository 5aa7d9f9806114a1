"""Who gets an announcement: small audience kinds in an `Audiences` object, so a feature can plug in its own.

An audience is stored as `"<kind>"` or `"<kind>:<value>"` (ASCII, <= 80 characters), e.g. `all`, `lang:ar`,
`int:sports`. Built in: everyone subscribed, by language, by interest. The events feature registers, for example,

    class EventSubscribers:
        key = "ev"                      # short ASCII, goes into callback data
        label_id = "events-audience"    # Fluent id of the coordinator's button
        async def choices(self, session, locale): return [AudienceChoice(str(e.id), e.title) for e in ...]
        async def recipients(self, session, value): return [Recipient(chat_id, locale), ...]

and the composition root (bot/app.py) builds `Audiences([EventSubscribers()])`.

`choices` returns an empty list when the kind needs no value. Built-in kinds only reach users who said yes to
announcements (`users.consent_announcements`) and have not blocked the bot.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import User, UserInterest
from bot.i18n import DEFAULT_LOCALE, LANGUAGE_NAMES, LOCALES
from bot.news.subscriptions import INTERESTS


@dataclass(frozen=True, slots=True)
class Recipient:
    chat_id: int
    locale: str


@dataclass(frozen=True, slots=True)
class AudienceChoice:
    value: str  # ASCII, short: it goes into callback data
    label: str  # shown on the coordinator's button as it is (a label_id is rendered by the caller)
    label_id: str | None = None


@dataclass(frozen=True, slots=True)
class Audience:
    kind: str
    value: str = ""

    def encode(self) -> str:
        return f"{self.kind}:{self.value}" if self.value else self.kind

    @classmethod
    def decode(cls, text: str) -> Audience:
        kind, _, value = text.partition(":")
        return cls(kind, value)


class AudienceKind(Protocol):
    key: str
    label_id: str

    async def choices(self, session: AsyncSession, locale: str) -> list[AudienceChoice]: ...

    async def recipients(self, session: AsyncSession, value: str) -> list[Recipient]: ...


class UnknownAudience(LookupError):
    pass


def _subscribed() -> Select[int, str | None]:
    return select(User.telegram_id, User.locale).where(
        User.consent_announcements.is_(True), User.blocked_at.is_(None)
    )


def _recipients(rows: object) -> list[Recipient]:
    return [Recipient(int(r[0]), r[1] or DEFAULT_LOCALE) for r in rows]  # type: ignore[attr-defined]


class Everyone:
    key = "all"
    label_id = "news-announce-audience-all"

    async def choices(self, session: AsyncSession, locale: str) -> list[AudienceChoice]:
        return []

    async def recipients(self, session: AsyncSession, value: str) -> list[Recipient]:
        return _recipients(await session.execute(_subscribed().order_by(User.id)))


class ByLanguage:
    key = "lang"
    label_id = "news-announce-audience-language"

    async def choices(self, session: AsyncSession, locale: str) -> list[AudienceChoice]:
        return [AudienceChoice(loc, LANGUAGE_NAMES[loc]) for loc in LOCALES]

    async def recipients(self, session: AsyncSession, value: str) -> list[Recipient]:
        if value not in LOCALES:
            raise UnknownAudience(f"lang:{value}")
        return _recipients(await session.execute(_subscribed().where(User.locale == value).order_by(User.id)))


class ByInterest:
    key = "int"
    label_id = "news-announce-audience-interest"

    async def choices(self, session: AsyncSession, locale: str) -> list[AudienceChoice]:
        return [AudienceChoice(i, "", label_id=f"news-interest-{i}") for i in INTERESTS]

    async def recipients(self, session: AsyncSession, value: str) -> list[Recipient]:
        if value not in INTERESTS:
            raise UnknownAudience(f"int:{value}")
        query = (
            _subscribed()
            .join(UserInterest, UserInterest.user_id == User.id)
            .where(UserInterest.interest == value)
            .order_by(User.id)
        )
        return _recipients(await session.execute(query))


class Audiences:
    """The kinds a coordinator can pick, in order: the built-in ones, then those features add."""

    def __init__(self, extra: Iterable[AudienceKind] = ()) -> None:
        self._kinds: dict[str, AudienceKind] = {}
        builtin: list[AudienceKind] = [Everyone(), ByLanguage(), ByInterest()]
        for kind in [*builtin, *extra]:
            if not kind.key.isascii() or ":" in kind.key or len(kind.key) > 8:
                raise ValueError("an audience key is short ASCII without ':'")
            self._kinds[kind.key] = kind

    def kinds(self) -> list[AudienceKind]:
        return list(self._kinds.values())

    def kind(self, key: str) -> AudienceKind:
        try:
            return self._kinds[key]
        except KeyError:
            raise UnknownAudience(key) from None

    async def resolve(self, session: AsyncSession, audience: Audience) -> list[Recipient]:
        """Recipients in a stable order, each chat once."""
        found = await self.kind(audience.kind).recipients(session, audience.value)
        seen: set[int] = set()
        unique: list[Recipient] = []
        for recipient in found:
            if recipient.chat_id not in seen:
                seen.add(recipient.chat_id)
                unique.append(recipient)
        return unique
