"""The profile: one file for the advice point's facts, checked at start-up, read by hours, booking and Fluent."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.booking.rules import read_booking_rules
from bot.hours.data import Span, read_schedule
from bot.i18n import Translator
from bot.profile.loading import DEFAULT_PROFILE, parse_profile, read_profile
from bot.profile.model import ProfileError

ROOT = Path(__file__).resolve().parents[3]


def test_hours_booking_and_notices_read_the_one_profile() -> None:
    profile = read_profile()
    assert str(profile.address) == "Insinöörinkatu 38, 33720 Tampere"
    assert profile.hours == {1: (Span(time(9), time(15)),), 4: (Span(time(9), time(15)),)}
    schedule = read_schedule()
    assert schedule.weekly == profile.hours and schedule.assistants == profile.assistants
    assert schedule.address == str(profile.address) and schedule.place_name == profile.place
    assert read_booking_rules().map_url == profile.map_url
    assert {"place", "address", "hours", "assistants"} <= profile.unconfirmed, "unsure facts are marked"


def test_fluent_texts_get_the_hours_and_place_from_the_profile(translator: Translator) -> None:
    assert "tiistaisin ja perjantaisin klo 9.00–15.00" in translator("fi")("answers-smalltalk-goodbye")
    assert "joka tiistai ja joka perjantai klo 9.00–15.00" in translator("fi-selko")("answers-decline")
    welcome = translator("so")("onboarding-welcome", name="Hodan")
    assert "Talaadada iyo Jimcaha" in welcome and "kafateeriyada" in welcome
    assert "روزهای سه‌شنبه و جمعه" in translator("fa-AF")("common-fallback-photo")


def _raw() -> dict[str, Any]:
    data = yaml.safe_load(DEFAULT_PROFILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"key": "Kototori Tampere"}, "key"),
        ({"address": {"street": "Katu 1", "city": "Tampere"}}, "address"),
        ({"address": {"street": "Katu 1", "postcode": "3372", "city": "Tampere"}}, "postcode"),
        ({"map_url": "http://maps.example.org"}, "map_url"),
        ({"hours": {"tue": ["9-15"]}}, "HH:MM"),
        ({"hours": {"tues": ["09:00-15:00"]}}, "weekday"),
        ({"hours": {"tue": ["15:00-09:00"]}}, "not after"),
        ({"hours": {}}, "at least one opening day"),
        ({"assistants": {"ru": ["tue"]}}, "unknown language"),
        ({"assistants": {"ar": ["mon"]}}, "not open"),
        ({"place": {"en": "Café"}}, "Finnish"),
        ({"place": {"fi": "Kahvila", "de": "Café"}}, "unknown locale"),
        ({"phone": "call us"}, "phone"),
        ({"unconfirmed": ["parking"]}, "unconfirmed"),
    ],
)
def test_a_malformed_profile_is_refused_with_the_field_named(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ProfileError, match=message):
        parse_profile({**_raw(), **change})


def test_a_broken_profile_stops_start_up_with_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "profile.yaml"
    broken.write_text(yaml.safe_dump({**_raw(), "hours": {"tue": ["nine to three"]}}), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KOTOTORI_")}
    env |= {
        "KOTOTORI_BOT_TOKEN": "123:" + "a" * 35,
        "KOTOTORI_PROFILE": str(broken),
        "KOTOTORI_TELEGRAM_API": "http://127.0.0.1:9",
    }
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1
    assert "configuration error: KOTOTORI_PROFILE" in result.stderr and "HH:MM" in result.stderr
