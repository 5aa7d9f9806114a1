"""Changing the profile changes every answer in every language: with a second advice point loaded, no rendered
answer still says the first one's address, days or hours, and /hours through the bot says the new days."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from bot.answers.knowledge.build import build_matcher
from bot.answers.knowledge.model import KB_LOCALES
from bot.answers.knowledge.placeholders import Placeholders
from bot.answers.service import QuestionService
from bot.clock import FixedClock
from bot.db.migrate import upgrade
from bot.i18n import LOCALES, Translator
from bot.profile.model import Profile
from tests.harness import T0, start_harness

# What the default profile (Kototori, Hervanta: Tuesdays and Fridays 9-15) would leave behind if a text wrote it out.
OLD_FACTS = [
    r"Insinöörinkatu",
    r"33720",
    r"vapaa-aikakesku",
    r"leisure centre",
    r"مركز أوقات الفراغ",
    r"مرکز اوقات فراغت",
    r"xarunta firaaqada",
    r"(?<![\d.:])0?9[.:]00",
    r"(?<![\d.:])15[.:]00",
    r"(?<![\d.:])0?9\s*[–-]\s*15(?!\d)",
    r"(?<!\w)tiistai",
    r"(?<!\w)perjantai",
    r"(?i)(?<!\w)tuesday",
    r"(?i)(?<!\w)friday",
    r"(?i)(?<!\w)(tue|fri)(?!\w)",
    r"الثلاثاء",
    r"الجمعة",
    r"سه[\s\u200c]?شنبه",
    r"جمعه",
    r"(?i)(?<!\w)talaad",
    r"(?i)(?<!\w)jimc",
]


def _service(profile: Profile, translator: Translator) -> QuestionService:
    return QuestionService(build_matcher(with_embeddings=False), Placeholders(profile, translator))


def test_no_answer_in_any_language_keeps_the_old_address_days_or_hours(second_profile: Profile) -> None:
    translator = Translator()
    service = _service(second_profile, translator)
    found = []
    for topic_id in service.kb.topics:
        for locale in KB_LOCALES:
            rendered = service.render(topic_id, locale)
            assert rendered is not None
            for field, text in (("answer", rendered.text.answer), ("more", rendered.text.more or "")):
                found += [f"{topic_id}.{locale}.{field}: {p}" for p in OLD_FACTS if re.search(p, text)]
    assert found == []
    fi = service.render("opening-hours", "fi")
    assert fi is not None and "maanantaisin ja keskiviikkoisin klo 10.00–14.00" in fi.text.answer
    where = service.render("location", "en")
    assert where is not None and "Testikatu 5, 40100 Jyväskylä" in where.text.answer
    rota = service.render("languages-available", "fi")
    assert rota is not None
    assert "• arabia: maanantaisin" in rota.text.answer and "• somali: keskiviikkoisin" in rota.text.answer
    assert "dari" not in rota.text.answer.split("Milloin")[1], "no Dari assistant in the second profile"


def test_fluent_texts_follow_the_second_profile(second_profile: Profile) -> None:
    translator = Translator()
    for locale in LOCALES:
        goodbye = translator(locale)("answers-smalltalk-goodbye")
        assert not any(re.search(p, goodbye) for p in OLD_FACTS), f"{locale}: {goodbye}"
    assert "maanantaisin ja keskiviikkoisin klo 10.00–14.00" in translator("fi")("answers-decline")
    assert "Kulttuuritalo Glorian aula" in translator("fi")("onboarding-welcome", name="Mika")


async def test_hours_through_the_bot_say_the_new_days(second_profile: Profile, tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'second.sqlite3'}"
    await asyncio.to_thread(upgrade, url)
    translator = Translator()
    clock = FixedClock(T0)  # a Tuesday: the first advice point is open, the second is not
    h = await start_harness(url, clock, translator, questions=_service(second_profile, translator))
    try:
        user = h.new_user("Anna", language_code="en")
        welcome, _ = await h.choose_language(user, "English")
        assert "Mondays and Wednesdays" in welcome["text"]
        [reply] = await h.say(user, "/hours")
        text = reply["text"]
        assert "Closed now" in text and "Next open: Wednesday, November 25, 2026" in text
        assert "Testikatu 5, 40100 Jyväskylä" in text and "Gloria culture house lobby" in text
        assert "Insinöörinkatu" not in text
    finally:
        await h.stop()
