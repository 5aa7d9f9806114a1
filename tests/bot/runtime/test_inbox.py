"""The inbox: stored before confirmed, each update once, per-chat order, leases that run out (real databases)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from aiogram import Bot, Dispatcher, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Message
from sqlalchemy import select

from bot.clock import FixedClock
from bot.db.models import InboxUpdate
from bot.emulator import TelegramEmulator
from bot.i18n import Translator
from bot.runtime.handling import InboxWorkers
from bot.runtime.inbox import Inbox, Mark, chat_key
from tests.harness import TOKEN, start_harness, until


async def test_a_newcomers_hours_questions_are_answered_in_order_through_the_inbox(
    db_url: str, clock: FixedClock, translator: Translator
) -> None:
    h = await start_harness(db_url, clock, translator, inbox=True)
    try:
        user = h.new_user("Hodan", language_code="so")
        for _ in range(4):
            h.emulator.send_text(user, "/hours")
        replies = await h.emulator.wait_for_messages(user, 4, timeout=30)
        await h.settle(timeout=30)
        assert len(replies) == 4
        assert h.inbox is not None and await h.inbox.waiting() == 0
        async with h.resources.engine.connect() as conn:
            rows = (await conn.execute(select(InboxUpdate.payload, InboxUpdate.handled_at))).all()
        assert len(rows) == 4
        assert all(payload is None and handled is not None for payload, handled in rows), "the words are gone"
    finally:
        await h.stop()


def message(update_id: int, chat: int) -> dict[str, object]:
    person = {"id": chat, "is_bot": False, "first_name": "Hodan"}
    chat_ = {"id": chat, "type": "private"}
    return {
        "update_id": update_id,
        "message": {"message_id": update_id, "date": 1, "chat": chat_, "from": person, "text": "/hours"},
    }


class Clock:
    def __init__(self) -> None:
        self.at = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at


async def test_one_process_per_chat_until_its_lease_runs_out_and_each_update_once(db_url: str) -> None:
    clock = Clock()
    a, b = Inbox.open(db_url, "replica-a", now=clock), Inbox.open(db_url, "replica-b", now=clock)
    try:
        assert len(await a.store([message(1, 10), message(2, 20), message(3, 10)])) == 3
        assert await b.store([message(3, 10)]) == [], "Telegram sending an update again changes nothing"
        assert sorted(await a.claim(5)) == ["10", "20"]
        assert await b.claim(5) == [], "both chats are replica a's"
        assert [u.update_id for u in await a.next_updates("10")] == [1, 3], "oldest first"
        await a.done(1)
        assert [u.update_id for u in await a.next_updates("10")] == [3]
        # Replica a dies: its leases run out and replica b takes the chats, which a then learns.
        clock.at += timedelta(seconds=11)
        assert sorted(await b.claim(5)) == ["10", "20"]
        assert await a.renew(["10", "20"]) == {"10", "20"}
        await b.done(3)
        await b.release("10")
        assert await b.next_updates("10") == []
        assert await b.waiting() == 1
        # A day after being handled, an update is forgotten; its payload went when it was handled.
        clock.at += timedelta(days=1, seconds=1)
        assert await a.prune() == 2
    finally:
        await a.close()
        await b.close()


def test_updates_of_a_chat_share_a_key_whatever_their_kind() -> None:
    assert chat_key(message(5, 42)) == "42"
    press = {
        "update_id": 6,
        "callback_query": {"id": "q", "from": {"id": 42}, "message": {"chat": {"id": 42}}},
    }
    assert chat_key(press) == "42"
    assert chat_key({"update_id": 7, "poll": {"id": "p"}}) == "update:7"


@pytest.mark.parametrize("confirmed", [1, 2], ids=["after-the-first-part", "after-both-parts"])
async def test_a_handler_run_again_after_a_crash_sends_only_what_telegram_had_not_confirmed(
    db_url: str, confirmed: int
) -> None:
    """A process sent `confirmed` parts of a two-part answer, recorded them and was killed. The next one runs the
    handler again: the recorded parts are answered from the journal (the same message ids), the rest is sent."""
    emulator = TelegramEmulator(TOKEN)
    await emulator.start(host="127.0.0.1", port=0)
    bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(emulator.base_url)))
    inbox = Inbox.open(db_url, "test")
    ids: list[int] = []
    router = Router()

    @router.message()
    async def two_parts(message: Message) -> None:
        for part in ("part one", "part two"):
            ids.append((await message.answer(part)).message_id)

    dp = Dispatcher()
    dp.include_router(router)
    workers = InboxWorkers(inbox, dp, bot, exclusive=True)
    try:
        user = int(emulator.add_user("Hodan", language_code="so")["id"])
        before = [await bot.send_message(user, part) for part in ("part one", "part two")[:confirmed]]
        update_id = 7_000_000 + confirmed
        await inbox.store([message(update_id, user)], leases=False)
        journal = [
            ["sendMessage", m.model_dump(mode="json", exclude_unset=True, by_alias=True)] for m in before
        ]
        await inbox.record([Mark(update_id, sent=json.dumps(journal))])

        await workers.start()
        await until(lambda: workers.handled == 1)
        texts = [m["text"] for m in emulator.chat_messages(user) if m["from_bot"]]
        assert texts == ["part one", "part two"], "nothing twice, nothing missing"
        assert ids[:confirmed] == [m.message_id for m in before], "the handler saw the messages it had sent"
        await workers.stop()  # writes the last marks
        assert await inbox.waiting() == 0
    finally:
        await workers.stop()
        await inbox.close()
        await bot.session.close()
        await emulator.stop()
