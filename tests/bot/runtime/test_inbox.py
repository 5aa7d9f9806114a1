"""The inbox: stored before confirmed, each update once, per-chat order, leases that run out (real databases)."""

from __future__ import annotations

from sqlalchemy import select

from bot.clock import FixedClock
from bot.db.models import InboxUpdate
from bot.i18n import Translator
from tests.harness import start_harness


def message(update_id: int, chat: int, text: str = "/hours") -> dict[str, object]:
    user = {"id": chat, "is_bot": False, "first_name": "Hodan"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1,
            "chat": {"id": chat, "type": "private"},
            "from": user,
            "text": text,
        },
    }


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
