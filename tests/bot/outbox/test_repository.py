"""The outbox on SQLite and PostgreSQL: unique rows, audiences, and a sender that survives a crash -- rows left in
flight are reported as unknown and never resent, everything else is sent exactly once."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FixedClock
from bot.db.models import OutboxBatch, OutboxMessage, User, UserInterest
from bot.i18n import Translator
from bot.news.announcements import AnnouncementService, expander
from bot.news.audience import Audience, Audiences, Recipient
from bot.news.subscriptions import SubscriptionService
from bot.outbox import service as outbox
from bot.outbox.model import (
    Ambiguous,
    BatchKind,
    BatchStatus,
    Button,
    DeliveryError,
    OutboxItem,
    RecipientGone,
    RetryAfter,
    RowState,
)
from bot.outbox.pacing import LocalPacer
from bot.outbox.render import Outgoing, RenderedButton
from bot.outbox.sender import OutboxSender
from bot.users.service import UserService
from tests.harness import T0

COORDINATOR = 9003


@dataclass
class FakeTransport:
    """Telegram as the sender sees it: records what arrived; raises prepared errors per chat, in order."""

    failures: dict[int, list[DeliveryError]] = field(default_factory=dict)
    sent: list[Outgoing] = field(default_factory=list)
    edits: list[str] = field(default_factory=list)

    async def send(self, message: Outgoing) -> int:
        queue = self.failures.get(message.chat_id)
        if queue:
            raise queue.pop(0)
        self.sent.append(message)
        return len(self.sent)

    async def edit(
        self, chat_id: int, message_id: int, text: str, buttons: tuple[tuple[RenderedButton, ...], ...]
    ) -> None:
        self.edits.append(text)

    def to(self, chat_id: int) -> list[Outgoing]:
        return [m for m in self.sent if m.chat_id == chat_id]


def sender(
    sessions: async_sessionmaker[AsyncSession],
    transport: FakeTransport,
    translator: Translator,
    clock: FixedClock,
) -> OutboxSender:
    return OutboxSender(
        sessionmaker=sessions,
        clock=clock,
        translator=translator,
        transport=transport,
        pacer=LocalPacer(per_second=1000, per_chat_seconds=0),
        expanders={BatchKind.ANNOUNCEMENT: expander(Audiences())},
        workers=4,
        retry_delays=(0.01,),
    )


async def subscribers(sessions: async_sessionmaker[AsyncSession], people: dict[int, str]) -> None:
    async with sessions() as session:
        await session.execute(
            insert(User),
            [
                {
                    "telegram_id": uid,
                    "locale": loc,
                    "first_seen": T0,
                    "last_seen": T0,
                    "consent_announcements": True,
                }
                for uid, loc in people.items()
            ],
        )
        await session.commit()


async def states(sessions: async_sessionmaker[AsyncSession], batch_id: int) -> dict[int, str]:
    async with sessions() as session:
        rows = await session.execute(
            select(OutboxMessage.chat_id, OutboxMessage.state).where(OutboxMessage.batch_id == batch_id)
        )
        return {int(r[0]): str(r[1]) for r in rows}


async def test_one_row_per_batch_and_chat(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions() as session:
        batch_id = await outbox.enqueue(
            session,
            [
                OutboxItem(1, "en", text="a"),
                OutboxItem(1, "en", text="b"),
                OutboxItem(2, "so", fluent_id="x"),
            ],
            now=T0,
        )
        await session.commit()
    async with sessions() as session:
        rows = (await session.execute(select(OutboxMessage.chat_id, OutboxMessage.text))).all()
        assert sorted(rows) == [(1, "a"), (2, None)], "the first item for a chat wins"
        with pytest.raises(IntegrityError):
            await session.execute(
                insert(OutboxMessage).values(
                    batch_id=batch_id, chat_id=1, locale="en", state="pending", attempts=0
                )
            )
            await session.flush()


async def test_items_and_buttons_are_checked(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions() as session:
        with pytest.raises(outbox.InvalidItem):
            await outbox.enqueue(session, [OutboxItem(1, "en")], now=T0)
        with pytest.raises(outbox.InvalidItem):
            bad = Button(label="x", url="https://a", callback_data="y")
            await outbox.enqueue(session, [OutboxItem(1, "en", text="t", buttons=[[bad]])], now=T0)


async def test_audiences_reach_only_subscribers(
    sessions: async_sessionmaker[AsyncSession], clock: FixedClock
) -> None:
    await subscribers(sessions, {1: "ar", 2: "so", 3: "ar", 4: "en"})
    async with sessions() as session:
        await session.execute(update(User).where(User.telegram_id == 4).values(blocked_at=T0))
        session.add(User(telegram_id=5, locale="ar", first_seen=T0, last_seen=T0))  # never said yes
        await session.commit()
        subs = SubscriptionService(session, clock)
        await subs.toggle_interest(2, "sports")
        await subs.toggle_interest(5, "sports")  # choosing a topic says yes to news
        audiences = Audiences()
        everyone = await audiences.resolve(session, Audience("all"))
        arabic = await audiences.resolve(session, Audience("lang", "ar"))
        sports = await audiences.resolve(session, Audience("int", "sports"))
    assert sorted(r.chat_id for r in everyone) == [1, 2, 3, 5]
    assert sorted(r.chat_id for r in arabic) == [1, 3, 5]
    assert sorted(r.chat_id for r in sports) == [2, 5]


async def test_a_plugged_in_audience_kind_is_used(sessions: async_sessionmaker[AsyncSession]) -> None:
    class EventSubscribers:
        key = "evt"
        label_id = "news-announce-audience-all"

        async def choices(self, session: AsyncSession, locale: str) -> list[object]:
            return []

        async def recipients(self, session: AsyncSession, value: str) -> list[Recipient]:
            return [Recipient(int(value), "so"), Recipient(int(value), "so")]

    audiences = Audiences([EventSubscribers()])  # type: ignore[list-item]
    assert [k.key for k in audiences.kinds()] == ["all", "lang", "int", "evt"]
    async with sessions() as session:
        assert await audiences.resolve(session, Audience("evt", "77")) == [Recipient(77, "so")]


async def reported_batch(sessions: async_sessionmaker[AsyncSession], items: list[OutboxItem]) -> int:
    """A batch enqueued now whose progress and result go to the coordinator, in English."""
    async with sessions() as session:
        batch_id = await outbox.enqueue(
            session, items, now=T0, report_chat_id=COORDINATOR, report_locale="en"
        )
        await session.commit()
    return batch_id


async def test_resume_after_a_crash_reports_unknown_and_sends_nothing_twice(
    sessions: async_sessionmaker[AsyncSession], translator: Translator, clock: FixedClock
) -> None:
    batch_id = await reported_batch(sessions, [OutboxItem(c, "en", text=f"news {c}") for c in range(1, 7)])
    # The killed sender had started the batch, sent 1 and 2, and was in the middle of 3 and 4.
    async with sessions() as session:
        await session.execute(update(OutboxBatch).values(status="sending", started_at=T0))
        await session.execute(update(OutboxMessage).where(OutboxMessage.chat_id <= 2).values(state="sent"))
        await session.execute(
            update(OutboxMessage).where(OutboxMessage.chat_id.in_((3, 4))).values(state="sending")
        )
        await session.commit()
    transport = FakeTransport()
    restarted = sender(sessions, transport, translator, clock)
    await restarted.run_until_idle()
    assert sorted(m.chat_id for m in transport.sent if m.chat_id != COORDINATOR) == [5, 6]
    assert await states(sessions, batch_id) == {
        1: "sent",
        2: "sent",
        3: "unknown",
        4: "unknown",
        5: "sent",
        6: "sent",
    }
    [report] = [m.text for m in transport.to(COORDINATOR)]
    assert "Delivered: 4 of 6" in report and "Unknown: 2" in report
    # Another restart finds nothing to do: no resend, no second report.
    again = FakeTransport()
    await sender(sessions, again, translator, clock).run_until_idle()
    assert again.sent == []


async def test_announcement_due_during_downtime_goes_out_once(
    sessions: async_sessionmaker[AsyncSession], translator: Translator, clock: FixedClock
) -> None:
    await subscribers(sessions, {1: "ar", 2: "so", 3: "fa-AF"})
    async with sessions() as session:
        batch_id = await AnnouncementService(session, clock, Audiences()).schedule(
            {"ar": "مرحبا", "en": "Hello"},
            Audience("all"),
            created_by=COORDINATOR,
            report_locale="en",
            not_before=T0 + timedelta(hours=1),
        )
    transport = FakeTransport()
    early = sender(sessions, transport, translator, clock)
    await early.run_until_idle()
    assert transport.sent == [], "not before its time"
    clock.advance(timedelta(hours=5))  # the scheduler was down when it was due
    await sender(sessions, transport, translator, clock).run_until_idle()
    await sender(sessions, transport, translator, clock).run_until_idle()
    texts = {m.chat_id: m.text for m in transport.sent}
    assert sorted(texts) == [1, 2, 3, COORDINATOR], "each recipient once, then one report"
    assert "مرحبا" in texts[1] and "Hello" in texts[2] and "Hello" in texts[3]
    assert "Warkani kuma qorna luqaddaada" in texts[2], "Somali readers get English with a note"
    assert [b.text for row in transport.to(1)[0].buttons for b in row] == [
        translator("ar")("news-stop-button")
    ]
    assert await states(sessions, batch_id) == {1: "sent", 2: "sent", 3: "sent"}


async def test_403_unsubscribes_429_pauses_and_timeouts_are_not_resent(
    sessions: async_sessionmaker[AsyncSession], translator: Translator, clock: FixedClock
) -> None:
    await subscribers(sessions, {1: "en", 2: "en", 3: "en", 4: "en"})
    async with sessions() as session:
        batch_id = await outbox.enqueue(
            session, [OutboxItem(c, "en", text="hi") for c in (1, 2, 3, 4)], now=T0
        )
        await session.commit()
    transport = FakeTransport(failures={1: [RecipientGone()], 2: [RetryAfter(0.05)], 3: [Ambiguous()]})
    run = sender(sessions, transport, translator, clock)
    await run.run_until_idle()
    assert await states(sessions, batch_id) == {1: "blocked", 2: "sent", 3: "unknown", 4: "sent"}
    assert sorted(m.chat_id for m in transport.sent) == [2, 4], "2 once after the pause; 3 never again"
    assert run.stats.retry_after == 1
    async with sessions() as session:
        gone = await UserService(session, clock).get(1)
    assert gone is not None and gone.consent_announcements is False and gone.blocked


async def test_a_broken_template_stops_the_batch(
    sessions: async_sessionmaker[AsyncSession], translator: Translator, clock: FixedClock
) -> None:
    items = [OutboxItem(1, "en", fluent_id="no-such-message"), OutboxItem(2, "en", text="fine")]
    batch_id = await reported_batch(sessions, items)
    transport = FakeTransport()
    run = sender(sessions, transport, translator, clock)
    run.workers = 1
    run.__post_init__()
    await run.run_until_idle()
    assert {m.chat_id for m in transport.sent} == {COORDINATOR}, "no recipient got anything"
    assert "was stopped" in transport.to(COORDINATOR)[-1].text
    assert "Not sent: 2" in transport.to(COORDINATOR)[-1].text  # rendering failed before any send
    async with sessions() as session:
        assert (await session.get(OutboxBatch, batch_id)).status == BatchStatus.STOPPED  # type: ignore[union-attr]
    assert (await states(sessions, batch_id))[2] == RowState.PENDING


async def test_fluent_rows_are_rendered_in_the_recipients_language(
    sessions: async_sessionmaker[AsyncSession], translator: Translator, clock: FixedClock
) -> None:
    async with sessions() as session:
        await outbox.enqueue(
            session,
            [
                OutboxItem(
                    1,
                    "so",
                    fluent_id="news-started",
                    buttons=[[Button(label_id="news-stop-button", action="unsubscribe")]],
                ),
                OutboxItem(2, "ar", fluent_id="news-announce-message", args={"body": "x"}),
            ],
            now=T0,
        )
        await session.commit()
    transport = FakeTransport()
    await sender(sessions, transport, translator, clock).run_until_idle()
    by_chat = {m.chat_id: m for m in transport.sent}
    assert by_chat[1].text == translator("so")("news-started")
    assert by_chat[1].buttons[0][0] == RenderedButton(
        translator("so")("news-stop-button"), action="unsubscribe"
    )
    assert by_chat[2].text.endswith("x")


async def test_cancelled_batch_sends_nothing_more(
    sessions: async_sessionmaker[AsyncSession], translator: Translator, clock: FixedClock
) -> None:
    async with sessions() as session:
        batch_id = await outbox.enqueue(session, [OutboxItem(c, "en", text="hi") for c in (1, 2)], now=T0)
        await session.commit()
        assert await outbox.cancel(session, batch_id, T0)
        assert not await outbox.cancel(session, batch_id, T0)
    transport = FakeTransport()
    await sender(sessions, transport, translator, clock).run_until_idle()
    assert transport.sent == []


async def test_deleting_a_user_removes_their_interests_and_old_batches_expire(
    sessions: async_sessionmaker[AsyncSession], clock: FixedClock
) -> None:
    async with sessions() as session:
        await SubscriptionService(session, clock).toggle_interest(42, "finnish")
        assert await UserService(session, clock).delete_data(42)
        assert (await session.execute(select(UserInterest))).first() is None
        batch_id = await outbox.enqueue(session, [OutboxItem(1, "en", text="hi")], now=T0)
        await session.execute(update(OutboxBatch).values(status="done"))
        await session.commit()
    clock.advance(timedelta(days=31))
    assert await outbox.purge_finished(sessions, clock) == 1
    async with sessions() as session:
        assert await session.get(OutboxBatch, batch_id) is None
        assert (await session.execute(select(OutboxMessage))).first() is None
