"""When the bot is unsure it asks one question between the real candidates; out of scope it declines with the menu
and a person; a message with two matters gets the main answer and the other as a button.

Out-of-scope messages go through the real matcher. The unsure and two-matter decisions are scripted on top of the
real matcher's (`ScriptedQuestions`): the matcher is being rebuilt, and these tests are about what the newcomer sees
for a given decision, not about which messages lead to it (`kototori kb eval` measures that).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.answers.service import Decision, QuestionService
from bot.clock import FixedClock
from bot.db.migrate import upgrade
from bot.db.models import DailyCount, DailyTopicCount
from bot.i18n import Translator
from bot.i18n.formatting import FSI, PDI
from handlers.answers.callbacks import Candidate
from tests.harness import BotHarness, buttons, shared_questions, start_harness


class ScriptedQuestions(QuestionService):
    """The real matcher's decision (language included), with the fields a test names replaced for its messages."""

    def __init__(self, real: QuestionService, script: dict[str, dict[str, Any]]) -> None:
        super().__init__(real.matcher, real.placeholders)
        self.script = script

    def decide(self, text: str, user_locale: str) -> Decision:
        decision = super().decide(text, user_locale)
        if text in self.script:
            return replace(decision, match=replace(decision.match, **self.script[text]))
        return decision


def unsure(*candidates: str) -> dict[str, Any]:
    return {
        "action": "choose",
        "topic": candidates[0],
        "alternatives": candidates,
        "also": None,
        "urgent": False,
    }


def two_matters(main: str, also: str) -> dict[str, Any]:
    return {"action": "answer", "topic": main, "alternatives": (), "also": also, "urgent": False}


AR_RENT_OR_KELA = "عندي مشكلة في الايجار و كيلا ارسلت لي قرار"
FA_RENT_THREE = "صاحب خانه گفت کرایه را ندادی باید بروی، پول ندارم"
SO_KELA_AND_RENT = "Kela ayaa joojisay lacagtaydii, hadda kirada ma bixin karo"
EN_KELA_AND_RENT = "Kela stopped my money and now I can't pay rent"
FI_RENT_OR_KELA = "vuokra ja kelan päätös ongelma"
EN_HOURS_AND_PLACE = "when are you open and where are you"
AR_UNSURE_AND_SCHOOL = "مشكلة مع الايجار او كيلا، و ابني لا يجد مكان في المدرسة"
SO_MONEY_AND_HUSBAND = "Kela lacag ayay i siisaa laakiin ninkayga ayaa qaata oo i qayliya"
SCRIPT = {
    AR_RENT_OR_KELA: unsure("housing-allowance", "kela-benefits"),
    FA_RENT_THREE: unsure("eviction", "housing-allowance", "social-assistance"),
    FI_RENT_OR_KELA: unsure("housing-allowance", "kela-benefits"),
    SO_KELA_AND_RENT: two_matters("unemployment-benefit", "housing-allowance"),
    EN_KELA_AND_RENT: two_matters("unemployment-benefit", "eviction"),
    EN_HOURS_AND_PLACE: two_matters("opening-hours", "location"),
    AR_UNSURE_AND_SCHOOL: {**unsure("housing-allowance", "kela-benefits"), "also": "daycare-school"},
    SO_MONEY_AND_HUSBAND: two_matters("kela-benefits", "domestic-violence"),
}


@pytest.fixture
async def h(tmp_path: Path, clock: FixedClock, translator: Translator) -> AsyncIterator[BotHarness]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'test.sqlite3'}"
    await asyncio.to_thread(upgrade, url)
    harness = await start_harness(
        url, clock, translator, questions=ScriptedQuestions(shared_questions(), SCRIPT)
    )
    try:
        yield harness
    finally:
        await harness.stop()


def _title(h: BotHarness, topic: str, locale: str) -> str:
    text = h.resources.questions.kb.topics[topic].text(locale)
    assert text is not None
    return text.title


def _visible(html: str) -> str:
    """What the user reads of an HTML message (the emulator keeps the formatting apart, as Telegram does)."""
    return re.sub(r"<[^>]+>", "", html)


def _isolated(phrase: str) -> str:
    return f"{FSI}{phrase}{PDI}"


async def _counts(h: BotHarness) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
    async with h.resources.sessionmaker() as session:
        days = (await session.execute(select(DailyCount))).scalars().all()
        topics = (await session.execute(select(DailyTopicCount))).scalars().all()
    return {d.kind: d.count for d in days}, {(t.topic_id, t.kind): t.count for t in topics}


async def test_arabic_unsure_asks_one_question_and_a_candidate_answers(h: BotHarness) -> None:
    user = await h.newcomer("Ahmed", "العربية", language_code="ar")
    ar = h.translator("ar")
    [question] = await h.say(user, AR_RENT_OR_KELA)
    rent, kela = _isolated("المساعدة في دفع الإيجار"), _isolated("خدمات Kela بشكل عام")
    assert question["text"] == f"هل سؤالك عن {rent} أم عن {kela}؟", (
        "the topics' own words, isolated right to left"
    )
    assert buttons(question) == [
        _title(h, "housing-allowance", "ar"),
        _title(h, "kela-benefits", "ar"),
        "شيء آخر",
        ar("answers-person"),
    ]
    [answer] = await h.press(user, _title(h, "kela-benefits", "ar"))
    assert _title(h, "kela-benefits", "ar") in answer["text"]
    assert "👍" in buttons(answer)
    outcomes, topics = await _counts(h)
    assert outcomes.get("choose") == 1 and "answered" not in outcomes, "the message counts once, as unsure"
    assert topics == {("kela-benefits", "answered"): 1}, "the chosen topic counts as answered"


async def test_arabic_unsure_with_a_second_matter_offers_it_under_the_question(h: BotHarness) -> None:
    user = await h.newcomer("Ahmed", "العربية", language_code="ar")
    [question] = await h.say(user, AR_UNSURE_AND_SCHOOL)
    assert question["text"].startswith("هل سؤالك عن "), "the question is about the unsure matter only"
    also = f"📌 أيضًا: {_title(h, 'daycare-school', 'ar')}"
    assert buttons(question)[:3] == [
        _title(h, "housing-allowance", "ar"),
        _title(h, "kela-benefits", "ar"),
        also,
    ]
    [answer] = await h.press(user, also)
    assert _title(h, "daycare-school", "ar") in answer["text"]


async def test_dari_unsure_between_three_and_something_else_opens_the_menu(h: BotHarness) -> None:
    user = await h.newcomer("Zahra", "دری", language_code="fa")
    fa = h.translator("fa-AF")
    [question] = await h.say(user, FA_RENT_THREE)
    eviction = _isolated("کرایه‌ای که پرداخته نمی‌توانید")
    allowance, assistance = _isolated("کمک کرایه خانه"), _isolated("کمک معیشتی")
    assert question["text"] == f"سوال شما در باره {eviction}، {allowance} یا {assistance} است؟"
    assert buttons(question)[:3] == [
        _title(h, "eviction", "fa-AF"),
        _title(h, "housing-allowance", "fa-AF"),
        _title(h, "social-assistance", "fa-AF"),
    ]
    [menu] = await h.press(user, "چیز دیگر")
    assert menu["text"] == fa("answers-categories")
    numbers, answer = await h.press(user, _title(h, "eviction", "fa-AF"), expect=2)
    assert numbers["text"] == _visible(fa("answers-urgent")), (
        "eviction is urgent: the numbers first, as when typed"
    )
    assert _title(h, "eviction", "fa-AF") in answer["text"]


async def test_finnish_unsure_question_and_the_person_button(h: BotHarness) -> None:
    user = await h.newcomer("Mikko", "Suomi", language_code="fi")
    fi = h.translator("fi")
    [question] = await h.say(user, FI_RENT_OR_KELA)
    assert question["text"] == "Mitä asiasi koskee: asumistuki vai Kela yleisesti?", "no isolates in Finnish"
    assert buttons(question)[-2:] == ["Jokin muu", fi("answers-person")]


@pytest.mark.parametrize(
    ("locale", "picker", "text"),
    [
        ("so", "Soomaali", "cimilada berri sidee bay noqon doontaa"),
        ("en", "English", "what is the weather tomorrow in helsinki"),
    ],
)
async def test_out_of_scope_is_declined_with_the_menu_and_a_person_only(
    h: BotHarness, locale: str, picker: str, text: str
) -> None:
    user = await h.newcomer("Hodan", picker, language_code=None)
    l10n = h.translator(locale)
    [reply] = await h.say(user, text)
    assert reply["text"] == l10n("answers-decline")
    assert buttons(reply) == [l10n("answers-topics"), l10n("answers-person")], "no unrelated topics offered"
    outcomes, _ = await _counts(h)
    assert outcomes == {"declined": 1}


async def test_somali_two_matters_answers_the_main_one_and_offers_the_other(h: BotHarness) -> None:
    user = await h.newcomer("Hodan", "Soomaali", language_code=None)
    [answer] = await h.say(user, SO_KELA_AND_RENT)
    assert _title(h, "unemployment-benefit", "so") in answer["text"]
    also = f"📌 Sidoo kale: {_title(h, 'housing-allowance', 'so')}"
    assert buttons(answer)[0] == also, "the second matter first under the answer"
    [second] = await h.press(user, also)
    assert _title(h, "housing-allowance", "so") in second["text"]
    _, topics = await _counts(h)
    assert topics == {("unemployment-benefit", "answered"): 1, ("housing-allowance", "answered"): 1}


async def test_an_urgent_second_matter_gets_the_emergency_numbers_first(h: BotHarness) -> None:
    user = await h.newcomer("Hodan", "Soomaali", language_code=None)
    [answer] = await h.say(user, SO_MONEY_AND_HUSBAND)
    assert _title(h, "kela-benefits", "so") in answer["text"] and "112" not in answer["text"]
    numbers, second = await h.press(user, f"📌 Sidoo kale: {_title(h, 'domestic-violence', 'so')}", expect=2)
    assert numbers["text"] == _visible(h.translator("so")("answers-urgent"))
    assert _title(h, "domestic-violence", "so") in second["text"]


async def test_english_two_matters_and_a_live_answer_gets_the_second_as_its_own_message(
    h: BotHarness,
) -> None:
    user = await h.newcomer("Anna", "English")
    [answer] = await h.say(user, EN_KELA_AND_RENT)
    assert buttons(answer)[0] == f"📌 Also: {_title(h, 'eviction', 'en')}"
    hours, offer = await h.say(user, EN_HOURS_AND_PLACE, expect=2)
    assert offer["text"] == "You also wrote about where Kototori is."
    assert not any(b.startswith("📌") for b in buttons(hours)), "the live hours answer keeps its own buttons"
    [place] = await h.press(user, f"📌 Also: {_title(h, 'location', 'en')}")
    assert _title(h, "location", "en") in place["text"]


@pytest.mark.parametrize(
    "data", [Candidate(id="no-such-topic", lc="ar").pack(), "cd:eviction:xx", "cd:bogus"]
)
async def test_a_forged_or_old_candidate_button_gets_the_stale_button_reply(h: BotHarness, data: str) -> None:
    user = await h.newcomer("Ahmed", "العربية", language_code="ar")
    [question] = await h.say(user, AR_RENT_OR_KELA)
    before = len(h.bot_messages(user))
    h.emulator.press(user, user, question["message_id"], data, forge=True)
    [reply] = await h.wait_new(user, before, 1)
    assert reply["text"] == h.translator("ar")("common-fallback-stale-button")
