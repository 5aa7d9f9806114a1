"""Issue 6's "done when", through the offline demo (one process: emulator, bot, scheduler and outbox sender):
Ahmed books Tuesday 10:00 with the Arabic assistant, gets the confirmation and the .ics, is reminded after the page's
"+1 hour" button moves the clock, cancels in one tap and the slot is free again; Leena closes that Tuesday and
everyone booked is told."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
import pytest

from bot.booking.service import BookingService
from bot.i18n import Translator
from bot.i18n.dates import day_short
from bot.runtime.demo import COORDINATOR, Demo
from handlers.booking.keyboards import CallbackLinks
from tests.harness import WAIT, until

TZ = ZoneInfo("Europe/Helsinki")
TUESDAY = date(2026, 12, 1)
# Monday 30 November 2026, 17:30 in Tampere: the Arabic assistant is there tomorrow (schedule.yaml: tue, fri).
MONDAY_EVENING = datetime(2026, 11, 30, 17, 30, tzinfo=TZ)


@pytest.fixture
def demo_start() -> datetime:
    return MONDAY_EVENING


def bot_messages(demo: Demo, chat: int) -> list[dict[str, Any]]:
    return [m for m in demo.emulator.chat_messages(chat) if m["from_bot"] and not m["deleted"]]


def labels(message: dict[str, Any]) -> list[str]:
    return [b["text"] for row in (message.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]


async def press(
    demo: Demo, user: int, label: str, *, starts: bool = False, expect: int = 0
) -> dict[str, Any]:
    """Press a button; wait until its message changed or `expect` new messages came; returns the pressed message."""
    for message in reversed(bot_messages(demo, user)):
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                if button["text"] == label or (starts and button["text"].startswith(label)):
                    return await _press(demo, user, message, button["callback_data"], expect)
    raise AssertionError(
        f"no button {label!r} in chat {user}: {[labels(m) for m in bot_messages(demo, user)]}"
    )


async def _press(demo: Demo, user: int, message: dict[str, Any], data: str, expect: int) -> dict[str, Any]:
    count = len(bot_messages(demo, user))
    demo.emulator.press(user, user, message["message_id"], data)

    def now() -> dict[str, Any]:
        return next(m for m in bot_messages(demo, user) if m["message_id"] == message["message_id"])

    if expect:
        await until(lambda: len(bot_messages(demo, user)) >= count + expect)
    else:
        await until(lambda: now()["seq"] != message["seq"] or len(bot_messages(demo, user)) > count)
    await demo.emulator.wait_idle(timeout=WAIT)
    return now()


async def say(demo: Demo, user: int, text: str, expect: int = 1) -> list[dict[str, Any]]:
    before = len(bot_messages(demo, user))
    demo.emulator.send_text(user, text)
    await demo.emulator.wait_for_messages(user, before + expect, timeout=WAIT)
    await demo.emulator.wait_idle(timeout=WAIT)
    return bot_messages(demo, user)[before:]


async def move_clock(demo: Demo, minutes: int) -> None:
    """The page's clock buttons: the emulator moves the clock, the demo runs its due jobs."""
    async with (
        aiohttp.ClientSession() as http,
        http.post(f"{demo.url}/_emu/clock/advance", json={"minutes": minutes}) as response,
    ):
        assert response.status == 200


async def free_seats(demo: Demo, start: datetime) -> int:
    async with demo.resources.sessionmaker() as session:
        service = BookingService(session, demo.clock, TZ, CallbackLinks())
        return {o.start: o.free for o in await service.times(start.date(), "ar")}[start]


async def test_ahmed_books_is_reminded_cancels_and_a_closure_tells_everyone(demo: Demo) -> None:
    ar, fi = Translator()("ar"), Translator()("fi")
    emu = demo.emulator
    await emu.wait_polling(timeout=WAIT)
    ahmed = emu.add_user("Ahmed", language_code="ar")["id"]
    await say(demo, ahmed, "/start")
    await press(demo, ahmed, "العربية", expect=2)  # the welcome and the news offer

    async def book() -> str:
        await say(demo, ahmed, "/book")
        await until(lambda: ar("booking-topic-letters") in labels(bot_messages(demo, ahmed)[-1]))
        await press(demo, ahmed, ar("booking-topic-letters"))
        await press(demo, ahmed, "العربية")
        await press(demo, ahmed, day_short(TUESDAY, "ar"), starts=True)
        count = len(bot_messages(demo, ahmed))
        confirmation = await press(demo, ahmed, "10:00")
        await until(lambda: len(bot_messages(demo, ahmed)) > count)  # the .ics
        assert bot_messages(demo, ahmed)[-1]["kind"] == "document"
        assert bot_messages(demo, ahmed)[-1]["file"]["file_name"].endswith(".ics")
        assert "سيكون مساعد اللغة موجودًا" in confirmation["text"]
        return str(confirmation["text"])

    confirmation = await book()
    assert confirmation.startswith("✅ تم حجز موعدك.") and "الساعة 10:00–10:20" in confirmation
    assert await free_seats(demo, datetime.combine(TUESDAY, time(10), tzinfo=TZ)) == 1

    count = len(bot_messages(demo, ahmed))
    await move_clock(demo, 60)  # 18:30 on Monday: the evening reminder is due
    await until(lambda: len(bot_messages(demo, ahmed)) > count)
    reminder = bot_messages(demo, ahmed)[-1]
    assert reminder["text"].startswith("⏰ تذكير: غدًا") and labels(reminder) == [
        ar("booking-coming"),
        ar("booking-cancel"),
    ]
    cancelled = await press(demo, ahmed, ar("booking-cancel"))
    assert cancelled["text"].startswith("❌ تم الإلغاء")
    assert await free_seats(demo, datetime.combine(TUESDAY, time(10), tzinfo=TZ)) == 2, "free again"

    await book()
    leena = COORDINATOR[1]
    await say(demo, leena, "/start")
    await press(demo, leena, "Suomi", expect=2)
    await say(demo, leena, "/hours_admin")
    await until(lambda: fi("hours-admin-add") in labels(bot_messages(demo, leena)[-1]))
    await press(demo, leena, fi("hours-admin-add"))
    await press(demo, leena, "🕘 " + day_short(TUESDAY, "fi"))
    await press(demo, leena, fi("hours-admin-closed"))
    count = len(bot_messages(demo, ahmed))
    await press(demo, leena, fi("hours-reason-training"))
    await until(
        lambda: any(fi("booking-admin-told", count=1) in (m["text"] or "") for m in bot_messages(demo, leena))
    )
    await until(lambda: len(bot_messages(demo, ahmed)) > count)
    notice = bot_messages(demo, ahmed)[-1]
    assert (
        notice["text"].startswith("⛔ عذرًا! كوتوتوري مغلق في وقت موعدك") and "الساعة 10:00" in notice["text"]
    )
    assert labels(notice) == [ar("booking-rebook")]
    # The coordinator's overview follows the confirmation; let that last request finish before the demo stops.
    overview = fi("hours-admin-title").replace("<b>", "").replace("</b>", "")
    await until(lambda: bot_messages(demo, leena)[-1]["text"].startswith(overview))
    await demo.emulator.wait_idle(timeout=WAIT)
