"""Case rules on the advisors' side: one owner, release, close, reopen, delete, language help, lists."""

from __future__ import annotations

from datetime import timedelta

from bot.cases.base import DRAFT_LIFETIME, PHRASES, CaseBase
from bot.cases.model import Action, Case, CaseStatus, Incoming, Lane, NotAllowed
from bot.users.roles import Staff


class StaffCases(CaseBase):
    async def by_thread(self, thread_id: int) -> Case | None:
        return await self._cases.by_thread(thread_id)

    async def take(self, case_id: int, staff: Staff) -> Case:
        case = await self._visible(case_id)
        if case.status == CaseStatus.CLOSED:
            raise NotAllowed("closed")
        if case.owner_id == staff.id:
            raise NotAllowed("already-yours")
        taken = await self._hand_over(case, [case.status], CaseStatus.ACTIVE, staff)
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
        released = await self._hand_over(case, [CaseStatus.ACTIVE], CaseStatus.WAITING, None)
        await self._note(released, "released", by=staff.name)
        await self._tell(released, "released")
        await self._cases.audit(case_id, staff.id, Action.RELEASE, self._now())
        await self._commit()
        return released

    async def _hand_over(
        self, case: Case, when_status: list[CaseStatus], status: CaseStatus, owner: Staff | None
    ) -> Case:
        """The new status and owner, in one UPDATE that applies only while nobody else changed them (two advisors
        pressing at once: one of them gets "changed")."""
        changed = await self._cases.change(
            case.id,
            when_status=when_status,
            when_owner=case.owner_id,
            status=status,
            owner_id=owner.id if owner else None,
            owner_name=owner.name if owner else None,
        )
        if changed is None:
            raise NotAllowed("changed")
        return changed

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

    async def from_advisor(self, case: Case, staff: Staff, msg: Incoming, group_chat: int) -> None:
        """Relay an advisor's message in the case topic to the newcomer (only the owner's messages go)."""
        self._answering(case, staff)
        reply = await self._cases.user_message(case.id, msg.reply_to) if msg.reply_to else None
        await self._relay(Lane.USER, case, msg, group_chat, reply)
        await self._answered(case)
        await self._commit()

    async def advisor_edit(self, case: Case, staff: Staff, group_message: int, text: str) -> bool:
        self._answering(case, staff)
        copy = await self._cases.user_message(case.id, group_message)
        return await self._relay_edit(Lane.USER, case, copy, text)

    async def send_knowledge(self, case_id: int, staff: Staff, topic_id: str) -> Case:
        case = await self._visible(case_id)
        self._answering(case, staff)
        if self.valid_topic(topic_id) is None:
            raise NotAllowed("unknown-topic")
        return await self._send_ready(case, "kb", "kb-sent", topic=topic_id)

    async def send_phrase(self, case_id: int, staff: Staff, phrase: str) -> Case:
        case = await self._visible(case_id)
        self._answering(case, staff)
        if phrase not in PHRASES:
            raise NotAllowed("unknown-phrase")
        return await self._send_ready(case, "phrase", "phrase-sent", phrase=phrase)

    async def _send_ready(self, case: Case, kind: str, note: str, **payload: str) -> Case:
        """A ready answer (a knowledge-base topic, a stock phrase) to the newcomer, noted in the case's topic."""
        await self._send(Lane.USER, case, kind, dict(payload))
        await self._note(case, note, **payload)
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
