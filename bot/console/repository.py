"""Storage of the staff console: sign-in links, sessions and knowledge-base edits (never commits: services do)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.answers.knowledge.edits import TextEdit, text_from_json
from bot.db.base import from_row
from bot.db.models import ConsoleSession, ConsoleSignIn, KnowledgeEdit


@dataclass(frozen=True)
class SignIn:
    telegram_id: int
    name: str
    expires_at: datetime
    used_at: datetime | None


@dataclass(frozen=True)
class Session:
    id: int
    telegram_id: int
    name: str
    csrf: str
    expires_at: datetime
    ended_at: datetime | None
    last_seen_at: datetime  # the last request (or the sign-in)


@dataclass(frozen=True)
class Edit:
    """One row of a text's history."""

    id: int
    topic_id: str
    locale: str
    revision: int
    action: str
    content: str | None
    base_hash: str
    author_id: int
    author_name: str
    created_at: datetime

    def as_text_edit(self) -> TextEdit:
        return TextEdit(self.topic_id, self.locale, text_from_json(self.content) if self.content else None)


def _edit(row: KnowledgeEdit) -> Edit:
    return from_row(Edit, row)


class SqlConsoleRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    # --- sign-in links and sessions ---

    async def add_sign_in(
        self, token_hash: str, telegram_id: int, name: str, now: datetime, until: datetime
    ) -> None:
        self._session.add(
            ConsoleSignIn(
                token_hash=token_hash,
                telegram_id=telegram_id,
                name=name[:64],
                created_at=now,
                expires_at=until,
            )
        )

    async def use_sign_in(self, token_hash: str, now: datetime) -> SignIn | None:
        """Marks the link used; None if it does not exist. One UPDATE, so two uses at once cannot both succeed."""
        row = (
            await self._session.execute(select(ConsoleSignIn).where(ConsoleSignIn.token_hash == token_hash))
        ).scalar_one_or_none()
        if row is None:
            return None
        before = SignIn(row.telegram_id, row.name, row.expires_at, row.used_at)
        if row.used_at is not None:
            return before
        result = await self._session.execute(
            update(ConsoleSignIn)
            .where(ConsoleSignIn.id == row.id, ConsoleSignIn.used_at.is_(None))
            .values(used_at=now)
        )
        if not getattr(result, "rowcount", 0):
            return SignIn(row.telegram_id, row.name, row.expires_at, now)  # used by someone else just now
        return before

    async def add_session(
        self, token_hash: str, telegram_id: int, name: str, csrf: str, now: datetime, until: datetime
    ) -> None:
        self._session.add(
            ConsoleSession(
                token_hash=token_hash,
                telegram_id=telegram_id,
                name=name[:64],
                csrf=csrf,
                created_at=now,
                expires_at=until,
            )
        )

    async def session(self, token_hash: str) -> Session | None:
        row = (
            await self._session.execute(select(ConsoleSession).where(ConsoleSession.token_hash == token_hash))
        ).scalar_one_or_none()
        if row is None:
            return None
        return Session(
            row.id,
            row.telegram_id,
            row.name,
            row.csrf,
            row.expires_at,
            row.ended_at,
            row.last_seen_at or row.created_at,
        )

    async def seen(self, session_id: int, now: datetime) -> None:
        await self._session.execute(
            update(ConsoleSession).where(ConsoleSession.id == session_id).values(last_seen_at=now)
        )

    async def end_session(self, session_id: int, now: datetime) -> None:
        await self._session.execute(
            update(ConsoleSession)
            .where(ConsoleSession.id == session_id, ConsoleSession.ended_at.is_(None))
            .values(ended_at=now)
        )

    async def end_sessions_of(self, telegram_id: int, now: datetime) -> None:
        await self._session.execute(
            update(ConsoleSession)
            .where(ConsoleSession.telegram_id == telegram_id, ConsoleSession.ended_at.is_(None))
            .values(ended_at=now)
        )

    # --- knowledge-base edits ---

    async def version(self) -> int | None:
        """Grows with every edit: the bot polls it to know when to rebuild."""
        return (await self._session.execute(select(func.max(KnowledgeEdit.id)))).scalar()

    async def current_edits(self) -> list[Edit]:
        """The newest edit of each topic and locale."""
        newest = (
            select(
                KnowledgeEdit.topic_id, KnowledgeEdit.locale, func.max(KnowledgeEdit.revision).label("rev")
            )
            .group_by(KnowledgeEdit.topic_id, KnowledgeEdit.locale)
            .subquery()
        )
        rows = await self._session.execute(
            select(KnowledgeEdit).join(
                newest,
                (KnowledgeEdit.topic_id == newest.c.topic_id)
                & (KnowledgeEdit.locale == newest.c.locale)
                & (KnowledgeEdit.revision == newest.c.rev),
            )
        )
        return [_edit(r) for r in rows.scalars()]

    async def history(self, topic_id: str, locale: str) -> list[Edit]:
        rows = await self._session.execute(
            select(KnowledgeEdit)
            .where(KnowledgeEdit.topic_id == topic_id, KnowledgeEdit.locale == locale)
            .order_by(KnowledgeEdit.revision.desc())
        )
        return [_edit(r) for r in rows.scalars()]

    async def edit(self, edit_id: int) -> Edit | None:
        row = await self._session.get(KnowledgeEdit, edit_id)
        return _edit(row) if row is not None else None

    async def add_edit(
        self,
        *,
        topic_id: str,
        locale: str,
        revision: int,
        action: str,
        content: str | None,
        base_hash: str,
        author_id: int,
        author_name: str,
        now: datetime,
    ) -> None:
        """Raises IntegrityError (at flush) when someone else saved this revision first."""
        self._session.add(
            KnowledgeEdit(
                topic_id=topic_id,
                locale=locale,
                revision=revision,
                action=action,
                content=content,
                base_hash=base_hash,
                author_id=author_id,
                author_name=author_name[:64],
                created_at=now,
            )
        )
        await self._session.flush()
