"""The unsure question and the second-matter button with real messages through the real matcher (no scripted
decision), in Arabic, Dari and Somali: what a newcomer who writes these sees.

test_unsure.py pins the exact wording for given decisions; here the matcher decides, so the tests name what must
hold for these messages (the topics offered, the question in the user's language, the buttons and where they lead),
not the order a retrained calibration may give the candidates.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import FixedClock
from bot.db.migrate import upgrade
from bot.i18n import Translator
from bot.i18n.formatting import FSI, PDI
from tests.harness import BotHarness, buttons, shared_questions, start_harness

# Each message raises two matters, the second in its own clause (Dari in Latin letters too).
AR_TWO = "المالك بدو يطلعني من البيت آخر الشهر وعندي ولاد، وكمان ابني ما لقى مكان بالروضة"
AR_TWO_COURSE = (
    "بدي سجل بكورس لغة فنلندية بس بنتي صغيرة وما إلها مكان بالروضة، وكمان بدي اعرف كيف لاقي روضة الها"
)
FA_TWO = "کیلا پول مرا قطع کرد و حالا کرایه خانه را داده نمی‌توانم، همچنان می‌خواهم کورس زبان فنلندی بروم"
FA_TWO_LATIN = "mekhaham shahrwandi finland begirom, laken zaban finlandi-em kam ast, kurs zaban kuja hast?"
SO_TWO = "Kela ayaa joojisay lacagtaydii shaqo la'aanta, sidoo kale waxaan rabaa inaan barto luqadda finishka koorso"
SO_TWO_CHILD = (
    "sharciga deganaanshaha ayaa dhacaya bisha dambe, sidoo kale ilmo cusub ayaa noo dhashay, "
    "lacagta carruurta Kela sidee loo codsadaa"
)
# Messages between two matters that the matcher cannot tell apart: it asks.
AR_UNSURE = "عندي مشكلة في الايجار و كيلا ارسلت لي قرار"
FA_UNSURE = "صاحب خانه گفت کرایه را ندادی باید بروی، پول ندارم"
SO_UNSURE = "Kela ayaa joojisay lacagtaydii, hadda kirada ma bixin karo"


@pytest.fixture
async def h(tmp_path: Path, clock: FixedClock, translator: Translator) -> AsyncIterator[BotHarness]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'test.sqlite3'}"
    await asyncio.to_thread(upgrade, url)
    harness = await start_harness(url, clock, translator, questions=shared_questions())
    try:
        yield harness
    finally:
        await harness.stop()


def _title(h: BotHarness, topic: str, locale: str) -> str:
    return h.resources.questions.title(topic, locale)


def _topic_of(h: BotHarness, label: str, locale: str) -> str | None:
    """The topic a button names (a long title is cut to fit the button)."""
    return next((t for t in h.resources.questions.kb.topics if _title(h, t, locale).startswith(label)), None)


def _button(labels: list[str], full: str) -> str | None:
    """The button that shows `full`, cut or not."""
    return next((b for b in labels if len(b) >= 8 and full.startswith(b)), None)


def _expected_replies(h: BotHarness, text: str, locale: str) -> int:
    """An urgent topic answered directly comes after the emergency numbers (two messages); anything else is one."""
    match = h.resources.questions.decide(text, locale).match
    return 2 if match.action == "answer" and match.urgent else 1


async def _asked(h: BotHarness, user: int, text: str, locale: str) -> tuple[dict, list[str]]:  # type: ignore[type-arg]
    """The bot's one question back, and the topics its buttons offer (in order)."""
    l10n = h.translator(locale)
    [question] = await h.say(user, text)
    labels = buttons(question)
    assert labels[-2:] == [l10n("answers-something-else"), l10n("answers-person")], (
        "asked back: the candidates, then 'something else' and a person"
    )
    topics = [_topic_of(h, label, locale) for label in labels[:-2] if not label.startswith("📌")]
    assert topics and all(topics), f"every other button is a topic: {labels}"
    about = [h.resources.questions.about(str(t), locale) for t in topics]
    isolated = [f"{FSI}{a}{PDI}" if locale in ("ar", "fa-AF") else a for a in about]
    assert all(phrase in question["text"] for phrase in isolated), "the question names each candidate"
    return question, [str(t) for t in topics]


@pytest.mark.parametrize(
    ("locale", "picker", "text", "expected", "opening"),
    [
        ("ar", "العربية", AR_UNSURE, {"housing-allowance"}, "هل سؤالك عن "),
        ("fa-AF", "دری", FA_UNSURE, {"eviction"}, "سوال شما در باره "),
        ("so", "Soomaali", SO_UNSURE, {"unemployment-benefit"}, "Arrintaadu ma ku saabsan tahay "),
    ],
)
async def test_an_unclear_message_is_asked_back_between_its_real_candidates(
    h: BotHarness, locale: str, picker: str, text: str, expected: set[str], opening: str
) -> None:
    user = await h.newcomer("Hodan", picker, language_code=None)
    question, topics = await _asked(h, user, text, locale)
    assert question["text"].startswith(opening)
    assert expected <= set(topics), f"the matters this message is about are offered: {topics}"
    assert len(topics) <= 3, "two or three real candidates, not a list"
    last = topics[-1]
    [*_, answer] = await h.press(
        user, buttons(question)[len(topics) - 1], expect=2 if _urgent(h, last) else 1
    )
    assert _title(h, last, locale) in answer["text"], "a candidate's button answers it"
    assert "👍" in buttons(answer)


def _urgent(h: BotHarness, topic: str) -> bool:
    return h.resources.questions.kb.topics[topic].urgent


@pytest.mark.parametrize(
    ("locale", "picker", "text", "main", "other"),
    [
        ("ar", "العربية", AR_TWO, "eviction", "daycare-school"),
        ("ar", "العربية", AR_TWO_COURSE, "daycare-school", "finnish-courses"),
        ("fa-AF", "دری", FA_TWO, "housing-allowance", "finnish-courses"),
        ("fa-AF", "دری", FA_TWO_LATIN, "finnish-courses", "citizenship"),
        ("so", "Soomaali", SO_TWO, "unemployment-benefit", "finnish-courses"),
        ("so", "Soomaali", SO_TWO_CHILD, "residence-permit", "child-benefit"),
    ],
)
async def test_a_message_with_two_matters_shows_both(
    h: BotHarness, locale: str, picker: str, text: str, main: str, other: str
) -> None:
    """The main matter answered or asked about, the other one a button ("📌 Also: ..." under an answer, or one of
    the candidates of the question back), and that button answers it."""
    user = await h.newcomer("Ahmed", picker, language_code=None)
    l10n = h.translator(locale)
    replies = await h.say(user, text, expect=_expected_replies(h, text, locale))
    shown = replies[-1]
    labels = buttons(shown)
    assert _title(h, main, locale) in shown["text"] or _button(labels, _title(h, main, locale)), (
        "the main matter is answered, or offered first"
    )
    also = l10n("answers-also", title=_title(h, other, locale))
    button = _button(labels, also) or _button(labels, _title(h, other, locale))
    assert button, f"the other matter is offered too: {labels}"
    [*_, second] = await h.press(user, button, expect=2 if _urgent(h, other) else 1)
    assert _title(h, other, locale) in second["text"]
