"""Cases, their message mapping, outbox, audit log, anonymous stats and duty list. Never commits."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from bot.cases.model import Case as CaseView
from bot.cases.model import CaseStatus, Lane, RelayItem
from bot.db.base import from_row
from bot.db.models import AdvisorDuty, Case, CaseAudit, CaseMessage, CaseOutbox, CaseStat, User

ANY = object()  # "any owner" for SqlCaseRepository.change


def _case(row: Case) -> CaseView:
    return from_row(CaseView, row, status=CaseStatus(row.status))


class SqlCaseRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def create(
        self,
        user_id: int,
        locale: str,
        topic_id: str | None,
        urgent: bool,
        now: datetime,
    ) -> CaseView | None:
        """A new draft case, or None when the newcomer already has an open one (the unique constraint says so)."""
        row = Case(
            user_id=user_id,
            open_user_id=user_id,
            locale=locale,
            topic_id=topic_id,
            answered_topic_id=topic_id,
            urgent=urgent,
            status=CaseStatus.DRAFT,
            created_at=now,
        )
        try:
            async with self._session.begin_nested():
                self._session.add(row)
        except IntegrityError:
            return None
        return _case(row)

    async def get(self, case_id: int) -> CaseView | None:
        row = await self._session.get(Case, case_id, populate_existing=True)
        return _case(row) if row else None

    async def open_for_user(self, user_id: int) -> CaseView | None:
        row = (
            await self._session.execute(select(Case).where(Case.open_user_id == user_id))
        ).scalar_one_or_none()
        return _case(row) if row else None

    async def last_closed_for_user(self, user_id: int) -> CaseView | None:
        stmt = (
            select(Case)
            .where(Case.user_id == user_id, Case.status == CaseStatus.CLOSED)
            .order_by(Case.closed_at.desc(), Case.id.desc())
            .limit(1)
        )
        row = (await self._session.execute(stmt)).scalar_one_or_none()
        return _case(row) if row else None

    async def by_thread(self, thread_id: int) -> CaseView | None:
        stmt = select(Case).where(Case.thread_id == thread_id).order_by(Case.id.desc()).limit(1)
        row = (await self._session.execute(stmt)).scalar_one_or_none()
        return _case(row) if row else None

    async def for_user(self, user_id: int) -> list[CaseView]:
        rows = await self._session.execute(select(Case).where(Case.user_id == user_id).order_by(Case.id))
        return [_case(r) for r in rows.scalars()]

    async def change(
        self,
        case_id: int,
        *,
        when_status: Iterable[CaseStatus] | None = None,
        when_owner: int | object | None = ANY,
        **values: Any,
    ) -> CaseView | None:
        """Compare-and-set: change the case only if it is still in one of `when_status` (and owned by
        `when_owner`, if given). Two advisors pressing at once: one wins, the other gets None."""
        conditions = [Case.id == case_id]
        if when_status is not None:
            conditions.append(Case.status.in_([str(s) for s in when_status]))
        if when_owner is None:
            conditions.append(Case.owner_id.is_(None))
        elif when_owner is not ANY:
            conditions.append(Case.owner_id == when_owner)
        if "status" in values:
            closed = values["status"] == CaseStatus.CLOSED
            values["status"] = str(values["status"])
            if closed:
                values["open_user_id"] = None
        try:
            async with self._session.begin_nested():
                result = await self._session.execute(update(Case).where(*conditions).values(**values))
        except IntegrityError:  # reopening while the newcomer already has another open case
            return None
        if not getattr(result, "rowcount", 0):
            return None
        return await self.get(case_id)

    async def queue_position(self, case: CaseView) -> int:
        """1 for the next case advisors should take: urgent ones first, then the longest waiting."""
        if case.waiting_since is None:
            return 0
        earlier = or_(
            Case.waiting_since < case.waiting_since,
            and_(Case.waiting_since == case.waiting_since, Case.id < case.id),
        )
        same_class = and_(Case.urgent == case.urgent, earlier)
        ahead = and_(
            Case.status == CaseStatus.WAITING,
            Case.id != case.id,
            same_class if case.urgent else or_(Case.urgent.is_(True), same_class),
        )
        count = (
            await self._session.execute(select(func.count()).select_from(Case).where(ahead))
        ).scalar_one()
        return int(count) + 1

    async def open_cases(self) -> list[CaseView]:
        stmt = (
            select(Case)
            .where(Case.status.in_([CaseStatus.WAITING, CaseStatus.ACTIVE]))
            .order_by(Case.urgent.desc(), Case.waiting_since, Case.id)
        )
        return [_case(r) for r in (await self._session.execute(stmt)).scalars()]

    async def closed_before(self, before: datetime) -> list[CaseView]:
        stmt = select(Case).where(Case.status == CaseStatus.CLOSED, Case.closed_at < before)
        return [_case(r) for r in (await self._session.execute(stmt)).scalars()]

    async def drafts_before(self, before: datetime) -> list[CaseView]:
        stmt = select(Case).where(Case.status == CaseStatus.DRAFT, Case.created_at < before)
        return [_case(r) for r in (await self._session.execute(stmt)).scalars()]

    async def delete(self, case_ids: Sequence[int]) -> None:
        if not case_ids:
            return
        await self._session.execute(delete(CaseMessage).where(CaseMessage.case_id.in_(case_ids)))
        await self._session.execute(delete(Case).where(Case.id.in_(case_ids)))

    async def set_consent(self, user_id: int, consent: bool) -> None:
        """The profile's "agreed to be contacted by an advisor" flag, shown by /privacy."""
        await self._session.execute(
            update(User).where(User.telegram_id == user_id).values(consent_advisor=consent)
        )

    # -- message mapping ------------------------------------------------------------------------------
    async def map_message(
        self, case_id: int, user_message: int, group_message: int, from_newcomer: bool
    ) -> None:
        self._session.add(
            CaseMessage(
                case_id=case_id,
                user_message_id=user_message,
                group_message_id=group_message,
                from_newcomer=from_newcomer,
            )
        )

    async def group_message(self, case_id: int, user_message: int) -> int | None:
        return await self._counterpart(
            case_id, CaseMessage.user_message_id, user_message, CaseMessage.group_message_id
        )

    async def user_message(self, case_id: int, group_message: int) -> int | None:
        return await self._counterpart(
            case_id, CaseMessage.group_message_id, group_message, CaseMessage.user_message_id
        )

    async def _counterpart(
        self, case_id: int, side: InstrumentedAttribute[int], message: int, other: InstrumentedAttribute[int]
    ) -> int | None:
        """The same message in the other chat (the first copy, for an album)."""
        stmt = (
            select(other)
            .where(CaseMessage.case_id == case_id, side == message)
            .order_by(CaseMessage.id)
            .limit(1)
        )
        return (await self._session.execute(stmt)).scalar_one_or_none()

    async def case_of_advisor_message(self, user_id: int, user_message: int) -> CaseView | None:
        """The case in which the bot delivered this message to the newcomer (they reply to it)."""
        stmt = (
            select(Case)
            .join(CaseMessage, CaseMessage.case_id == Case.id)
            .where(
                Case.user_id == user_id,
                CaseMessage.user_message_id == user_message,
                CaseMessage.from_newcomer.is_(False),
            )
            .order_by(Case.id.desc())
            .limit(1)
        )
        row = (await self._session.execute(stmt)).scalar_one_or_none()
        return _case(row) if row else None

    # -- audit, stats, duty ---------------------------------------------------------------------------
    async def audit(self, case_id: int, actor_id: int | None, action: str, now: datetime) -> None:
        self._session.add(CaseAudit(case_id=case_id, actor_id=actor_id, action=action, at=now))

    async def audit_log(self, case_id: int | None = None) -> list[tuple[int, int | None, str, datetime]]:
        stmt = select(CaseAudit.case_id, CaseAudit.actor_id, CaseAudit.action, CaseAudit.at).order_by(
            CaseAudit.id
        )
        if case_id is not None:
            stmt = stmt.where(CaseAudit.case_id == case_id)
        return [(r[0], r[1], r[2], r[3]) for r in await self._session.execute(stmt)]

    async def add_stat(self, case: CaseView, opened_at: datetime) -> None:
        exists = await self._session.execute(select(CaseStat.id).where(CaseStat.case_id == case.id))
        if exists.scalar_one_or_none() is None:
            self._session.add(
                CaseStat(
                    case_id=case.id,
                    opened_at=opened_at,
                    locale=case.locale,
                    topic_id=case.topic_id,
                    urgent=case.urgent,
                )
            )

    async def update_stat(self, case_id: int, **values: Any) -> None:
        await self._session.execute(update(CaseStat).where(CaseStat.case_id == case_id).values(**values))

    async def detach_stats(self, case_ids: Sequence[int]) -> None:
        """Statistics stay anonymous and outlive the case."""
        if case_ids:
            await self._session.execute(
                update(CaseStat).where(CaseStat.case_id.in_(case_ids)).values(case_id=None)
            )

    async def stats_since(
        self, since: datetime
    ) -> list[tuple[datetime, str, str | None, bool, int | None, int | None]]:
        stmt = select(
            CaseStat.opened_at,
            CaseStat.locale,
            CaseStat.topic_id,
            CaseStat.urgent,
            CaseStat.first_answer_seconds,
            CaseStat.rating,
        ).where(CaseStat.opened_at >= since)
        return [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in await self._session.execute(stmt)]

    async def set_duty(self, telegram_id: int, name: str, on: bool, now: datetime) -> None:
        await self._session.execute(delete(AdvisorDuty).where(AdvisorDuty.telegram_id == telegram_id))
        if on:
            self._session.add(AdvisorDuty(telegram_id=telegram_id, name=name[:64], since=now))

    async def on_duty(self) -> list[tuple[int, str]]:
        rows = await self._session.execute(
            select(AdvisorDuty.telegram_id, AdvisorDuty.name).order_by(AdvisorDuty.since)
        )
        return [(r[0], r[1]) for r in rows]


def _item(row: CaseOutbox) -> RelayItem:
    return RelayItem(
        id=row.id,
        lane=Lane(row.lane),
        case_id=row.case_id,
        kind=row.kind,
        payload=json.loads(row.payload or "{}"),
        album=row.album,
        attempts=row.attempts,
    )


class SqlRelayRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(
        self,
        lane: Lane,
        case_id: int | None,
        kind: str,
        payload: dict[str, object],
        now: datetime,
        *,
        album: str | None = None,
        priority: int = 1,
    ) -> None:
        self._session.add(
            CaseOutbox(
                lane=str(lane),
                case_id=case_id,
                kind=kind,
                payload=json.dumps(payload, ensure_ascii=False),
                album=album,
                priority=priority,
                status="pending",
                attempts=0,
                created_at=now,
                cost=0,
            )
        )

    async def next_pending(self, lane: Lane, now: datetime) -> RelayItem | None:
        stmt = (
            select(CaseOutbox)
            .where(
                CaseOutbox.lane == str(lane),
                CaseOutbox.status == "pending",
                or_(CaseOutbox.not_before.is_(None), CaseOutbox.not_before <= now),
            )
            .order_by(CaseOutbox.priority, CaseOutbox.id)
            .limit(1)
        )
        row = (await self._session.execute(stmt)).scalar_one_or_none()
        return _item(row) if row else None

    async def album_parts(self, lane: Lane, album: str) -> list[RelayItem]:
        stmt = (
            select(CaseOutbox)
            .where(CaseOutbox.lane == str(lane), CaseOutbox.status == "pending", CaseOutbox.album == album)
            .order_by(CaseOutbox.id)
        )
        return [_item(r) for r in (await self._session.execute(stmt)).scalars()]

    async def finish(self, ids: Sequence[int], status: str, now: datetime, cost: int) -> None:
        """Mark items sent (or failed); the payload, which may hold a caption or edited text, is dropped."""
        if not ids:
            return
        await self._session.execute(
            update(CaseOutbox)
            .where(CaseOutbox.id.in_(ids))
            .values(status=status, sent_at=now, cost=0, payload="{}")
        )
        await self._session.execute(update(CaseOutbox).where(CaseOutbox.id == ids[0]).values(cost=cost))

    async def defer(self, item_id: int, until: datetime) -> None:
        await self._session.execute(
            update(CaseOutbox)
            .where(CaseOutbox.id == item_id)
            .values(not_before=until, attempts=CaseOutbox.attempts + 1)
        )

    async def due_now(self, lane: Lane) -> None:
        """Rows that were put off (a group out of reach) may go at once."""
        await self._session.execute(
            update(CaseOutbox)
            .where(CaseOutbox.lane == str(lane), CaseOutbox.status == "pending")
            .values(not_before=None)
        )

    async def has_kind(self, case_id: int, lane: Lane, kind: str) -> bool:
        """Whether the queue holds such an item for the case (pending, or sent within the last few minutes)."""
        stmt = (
            select(CaseOutbox.id)
            .where(CaseOutbox.case_id == case_id, CaseOutbox.lane == str(lane), CaseOutbox.kind == kind)
            .limit(1)
        )
        return (await self._session.execute(stmt)).scalar_one_or_none() is not None

    async def window_cost(self, lane: Lane, since: datetime) -> int:
        stmt = select(func.coalesce(func.sum(CaseOutbox.cost), 0)).where(
            CaseOutbox.lane == str(lane), CaseOutbox.sent_at > since
        )
        return int((await self._session.execute(stmt)).scalar_one())

    async def pending(self, lane: Lane | None = None) -> int:
        stmt = select(func.count()).select_from(CaseOutbox).where(CaseOutbox.status == "pending")
        if lane is not None:
            stmt = stmt.where(CaseOutbox.lane == str(lane))
        return int((await self._session.execute(stmt)).scalar_one())

    async def drop_for_cases(self, case_ids: Sequence[int]) -> None:
        if case_ids:
            await self._session.execute(
                delete(CaseOutbox).where(CaseOutbox.case_id.in_(case_ids), CaseOutbox.status == "pending")
            )

    async def cleanup(self, before: datetime) -> int:
        result = await self._session.execute(
            delete(CaseOutbox).where(CaseOutbox.status != "pending", CaseOutbox.sent_at < before)
        )
        return int(getattr(result, "rowcount", 0) or 0)
