"""Groups and events through the real bot: coordinators create and edit them, newcomers list, subscribe, get reminders."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from bot.clock import FixedClock
from bot.i18n import LANGUAGE_NAMES
from bot.i18n.dates import clock_time, day_long, day_short
from bot.runtime.scheduler import Jobs
from tests.handlers.flows import coordinator, newest, notified, press_containing, press_edit, tick
from tests.harness import BotHarness, buttons

TZ = ZoneInfo("Europe/Helsinki")
# Thursday 24 December 2026, 10:00 in Tampere (Christmas Eve; Christmas Day is a Friday).
CHRISTMAS_EVE = datetime(2026, 12, 24, 8, 0, tzinfo=UTC)
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")


async def _create_sewing_club(h: BotHarness, leena: int) -> None:
    fi = h.translator("fi")
    [events] = await h.say(leena, "/events_admin")
    assert "Café Gabriel" in buttons(events), "the seeded events are there"
    await h.press(leena, fi("events-admin-new"))
    await h.say(leena, "Ompelukerho")
    await h.say(leena, "Ommellaan yhdessä. Koneita on viisi.")
    await h.press(leena, LANGUAGE_NAMES["fa-AF"])
    await h.say(leena, "کلوپ خیاطی")
    await h.press(leena, fi("events-admin-skip"))
    await h.press(leena, fi("events-admin-done"))
    await h.press(leena, fi("events-admin-repeat-once"))
    await h.press(leena, day_short(date(2026, 12, 28), "fi"), expect=2)
    await h.press(leena, "18.00")
    await h.press(leena, "20.00")
    await press_containing(h, leena, "Insinöörinkatu 38")
    await h.press(leena, fi("events-finnish", level="none"))
    [preview] = await h.press(leena, fi("events-audience", audience="women"))
    assert "Ompelukerho" in preview["text"] and "Naisille" in preview["text"]
    [card] = await h.press(leena, fi("events-admin-save"))
    assert "Ompelukerho" in card["text"] and fi("events-admin-subscribers", count=0) in card["text"]


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(CHRISTMAS_EVE)


async def test_coordinator_creates_an_event_newcomers_see_it_subscribe_and_get_the_ics(
    harness: BotHarness,
) -> None:
    h = harness
    leena = await coordinator(h)
    await _create_sewing_club(h, leena)

    zahra = await h.newcomer("Zahra", "دری", language_code="fa")
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

    ahmed = await h.newcomer("Ahmed", "العربية", language_code="ar")
    await h.say(ahmed, "/events")
    [arabic_card] = await press_containing(h, ahmed, "Ompelukerho")
    assert h.translator("ar")("events-fallback-note", language="Suomi") in arabic_card["html"]

    # The coordinator cancels it; the scheduler tells the subscriber in Dari.
    fi = h.translator("fi")
    await h.say(leena, "/events_admin")
    [admin_card] = await h.press(leena, "Ompelukerho")
    assert fi("events-admin-subscribers", count=1) in admin_card["text"]
    await press_edit(h, leena, fi("events-admin-cancel-event"))
    await press_edit(h, leena, fi("events-admin-yes"))
    assert newest(h, leena)["text"] == fi("events-admin-cancelled", count=1)
    jobs = Jobs(h.resources, h.bot)
    notice = await notified(h, jobs, zahra)
    assert "کلوپ خیاطی" in notice["text"] and "لغو" in notice["text"]
    told = len(h.bot_messages(zahra))
    await tick(jobs)
    await h.settle()
    assert len(h.bot_messages(zahra)) == told, "told once"


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
    user = await h.newcomer("N", LANGUAGE_NAMES[locale], language_code=None)
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
    user = await h.newcomer("Mikko", "Suomi", language_code="fi")
    fi = h.translator("fi")
    [menu] = await h.say(user, "/menu")
    assert fi("common-menu-events") in buttons(menu)
    await h.press(user, fi("common-menu-events"))
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
    user = await h.newcomer("Hodan", "Soomaali", language_code="so")
    [answer] = await h.say(user, "kooxo noocee ah ayaa jira kototori")
    assert h.translator("so")("events-title") in answer["text"] or "Kooxaha" in answer["text"]
    assert any("Futsal-ka ragga" in b for b in buttons(answer))
    [card] = await press_containing(h, user, "English for Persian speakers")
    assert h.translator("so")("events-fallback-note", language="English") in card["html"]


async def test_a_did_you_mean_button_answers_from_live_data(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await h.newcomer("Hodan", "Soomaali", language_code="so")
    [choose] = await h.say(user, "kooxo iyo koorsooyin finnish")  # groups or Finnish courses: the bot asks
    title = h.resources.questions.kb.topics["groups-events"].text("so")
    assert title is not None and title.title in buttons(choose)
    [listing] = await h.press(user, title.title)
    assert h.translator("so")("events-choose") in listing["text"]
    assert any("Café Gabriel" in b for b in buttons(listing))


async def test_coordinator_edits_an_event_and_cancels_one_date(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    fi = h.translator("fi")
    leena = await coordinator(h)
    user = await h.newcomer("Zahra", "دری", language_code="fa")
    await h.say(user, "/events")
    await press_containing(h, user, "کافه گابریل")
    await h.press(user, h.translator("fa-AF")("events-subscribe"))

    await h.say(leena, "/events_admin")
    await h.press(leena, "Café Gabriel")
    [ask] = await h.press(leena, fi("events-admin-edit-place"))
    assert ask["text"] == fi("events-admin-ask-place")
    _, card = await h.say(leena, "Hervannan kirjasto, Pietilänkatu 2", expect=2)
    assert "Hervannan kirjasto" in card["text"]
    # Monthly on the last Saturday instead of the first Sunday.
    await h.press(leena, fi("events-admin-edit-when"))
    await h.press(leena, fi("events-admin-repeat-monthly"))
    await h.press(leena, fi("events-nth", nth="last"))
    await h.press(leena, "lauantai")
    await h.press(leena, "14.00")
    [ask] = await h.press(leena, "18.00")
    assert ask["text"] == fi("events-admin-ask-holidays")
    _, card = await h.press(leena, fi("events-admin-holidays-off"), expect=2)
    assert "Kuukauden viimeinen lauantai, 14.00–18.00" in card["text"]
    assert fi("events-next", dates="la 30.1., la 27.2. ja la 27.3.") in card["text"], "the new rule"
    assert fi("events-holiday-gap", date="la 26.12.", holiday="Tapaninpäivä") in card["text"]
    assert fi("events-admin-holidays", on="no") in card["text"]

    await press_edit(h, leena, fi("events-admin-skip-date"))
    await press_edit(h, leena, day_short(date(2027, 1, 30), "fi"))
    assert fi("events-admin-yes") in buttons(newest(h, leena))
    await press_edit(h, leena, fi("events-admin-yes"))
    assert newest(h, leena)["text"] == fi("events-admin-cancelled", count=1)

    notice = await notified(h, Jobs(h.resources, h.bot), user)
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
    await h.press(leena, fi("events-admin-new"))
    await h.say(leena, "Joululaulut")
    await h.press(leena, fi("events-admin-skip"))
    await h.press(leena, fi("events-admin-done"))
    await h.press(leena, fi("events-admin-repeat-weekly"))
    await press_edit(h, leena, "torstai")
    await h.press(leena, fi("events-admin-done"))
    await h.press(leena, "18.00")
    [ask] = await h.press(leena, "20.00")
    assert buttons(ask)[:2] == [fi("events-admin-holidays-off"), fi("events-admin-holidays-on")]
    await h.press(leena, fi("events-admin-holidays-on"))
    await press_containing(h, leena, "Insinöörinkatu 38")
    await h.press(leena, fi("events-finnish", level="none"))
    await h.press(leena, fi("events-audience", audience="everyone"))
    [card] = await h.press(leena, fi("events-admin-save"))
    assert fi("events-admin-holidays", on="yes") in card["text"]
    assert fi("events-next", dates="to 24.12., to 31.12. ja to 7.1.") in card["text"], "the holiday too"
    assert "Jouluaatto" not in card["text"]

    user = await h.newcomer("Anna", "English")
    [listing] = await h.say(user, "/events")
    christmas_eve = day_short(date(2026, 12, 24), "en")
    carols = en("events-line", day=christmas_eve, time=clock_time(time(18), "en"), title="Joululaulut")
    gap = en("events-holiday-gap", date=christmas_eve, holiday="Christmas Eve")
    assert [line for line in listing["html"].split("\n") if christmas_eve in line] == [carols, gap]


async def test_demo_example_groups_are_shown_with_a_note(sqlite_harness: BotHarness) -> None:
    """The 2018-2020 groups of the model card are not confirmed for 2026: the list and the card say so."""
    h = sqlite_harness
    user = await h.newcomer("Hodan", "Soomaali", language_code="so")
    so = h.translator("so")
    [listing] = await h.say(user, "/events")
    assert re.sub("<[^>]+>", "", so("events-examples-note")) in listing["text"]
    assert "🧪" in listing["text"]
    [card] = await press_containing(h, user, "Café Gabriel")
    assert so("events-example-note") in card["html"]
