"""The rules of cases: consent, the queue, taking over, relaying both ways, closing, rating, privacy.

Every change is one transaction owned here; what must reach Telegram is written to the outbox in the same
transaction, so a restart between the two loses nothing. Callers wake the outbox drainer after the commit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.db.repositories.cases import SqlCaseRepository, SqlOutboxRepository
from bot.services.cases.domain import (
    Action,
    Case,
    CaseError,
    CaseNotFound,
    CaseStatus,
    Incoming,
    Lane,
    NotAllowed,
    Opened,
    Staff,
)
from bot.services.cases.duty import DutyInfo
from bot.services.questions import QuestionService

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
# Topics an urgent signal leads to (bot/services/knowledge/matcher.py URGENT_TOPICS): a button may say "urgent"
# only for these, so a forged callback cannot jump the queue with an ordinary question.
URGENT_TOPIC_IDS = frozenset({"emergency", "mental-health", "domestic-violence", "eviction", "social-worker"})


@dataclass
class CaseContext:
    """What every CaseService of a process shares."""

    clock: Clock
    duty: DutyInfo
    questions: QuestionService | None
    wake: Callable[[Lane], None]


class CaseService:
    def __init__(self, session: AsyncSession, ctx: CaseContext) -> None:
        self._session = session
        self._ctx = ctx
        self._cases = SqlCaseRepository(session)
        self._outbox = SqlOutboxRepository(session)
        self._woken: set[Lane] = set()

    @property
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
    async def current(self, user_id: int) -> Case | None:
        return await self._cases.open_for_user(user_id)

    async def reopenable(self, user_id: int) -> Case | None:
        case = await self._cases.last_closed_for_user(user_id)
        if case is None or case.closed_at is None or self._now() - case.closed_at > REOPEN_WINDOW:
            return None
        return case

    async def start(self, user_id: int, locale: str, topic_id: str | None, urgent: bool) -> tuple[Case, str]:
        """After consent: ("created", draft), ("open", the case already open) or ("reopened", last week's case)."""
        existing = await self._cases.open_for_user(user_id)
        if existing is not None:
            return existing, "open"
        recent = await self.reopenable(user_id)
        if recent is not None:
            reopened = await self.reopen(recent, None)
            if reopened is not None:
                return reopened, "reopened"
        topic_id = self.valid_topic(topic_id)
        urgent = urgent and topic_id in URGENT_TOPIC_IDS
        await self._cases.set_consent(user_id, True)
        case = await self._cases.create(user_id, locale, topic_id, urgent, self._now())
        if case is None:  # a second press at the same moment: the first one's case
            existing = await self._cases.open_for_user(user_id)
            if existing is None:
                raise CaseError("busy")
            return existing, "open"
        await self._commit()
        return case, "created"

    async def cancel_draft(self, user_id: int) -> bool:
        case = await self._cases.open_for_user(user_id)
        if case is None or case.status != CaseStatus.DRAFT:
            return False
        await self._cases.delete([case.id])
        await self._commit()
        return True

    async def _enter_queue(self, case: Case, text: str | None) -> Opened | None:
        """Draft -> waiting, exactly once even when two messages arrive at once."""
        urgent = case.urgent or self._urgent_text(text)
        topic = case.topic_id
        if topic is None and text and self._ctx.questions is not None:
            match = self._ctx.questions.matcher.match(text)
            topic = match.topic if match.action == "answer" else None
        now = self._now()
        opened = await self._cases.change(
            case.id,
            when_status=[CaseStatus.DRAFT],
            status=CaseStatus.WAITING,
            waiting_since=now,
            urgent=urgent,
            topic_id=topic,
        )
        if opened is None:
            return None
        await self._cases.add_stat(opened, now)
        await self._send(Lane.GROUP, opened, "open")
        return Opened(opened, await self._cases.queue_position(opened))

    async def open_without_message(self, user_id: int) -> Opened | None:
        case = await self._cases.open_for_user(user_id)
        if case is None or case.status != CaseStatus.DRAFT:
            return None
        opened = await self._enter_queue(case, None)
        await self._commit()
        return opened

    async def from_newcomer(self, case: Case, msg: Incoming) -> Opened | None:
        """Relay a newcomer's message; returns what to tell them if it put a draft into the queue."""
        opened = None
        if case.status == CaseStatus.DRAFT:
            opened = await self._enter_queue(case, msg.text or msg.caption)
            fresh = await self._cases.get(case.id)
            case = fresh or case
        elif not case.urgent and self._urgent_text(msg.text or msg.caption):
            marked = await self._cases.change(case.id, urgent=True)
            if marked is not None:
                case = marked
                await self._send(Lane.GROUP, case, "rename")
                await self._note(case, "urgent", people=[list(p) for p in await self._cases.on_duty()])
        reply = await self._cases.group_message(case.id, msg.reply_to) if msg.reply_to else None
        if msg.album and msg.file_id and msg.media_kind:
            payload: dict[str, object] = {
                "chat": case.user_id,
                "message": msg.message_id,
                "media": msg.media_kind,
                "file": msg.file_id,
                "caption": msg.caption,
            }
            await self._send(Lane.GROUP, case, "album", payload, album=f"u{msg.album}")
        else:
            await self._send(
                Lane.GROUP, case, "copy", {"chat": case.user_id, "message": msg.message_id, "reply": reply}
            )
        await self._commit()
        return opened

    async def newcomer_edit(self, case: Case, message_id: int, text: str) -> bool:
        target = await self._cases.group_message(case.id, message_id)
        if target is None:
            return False
        await self._send(Lane.GROUP, case, "edit", {"text": text, "reply": target})
        await self._commit()
        return True

    async def queue_position(self, case: Case) -> int:
        return await self._cases.queue_position(case)

    async def reopen_by_reply(self, user_id: int, replied_to: int) -> Case | None:
        """A newcomer who answers an advisor's message within a week reopens that case."""
        case = await self._cases.case_of_advisor_message(user_id, replied_to)
        if case is None or case.status != CaseStatus.CLOSED or case.closed_at is None:
            return None
        if self._now() - case.closed_at > REOPEN_WINDOW:
            return None
        if await self._cases.open_for_user(user_id) is not None:
            return None
        return await self.reopen(case, None)

    async def rate(self, user_id: int, case_id: int, stars: int) -> bool:
        case = await self._cases.get(case_id)
        if case is None or case.user_id != user_id or case.status != CaseStatus.CLOSED or not 1 <= stars <= 5:
            return False
        if await self._cases.change(case_id, when_status=[CaseStatus.CLOSED], rating=stars) is None:
            return False
        await self._cases.update_stat(case_id, rating=stars)
        await self._commit()
        return True

    async def cases_of(self, user_id: int) -> list[Case]:
        return await self._cases.for_user(user_id)

    async def delete_for_user(self, user_id: int) -> int:
        """/delete_my_data: the cases, their topics and mapping go; anonymous statistics stay."""
        cases = await self._cases.for_user(user_id)
        await self._delete(cases, None, Action.DELETE)
        await self._commit()
        return len(cases)

    async def _delete(self, cases: list[Case], actor: int | None, action: Action) -> None:
        ids = [c.id for c in cases]
        await self._outbox.drop_for_cases(ids)
        for case in cases:
            if case.thread_id is not None:
                await self._send(Lane.GROUP, None, "delete_topic", {"thread": case.thread_id}, priority=1)
            await self._cases.audit(case.id, actor, action, self._now())
        await self._cases.detach_stats(ids)
        await self._cases.delete(ids)

    async def newcomer_blocked(self, user_id: int) -> Case | None:
        case = await self._cases.open_for_user(user_id)
        if case is None:
            return None
        if case.status == CaseStatus.DRAFT:  # advisors never saw it
            await self._cases.delete([case.id])
            await self._commit()
            return None
        return await self.close(case.id, None, reason="blocked")

    # -- advisors' side -------------------------------------------------------------------------------
    async def get(self, case_id: int) -> Case | None:
        return await self._cases.get(case_id)

    async def by_thread(self, thread_id: int) -> Case | None:
        return await self._cases.by_thread(thread_id)

    async def _visible(self, case_id: int) -> Case:
        case = await self._cases.get(case_id)
        if case is None or case.status == CaseStatus.DRAFT:
            raise CaseNotFound()
        return case

    async def take(self, case_id: int, staff: Staff) -> Case:
        case = await self._visible(case_id)
        if case.status == CaseStatus.CLOSED:
            raise NotAllowed("closed")
        if case.owner_id == staff.id:
            raise NotAllowed("already-yours")
        taken = await self._cases.change(
            case_id,
            when_status=[case.status],
            when_owner=case.owner_id,
            status=CaseStatus.ACTIVE,
            owner_id=staff.id,
            owner_name=staff.name,
        )
        if taken is None:
            raise NotAllowed("changed")
        if case.owner_id is None:
            await self._note(taken, "taken", by=staff.name)
            await self._tell(taken, "taken")
        else:
            await self._note(taken, "taken-over", by=staff.name, previous=case.owner_name or "?")
        await self._cases.audit(case_id, staff.id, Action.TAKE, self._now())
        await self._commit()
        return taken

    async def release(self, case_id: int, staff: Staff) -> Case:
        case = await self._visible(case_id)
        if case.status != CaseStatus.ACTIVE:
            raise NotAllowed("not-active")
        if case.owner_id != staff.id and not staff.coordinator:
            raise NotAllowed("not-owner")
        released = await self._cases.change(
            case_id,
            when_status=[CaseStatus.ACTIVE],
            when_owner=case.owner_id,
            status=CaseStatus.WAITING,
            owner_id=None,
            owner_name=None,
        )
        if released is None:
            raise NotAllowed("changed")
        await self._note(released, "released", by=staff.name)
        await self._tell(released, "released")
        await self._cases.audit(case_id, staff.id, Action.RELEASE, self._now())
        await self._commit()
        return released

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

    async def reopen_by_staff(self, case_id: int, staff: Staff) -> Case:
        case = await self._visible(case_id)
        reopened = await self.reopen(case, staff)
        if reopened is None:
            raise NotAllowed("newcomer-has-open-case")
        return reopened

    async def delete(self, case_id: int, staff: Staff) -> None:
        case = await self._visible(case_id)
        if not staff.coordinator:
            raise NotAllowed("coordinators-only")
        await self._delete([case], staff.id, Action.DELETE)
        await self._commit()

    def _answering(self, case: Case, staff: Staff) -> None:
        if case.status == CaseStatus.CLOSED:
            raise NotAllowed("closed")
        if case.status != CaseStatus.ACTIVE:
            raise NotAllowed("take-first")
        if case.owner_id != staff.id:
            raise NotAllowed("not-owner")

    async def _answered(self, case: Case) -> None:
        if case.first_answer_at is None and case.waiting_since is not None:
            now = self._now()
            await self._cases.change(case.id, first_answer_at=now)
            seconds = int((now - case.waiting_since).total_seconds())
            await self._cases.update_stat(case.id, first_answer_seconds=max(seconds, 0))

    async def from_advisor(self, case: Case, staff: Staff, msg: Incoming, group_chat: int) -> None:
        """Relay an advisor's message in the case topic to the newcomer (only the owner's messages go)."""
        self._answering(case, staff)
        reply = await self._cases.user_message(case.id, msg.reply_to) if msg.reply_to else None
        if msg.album and msg.file_id and msg.media_kind:
            payload: dict[str, object] = {
                "chat": group_chat,
                "message": msg.message_id,
                "media": msg.media_kind,
                "file": msg.file_id,
                "caption": msg.caption,
            }
            await self._send(Lane.USER, case, "album", payload, album=f"g{msg.album}")
        else:
            await self._send(
                Lane.USER, case, "copy", {"chat": group_chat, "message": msg.message_id, "reply": reply}
            )
        await self._answered(case)
        await self._commit()

    async def advisor_edit(self, case: Case, staff: Staff, group_message: int, text: str) -> bool:
        self._answering(case, staff)
        target = await self._cases.user_message(case.id, group_message)
        if target is None:
            return False
        await self._send(Lane.USER, case, "edit", {"text": text, "reply": target})
        await self._commit()
        return True

    async def send_knowledge(self, case_id: int, staff: Staff, topic_id: str) -> Case:
        case = await self._visible(case_id)
        self._answering(case, staff)
        if self.valid_topic(topic_id) is None:
            raise NotAllowed("unknown-topic")
        await self._send(Lane.USER, case, "kb", {"topic": topic_id})
        await self._note(case, "kb-sent", topic=topic_id)
        await self._answered(case)
        await self._commit()
        return case

    async def send_phrase(self, case_id: int, staff: Staff, phrase: str) -> Case:
        case = await self._visible(case_id)
        self._answering(case, staff)
        if phrase not in PHRASES:
            raise NotAllowed("unknown-phrase")
        await self._send(Lane.USER, case, "phrase", {"phrase": phrase})
        await self._note(case, "phrase-sent", phrase=phrase)
        await self._answered(case)
        await self._commit()
        return case

    async def post(self, thread_id: int | None, view: str, **args: object) -> None:
        """A reply to staff in the group (lists, hints): before relays in the queue, it answers a person waiting."""
        await self._send(
            Lane.GROUP, None, "view", {"thread": thread_id, "view": view, "args": args}, priority=0
        )
        await self._commit()

    async def note(self, case: Case, view: str, **args: object) -> None:
        await self._note(case, view, **args)
        await self._commit()

    async def open_cases(self) -> list[Case]:
        return await self._cases.open_cases()

    async def set_duty(self, staff: Staff, on: bool) -> None:
        await self._cases.set_duty(staff.id, staff.name, on, self._now())
        await self._commit()

    async def on_duty(self) -> list[tuple[int, str]]:
        return await self._cases.on_duty()

    async def audit_log(self, case_id: int | None = None) -> list[tuple[int, int | None, str, object]]:
        return list(await self._cases.audit_log(case_id))

    # -- housekeeping ---------------------------------------------------------------------------------
    async def purge(self, retention: timedelta) -> int:
        """Closed cases older than the retention period, and drafts nobody finished, are deleted."""
        now = self._now()
        old = await self._cases.closed_before(now - retention)
        drafts = await self._cases.drafts_before(now - DRAFT_LIFETIME)
        await self._delete(old, None, Action.PURGE)
        await self._delete(drafts, None, Action.PURGE)
        await self._outbox.cleanup(now - timedelta(days=1))
        await self._commit()
        return len(old) + len(drafts)
