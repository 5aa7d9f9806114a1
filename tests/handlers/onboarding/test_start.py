"""First contact: the language picker, the welcome in each language, /language, stored choice."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from bot.db.models import User
from bot.i18n import LANGUAGE_NAMES, LOCALES
from bot.profile.loading import load_profile
from bot.profile.phrases import hours_text
from tests.harness import BotHarness, buttons

ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


async def test_first_contact_shows_each_language_in_its_own_script(harness: BotHarness) -> None:
    user = harness.new_user("Zahra", language_code="fa")
    [picker] = await harness.say(user, "/start")
    names = buttons(picker)
    assert sorted(names) == sorted(LANGUAGE_NAMES.values())
    assert names[0] == "دری", "Telegram's language (fa) comes first"
    # The prompt is readable whatever the user reads: every language's line is there.
    assert "Choose your language" in picker["text"]
    assert "Valitse kieli" in picker["text"]


async def test_unknown_telegram_language_still_offers_all_six(harness: BotHarness) -> None:
    user = harness.new_user("Hodan", language_code="de")
    [picker] = await harness.say(user, "/start")
    assert set(buttons(picker)) == set(LANGUAGE_NAMES.values())


# A phrase of the welcome that only the right language has.
WELCOME_MARKERS = {
    "fi": "Kototori-botti",
    "en": "I am the Kototori bot",
}


@pytest.mark.parametrize("locale", LOCALES)
async def test_picking_a_language_gives_the_welcome_in_it(sqlite_harness: BotHarness, locale: str) -> None:
    h = sqlite_harness
    user = h.new_user("Sam", language_code="en")
    await h.say(user, "/start")
    welcome, offer = await h.press(user, LANGUAGE_NAMES[locale], expect=2)
    saved = h.bot_messages(user)[-3]
    assert offer["text"] == h.translator(locale)("news-offer"), "news are offered, in the chosen language"
    text = welcome["text"]
    assert "Sam" in text
    hours = hours_text(load_profile(), h.translator(locale), locale)
    assert hours in text, "the profile's opening hours are in every welcome"
    assert "/privacy" in text
    if locale in WELCOME_MARKERS:
        assert WELCOME_MARKERS[locale] in text
    if locale in ("ar", "fa-AF"):
        assert ARABIC_SCRIPT.search(text), "the welcome is in Arabic script"
        letters = [c for c in text if c.isalpha()]
        arabic = [c for c in letters if ARABIC_SCRIPT.match(c)]
        assert len(arabic) > 0.8 * len(letters), "mostly Arabic script (Kela, Kototori stay Latin)"
    # No invisible marks except the isolate around the user's own name.
    assert not BIDI.search(text.replace("\u2068Sam\u2069", "Sam"))
    # The picker became a confirmation naming the language in its own script.
    assert LANGUAGE_NAMES[locale] in saved["text"]
    assert not buttons(saved)
    assert len(buttons(welcome)) >= 3, "the main menu comes with the welcome"


async def test_choice_is_stored_and_start_again_welcomes_back(harness: BotHarness) -> None:
    user = await harness.newcomer("Ahmed", "العربية", language_code="ar")
    async with harness.resources.sessionmaker() as session:
        row = (await session.execute(select(User).where(User.telegram_id == user))).scalar_one()
    assert row.locale == "ar"
    [again] = await harness.say(user, "/start")
    assert again["text"] == harness.translator("ar")("onboarding-welcome-back")
    assert ARABIC_SCRIPT.search(again["text"])


async def test_language_command_changes_the_language(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await h.newcomer("Mikko", "Suomi", language_code="fi")
    [picker] = await h.say(user, "/language")
    assert "✓ Suomi" in buttons(picker), "the current language is marked"
    await h.press(user, "Soomaali")
    [menu] = await h.say(user, "/menu")
    assert menu["text"] == h.translator("so")("common-menu-title")


async def test_commands_have_localized_descriptions(sqlite_harness: BotHarness) -> None:
    emu = sqlite_harness.emulator
    english = {c["command"]: c["description"] for c in emu.commands("all_private_chats", "")}
    dari = {c["command"]: c["description"] for c in emu.commands("all_private_chats", "fa")}
    assert set(english) == set(dari) >= {"start", "menu", "language", "privacy"}
    assert english["language"] == "Change language"
    assert ARABIC_SCRIPT.search(dari["language"])


async def test_help_names_every_command_the_bot_offers(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await h.newcomer("Hodan", "Soomaali", language_code="so")
    [help_text] = await h.say(user, "/help")
    assert help_text["text"].startswith("Waxa aan qaban karo")
    offered = {c["command"] for c in h.emulator.commands("all_private_chats", "so")}
    named = set(re.findall(r"/([a-z_]+)", help_text["text"]))
    assert {"book", "hours", "events", "subscribe"} <= named
    assert named <= offered, "help names only commands the bot really has"
