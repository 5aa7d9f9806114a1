"""A second advice point's profile for the tests that switch the process to it (and back)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.booking.rules import load_booking_rules
from bot.hours.data import load_schedule
from bot.profile.loading import ENV, load_profile, read_profile
from bot.profile.model import Profile

SECOND = Path(__file__).with_name("second_profile.yaml")


def _forget() -> None:
    for cached in (load_profile, load_schedule, load_booking_rules):
        cached.cache_clear()


@pytest.fixture
def second_profile(monkeypatch: pytest.MonkeyPatch) -> Iterator[Profile]:
    """KOTOTORI_PROFILE points at the second profile; the process-wide caches are emptied before and after."""
    monkeypatch.setenv(ENV, str(SECOND))
    _forget()
    yield read_profile(SECOND)
    monkeypatch.delenv(ENV)
    _forget()
