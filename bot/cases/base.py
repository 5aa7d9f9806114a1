"""Shared ground of the case rules: constants, the process-wide context, and what both sides use.

Every change is one transaction owned here; what must reach Telegram is written to the outbox in the same
transaction, so a restart between the two loses nothing. Callers' drainers are woken after the commit.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.answers.service import QuestionService
from bot.cases.duty import DutyInfo
from bot.cases.model import (
    Action,
    Case,
    CaseNotFound,
    CaseStatus,
    Incoming,
    Lane,
    NotAllowed,
)
from bot.cases.repository import SqlCaseRepository, SqlRelayRepository
from bot.clock import Clock
from bot.users.roles import Staff

log = logging.getLogger(__name__)

REOPEN_WINDOW = timedelta(days=7)
DRAFT_LIFETIME = timedelta(days=7)
# Stock phrases advisors can send in the newcomer's language (Fluent ids `escalation-phrase-<id>`).
PHRASES: tuple[str, ...] = (
    "received",
    "send-photo",
    "wait",
    "answer-by-friday",
    "come-visit",
    "bring-papers",
    "danger-112",
    "anything-else",
)
# Topics an urgent signal leads to (bot/answers/knowledge/matcher.py URGENT_TOPICS): a button may say "urgent"
# only for these, so a forged callback cannot jump the queue with an ordinary question.
URGENT_TOPIC_IDS = frozenset({"emergency", "mental-health", "domestic-violence", "eviction", "social-worker"})


class NoCaseHint:
    """Newcomers known to have no open case, so their ordinary messages cost no extra query.

    Only for a single bot process (cases open only through this process's CaseService, which forgets the newcomer
    then); with several replicas the composition root passes `ttl_seconds=0` and every message asks the database.
    Monotonic time: this is about query volume, not a rule of the service.
    """

    def __init__(self, ttl_seconds: float = 30.0, max_size: int = 10_000) -> None:
        self.ttl = ttl_seconds
        self.max_size = max_size
        self._none: dict[int, float] = {}

    def has_none(self, user_id: int) -> bool:
        at = self._none.get(user_id)
        return at is not None and time.monotonic() - at < self.ttl

    def remember_none(self, user_id: int) -> None:
        if self.ttl <= 0:
            return
        if len(self._none) >= self.max_size:
            self._none.clear()
        self._none[user_id] = time.monotonic()

    def forget(self, user_id: int) -> None:
        self._none.pop(user_id, None)


@dataclass
class CaseContext:
    """What every CaseService of a process shares."""

    clock: Clock
    duty: DutyInfo
    questions: QuestionService | None
    wake: Callable[[Lane], None]
    hint: NoCaseHint = field(default_factory=lambda: NoCaseHint(ttl_seconds=0))


class CaseBase:
    def __init__(self, session: AsyncSession, ctx: CaseContext) -> None:
        self._session = session
        self._ctx = ctx
        self._cases = SqlCaseRepository(session)
        self._outbox = SqlRelayRepository(session)
        self._woken: set[Lane] = set()

    def duty(self) -> DutyInfo:
        return self._ctx.duty

    def _now(self) -> datetime:
        return self._ctx.clock.now()

    async def _commit(self) -> None:
        await self._session.commit()
        for lane in self._woken:
            self._ctx.wake(lane)
        self._woken.clear()

    async def _send(
        self,
        lane: Lane,
        case: Case | None,
        kind: str,
        payload: dict[str, object] | None = None,
        *,
        album: str | None = None,
        priority: int | None = None,
    ) -> None:
        if priority is None:
            priority = 0 if case is not None and case.urgent else 1
        await self._outbox.add(
            lane,
            case.id if case else None,
            kind,
            payload or {},
            self._now(),
            album=album,
            priority=priority,
        )
        self._woken.add(lane)

    async def _relay_edit(self, lane: Lane, case: Case, copy: int | None, text: str) -> bool:
        """An edited message: the copy of it on the other side (`copy`, None when it was not relayed) is edited too."""
        if copy is None:
            return False
        await self._send(lane, case, "edit", {"text": text, "reply": copy})
        await self._commit()
        return True

    async def _relay(self, lane: Lane, case: Case, msg: Incoming, from_chat: int, reply: int | None) -> None:
        """Copy a message from `from_chat` into the other side of the case; a part of an album waits for the rest
        (albums are grouped per side: "u..." the newcomer's, "g..." the advisors')."""
        if msg.album and msg.file_id and msg.media_kind:
            payload: dict[str, object] = {
                "chat": from_chat,
                "message": msg.message_id,
                "media": msg.media_kind,
                "file": msg.file_id,
                "caption": msg.caption,
            }
            side = "u" if lane == Lane.GROUP else "g"
            await self._send(lane, case, "album", payload, album=f"{side}{msg.album}")
        else:
            await self._send(
                lane, case, "copy", {"chat": from_chat, "message": msg.message_id, "reply": reply}
            )

    async def _note(self, case: Case, view: str, **args: object) -> None:
        await self._send(Lane.GROUP, case, "note", {"view": view, "args": args})

    async def _tell(self, case: Case, view: str) -> None:
        await self._send(Lane.USER, case, "notice", {"view": view})

    def _urgent_text(self, text: str | None) -> bool:
        if not text or self._ctx.questions is None:
            return False
        return self._ctx.questions.matcher.match(text).urgent

    def valid_topic(self, topic_id: str | None) -> str | None:
        if not topic_id or self._ctx.questions is None:
            return None
        return topic_id if topic_id in self._ctx.questions.kb.topics else None

    # -- newcomer side --------------------------------------------------------------------------------
    async def get(self, case_id: int) -> Case | None:
        return await self._cases.get(case_id)

    async def _visible(self, case_id: int) -> Case:
        case = await self._cases.get(case_id)
        if case is None or case.status == CaseStatus.DRAFT:
            raise CaseNotFound()
        return case

    async def _delete(self, cases: list[Case], actor: int | None, action: Action) -> None:
        ids = [c.id for c in cases]
        await self._outbox.drop_for_cases(ids)
        for case in cases:
            if case.thread_id is not None:
                await self._send(Lane.GROUP, None, "delete_topic", {"thread": case.thread_id}, priority=1)
            await self._cases.audit(case.id, actor, action, self._now())
        await self._cases.detach_stats(ids)
        await self._cases.delete(ids)

    async def close(self, case_id: int, staff: Staff | None, reason: str = "done") -> Case:
        case = await self._visible(case_id)
        if case.status == CaseStatus.CLOSED:
            raise NotAllowed("closed")
        if staff is not None and not staff.coordinator and case.owner_id not in (None, staff.id):
            raise NotAllowed("not-owner")
        now = self._now()
        closed = await self._cases.change(
            case_id, when_status=[case.status], status=CaseStatus.CLOSED, closed_at=now
        )
        if closed is None:
            raise NotAllowed("changed")
        await self._note(
            closed, "closed" if reason == "done" else f"closed-{reason}", by=staff.name if staff else ""
        )
        await self._send(Lane.GROUP, closed, "close_topic")
        if reason == "done":
            await self._tell(closed, "closed")
        await self._cases.audit(case_id, staff.id if staff else None, Action.CLOSE, now)
        await self._commit()
        return closed

    async def reopen(self, case: Case, staff: Staff | None) -> Case | None:
        if case.status != CaseStatus.CLOSED:
            raise NotAllowed("not-closed")
        self._ctx.hint.forget(case.user_id)
        now = self._now()
        reopened = await self._cases.change(
            case.id,
            when_status=[CaseStatus.CLOSED],
            status=CaseStatus.WAITING,
            open_user_id=case.user_id,
            closed_at=None,
            owner_id=None,
            owner_name=None,
            waiting_since=now,
            rating=None,
        )
        if reopened is None:
            return None
        await self._send(Lane.GROUP, reopened, "reopen_topic")
        if staff is not None:
            await self._note(reopened, "reopened", by=staff.name)
        else:
            await self._note(reopened, "reopened-newcomer", previous=case.owner_name or "")
        if staff is not None:
            await self._tell(reopened, "reopened")
        await self._cases.audit(case.id, staff.id if staff else None, Action.REOPEN, now)
        await self._commit()
        return reopened

    async def _answered(self, case: Case) -> None:
        if case.first_answer_at is None and case.waiting_since is not None:
            now = self._now()
            await self._cases.change(case.id, first_answer_at=now)
            seconds = int((now - case.waiting_since).total_seconds())
            await self._cases.update_stat(case.id, first_answer_seconds=max(seconds, 0))
