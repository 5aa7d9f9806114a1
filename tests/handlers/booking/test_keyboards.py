"""Booking keyboards fit Telegram: callback data ASCII and at most 64 bytes (the longest ids and keys), at most
8 buttons a row and 100 a message, every label from Fluent in every locale."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.booking.model import Booking, BookingStatus, DayOffer, SlotOffer
from bot.booking.rules import HELP_LANGUAGES, TOPICS
from bot.i18n import LOCALES, Translator
from handlers.booking.keyboards import (
    STAFF_MAX_BOOKINGS,
    CallbackLinks,
    booked_keyboard,
    days_keyboard,
    languages_keyboard,
    mine_keyboard,
    rebook_keyboard,
    staff_keyboard,
    times_keyboard,
    topics_keyboard,
)
from tests.handlers.flows import fits_telegram

TZ = ZoneInfo("Europe/Helsinki")
BIG = 2**31 - 1  # ids grow; the keyboards must still fit


def booking(n: int = BIG, status: BookingStatus = BookingStatus.ACTIVE) -> Booking:
    start = datetime(2026, 12, 1, 8, 0, tzinfo=UTC) + timedelta(minutes=20 * (n % 18))
    return Booking(n, "MX4K", 7_999_999_999, "fa-AF", "fa-AF", "permits", start, 2, status, start, None)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_booking_keyboard_fits_telegram(translator: Translator, locale: str) -> None:
    l10n = translator(locale)
    day = date(2026, 12, 1)
    slots = [
        SlotOffer(datetime(2026, 12, 1, 9, tzinfo=TZ) + timedelta(minutes=20 * i), i % 3) for i in range(18)
    ]
    fits_telegram(topics_keyboard(l10n, TOPICS, has_bookings=True))
    for topic in TOPICS:
        fits_telegram(languages_keyboard(l10n, HELP_LANGUAGES, topic, locale))
        for language in HELP_LANGUAGES:
            fits_telegram(
                days_keyboard(
                    l10n, [DayOffer(day + timedelta(days=i), i) for i in range(14)], topic, language, BIG
                )
            )
            fits_telegram(times_keyboard(l10n, slots, topic, language, day, BIG))
            fits_telegram(
                times_keyboard(l10n, [SlotOffer(s.start, 0) for s in slots], topic, language, day, 0)
            )
            fits_telegram(rebook_keyboard(l10n, topic, language))
    fits_telegram(booked_keyboard(l10n, booking()))
    fits_telegram(mine_keyboard(l10n, [booking(), booking(BIG - 1)], can_book=True))


def test_the_advisors_list_stays_under_a_hundred_buttons(translator: Translator) -> None:
    many = [booking(i, BookingStatus.ATTENDED if i % 2 else BookingStatus.ACTIVE) for i in range(60)]
    markup = staff_keyboard(translator("fi"), many, TZ)
    fits_telegram(markup)
    assert markup is not None and len(markup.inline_keyboard) == STAFF_MAX_BOOKINGS


def test_scheduled_message_buttons_fit_too() -> None:
    links = CallbackLinks()
    start = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    for data in (
        links.coming(BIG),
        links.cancel(BIG),
        links.rebook("housing", "fa-AF"),
        links.offer(BIG, start),
    ):
        assert data.isascii() and len(data.encode()) <= 64
