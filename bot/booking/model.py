"""Booking domain objects and errors (no framework, no SQL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol


class BookingStatus(StrEnum):
    ACTIVE = "active"  # booked, holds its seat
    ATTENDED = "attended"  # marked by an advisor; still holds its seat
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"  # by the person (or their data was deleted)
    CLOSED = "closed"  # the advice point closed at that time (a coordinator's change)


HOLDS_SEAT = (BookingStatus.ACTIVE, BookingStatus.ATTENDED, BookingStatus.NO_SHOW)


class ReminderKind(StrEnum):
    DAY = "day"  # the evening before
    HOUR = "hour"  # an hour before


@dataclass(frozen=True, slots=True)
class Booking:
    id: int
    code: str | None
    telegram_id: int | None
    locale: str
    language: str
    topic: str
    start: datetime  # aware (UTC from the database)
    seat: int
    status: BookingStatus
    created_at: datetime
    confirmed_at: datetime | None

    @property
    def active(self) -> bool:
        return self.status == BookingStatus.ACTIVE


@dataclass(frozen=True, slots=True)
class Wait:
    """A place on one day's waiting list."""

    id: int
    telegram_id: int
    locale: str
    day: date
    language: str
    topic: str


@dataclass(frozen=True, slots=True)
class SlotOffer:
    start: datetime  # aware, local
    free: int


@dataclass(frozen=True, slots=True)
class DayOffer:
    day: date
    free: int  # free seats in bookable slots that day (0: full, a waiting list is offered)


class BookingError(Exception):
    """A rule said no; `reason` names the Fluent message (`booking-error-<reason>`)."""

    reason = "unavailable"


class SlotUnavailable(BookingError):
    """Not a slot (closed, past, after the cut-off, outside the window, wrong language for that day)."""

    reason = "unavailable"


class SlotFull(BookingError):
    reason = "full"


class TooManyBookings(BookingError):
    reason = "too-many"


class AlreadyBooked(BookingError):
    reason = "already"


class BookingNotFound(BookingError):
    """Not this person's booking, already cancelled, or forged."""

    reason = "not-found"


class BookingLinks(Protocol):
    """Callback data for the buttons under scheduled messages (the bot packs its typed callbacks; services must
    not import the framework, so they ask for the strings)."""

    def coming(self, booking_id: int) -> str: ...

    def cancel(self, booking_id: int) -> str: ...

    def rebook(self, topic: str, language: str) -> str: ...

    def offer(self, wait_id: int, start: datetime) -> str: ...
