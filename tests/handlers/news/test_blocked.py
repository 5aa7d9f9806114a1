"""A newcomer who blocks the bot: marked, left out of news, a reminder meant for them fails once and is not retried;
unblocking the bot (Telegram's my_chat_member) brings their news back as they had chosen it."""

from __future__ import annotations

from sqlalchemy import select

from bot.db.models import OutboxMessage, User
from bot.outbox import service as outbox
from bot.outbox.model import OutboxItem
from tests.handlers.news.test_announce import (
    EN_TEXT,
    compose,
    coordinator,
    newcomer,
    report,
    running_sender,
    wait_until,
)
from tests.harness import COORDINATOR_ID, BotHarness


async def _user(h: BotHarness, telegram_id: int) -> User:
    async with h.resources.sessionmaker() as session:
        return (await session.execute(select(User).where(User.telegram_id == telegram_id))).scalar_one()


async def _blocked(h: BotHarness, telegram_id: int) -> bool:
    return (await _user(h, telegram_id)).blocked_at is not None


async def test_blocked_newcomer_is_left_out_and_unblocking_resumes_news(harness: BotHarness) -> None:
    h = harness
    await coordinator(h)
    gone = await newcomer(h, "Zahra", "en")
    stays = await newcomer(h, "Anna", "en")
    h.emulator.block_user(gone)
    for _ in range(100):
        await h.settle()
        if await _blocked(h, gone):
            break
    assert await _blocked(h, gone), "my_chat_member 'kicked' marks the user"

    *_, summary = await compose(h, {"en": EN_TEXT}, ["📣 Everyone who gets news"])
    assert "One recipient" in summary["text"], "the blocked user is not in the audience"
    # A reminder queued for them anyway (a booking or a letter deadline): one 403, no retries, news kept.
    async with h.resources.sessionmaker() as session:
        await outbox.enqueue(session, [OutboxItem(gone, "en", text="Reminder")], now=h.clock.now())
        await session.commit()
    async with running_sender(h) as sender:
        await h.press(COORDINATOR_ID, "📤 Send now")
        await wait_until(report(h, "Delivered: 1 of 1"))
        await wait_until(lambda: sender.stats.blocked == 1)
    async with h.resources.sessionmaker() as session:
        states = (await session.execute(select(OutboxMessage.chat_id, OutboxMessage.state))).all()
    assert sorted(states) == sorted([(stays, "sent"), (gone, "blocked")])
    assert (await _user(h, gone)).consent_announcements is True, "a known block keeps what they chose"

    h.emulator.unblock_user(gone)
    for _ in range(100):
        await h.settle()
        if not await _blocked(h, gone):
            break
    assert not await _blocked(h, gone), "my_chat_member 'member' clears the mark"
    before = len(h.bot_messages(gone))
    *_, summary = await compose(h, {"en": "Second news"}, ["📣 Everyone who gets news"])
    assert "2 recipients" in summary["text"]
    async with running_sender(h):
        await h.press(COORDINATOR_ID, "📤 Send now")
        await wait_until(report(h, "Delivered: 2 of 2"))
    [news] = h.bot_messages(gone)[before:]
    assert "Second news" in news["text"]
