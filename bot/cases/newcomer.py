"""Case rules on the newcomer's side: consent, the queue, relaying their messages, rating, privacy."""

from __future__ import annotations

from bot.cases.base import REOPEN_WINDOW, URGENT_TOPIC_IDS, CaseBase
from bot.cases.model import Action, Case, CaseError, CaseStatus, Incoming, Lane, Opened


class NewcomerCases(CaseBase):
    async def current(self, user_id: int) -> Case | None:
        if self._ctx.hint.has_none(user_id):
            return None
        case = await self._cases.open_for_user(user_id)
        if case is None:
            self._ctx.hint.remember_none(user_id)
        return case

    async def reopenable(self, user_id: int) -> Case | None:
        case = await self._cases.last_closed_for_user(user_id)
        if case is None or case.closed_at is None or self._now() - case.closed_at > REOPEN_WINDOW:
            return None
        return case

    async def start(self, user_id: int, locale: str, topic_id: str | None, urgent: bool) -> tuple[Case, str]:
        """After consent: ("created", draft), ("open", the case already open) or ("reopened", last week's case)."""
        self._ctx.hint.forget(user_id)
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
        await self._relay(Lane.GROUP, case, msg, case.user_id, reply)
        await self._commit()
        return opened

    async def newcomer_edit(self, case: Case, message_id: int, text: str) -> bool:
        copy = await self._cases.group_message(case.id, message_id)
        return await self._relay_edit(Lane.GROUP, case, copy, text)

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
