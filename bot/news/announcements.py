"""Coordinators' announcements: texts per language, the audience, preview counts, scheduling, and expansion into
outbox rows (each recipient in their language, or the fallback with a short note)."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.i18n import DEFAULT_LOCALE, LANGUAGE_NAMES, LOCALES, Translator, fallback_chain
from bot.news.audience import Audience, AudienceChoice, AudienceKind, Audiences, Recipient
from bot.outbox import service as outbox_service
from bot.outbox.model import (
    PRIORITY_ANNOUNCEMENT,
    BatchInfo,
    BatchKind,
    BatchStatus,
    Button,
    OutboxItem,
)
from bot.outbox.repository import SqlOutboxRepository
from bot.outbox.service import row_values

# Telegram allows 4096 characters (UTF-16 units); the header and the fallback note need the rest.
MAX_BODY = 3500
UNSUBSCRIBE = Button(label_id="news-stop-button", action="unsubscribe")


class TextTooLong(ValueError):
    def __init__(self, length: int) -> None:
        super().__init__(f"{length} > {MAX_BODY}")
        self.length = length


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def check_body(text: str) -> str:
    body = text.strip()
    if utf16_len(body) > MAX_BODY:
        raise TextTooLong(utf16_len(body))
    return body


def text_locale(recipient: str, written: Sequence[str]) -> str:
    """The written language a recipient reads: theirs, else along the fallback chain, else English/Finnish/first."""
    for loc in (*fallback_chain(recipient), DEFAULT_LOCALE, "fi"):
        if loc in written:
            return loc
    return written[0]


def render(translator: Translator, recipient: str, written: Mapping[str, str]) -> str:
    """The message a recipient gets: the header in their language, the body escaped, a note on a fallback."""
    used = text_locale(recipient, list(written))
    body = html.escape(written[used], quote=False)
    l10n = translator(recipient)
    if used == recipient:
        return translator.format(l10n.locale, "news-announce-message", {"body": body}, strict=True)
    return translator.format(
        l10n.locale,
        "news-announce-message-fallback",
        {"body": body, "language": LANGUAGE_NAMES[used]},
        strict=True,
    )


@dataclass(frozen=True, slots=True)
class PreviewLine:
    locale: str  # the recipients' language
    text_locale: str  # the language of the text they get
    count: int


@dataclass(frozen=True, slots=True)
class Preview:
    total: int
    lines: tuple[PreviewLine, ...]


def summarize(recipients: Sequence[Recipient], written: Sequence[str]) -> Preview:
    by_locale = Counter(r.locale for r in recipients)
    order = [loc for loc in LOCALES if loc in by_locale] + sorted(set(by_locale) - set(LOCALES))
    lines = tuple(PreviewLine(loc, text_locale(loc, written), by_locale[loc]) for loc in order)
    return Preview(len(recipients), lines)


class AnnouncementService:
    def __init__(self, session: AsyncSession, clock: Clock, audiences: Audiences) -> None:
        self._session = session
        self._repo = SqlOutboxRepository(session)
        self._clock = clock
        self.audiences = audiences

    def kinds(self) -> list[AudienceKind]:
        return self.audiences.kinds()

    async def choices(self, kind: str, locale: str) -> tuple[AudienceKind, list[AudienceChoice]]:
        """The kind and its values to pick from (none when the kind needs no value); UnknownAudience if forged."""
        found = self.audiences.kind(kind)
        return found, await found.choices(self._session, locale)

    async def preview(self, written: Sequence[str], audience: Audience) -> Preview:
        return summarize(await self.audiences.resolve(self._session, audience), written)

    async def schedule(
        self,
        texts: Mapping[str, str],
        audience: Audience,
        *,
        created_by: int,
        report_locale: str,
        not_before: datetime | None = None,
    ) -> int:
        """Store the announcement; the sender expands it into one row per recipient when it is due."""
        if not texts:
            raise ValueError("an announcement needs a text")
        now = self._clock.now()
        batch_id = await self._repo.add_batch(
            kind=BatchKind.ANNOUNCEMENT,
            status=BatchStatus.SCHEDULED,
            priority=PRIORITY_ANNOUNCEMENT,
            created_by=created_by,
            created_at=now,
            not_before=max(not_before or now, now),
            audience=audience.encode(),
            report_chat_id=created_by,
            report_locale=report_locale,
        )
        await self._repo.add_texts(batch_id, {loc: check_body(t) for loc, t in texts.items()})
        await self._session.commit()
        return batch_id

    async def stop(self, batch_id: int) -> bool:
        """Cancel a scheduled batch, or stop one while it is sending (rows in flight still finish)."""
        return await outbox_service.cancel(self._session, batch_id, self._clock.now())

    async def scheduled(self, created_by: int) -> list[BatchInfo]:
        return await self._repo.scheduled_by(created_by)


def expander(audiences: Audiences) -> Callable[[AsyncSession, BatchInfo, Translator], Awaitable[int]]:
    """The sender's expander for announcements (it runs in the scheduler process)."""

    async def expand(session: AsyncSession, batch: BatchInfo, translator: Translator) -> int:
        return await _expand(session, batch, translator, audiences)

    return expand


async def _expand(
    session: AsyncSession, batch: BatchInfo, translator: Translator, audiences: Audiences
) -> int:
    """Resolve the audience now (who is subscribed when it goes out) and add one row per recipient.

    Runs in the same transaction that moves the batch to sending, so it happens exactly once.
    """
    repo = SqlOutboxRepository(session)
    written = await repo.texts(batch.id)
    recipients = await audiences.resolve(session, Audience.decode(batch.audience or "all"))
    rows = [
        row_values(
            OutboxItem(
                chat_id=r.chat_id,
                locale=r.locale,
                text=render(translator, r.locale, written),
                buttons=[[UNSUBSCRIBE]],
            )
        )
        for r in recipients
    ]
    return await repo.add_rows(batch.id, rows)
