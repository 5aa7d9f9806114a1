"""/privacy and /delete_my_data through the real bot: one report with every feature's part, in the user's language,
and one deletion that reaches every feature (news, bookings) before the profile goes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from bot.db.models import Booking as BookingRow
from bot.db.models import User
from bot.i18n import LANGUAGE_NAMES
from bot.i18n.dates import day_short
from tests.harness import BotHarness, buttons

TUESDAY = date(2026, 12, 1)  # the harness clock is Tuesday 24 November 2026 in Tampere


async def test_a_somali_newcomer_sees_news_and_a_booking_and_one_deletion_removes_both(
    sqlite_harness: BotHarness,
) -> None:
    h = sqlite_harness
    so = h.translator("so")
    user = h.new_user("Hodan", language_code="en")
    _welcome, offer = await h.choose_language(user, LANGUAGE_NAMES["so"])
    assert so("news-offer-yes") in buttons(offer), (
        "the first-contact step of news follows the language choice"
    )
    await h.press(user, so("news-offer-yes"), expect=0)
    await h.say(user, "/book")
    await h.press(user, so("booking-topic-kela"), expect=0)
    await h.press(user, LANGUAGE_NAMES["so"], expect=0)
    day_label = next(
        b
        for m in reversed(h.bot_messages(user))
        for b in buttons(m)
        if b.startswith(day_short(TUESDAY, "so"))
    )
    await h.press(user, day_label, expect=0)
    await h.press(user, "10:00", expect=1)

    [report] = await h.say(user, "/privacy")
    text = report["text"]
    assert "Luqaddaada: Soomaali" in text, "the profile part, in Somali"
    assert "Warka Kototori: haa" in text, "the news part"
    assert "Ballamaha la qabsaday" in text and "10:00" in text, "the bookings part (registered by booking)"
    assert buttons(report) == [so("privacy-delete-button"), so("common-menu-back")]

    await h.press(user, so("privacy-delete-button"))
    await h.press(user, so("privacy-delete-yes"), expect=0)
    assert h.bot_messages(user)[-1]["text"] == so("privacy-deleted"), "the confirmation turns into the answer"
    async with h.resources.sessionmaker() as session:
        booking = (await session.execute(select(BookingRow))).scalar_one()
        profile = (await session.execute(select(User).where(User.telegram_id == user))).scalar_one_or_none()
    assert (booking.telegram_id, booking.status) == (None, "cancelled"), "the seat is freed, no id is kept"
    assert profile is None

    [after] = await h.say(user, "/privacy")
    assert "Ballamaha la qabsaday" not in after["text"]
    assert "Warka Kototori: haa" not in after["text"]


async def test_delete_my_data_asks_first_and_keeping_changes_nothing(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    fa = h.translator("fa-AF")
    user = await h.newcomer("Zahra", LANGUAGE_NAMES["fa-AF"], language_code="fa")
    [ask] = await h.say(user, "/delete_my_data")
    assert ask["text"] == fa("privacy-delete-confirm")
    assert buttons(ask) == [fa("privacy-delete-yes"), fa("privacy-delete-no")]
    await h.press(user, fa("privacy-delete-no"), expect=0)
    assert h.bot_messages(user)[-1]["text"] == fa("privacy-kept")
    async with h.resources.sessionmaker() as session:
        profile = (await session.execute(select(User).where(User.telegram_id == user))).scalar_one()
    assert profile.locale == "fa-AF"
