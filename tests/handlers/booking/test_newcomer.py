"""Booking a drop-in time through the real bot: the flow in the user's language, confirmation and .ics, one-tap
cancel and move, the waiting list, reminders with a moved clock, closures, the advisors' lists, forged buttons."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar
from sqlalchemy import select

from bot.booking.model import Booking
from bot.booking.rules import slot_key
from bot.booking.service import BookingService
from bot.db.models import Booking as BookingRow
from bot.i18n import LANGUAGE_NAMES
from bot.i18n.dates import day_short
from bot.i18n.formatting import FSI, PDI
from handlers.booking.callbacks import Book, BookMark, BookOffer, MyBooking, MyBookingAction
from handlers.booking.keyboards import CallbackLinks
from tests.harness import COORDINATOR_ID, BotHarness, buttons

TZ = ZoneInfo("Europe/Helsinki")
TUESDAY = date(2026, 12, 1)  # the harness clock is Tuesday 24 November 2026, 10:30 in Tampere
ARABIC = re.compile(r"[\u0600-\u06FF]")


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=TZ)


def message(h: BotHarness, user: int, message_id: int) -> dict[str, Any]:
    return next(m for m in h.bot_messages(user) if m["message_id"] == message_id)


async def tap(h: BotHarness, user: int, label: str, expect: int = 0) -> dict[str, Any]:
    """Press a button whose answer edits its own message; returns that message as it is now."""
    for m in reversed(h.bot_messages(user)):
        if label in buttons(m):
            await h.press(user, label, expect=expect)
            return message(h, user, m["message_id"])
    raise AssertionError(f"no button {label!r}: {[buttons(m) for m in h.bot_messages(user)]}")


async def tap_starting(h: BotHarness, user: int, prefix: str, expect: int = 0) -> dict[str, Any]:
    for m in reversed(h.bot_messages(user)):
        for label in buttons(m):
            if label.startswith(prefix):
                return await tap(h, user, label, expect)
    raise AssertionError(f"no button starting with {prefix!r}")


async def book_in_chat(
    h: BotHarness, user: int, locale: str, topic: str, language: str, day: date, clock: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """/book -> topic -> language -> day -> time; returns the confirmation and the .ics document."""
    l10n = h.translator(locale)
    [intro] = await h.say(user, "/book")
    await tap(h, user, l10n(f"booking-topic-{topic}"))
    await tap(h, user, LANGUAGE_NAMES[language])
    await tap_starting(h, user, day_short(day, locale))
    [document] = await h.press(user, clock, expect=1)
    return message(h, user, intro["message_id"]), document


async def newcomer(h: BotHarness, name: str, locale: str) -> int:
    user = await h.newcomer(name, LANGUAGE_NAMES[locale])
    return user


async def seat(h: BotHarness, user: int, start: datetime, language: str = "fi") -> Booking:
    """Someone else booked earlier (straight through the service)."""
    async with h.resources.sessionmaker() as session:
        service = BookingService(session, h.clock, TZ, CallbackLinks())
        return await service.book(user, "fi", "other", language, start)


async def test_an_arabic_speaker_books_tuesday_ten_gets_code_address_and_ics_and_cancels(
    harness: BotHarness,
) -> None:
    h = harness
    ar = h.translator("ar")
    user = await newcomer(h, "Ahmed", "ar")
    [menu] = await h.say(user, "/menu")
    assert ar("booking-menu-button") in buttons(menu)
    [intro] = await h.press(user, ar("booking-menu-button"))
    assert intro["text"].startswith("🗓 احجز موعدًا")
    assert buttons(intro)[:6] == [
        ar(f"booking-topic-{t}") for t in ("letters", "kela", "permits", "housing", "work", "other")
    ]
    languages = await tap(h, user, ar("booking-topic-kela"))
    assert buttons(languages)[0] == "العربية", "the reader's own language first, in its own script"
    days = await tap(h, user, "العربية")
    assert "الثلاثاء والجمعة" in days["text"], "the Arabic assistant's days, in Arabic"
    assert [b.split(" · ")[0] for b in buttons(days)[:-1]] == [
        day_short(d, "ar") for d in (date(2026, 11, 24), date(2026, 11, 27), TUESDAY, date(2026, 12, 4))
    ]
    times = await tap_starting(h, user, day_short(TUESDAY, "ar"))
    assert buttons(times)[:4] == ["09:00", "09:20", "09:40", "10:00"] and len(buttons(times)) == 19
    [document] = await h.press(user, "10:00", expect=1)
    confirmation = message(h, user, times["message_id"])

    async with h.resources.sessionmaker() as session:
        row = (await session.execute(select(BookingRow))).scalar_one()
    assert row.slot_start == at(TUESDAY, 10) and (row.language, row.topic) == ("ar", "kela")
    text = confirmation["text"]
    assert f"{FSI}{row.code}{PDI}" in text, "the Latin code is isolated inside Arabic text"
    assert "الثلاثاء، 1 ديسمبر 2026، الساعة 10:00–10:20" in text
    assert "سيكون مساعد اللغة موجودًا" in text
    assert "Insinöörinkatu 38, 33720 Tampere" in text
    assert 'href="https://www.google.com/maps/search/?api=1&amp;query=' in confirmation["html"]
    assert ARABIC.search(text.split("\n")[0])
    assert buttons(confirmation) == [ar("booking-cancel"), ar("booking-move"), ar("booking-mine-button")]

    assert document["kind"] == "document" and document["file"]["file_name"] == f"kototori-{row.code}.ics"
    assert document["caption"] == ar("booking-ics-caption")
    [vevent] = Calendar.from_ical(h.emulator.world.file(document["file"]["file_id"]).data).walk("VEVENT")
    assert vevent.decoded("DTSTART") == at(TUESDAY, 10) and vevent.decoded("DTEND") == at(TUESDAY, 10, 20)
    assert str(vevent["SUMMARY"]) == "كوتوتوري: 🏛 Kela" and row.code in str(vevent["DESCRIPTION"])
    assert "Insinöörinkatu 38" in str(vevent["LOCATION"])

    [mine] = await h.say(user, "/mybookings")
    assert row.code in mine["text"] and "10:00" in mine["text"]
    cancelled = await tap(h, user, ar("booking-cancel-code", code=row.code))
    assert cancelled["text"].startswith("❌ تم الإلغاء: " + day_short(TUESDAY, "ar") + " الساعة 10:00")
    assert ar("booking-mine-none") in cancelled["text"]
    async with h.resources.sessionmaker() as session:
        service = BookingService(session, h.clock, TZ, CallbackLinks())
        free = {o.start: o.free for o in await service.times(TUESDAY, "ar")}
    assert free[at(TUESDAY, 10)] == 2, "the slot is free again"


async def test_the_book_visit_question_starts_booking_in_the_users_language(
    sqlite_harness: BotHarness,
) -> None:
    h = sqlite_harness
    user = await newcomer(h, "Anna", "en")
    [answer] = await h.say(user, "can I book a time at kototori")
    assert answer["text"].startswith("🗓 Book a time at Kototori")
    assert "✉️ A letter or a form" in buttons(answer)


async def test_move_one_tap_keeps_the_code_and_gives_a_new_ics(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    so = h.translator("so")
    user = await newcomer(h, "Hodan", "so")
    confirmation, _ = await book_in_chat(h, user, "so", "housing", "so", TUESDAY, "10:00")
    days = await tap(h, user, so("booking-move"))
    assert days["text"].startswith(so("booking-moving", when=f"{day_short(TUESDAY, 'so')} saacadda 10:00"))
    await tap_starting(h, user, day_short(date(2026, 12, 4), "so"))
    [document] = await h.press(user, "11:20", expect=1)
    moved = message(h, user, confirmation["message_id"])
    async with h.resources.sessionmaker() as session:
        row = (await session.execute(select(BookingRow))).scalar_one()
    assert row.slot_start == at(date(2026, 12, 4), 11, 20)
    assert so("booking-moved", code=row.code or "") in moved["html"]
    [vevent] = Calendar.from_ical(h.emulator.world.file(document["file"]["file_id"]).data).walk("VEVENT")
    assert vevent.decoded("DTSTART") == at(date(2026, 12, 4), 11, 20)


async def test_reminders_come_once_with_a_moved_clock_and_cancel_in_one_tap(
    sqlite_harness: BotHarness,
) -> None:
    h = sqlite_harness
    fa = h.translator("fa-AF")
    user = await newcomer(h, "Zahra", "fa-AF")
    await book_in_chat(h, user, "fa-AF", "permits", "fa-AF", TUESDAY, "10:00")
    before = len(h.bot_messages(user))
    await h.run_jobs()
    assert len(h.bot_messages(user)) == before, "nothing due on the Tuesday before"

    h.clock.at = at(date(2026, 11, 30), 18, 0).astimezone(UTC)  # Monday evening
    await h.run_jobs()
    [reminder] = h.bot_messages(user)[before:]
    assert reminder["text"].startswith("⏰ یادآوری: فردا")
    assert "ساعت 10:00" in reminder["text"] and "Insinöörinkatu 38" in reminder["text"]
    assert buttons(reminder) == [fa("booking-coming"), fa("booking-cancel")]
    h.clock.advance(timedelta(minutes=30))
    await h.run_jobs()
    assert len(h.bot_messages(user)) == before + 1, "sent once, also by a restarted scheduler"

    [thanks] = await h.press(user, fa("booking-coming"))
    assert thanks["text"] == fa("booking-coming-thanks")
    assert buttons(message(h, user, reminder["message_id"])) == [fa("booking-cancel")]

    h.clock.at = at(TUESDAY, 9, 0).astimezone(UTC)
    before = len(h.bot_messages(user))
    await h.run_jobs()
    [hour] = h.bot_messages(user)[before:]
    assert hour["text"].startswith("⏰ یک ساعت بعد")
    cancelled = await tap(h, user, fa("booking-cancel"))
    assert cancelled["text"].startswith("❌ لغو شد")
    async with h.resources.sessionmaker() as session:
        assert (await session.execute(select(BookingRow.status))).scalar_one() == "cancelled"


async def test_a_full_day_has_a_waiting_list_and_a_cancelled_seat_is_offered(
    sqlite_harness: BotHarness,
) -> None:
    h = sqlite_harness
    en = h.translator("en")
    today = date(2026, 11, 24)
    first = None
    for n, minute in enumerate((40, 60, 80, 100, 120, 140, 160)):  # 12:40 ... 14:40: what is left today
        for s in range(2):
            booking = await seat(h, 800 + n * 2 + s, at(today, 12) + timedelta(minutes=minute))
            first = first or booking
    assert first is not None
    user = await newcomer(h, "Anna", "en")
    await h.say(user, "/book")
    await tap(h, user, en("booking-topic-work"))
    days = await tap(h, user, "English")
    assert en("booking-day-button", day=day_short(today, "en"), free=0) in buttons(days)
    full = await tap(h, user, en("booking-day-button", day=day_short(today, "en"), free=0))
    assert full["text"] == en("booking-day-full", day="Tuesday, November 24, 2026")
    assert buttons(full) == [en("booking-wait-button"), en("booking-other-day")]
    waiting = await tap(h, user, en("booking-wait-button"))
    assert waiting["text"].startswith("🔔 OK.")

    async with h.resources.sessionmaker() as session:
        await BookingService(session, h.clock, TZ, CallbackLinks()).cancel(800, first.id)
    before = len(h.bot_messages(user))
    await h.run_jobs()
    [offer] = h.bot_messages(user)[before:]
    assert offer["text"] == en("booking-offer", day="Tuesday, November 24, 2026", time="12:40")
    [document] = await h.press(user, en("booking-offer-take"), expect=1)
    assert document["kind"] == "document"
    confirmation = message(h, user, offer["message_id"])
    assert confirmation["text"].startswith("✅ Your time is booked.")
    assert "12:40–13:00" in confirmation["text"] and "💼 Work or studies" in confirmation["text"]


async def test_two_bookings_a_faster_person_and_the_cut_off(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    fi = h.translator("fi")
    user = await newcomer(h, "Mikko", "fi")
    await book_in_chat(h, user, "fi", "letters", "fi", TUESDAY, "10.00")
    await book_in_chat(h, user, "fi", "kela", "fi", TUESDAY, "11.00")
    [full] = await h.say(user, "/book")
    assert full["text"].startswith(fi("booking-error-too-many"))
    assert fi("booking-menu-button") not in buttons(full), "no new booking before one is cancelled"

    other = await newcomer(h, "Anna", "en")
    await h.say(other, "/book")
    await tap(h, other, "🏛 Kela")
    await tap(h, other, "English")
    times = await tap_starting(h, other, day_short(TUESDAY, "en"))
    await seat(h, 901, at(TUESDAY, 12))
    await seat(h, 902, at(TUESDAY, 12))  # two others take 12:00 while Anna looks at the list
    answers = len(h.emulator.callback_answers)
    refreshed = await tap(h, other, "12:00")
    assert h.emulator.callback_answers[answers]["text"] == h.translator("en")("booking-error-full")
    assert "12:00" not in buttons(refreshed) and "12:20" in buttons(refreshed)
    assert message(h, other, times["message_id"])["text"].startswith("Tuesday, December 1, 2026")

    h.clock.at = at(TUESDAY, 10, 30).astimezone(UTC)  # 12:20 is now inside the two-hour cut-off
    answers = len(h.emulator.callback_answers)
    await h.press(other, "12:20", expect=0)
    assert h.emulator.callback_answers[answers]["text"] == h.translator("en")("booking-error-unavailable")
    async with h.resources.sessionmaker() as session:
        assert len((await session.execute(select(BookingRow))).all()) == 4


async def test_forged_booking_buttons_are_refused(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    en = h.translator("en")
    victim = await seat(h, 777, at(TUESDAY, 10))
    mallory = await newcomer(h, "Mallory", "en")
    [own] = await h.say(mallory, "/mybookings")
    forged = [
        MyBooking(action=MyBookingAction.CANCEL, id=victim.id).pack(),
        MyBooking(action=MyBookingAction.MOVE, id=victim.id).pack(),
        BookOffer(w=1, s=slot_key(at(TUESDAY, 10))).pack(),
        Book(act="time", t="kela", lg="fi", s=slot_key(at(TUESDAY, 10, 5))).pack(),
        Book(act="time", t="kela", lg="fi", s=slot_key(at(date(2026, 11, 25), 10))).pack(),
        Book(act="time", t="<b>", lg="fi", s=slot_key(at(TUESDAY, 10, 20))).pack(),
        Book(act="time", t="kela", lg="fi", s=10**15).pack(),
        Book(act="time", t="kela", lg="fi", s=slot_key(at(TUESDAY, 10, 40)), mv=victim.id).pack(),
    ]
    answers = len(h.emulator.callback_answers)
    for data in forged:
        h.emulator.press(mallory, mallory, own["message_id"], data, forge=True)
        await h.settle()
    texts = [a.get("text") for a in h.emulator.callback_answers[answers:]]
    assert texts == [
        en("booking-error-not-found"),
        en("booking-error-not-found"),
        en("booking-error-not-found"),
        en("booking-error-unavailable"),
        en("booking-error-unavailable"),
        en("booking-error-unavailable"),
        en("booking-error-unavailable"),
        en("booking-error-not-found"),
    ]
    # An advisors' button outside the advisors' group is just a stale button.
    h.emulator.press(
        mallory, mallory, own["message_id"], BookMark(id=victim.id, came=False).pack(), forge=True
    )
    await h.settle()
    assert h.emulator.callback_answers[-1]["text"] == en("common-fallback-stale-button")
    async with h.resources.sessionmaker() as session:
        rows = (await session.execute(select(BookingRow))).scalars().all()
    assert [(r.telegram_id, r.status, r.slot_start) for r in rows] == [(777, "active", at(TUESDAY, 10))]


async def test_a_coordinators_closure_tells_the_booked_people_at_once(harness: BotHarness) -> None:
    h = harness
    ar = h.translator("ar")
    user = await newcomer(h, "Ahmed", "ar")
    await book_in_chat(h, user, "ar", "kela", "ar", TUESDAY, "10:00")
    await seat(h, 555, at(TUESDAY, 14, 40))
    fi = h.translator("fi")
    h.emulator.add_user("Leena", language_code="fi", user_id=COORDINATOR_ID)
    await h.choose_language(COORDINATOR_ID, "Suomi")
    await h.say(COORDINATOR_ID, "/hours_admin")
    await tap(h, COORDINATOR_ID, fi("hours-admin-add"))
    await tap(h, COORDINATOR_ID, "🕘 " + day_short(TUESDAY, "fi"))
    await tap(h, COORDINATOR_ID, fi("hours-admin-closed"))
    await h.press(COORDINATOR_ID, fi("hours-reason-training"))
    saved = h.bot_messages(COORDINATOR_ID)[-2]
    assert fi("booking-admin-told", count=2) in saved["text"]

    before = len(h.bot_messages(user))
    await h.run_jobs()
    [notice] = h.bot_messages(user)[before:]
    assert notice["text"].startswith("⛔ عذرًا! كوتوتوري مغلق في وقت موعدك")
    assert "الساعة 10:00" in notice["text"]
    days = await tap(h, user, ar("booking-rebook"))
    assert "🏛 Kela · العربية" in days["text"], "another time for the same matter and language"
    assert not any(b.startswith(day_short(TUESDAY, "ar")) for b in buttons(days)), (
        "the closed Tuesday is gone"
    )
    await h.run_jobs()
    assert len(h.bot_messages(user)) == before + 1, "told once"


async def test_privacy_shows_bookings_and_delete_my_data_removes_them(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    en = h.translator("en")
    user = await newcomer(h, "Anna", "en")
    await book_in_chat(h, user, "en", "work", "en", TUESDAY, "10:00")
    [report] = await h.say(user, "/privacy")
    assert (
        "Booked times" in report["text"]
        and "Tue, Dec 1 10:00 · English · 💼 Work or studies (booked)" in report["text"]
    )
    assert en("booking-privacy-retention", days=30) in report["text"]
    await h.press(user, en("privacy-delete-button"))
    await h.press(user, en("privacy-delete-yes"), expect=0)
    async with h.resources.sessionmaker() as session:
        row = (await session.execute(select(BookingRow))).scalar_one()
    assert (row.telegram_id, row.code, row.status, row.active_start) == (None, None, "cancelled", None)
    [after] = await h.say(user, "/privacy")
    assert "Booked times" not in after["text"]
