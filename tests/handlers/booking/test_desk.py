"""Bookings in the advisors' forum group: /today and /tomorrow, attended / no-show marks, the no-show rate for
coordinators; nobody else can mark."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.booking.model import Booking
from bot.booking.service import BookingService
from bot.clock import FixedClock
from bot.db.models import Booking as BookingRow
from bot.i18n import Translator
from bot.telegram.membership import TelegramMembership
from handlers.booking.callbacks import BookMark
from handlers.booking.keyboards import CallbackLinks
from tests.handlers.cases.helpers import AINO, GROUP, HASSAN, LEENA, press_data, running_desk
from tests.harness import BotHarness, buttons
from tests.infra import migrated_sqlite

TZ = ZoneInfo("Europe/Helsinki")
TODAY = date(2026, 11, 24)  # the harness clock: Tuesday 10:30


@pytest.fixture
async def desk(db_url: str, clock: FixedClock, translator: Translator) -> AsyncIterator[BotHarness]:
    async with running_desk(db_url, clock, translator) as h:
        yield h


@pytest.fixture
async def sqlite_desk(tmp_path: Path, clock: FixedClock, translator: Translator) -> AsyncIterator[BotHarness]:
    async with running_desk(await migrated_sqlite(tmp_path / "desk.sqlite3"), clock, translator) as h:
        yield h


async def seat(h: BotHarness, user: int, start: datetime, language: str, topic: str) -> Booking:
    async with h.resources.sessionmaker() as session:
        return await BookingService(session, h.clock, TZ, CallbackLinks()).book(
            user, "en", topic, language, start
        )


def general(h: BotHarness) -> list[dict[str, Any]]:
    return [m for m in h.bot_messages(GROUP) if m["message_thread_id"] is None and m["kind"] == "text"]


async def in_general(h: BotHarness, who: int, text: str) -> dict[str, Any]:
    before = len(general(h))
    h.emulator.send_text(who, text, chat_id=GROUP)
    for _ in range(200):
        await h.settle()
        if len(general(h)) > before:
            return general(h)[-1]
        await asyncio.sleep(0.05)
    raise AssertionError(f"no answer to {text!r} in the General topic")


def current(h: BotHarness, message_id: int) -> dict[str, Any]:
    return next(m for m in h.bot_messages(GROUP) if m["message_id"] == message_id)


def data_of(message: dict[str, Any], label: str) -> str:
    for row in message["reply_markup"]["inline_keyboard"]:
        for button in row:
            if button["text"] == label:
                return str(button["callback_data"])
    raise AssertionError(f"no button {label!r} in {buttons(message)}")


async def test_today_lists_bookings_advisors_mark_them_and_coordinators_see_the_rate(
    desk: BotHarness,
) -> None:
    h = desk
    fi = h.translator("fi")
    arabic = await seat(h, 501, datetime.combine(TODAY, time(12, 40), tzinfo=TZ), "ar", "kela")
    somali = await seat(h, 502, datetime.combine(TODAY, time(13, 0), tzinfo=TZ), "so", "housing")
    await seat(h, 503, datetime.combine(date(2026, 11, 27), time(9, 0), tzinfo=TZ), "fi", "work")

    listing = await in_general(h, AINO, "/today")
    lines = listing["text"].split("\n")
    assert lines[0] == "🗓 Varaukset tänään ti 24.11. (2)"
    assert lines[1] == f"12.40 · {arabic.code} · arabia · 🏛 Kela"
    assert lines[2] == f"13.00 · {somali.code} · somali · 🏠 Asuminen"
    assert buttons(listing) == [f"✅ 12.40 {arabic.code}", "❌", f"✅ 13.00 {somali.code}", "❌"]

    answer = await press_data(h, AINO, listing, data_of(listing, f"✅ 12.40 {arabic.code}"))
    assert answer["text"] == f"{arabic.code}: tuli"
    marked = current(h, listing["message_id"])
    assert marked["text"].split("\n")[1].endswith("· ✅ tuli")
    assert buttons(marked)[0] == f"☑️ 12.40 {arabic.code}"
    second_absent = marked["reply_markup"]["inline_keyboard"][1][1]["callback_data"]
    answer = await press_data(h, HASSAN, marked, second_absent)
    assert answer["text"] == f"{somali.code}: ei tullut"
    assert current(h, listing["message_id"])["text"].split("\n")[2].endswith("· ❌ ei tullut")

    tomorrow = await in_general(h, AINO, "/tomorrow")
    assert tomorrow["text"] == "🗓 Varaukset huomenna ke 25.11. (0)\nEi varauksia."
    assert buttons(tomorrow) == []

    refused = await in_general(h, AINO, "/bookings_report")
    assert refused["text"] == fi("cases-desk-note-refused", reason=fi("cases-desk-refused-coordinators-only"))
    report = await in_general(h, LEENA, "/bookings_report 2")
    assert report["text"].startswith("📊 Varaukset viikoittain")
    assert (
        "vk ma 23.11.: 3 varausta, 1 tuli, 1 ei tullut, 0 merkitsemättä, 0 peruttu · poisjäämisaste 50 %"
        in (report["text"])
    )
    async with h.resources.sessionmaker() as session:
        statuses = {r[0]: r[1] for r in await session.execute(select(BookingRow.id, BookingRow.status))}
    assert statuses[arabic.id] == "attended" and statuses[somali.id] == "no_show"


async def test_only_staff_mark_and_only_days_that_have_come(
    sqlite_desk: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    h = sqlite_desk
    fi = h.translator("fi")
    booking = await seat(h, 501, datetime.combine(TODAY, time(12, 40), tzinfo=TZ), "ar", "kela")
    friday = await seat(h, 502, datetime.combine(date(2026, 11, 27), time(9, 0), tzinfo=TZ), "fi", "work")
    listing = await in_general(h, AINO, "/today")

    answer = await press_data(h, AINO, listing, BookMark(id=friday.id, came=True).pack(), forge=True)
    assert answer["text"] == fi("booking-error-not-found") and answer["show_alert"]

    real_status = TelegramMembership.status

    async def status(self: TelegramMembership, user_id: int) -> str:
        return "left" if user_id == HASSAN else await real_status(self, user_id)

    monkeypatch.setattr(TelegramMembership, "status", status)
    h.dispatcher["desk"].roles.forget()
    answer = await press_data(h, HASSAN, listing, data_of(listing, f"✅ 12.40 {booking.code}"))
    assert answer["text"] == fi("cases-desk-refused-not-staff")
    h.emulator.send_text(HASSAN, "/today", chat_id=GROUP)
    await h.settle()
    assert len(general(h)) == 1, "someone who left the group gets no list"
    async with h.resources.sessionmaker() as session:
        assert set((await session.execute(select(BookingRow.status))).scalars()) == {"active"}
