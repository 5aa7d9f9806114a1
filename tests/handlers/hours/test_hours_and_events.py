"""Hours and events through the real bot: "are you open tomorrow?", coordinators' changes, events, reminders."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from bot.clock import FixedClock
from bot.hours.service import ScheduleService
from bot.i18n import LANGUAGE_NAMES
from bot.i18n.dates import clock_time, day_long, day_short
from bot.runtime.scheduler import Jobs
from handlers.events.callbacks import EventAdmin
from handlers.hours.callbacks import HoursAdmin
from tests.harness import COORDINATOR_ID, BotHarness, buttons

TZ = ZoneInfo("Europe/Helsinki")
# Thursday 24 December 2026, 10:00 in Tampere (Christmas Eve; Christmas Day is a Friday).
CHRISTMAS_EVE = datetime(2026, 12, 24, 8, 0, tzinfo=UTC)
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(CHRISTMAS_EVE)


async def tick(jobs: Jobs) -> None:
    """One scheduler tick, then the outbox sender delivers what it enqueued (the scheduler runs both)."""
    await jobs.tick()
    assert jobs.sender is not None
    await jobs.sender.run_until_idle()


def newest(h: BotHarness, chat_id: int) -> dict[str, Any]:
    return h.bot_messages(chat_id)[-1]


async def press_edit(h: BotHarness, user: int, label: str) -> dict[str, Any]:
    """Press a button whose answer edits that same message; wait for the edit itself, not for a quiet moment."""
    for message in reversed(h.bot_messages(user)):
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                if button["text"] == label:
                    h.emulator.press(user, user, message["message_id"], button["callback_data"])
                    async with asyncio.timeout(10):
                        while True:
                            now = next(
                                m for m in h.bot_messages(user) if m["message_id"] == message["message_id"]
                            )
                            if now["seq"] != message["seq"]:
                                await h.settle()
                                return now
                            await asyncio.sleep(0.01)
    raise AssertionError(f"no button {label!r}")


async def press_containing(h: BotHarness, user: int, part: str, expect: int = 1) -> list[dict[str, Any]]:
    for message in reversed(h.bot_messages(user)):
        for label in buttons(message):
            if part in label:
                return await h.press(user, label, expect=expect)
    raise AssertionError(f"no button containing {part!r}")


async def coordinator(h: BotHarness) -> int:
    h.emulator.add_user("Leena", language_code="fi", user_id=COORDINATOR_ID)
    await h.choose_language(COORDINATOR_ID, "Suomi")
    return COORDINATOR_ID


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
    user = h.new_user("Sam", language_code="en")
    await h.choose_language(user, LANGUAGE_NAMES[locale])
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
    user = h.new_user("Hodan", language_code="so")
    await h.choose_language(user, "Soomaali")
    l10n = h.translator("so")
    [menu] = await h.say(user, "/menu")
    assert l10n("menu-events") in buttons(menu)
    [from_button] = await h.press(user, l10n("menu-hours"))
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
    user = h.new_user("Anna", language_code="en")
    await h.choose_language(user, "English")
    [before] = await h.say(user, "is kototori open next week?")
    assert "Tuesday, December 29, 2026 at 09:00" in before["text"]

    [overview] = await h.say(leena, "/hours_admin")
    assert "Joulupäivä" in overview["text"], "the coordinator sees the holidays too"
    await press_edit(h, leena, fi("hoursadmin-add"))
    await press_edit(h, leena, "🕘 " + day_short(date(2026, 12, 29), "fi"))
    assert fi("hoursadmin-closed") in buttons(newest(h, leena))
    await press_edit(h, leena, fi("hoursadmin-closed"))
    [again] = await h.press(leena, fi("hours-reason-training"))
    assert "koulutus" in h.bot_messages(leena)[-2]["text"], "the step became a confirmation"
    assert fi("hoursadmin-remove", day=day_short(date(2026, 12, 29), "fi")) in buttons(again)

    [after] = await h.say(user, "is kototori open next week?")
    # 1 January (New Year's Day) is a Friday, so the next opening is Tuesday 5 January 2027.
    assert "Tuesday, January 5, 2027 at 09:00" in after["text"]
    assert "closed (staff training)" in after["text"]


async def test_coordinator_sets_other_hours_with_a_typed_reason(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    fi = h.translator("fi")
    leena = await coordinator(h)
    await h.say(leena, "/hours_admin")
    await press_edit(h, leena, fi("hoursadmin-add"))
    await press_edit(h, leena, fi("hoursadmin-later"))
    await press_edit(h, leena, "🕘 " + day_short(date(2027, 1, 12), "fi"))
    await press_edit(h, leena, fi("hoursadmin-hours"))
    await press_edit(h, leena, "12.00")
    await press_edit(h, leena, "15.00")
    await press_edit(h, leena, fi("hoursadmin-type-reason"))
    saved, overview = await h.say(leena, "Tiimipäivä <aamulla>", expect=2)
    assert "12.00–15.00" in saved["text"]
    assert "Tiimipäivä <aamulla>" in saved["text"], "shown escaped, read as written"
    assert "Tiimipäivä" in overview["text"] and "12.00–15.00" in overview["text"]
    async with h.resources.sessionmaker() as session:
        service = ScheduleService(session, h.clock, TZ)
        [interval] = await service.intervals_on(date(2027, 1, 12))
    assert interval.opens.time() == time(12)


async def test_a_forged_coordinator_button_and_command_are_refused(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = h.new_user("Mallory", language_code="en")
    await h.choose_language(user, "English")
    [refused] = await h.say(user, "/hours_admin")
    assert refused["text"] == h.translator("en")("hoursadmin-not-allowed")
    forged = HoursAdmin(act="save", d="20261229", r="training").pack()
    h.emulator.press(user, user, refused["message_id"], forged, forge=True)
    h.emulator.press(user, user, refused["message_id"], EventAdmin(act="cancelyes", id=1).pack(), forge=True)
    refusal = h.translator("en")("hoursadmin-not-allowed")
    async with asyncio.timeout(10):
        while True:
            if len([a for a in h.emulator.callback_answers if a.get("text") == refusal]) == 2:
                break
            await asyncio.sleep(0.01)
    await h.settle()
    async with h.resources.sessionmaker() as session:
        assert await ScheduleService(session, h.clock, TZ).exceptions() == []


async def _create_sewing_club(h: BotHarness, leena: int) -> None:
    fi = h.translator("fi")
    [events] = await h.say(leena, "/events_admin")
    assert "Café Gabriel" in buttons(events), "the seeded events are there"
    await h.press(leena, fi("eventsadmin-new"))
    await h.say(leena, "Ompelukerho")
    await h.say(leena, "Ommellaan yhdessä. Koneita on viisi.")
    await h.press(leena, LANGUAGE_NAMES["fa-AF"])
    await h.say(leena, "کلوپ خیاطی")
    await h.press(leena, fi("eventsadmin-skip"))
    await h.press(leena, fi("eventsadmin-done"))
    await h.press(leena, fi("eventsadmin-repeat-once"))
    await h.press(leena, day_short(date(2026, 12, 28), "fi"), expect=2)
    await h.press(leena, "18.00")
    await h.press(leena, "20.00")
    await press_containing(h, leena, "Insinöörinkatu 38")
    await h.press(leena, fi("events-finnish", level="none"))
    [preview] = await h.press(leena, fi("events-audience", audience="women"))
    assert "Ompelukerho" in preview["text"] and "Naisille" in preview["text"]
    [card] = await h.press(leena, fi("eventsadmin-save"))
    assert "Ompelukerho" in card["text"] and fi("eventsadmin-subscribers", count=0) in card["text"]


async def test_coordinator_creates_an_event_newcomers_see_it_subscribe_and_get_the_ics(
    harness: BotHarness,
) -> None:
    h = harness
    leena = await coordinator(h)
    await _create_sewing_club(h, leena)

    zahra = h.new_user("Zahra", language_code="fa")
    await h.choose_language(zahra, "دری")
    [listing] = await h.say(zahra, "/events")
    assert "کلوپ خیاطی" in listing["text"]
    [card] = await press_containing(h, zahra, "کلوپ خیاطی")
    dari = h.translator("fa-AF")
    assert "<i>" not in card["html"], "in Dari: no fallback note"
    assert dari("events-audience", audience="women") in card["text"]
    [ok] = await h.press(zahra, dari("events-subscribe"))
    assert ok["text"] == dari("events-subscribed", hours=3)
    assert dari("events-unsubscribe") in buttons(h.bot_messages(zahra)[-2]), "the card now offers to stop"
    [document] = await h.press(zahra, dari("events-calendar"))
    assert document["kind"] == "document" and document["file"]["file_name"].endswith(".ics")
    assert document["caption"] == dari("events-calendar-caption")
    data = h.emulator.world.file(document["file"]["file_id"]).data
    [vevent] = Calendar.from_ical(data).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "کلوپ خیاطی"
    assert vevent.decoded("DTSTART") == datetime(2026, 12, 28, 18, 0, tzinfo=TZ)

    ahmed = h.new_user("Ahmed", language_code="ar")
    await h.choose_language(ahmed, "العربية")
    await h.say(ahmed, "/events")
    [arabic_card] = await press_containing(h, ahmed, "Ompelukerho")
    assert h.translator("ar")("events-fallback-note", language="Suomi") in arabic_card["html"]

    # The coordinator cancels it; the scheduler tells the subscriber in Dari.
    fi = h.translator("fi")
    await h.say(leena, "/events_admin")
    [admin_card] = await h.press(leena, "Ompelukerho")
    assert fi("eventsadmin-subscribers", count=1) in admin_card["text"]
    await press_edit(h, leena, fi("eventsadmin-cancel-event"))
    await press_edit(h, leena, fi("eventsadmin-yes"))
    assert newest(h, leena)["text"] == fi("eventsadmin-cancelled", count=1)
    jobs = Jobs(h.resources, h.bot)
    before = len(h.bot_messages(zahra))
    await tick(jobs)
    [notice] = await h.wait_new(zahra, before, 1)
    assert "کلوپ خیاطی" in notice["text"] and "لغو" in notice["text"]
    await tick(jobs)
    await h.settle()
    assert len(h.bot_messages(zahra)) == before + 1, "told once"


HOLIDAY_GAP = {  # Christmas Eve in each language, as the "no meeting" line names it
    "en": "Christmas Eve",
    "fi": "Jouluaatto",
    "fi-selko": "Jouluaatto",
    "ar": "ليلة عيد الميلاد",
    "fa-AF": "شب کرسمس",
    "so": "Habeenka Kirismaska",
}


@pytest.mark.parametrize("locale", list(HOLIDAY_GAP))
async def test_on_christmas_eve_the_thursday_groups_are_not_listed_and_the_list_says_why(
    sqlite_harness: BotHarness, locale: str
) -> None:
    h = sqlite_harness
    l10n = h.translator(locale)
    user = h.new_user("N", language_code=None)
    await h.say(user, "/start")
    await h.press(user, LANGUAGE_NAMES[locale], expect=2)
    [listing] = await h.say(user, "/events")
    gap = l10n("events-holiday-gap", date=day_short(date(2026, 12, 24), locale), holiday=HOLIDAY_GAP[locale])
    assert gap in listing["html"]
    tuesday = l10n(
        "events-line", day=day_short(date(2026, 12, 29), locale), time=clock_time(time(17), locale), title=""
    )
    assert tuesday in listing["html"], "the English group on Tuesday is listed"
    thursday = day_short(date(2026, 12, 24), locale)
    assert [line for line in listing["html"].split("\n") if thursday in line] == [gap], (
        "nothing else that day"
    )
    # The Finnish group's card: the next dates skip the holiday and the card says why.
    title = next(
        b for b in buttons(listing) if "Café Gabriel" not in b and clock_time(time(13, 30), locale) in b
    )
    [card] = await h.press(user, title)
    assert gap in card["html"]
    next_line = next(
        line for line in card["html"].split("\n") if day_short(date(2026, 12, 31), locale) in line
    )
    assert day_short(date(2027, 1, 7), locale) in next_line and thursday not in next_line


async def test_a_reminder_comes_once_and_stops_in_one_tap(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    h.clock.advance(
        timedelta(days=7)
    )  # Thursday 31 December, 10:00 (on Christmas Eve the group does not meet)
    user = h.new_user("Mikko", language_code="fi")
    await h.choose_language(user, "Suomi")
    fi = h.translator("fi")
    [menu] = await h.say(user, "/menu")
    assert fi("menu-events") in buttons(menu)
    await h.press(user, fi("menu-events"))
    await press_containing(h, user, "Suomen kielen alkeisryhmä")
    await h.press(user, fi("events-subscribe"))
    jobs = Jobs(h.resources, h.bot)
    before = len(h.bot_messages(user))
    await tick(jobs)  # 10:00: the 13:30 group is not due until 10:30
    await h.settle()
    assert len(h.bot_messages(user)) == before
    h.clock.advance(timedelta(minutes=31))
    await tick(jobs)
    [reminder] = await h.wait_new(user, before, 1)
    assert "Suomen kielen alkeisryhmä" in reminder["text"] and "13.30–15.00" in reminder["text"]
    h.clock.advance(timedelta(minutes=5))
    await tick(jobs)
    await h.settle()
    assert len(h.bot_messages(user)) == before + 1, "reminded once"
    [stopped] = await h.press(user, fi("events-unsubscribe"))
    assert stopped["text"] == fi("events-unsubscribed")


async def test_the_groups_question_lists_events_in_the_users_language(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = h.new_user("Hodan", language_code="so")
    await h.choose_language(user, "Soomaali")
    [answer] = await h.say(user, "kooxo noocee ah ayaa jira kototori")
    assert h.translator("so")("events-title") in answer["text"] or "Kooxaha" in answer["text"]
    assert any("Futsal-ka ragga" in b for b in buttons(answer))
    [card] = await press_containing(h, user, "English for Persian speakers")
    assert h.translator("so")("events-fallback-note", language="English") in card["html"]


async def test_a_did_you_mean_button_answers_from_live_data(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = h.new_user("Hodan", language_code="so")
    await h.choose_language(user, "Soomaali")
    [choose] = await h.say(user, "kooxaha aad leedihiin maxay yihiin")
    title = h.resources.questions.kb.topics["groups-events"].text("so")
    assert title is not None and title.title in buttons(choose)
    [listing] = await h.press(user, title.title)
    assert h.translator("so")("events-choose") in listing["text"]
    assert any("Café Gabriel" in b for b in buttons(listing))


async def test_coordinator_edits_an_event_and_cancels_one_date(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    fi = h.translator("fi")
    leena = await coordinator(h)
    user = h.new_user("Zahra", language_code="fa")
    await h.choose_language(user, "دری")
    await h.say(user, "/events")
    await press_containing(h, user, "کافه گابریل")
    await h.press(user, h.translator("fa-AF")("events-subscribe"))

    await h.say(leena, "/events_admin")
    await h.press(leena, "Café Gabriel")
    [ask] = await h.press(leena, fi("eventsadmin-edit-place"))
    assert ask["text"] == fi("eventsadmin-ask-place")
    _, card = await h.say(leena, "Hervannan kirjasto, Pietilänkatu 2", expect=2)
    assert "Hervannan kirjasto" in card["text"]
    # Monthly on the last Saturday instead of the first Sunday.
    await h.press(leena, fi("eventsadmin-edit-when"))
    await h.press(leena, fi("eventsadmin-repeat-monthly"))
    await h.press(leena, fi("events-nth", nth="last"))
    await h.press(leena, "lauantai")
    await h.press(leena, "14.00")
    [ask] = await h.press(leena, "18.00")
    assert ask["text"] == fi("eventsadmin-ask-holidays")
    _, card = await h.press(leena, fi("eventsadmin-holidays-off"), expect=2)
    assert "Kuukauden viimeinen lauantai, 14.00–18.00" in card["text"]
    assert fi("events-next", dates="la 30.1., la 27.2. ja la 27.3.") in card["text"], "the new rule"
    assert fi("events-holiday-gap", date="la 26.12.", holiday="Tapaninpäivä") in card["text"]
    assert fi("eventsadmin-holidays", on="no") in card["text"]

    await press_edit(h, leena, fi("eventsadmin-skip-date"))
    await press_edit(h, leena, day_short(date(2027, 1, 30), "fi"))
    assert fi("eventsadmin-yes") in buttons(newest(h, leena))
    await press_edit(h, leena, fi("eventsadmin-yes"))
    assert newest(h, leena)["text"] == fi("eventsadmin-cancelled", count=1)

    jobs = Jobs(h.resources, h.bot)
    before = len(h.bot_messages(user))
    await tick(jobs)
    [notice] = await h.wait_new(user, before, 1)
    assert "کافه گابریل" in notice["text"] and day_long(date(2027, 1, 30), "fa-AF") in notice["text"]
    [card] = await h.press(user, h.translator("fa-AF")("events-show"))
    assert "Hervannan kirjasto" in card["text"]
    assert day_short(date(2027, 1, 30), "fa-AF") not in card["text"], "the cancelled date is not listed"


async def test_a_weekly_event_that_meets_on_holidays_is_listed_on_christmas_eve(
    sqlite_harness: BotHarness,
) -> None:
    h = sqlite_harness
    fi, en = h.translator("fi"), h.translator("en")
    leena = await coordinator(h)
    await h.say(leena, "/events_admin")
    await h.press(leena, fi("eventsadmin-new"))
    await h.say(leena, "Joululaulut")
    await h.press(leena, fi("eventsadmin-skip"))
    await h.press(leena, fi("eventsadmin-done"))
    await h.press(leena, fi("eventsadmin-repeat-weekly"))
    await press_edit(h, leena, "torstai")
    await h.press(leena, fi("eventsadmin-done"))
    await h.press(leena, "18.00")
    [ask] = await h.press(leena, "20.00")
    assert buttons(ask)[:2] == [fi("eventsadmin-holidays-off"), fi("eventsadmin-holidays-on")]
    await h.press(leena, fi("eventsadmin-holidays-on"))
    await press_containing(h, leena, "Insinöörinkatu 38")
    await h.press(leena, fi("events-finnish", level="none"))
    await h.press(leena, fi("events-audience", audience="everyone"))
    [card] = await h.press(leena, fi("eventsadmin-save"))
    assert fi("eventsadmin-holidays", on="yes") in card["text"]
    assert fi("events-next", dates="to 24.12., to 31.12. ja to 7.1.") in card["text"], "the holiday too"
    assert "Jouluaatto" not in card["text"]

    user = h.new_user("Anna", language_code="en")
    await h.choose_language(user, "English")
    [listing] = await h.say(user, "/events")
    christmas_eve = day_short(date(2026, 12, 24), "en")
    carols = en("events-line", day=christmas_eve, time=clock_time(time(18), "en"), title="Joululaulut")
    gap = en("events-holiday-gap", date=christmas_eve, holiday="Christmas Eve")
    assert [line for line in listing["html"].split("\n") if christmas_eve in line] == [carols, gap]
