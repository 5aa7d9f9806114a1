"""Scheduled booking messages through the outbox: reminders (queued once), closure notices, waiting-list offers.

Reminders: the evening before (`reminder_evening`, local time) and `reminder_before` before the time, each with
"I'm coming" / "Cancel". A reminder row unique per (booking, kind) is written in the same transaction as its outbox
row, so a tick repeated, a restart or a second look never queues it twice; a reminder whose moment passed while
the scheduler was down goes out late only while it still makes sense (the day-before one until the hour-before
one is due, that one until the time starts).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.booking.model import Booking, BookingLinks, ReminderKind, Wait
from bot.booking.repository import SqlBookingRepository
from bot.booking.rules import BookingRules, day_before_due, hour_before_due, load_booking_rules
from bot.clock import Clock
from bot.hours.data import ScheduleData, load_schedule
from bot.i18n import fallback_chain
from bot.i18n.dates import clock_time, day_long
from bot.i18n.formatting import user_value
from bot.outbox.model import Button, OutboxItem
from bot.outbox.service import enqueue

log = logging.getLogger(__name__)

REMINDER_MESSAGES = {ReminderKind.DAY: "booking-reminder-day", ReminderKind.HOUR: "booking-reminder-hour"}


def when_args(start: datetime, locale: str, tz: ZoneInfo) -> dict[str, str | int | float]:
    local = start.astimezone(tz)
    return {"day": day_long(local.date(), locale), "time": clock_time(local, locale)}


def place_args(data: ScheduleData, locale: str) -> dict[str, str | int | float]:
    names = data.place_name
    name = next((names[x] for x in fallback_chain(locale) if x in names), names["fi"])
    return {"place": user_value(name, locale), "address": user_value(data.address, locale)}


def offer_items(
    waits: Sequence[Wait], locales: Mapping[int, str], start: datetime, tz: ZoneInfo, links: BookingLinks
) -> list[OutboxItem]:
    out = []
    for wait in waits:
        locale = locales.get(wait.telegram_id, wait.locale)
        out.append(
            OutboxItem(
                wait.telegram_id,
                locale,
                fluent_id="booking-offer",
                args=when_args(start, locale, tz),
                buttons=[[Button(label_id="booking-offer-take", callback_data=links.offer(wait.id, start))]],
            )
        )
    return out


def closed_item(booking: Booking, locale: str, tz: ZoneInfo, links: BookingLinks) -> OutboxItem:
    assert booking.telegram_id is not None
    return OutboxItem(
        booking.telegram_id,
        locale,
        fluent_id="booking-notice-closed",
        args={**when_args(booking.start, locale, tz), "code": user_value(booking.code or "-", locale)},
        buttons=[
            [Button(label_id="booking-rebook", callback_data=links.rebook(booking.topic, booking.language))]
        ],
    )


def reminder_item(
    booking: Booking, kind: ReminderKind, locale: str, tz: ZoneInfo, data: ScheduleData, links: BookingLinks
) -> OutboxItem:
    assert booking.telegram_id is not None
    return OutboxItem(
        booking.telegram_id,
        locale,
        fluent_id=REMINDER_MESSAGES[kind],
        args={
            **when_args(booking.start, locale, tz),
            **place_args(data, locale),
            "code": user_value(booking.code or "-", locale),
        },
        buttons=[
            [
                Button(label_id="booking-coming", callback_data=links.coming(booking.id)),
                Button(label_id="booking-cancel", callback_data=links.cancel(booking.id)),
            ]
        ],
    )


def due_kind(booking: Booking, now: datetime, tz: ZoneInfo, rules: BookingRules) -> ReminderKind | None:
    """Which reminder this booking should get now, if any (pure: the scheduler asks, the table remembers)."""
    day_due = day_before_due(booking.start, tz, rules)
    hour_due = hour_before_due(booking.start, rules)
    if hour_due <= now < booking.start and booking.created_at < hour_due:
        return ReminderKind.HOUR
    if day_due <= now < hour_due and booking.created_at < day_due:
        return ReminderKind.DAY
    return None


@dataclass(eq=False)
class BookingReminderJob:
    """Run by the scheduler tick: queue the reminders that are due into the outbox, once each."""

    sessionmaker: async_sessionmaker[AsyncSession]
    clock: Clock
    tz: ZoneInfo
    links: BookingLinks
    rules: BookingRules = field(default_factory=load_booking_rules)
    data: ScheduleData = field(default_factory=load_schedule)

    async def run(self) -> int:
        now = self.clock.now()
        queued = 0
        async with self.sessionmaker() as session:
            repo = SqlBookingRepository(session)
            # The evening before is at most ~1.5 days ahead (18:00 for a slot the next evening).
            horizon = now + timedelta(days=2)
            for kind in (ReminderKind.HOUR, ReminderKind.DAY):
                candidates = await repo.without_reminder(kind, now, horizon)
                due = [b for b in candidates if due_kind(b, now, self.tz, self.rules) == kind]
                if not due:
                    continue
                locales = await repo.locales([b.telegram_id for b in due if b.telegram_id is not None])
                for booking in due:
                    assert booking.telegram_id is not None
                    locale = locales.get(booking.telegram_id, booking.locale)
                    await repo.add_reminder(booking.id, kind, now)
                    item = reminder_item(booking, kind, locale, self.tz, self.data, self.links)
                    # One batch per reminder: a person with two bookings gets both (rows are unique per chat).
                    await enqueue(session, [item], now=now)
                    queued += 1
            await session.commit()
        if queued:
            log.info("bookings: %d reminders queued", queued)
        return queued
