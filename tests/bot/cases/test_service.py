"""Case rules on a real database (SQLite and PostgreSQL) with a fake transport: races, the queue, the group's
budget, deleted topics, blocked newcomers, ownership, audit log, retention and statistics."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import func, select

from bot.cases.model import (
    Case,
    CaseStatus,
    GroupUnavailable,
    Incoming,
    NotAllowed,
    RecipientGone,
    Refused,
    TopicGone,
)
from bot.cases.relay import GROUP_LIMIT, MAX_REFUSALS, UNREACHABLE_PAUSE
from bot.cases.report import case_report
from bot.clock import FixedClock
from bot.db.models import Case as CaseRow
from bot.db.models import CaseAudit, CaseOutbox, CaseStat
from bot.users.roles import Role, Staff
from tests.bot.cases.fakes import MINUTE, World, world

AINO = Staff(9001, "Aino", Role.ADVISOR)
HASSAN = Staff(9002, "Hassan", Role.ADVISOR)
LEENA = Staff(9003, "Leena", Role.COORDINATOR)
USER = 5001


async def _waiting(w: World, user: int = USER, text: str = "hello") -> int:
    async with w.service() as s:
        case, outcome = await s.start(user, "so", None, False)
        assert outcome == "created"
        await s.from_newcomer(case, Incoming(message_id=1, text=text))
    return case.id


async def _relayed(w: World) -> Case:
    """A waiting case whose first message the relay has already taken to the advisors (its topic exists)."""
    case_id = await _waiting(w)
    await w.drain()
    async with w.service() as s:
        case = await s.get(case_id)
    assert case is not None
    return case


async def test_two_presses_at_once_open_one_case(db_url: str, clock: FixedClock) -> None:
    async with world(db_url, clock) as w:

        async def press() -> int:
            async with w.service() as s:
                case, _ = await s.start(USER, "ar", None, False)
                return case.id

        first, second = await asyncio.gather(press(), press())
        assert first == second
        async with w.sessionmaker() as session:
            assert (await session.execute(select(func.count()).select_from(CaseRow))).scalar_one() == 1


async def test_two_first_messages_at_once_make_one_topic(db_url: str, clock: FixedClock) -> None:
    async with world(db_url, clock) as w:
        async with w.service() as s:
            case, _ = await s.start(USER, "fa-AF", None, False)

        async def message(mid: int) -> None:
            async with w.service() as s:
                await s.from_newcomer(case, Incoming(message_id=mid, text=f"part {mid}"))

        await asyncio.gather(message(10), message(11))
        await w.drain()
        assert len(w.transport.sent("create_topic")) == 1
        assert len(w.transport.sent("summary")) == 1
        assert sorted(d[1] for d in w.transport.sent("copy")) == [10, 11]  # type: ignore[index]


async def test_group_budget_makes_messages_wait_not_vanish(db_url: str, clock: FixedClock) -> None:
    async with world(db_url, clock) as w:
        case_id = await _waiting(w)
        async with w.service() as s:
            case = await s.get(case_id)
            assert case is not None
            for mid in range(2, 31):
                await s.from_newcomer(case, Incoming(message_id=mid))
        await w.drain()
        # The topic and its summary count too: 20 messages in the minute, no more.
        first_minute = [d[1] for d in w.transport.sent("copy")]  # type: ignore[index]
        assert len(first_minute) == GROUP_LIMIT - 2
        async with w.sessionmaker() as session:
            pending = (
                await session.execute(
                    select(func.count()).select_from(CaseOutbox).where(CaseOutbox.status == "pending")
                )
            ).scalar_one()
        assert pending == 30 - len(first_minute)
        w.clock.advance(MINUTE)
        await w.drain()
        assert [d[1] for d in w.transport.sent("copy")] == list(range(1, 31)), "all of them, in order"  # type: ignore[index]


async def test_deleted_topic_is_recreated_and_mapping_updated(db_url: str, clock: FixedClock) -> None:
    async with world(db_url, clock) as w:
        case_id = await _waiting(w)
        await w.drain()
        async with w.service() as s:
            case = await s.get(case_id)
            assert case is not None and case.thread_id is not None
            old_thread = case.thread_id
            await s.from_newcomer(case, Incoming(message_id=2, text="still there?"))
        w.transport.fail["copy"] = [TopicGone("message thread not found")]
        await w.drain()
        async with w.service() as s:
            case = await s.get(case_id)
        assert case is not None and case.thread_id not in (None, old_thread)
        assert w.transport.sent("summary")[-1] == (case_id, case.thread_id, True), (
            "summary says it was recreated"
        )
        assert w.transport.sent("copy")[-1] == (USER, 2, w.transport.group_chat_id, case.thread_id)


async def test_newcomer_who_blocked_the_bot_gets_the_case_closed(db_url: str, clock: FixedClock) -> None:
    async with world(db_url, clock) as w:
        case_id = await _waiting(w)
        async with w.service() as s:
            await s.take(case_id, AINO)
        w.transport.fail["to_newcomer"] = [RecipientGone("bot was blocked by the user")]
        await w.drain()
        async with w.service() as s:
            case = await s.get(case_id)
        assert case is not None and case.status == CaseStatus.CLOSED
        assert (case.thread_id, "closed-blocked") in w.transport.sent("note")


async def test_one_owner_takeover_with_note_release_and_close_rules(db_url: str, clock: FixedClock) -> None:
    async with world(db_url, clock) as w:
        case_id = await _waiting(w)
        async with w.service() as s:
            taken = await s.take(case_id, AINO)
            assert taken.owner_id == AINO.id and taken.status == CaseStatus.ACTIVE
            over = await s.take(case_id, HASSAN)
            assert over.owner_id == HASSAN.id
            for action in (s.release(case_id, AINO), s.close(case_id, AINO)):
                try:
                    await action
                except NotAllowed as exc:
                    assert exc.reason == "not-owner"
                else:
                    raise AssertionError("only the owner (or a coordinator) may release or close")
            try:
                await s.from_advisor(over, AINO, Incoming(message_id=77), w.transport.group_chat_id)
            except NotAllowed as exc:
                assert exc.reason == "not-owner"
            else:
                raise AssertionError("another advisor's message is not relayed")
            closed = await s.close(case_id, LEENA)
            assert closed.status == CaseStatus.CLOSED
            reopened = await s.reopen_by_staff(case_id, AINO)
            assert reopened.status == CaseStatus.WAITING and reopened.owner_id is None
        await w.drain()
        views = [v for _, v in w.transport.sent("note")]  # type: ignore[misc]
        assert views == ["taken", "taken-over", "closed", "reopened"]
        async with w.service() as s:
            await s.delete(case_id, LEENA)
            assert await s.get(case_id) is None
        async with w.sessionmaker() as session:
            audit = (
                await session.execute(select(CaseAudit.action, CaseAudit.actor_id).order_by(CaseAudit.id))
            ).all()
        assert [tuple(a) for a in audit] == [
            ("take", AINO.id),
            ("take", HASSAN.id),
            ("close", LEENA.id),
            ("reopen", AINO.id),
            ("delete", LEENA.id),
        ]


async def test_advisor_may_not_delete_only_coordinator(db_url: str, clock: FixedClock) -> None:
    async with world(db_url, clock) as w:
        case_id = await _waiting(w)
        async with w.service() as s:
            try:
                await s.delete(case_id, AINO)
            except NotAllowed as exc:
                assert exc.reason == "coordinators-only"
            else:
                raise AssertionError("advisors cannot delete cases")
            assert await s.get(case_id) is not None


async def test_queue_position_urgent_first(db_url: str, clock: FixedClock) -> None:
    async with world(db_url, clock) as w:
        first = await _waiting(w, 1)
        clock.advance(timedelta(minutes=1))
        second = await _waiting(w, 2)
        async with w.sessionmaker() as session:
            row = await session.get(CaseRow, second)
            assert row is not None
            row.urgent = True
            await session.commit()
        async with w.service() as s:
            a, b = await s.get(first), await s.get(second)
            assert a is not None and b is not None
            assert await s.queue_position(b) == 1
            assert await s.queue_position(a) == 2


async def test_retention_deletes_closed_cases_and_keeps_anonymous_stats(
    db_url: str, clock: FixedClock
) -> None:
    async with world(db_url, clock) as w:
        case_id = await _waiting(w)
        await w.drain()
        async with w.service() as s:
            await s.take(case_id, AINO)
            clock.advance(timedelta(minutes=5))
            await s.from_advisor(
                (await s.get(case_id)), AINO, Incoming(message_id=9), w.transport.group_chat_id
            )  # type: ignore[arg-type]
            await s.close(case_id, AINO)
            await s.rate(USER, case_id, 4)
        await w.drain()
        thread = w.transport.sent("create_topic") and w.transport.sent("summary")[0][1]  # type: ignore[index]
        clock.advance(timedelta(days=89))
        async with w.service() as s:
            assert await s.purge(timedelta(days=90)) == 0
        clock.advance(timedelta(days=2))
        async with w.service() as s:
            assert await s.purge(timedelta(days=90)) == 1
            assert await s.get(case_id) is None
        await w.drain()
        assert thread in w.transport.sent("delete_topic")
        async with w.sessionmaker() as session:
            stat = (await session.execute(select(CaseStat))).scalar_one()
        assert (stat.case_id, stat.locale, stat.first_answer_seconds, stat.rating) == (None, "so", 300, 4)
        report = await case_report(w.sessionmaker, clock.now(), 120, w.ctx.duty.tz)  # type: ignore[attr-defined]
        assert report.total == 1 and report.per_locale == {"so": 1}
        assert report.median_first_answer == timedelta(minutes=5)
        assert report.average_rating == 4


async def test_reopen_by_reply_within_a_week_only(db_url: str, clock: FixedClock) -> None:
    async with world(db_url, clock) as w:
        case_id = await _waiting(w)
        async with w.service() as s:
            case = await s.take(case_id, AINO)
            await s.from_advisor(case, AINO, Incoming(message_id=50), w.transport.group_chat_id)
        await w.drain()
        delivered = w.transport._ids  # the id the fake gave the copy in the newcomer's chat
        async with w.service() as s:
            await s.close(case_id, AINO)
        clock.advance(timedelta(days=6))
        async with w.service() as s:
            reopened = await s.reopen_by_reply(USER, delivered)
            assert reopened is not None and reopened.status == CaseStatus.WAITING
            await s.close(case_id, LEENA)
        clock.advance(timedelta(days=8))
        async with w.service() as s:
            assert await s.reopen_by_reply(USER, delivered) is None


async def test_a_message_telegram_refuses_is_tried_a_few_times_then_advisors_are_told(
    db_url: str, clock: FixedClock
) -> None:
    async with world(db_url, clock) as w:
        case = await _relayed(w)
        async with w.service() as s:
            await s.from_newcomer(case, Incoming(message_id=2, text="a poll"))
        w.transport.fail["copy"] = [Refused("Bad Request: CHAT_SEND_POLLS_FORBIDDEN")] * (MAX_REFUSALS + 1)
        for _ in range(MAX_REFUSALS):
            await w.drain()
            clock.advance(MINUTE)
        assert w.transport.fail["copy"], "tried MAX_REFUSALS times, not more"
        w.transport.fail["copy"] = []
        async with w.service() as s:
            await s.from_newcomer(case, Incoming(message_id=3, text="after it"))
        await w.drain()
        copies = [detail[1] for detail in w.transport.sent("copy")]
        assert copies == [1, 3], "the refused message is dropped, the next one is not held up"
        assert (case.thread_id, "undeliverable") in w.transport.sent("note"), "advisors are told"
        async with w.sessionmaker() as session:
            pending = (
                await session.execute(
                    select(func.count()).select_from(CaseOutbox).where(CaseOutbox.status == "pending")
                )
            ).scalar_one()
        assert pending == 0, "nothing is retried forever"


async def test_unreachable_group_holds_rows_tells_the_newcomer_once_and_alerts_once(
    db_url: str, clock: FixedClock
) -> None:
    async with world(db_url, clock) as w:
        w.transport.fail["create_topic"] = [GroupUnavailable("removed")] * 3
        case = await _relayed(w)
        async with w.service() as s:
            await s.from_newcomer(case, Incoming(message_id=2, text="hello?"))
        await w.drain()
        assert w.transport.sent("alert") == [("removed", None)]
        assert w.transport.sent("to_newcomer") == [("unreachable", None)], "told once, not per message"
        assert w.transport.sent("create_topic") == [], "no knock on the group before the pause ends"
        clock.advance(UNREACHABLE_PAUSE + MINUTE)
        await w.drain()  # one knock, still gone
        clock.advance(UNREACHABLE_PAUSE + MINUTE)
        await w.drain()  # one more, still gone
        assert w.transport.sent("alert") == [("removed", None)], "one alert per outage"
        clock.advance(UNREACHABLE_PAUSE + MINUTE)
        await w.drain()
        assert [d[1] for d in w.transport.sent("copy")] == [1, 2], "then everything goes, in order"
