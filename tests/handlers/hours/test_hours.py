"""Opening hours through the real bot: "are you open tomorrow?" in six languages, coordinators' changes."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.clock import FixedClock
from bot.hours.service import HoursService
from bot.i18n import LANGUAGE_NAMES
from bot.i18n.dates import clock_time, day_long, day_short
from handlers.events.callbacks import EventAdmin
from handlers.hours.callbacks import HoursAdmin
from tests.handlers.flows import coordinator, newest, press_edit
from tests.harness import BotHarness, buttons

TZ = ZoneInfo("Europe/Helsinki")
# Thursday 24 December 2026, 10:00 in Tampere (Christmas Eve; Christmas Day is a Friday).
CHRISTMAS_EVE = datetime(2026, 12, 24, 8, 0, tzinfo=UTC)
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(CHRISTMAS_EVE)


QUESTIONS = {
    "en": ("are you open tomorrow?", "Christmas Day"),
    "fi": ("oletteko huomenna auki?", "Joulupäivä"),
    "fi-selko": ("onko kototori huomenna auki", "Joulupäivä"),
    "ar": ("هل أنتم مفتوحون غدا؟", "عيد الميلاد"),
    "fa-AF": ("فردا باز هستید؟", "روز کرسمس"),
    "so": ("berri ma furan tihiin?", "Maalinta Kirismaska"),
}


@pytest.mark.parametrize("locale", list(QUESTIONS))
async def test_are_you_open_tomorrow_on_christmas_eve(sqlite_harness: BotHarness, locale: str) -> None:
    h = sqlite_harness
    l10n = h.translator(locale)
    user = await h.newcomer("Sam", LANGUAGE_NAMES[locale])
    question, holiday = QUESTIONS[locale]
    [answer] = await h.say(user, question)
    text = answer["text"]
    assert l10n("hours-closed-now") in text
    tomorrow = l10n("hours-tomorrow", day=day_short(date(2026, 12, 25), locale), hours="")
    assert re.sub("<[^>]+>", "", tomorrow) in text, "tomorrow is Friday 25 December"
    assert (
        holiday in text
        and re.sub("<[^>]+>", "", l10n("hours-closed-holiday", holiday="")).split("(")[0] in text
    )
    next_open = l10n(
        "hours-next-open", day=day_long(date(2026, 12, 29), locale), time=clock_time(time(9), locale)
    )
    assert next_open in text, "opens again on Tuesday 29 December"
    if locale in ("ar", "fa-AF"):
        assert ARABIC_SCRIPT.search(text)
    assert l10n("hours-button-events") in buttons(answer)


async def test_menu_button_and_command_answer_from_live_data(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await h.newcomer("Hodan", "Soomaali", language_code="so")
    l10n = h.translator("so")
    [menu] = await h.say(user, "/menu")
    assert l10n("common-menu-events") in buttons(menu)
    [from_button] = await h.press(user, l10n("common-menu-hours"))
    [from_command] = await h.say(user, "/hours")
    assert from_button["text"] == from_command["text"]
    assert l10n("hours-closed-now") in from_button["text"]
    # Tuesday 29 December is open, with the language assistants named in Somali.
    assert l10n("hours-assistants", languages="").strip() in from_button["text"]
    assert (
        l10n("hours-assistant-ar") in from_button["text"]
        and l10n("hours-assistant-so") in from_button["text"]
    )


async def test_coordinator_closes_a_day_and_the_answer_changes(harness: BotHarness) -> None:
    h = harness
    fi = h.translator("fi")
    leena = await coordinator(h)
    user = await h.newcomer("Anna", "English")
    [before] = await h.say(user, "is kototori open next week?")
    assert "Tuesday, December 29, 2026 at 09:00" in before["text"]

    [overview] = await h.say(leena, "/hours_admin")
    assert "Joulupäivä" in overview["text"], "the coordinator sees the holidays too"
    await press_edit(h, leena, fi("hours-admin-add"))
    await press_edit(h, leena, "🕘 " + day_short(date(2026, 12, 29), "fi"))
    assert fi("hours-admin-closed") in buttons(newest(h, leena))
    await press_edit(h, leena, fi("hours-admin-closed"))
    [again] = await h.press(leena, fi("hours-reason-training"))
    assert "koulutus" in h.bot_messages(leena)[-2]["text"], "the step became a confirmation"
    assert fi("hours-admin-remove", day=day_short(date(2026, 12, 29), "fi")) in buttons(again)

    [after] = await h.say(user, "is kototori open next week?")
    # 1 January (New Year's Day) is a Friday, so the next opening is Tuesday 5 January 2027.
    assert "Tuesday, January 5, 2027 at 09:00" in after["text"]
    assert "closed (staff training)" in after["text"]


async def test_coordinator_sets_other_hours_with_a_typed_reason(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    fi = h.translator("fi")
    leena = await coordinator(h)
    await h.say(leena, "/hours_admin")
    await press_edit(h, leena, fi("hours-admin-add"))
    await press_edit(h, leena, fi("hours-admin-later"))
    await press_edit(h, leena, "🕘 " + day_short(date(2027, 1, 12), "fi"))
    await press_edit(h, leena, fi("hours-admin-hours"))
    await press_edit(h, leena, "12.00")
    await press_edit(h, leena, "15.00")
    await press_edit(h, leena, fi("hours-admin-type-reason"))
    saved, overview = await h.say(leena, "Tiimipäivä <aamulla>", expect=2)
    assert "12.00–15.00" in saved["text"]
    assert "Tiimipäivä <aamulla>" in saved["text"], "shown escaped, read as written"
    assert "Tiimipäivä" in overview["text"] and "12.00–15.00" in overview["text"]
    async with h.resources.sessionmaker() as session:
        service = HoursService(session, h.clock, TZ)
        [interval] = await service.intervals_on(date(2027, 1, 12))
    assert interval.opens.time() == time(12)


async def test_a_forged_coordinator_button_and_command_are_refused(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await h.newcomer("Mallory", "English")
    [refused] = await h.say(user, "/hours_admin")
    assert refused["text"] == h.translator("en")("hours-admin-not-allowed")
    forged = HoursAdmin(act="save", d="20261229", r="training").pack()
    h.emulator.press(user, user, refused["message_id"], forged, forge=True)
    h.emulator.press(user, user, refused["message_id"], EventAdmin(act="cancelyes", id=1).pack(), forge=True)
    refusal = h.translator("en")("hours-admin-not-allowed")
    async with asyncio.timeout(10):
        while True:
            if len([a for a in h.emulator.callback_answers if a.get("text") == refusal]) == 2:
                break
            await asyncio.sleep(0.01)
    await h.settle()
    async with h.resources.sessionmaker() as session:
        assert await HoursService(session, h.clock, TZ).exceptions() == []
