"""Typed questions get the reviewed answer in the user's language, or an honest way forward."""

from __future__ import annotations

import re

from sqlalchemy import select

from bot.db.models import TopicFeedback, UnansweredQuestion
from tests.harness import BotHarness, buttons

ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")


def _title(h: BotHarness, topic: str, locale: str) -> str:
    text = h.resources.questions.kb.topics[topic].text(locale)
    assert text is not None
    return text.title


async def test_dari_question_gets_the_dari_answer_with_buttons(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await h.newcomer("Zahra", "دری", language_code="fa")
    [answer] = await h.say(user, "چطور asumistuki از kela بگیرم؟ کرایه خانه ام زیاد است")
    assert _title(h, "housing-allowance", "fa-AF") in answer["text"]
    labels = buttons(answer)
    assert "👍" in labels and "👎" in labels
    assert any("بیشتر" in b or "➕" in b for b in labels), "a More button for the longer part"


async def _asked_about_housing_allowance(h: BotHarness) -> int:
    """Anna, in English, asked how to apply for housing allowance: the answer has More, 👍 and 👎."""
    user = await h.newcomer("Anna", "English")
    await h.say(user, "how do I apply for housing allowance from kela")
    return user


async def test_more_button_shows_the_longer_part(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await _asked_about_housing_allowance(h)
    [more] = await h.press(user, "➕ More")
    text = h.resources.questions.kb.topics["housing-allowance"].text("en")
    assert text is not None and text.more is not None
    assert re.sub("<[^>]+>", "", text.more.splitlines()[0])[:40] in more["text"]


async def test_urgent_situation_gets_emergency_numbers_first(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await h.newcomer("Ahmed", "العربية", language_code="ar")
    first, second = await h.say(user, "زوجي يضربني كل يوم وانا خايفة", expect=2)
    assert "112" in first["text"]
    assert "080 005 005" in first["text"], "Nollalinja, for violence at home"
    assert _title(h, "domestic-violence", "ar") in second["text"]
    assert ARABIC_SCRIPT.search(second["text"])


async def test_out_of_scope_is_declined_and_stored_without_user(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await h.newcomer("Mikko", "Suomi", language_code="fi")
    [reply] = await h.say(user, "mikä on paras pizzeria tampereella")
    assert reply["text"] == h.translator("fi")("answers-decline")
    assert h.translator("fi")("answers-person") in buttons(reply)
    async with h.resources.sessionmaker() as session:
        rows = (await session.execute(select(UnansweredQuestion))).scalars().all()
    assert [r.text for r in rows] == ["mikä on paras pizzeria tampereella"]
    assert not hasattr(rows[0], "telegram_id") and not hasattr(rows[0], "user_id")


async def test_topic_menu_with_buttons_only(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await h.newcomer("Hodan", "Soomaali", language_code=None)
    so = h.translator("so")
    await h.press(user, so("common-menu-topics"))
    await h.press(user, so("answers-category-housing"))
    [answer] = await h.press(user, _title(h, "eviction", "so"))
    assert _title(h, "eviction", "so") in answer["text"]


async def test_thumbs_down_offers_alternatives_and_is_counted(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await _asked_about_housing_allowance(h)
    [sorry] = await h.press(user, "👎")
    assert sorry["text"] == h.translator("en")("answers-sorry-feedback")
    assert len(buttons(sorry)) >= 2
    await h.press(user, "👍", expect=0)
    async with h.resources.sessionmaker() as session:
        row = (await session.execute(select(TopicFeedback))).scalar_one()
    assert (row.topic_id, row.locale, row.up, row.down) == ("housing-allowance", "en", 1, 1)


async def test_message_clearly_in_another_language_is_answered_in_it(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await h.newcomer("Hodan", "English")
    answer, offer = await h.say(user, "sidee baan u codsadaa lacagta kirada guriga ee kela", expect=2)
    title = _title(h, "housing-allowance", "so")
    assert title in answer["text"] or title in buttons(answer), "the answer (or the choice) is in Somali"
    assert buttons(offer), "a one-tap switch to Somali"
    await h.press(user, buttons(offer)[0], expect=0)
    [menu] = await h.say(user, "/menu")
    assert menu["text"] == h.translator("so")("common-menu-title")


async def test_institution_name_alone_does_not_switch_language(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await h.newcomer("Zahra", "دری", language_code="fa")
    replies = await h.say(user, "Kela")
    assert len(replies) == 1
    assert ARABIC_SCRIPT.search(replies[0]["text"]), "answered in Dari, no language switch offered"


async def test_smalltalk_in_somali(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await h.newcomer("Hodan", "Soomaali", language_code=None)
    [reply] = await h.say(user, "mahadsanid walaal")
    assert reply["text"] == h.translator("so")("answers-smalltalk-thanks")
