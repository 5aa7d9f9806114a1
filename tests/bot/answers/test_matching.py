"""The matcher on questions as newcomers type them: normalisation, language id, topics, declines, urgency."""

from __future__ import annotations

import pytest

from bot.answers.knowledge.matcher import Matcher
from bot.answers.knowledge.normalize import normalize
from bot.answers.service import QuestionService, answer_locale
from tests.harness import shared_questions


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return shared_questions().matcher


@pytest.fixture(scope="module")
def service() -> QuestionService:
    return shared_questions()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("كَيْفَ أُقَدِّم", "کیف اقدم"),  # diacritics, Arabic yeh/kaf folded to the Persian forms
        ("می‌خواهم", "میخواهم"),  # ZWNJ
        ("ســلام", "سلام"),  # tatweel
        ("٣ ۴", "3 4"),  # Arabic-Indic and Persian digits
        ("Mitä ÄITIYSAVUSTUS??", "mita aitiysavustus"),
        ("heeeelp\x00\x07", "heelp"),
    ],
)
def test_normalisation(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("miten haen asumistukea", "fi"),
        ("how do i apply asumistuki", "en"),
        ("sidee loo codsadaa asumistuki", "so"),
        ("kif a2dem 3ala asumistuki", "ar"),
        ("chitor asumistuki darkhast konam", "fa-AF"),
        ("متى تنزل فلوس kela الشهر هذا", "ar"),
        ("چطور پول kela را بگیرم", "fa-AF"),
        # Arabic script with no deciding letter or function word: the n-gram model over each language's texts.
        ("صحبت با مشاور", "fa-AF"),
        ("عندكم مجموعات او فعاليات هالشهر؟", "ar"),
        # Finnish full of English nouns is still Finnish.
        ("asumistuki not come this month miksi", "fi"),
        ("missä on päivystys, I need a doctor tonight", "fi"),
        ("can I get kela money for my rent", "en"),
        # Numbers with units or stray codes are no language's; Arabizi's digits sit one at a time inside words.
        ("asumistuki 300e", "fi"),
        ("vuokra 650e ja asumistuki 300e", "fi"),
        ("hello 31m kela", "en"),
        ("kela wa2afat el flos", "ar"),
    ],
)
def test_language_identification(matcher: Matcher, text: str, language: str) -> None:
    assert matcher.langid.detect(text).language == language


def test_institution_names_do_not_decide_the_language(matcher: Matcher) -> None:
    detected = matcher.langid.detect("Kela Migri OmaKela")
    assert detected.language is None


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("متى تنزل فلوس asumistuki", "housing-allowance"),
        ("oleskelulupa loppuu ensi kuussa mitä teen", "residence-permit"),
        ("waxaan rabaa inaan barto af finnish", "finnish-courses"),
        ("man az migri yak khat gereftom nami fahmam", "translate-documents"),
        ("where is kototori", "location"),
        ("verokortti", "tax-card"),
    ],
)
def test_questions_find_their_topic(matcher: Matcher, text: str, topic: str) -> None:
    match = matcher.match(text)
    assert topic in (match.topic, *match.alternatives[:2]), match


@pytest.mark.parametrize(
    "text",
    [
        "best pizza in tampere",
        "kuka voitti jalkapallopelin eilen",
        "kif el taqs bukra",
        "write me a poem about love",
    ],
)
def test_out_of_scope_is_not_answered_directly(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).action in ("decline", "choose")


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("my husband hits me", "domestic-violence"),
        ("haluan kuolla", "mental-health"),
        ("minulla on paha olo enkä jaksa elää", "mental-health"),
        ("مالک خانه میگه باید تا جمعه بری بیرون", "eviction"),
        ("اخذوا اولادي الى الحضانة lastensuojelu", "child-welfare"),
        ("tulipalo keittiössä", "emergency"),
        ("ilmahayga ayay qaateen sosiaalka", "child-welfare"),
        ("ma doonayo inaan sii noolaado", "mental-health"),
        ("dega nemikhayom zinda bashom", "mental-health"),
        ("wallah ma bdi 3ish ba2a", "mental-health"),
    ],
)
def test_urgent_situations_are_answered_with_urgency(matcher: Matcher, text: str, topic: str) -> None:
    match = matcher.match(text)
    assert (match.action, match.topic, match.urgent) == ("answer", topic, True)


def test_no_example_of_an_ordinary_topic_sounds_urgent(matcher: Matcher) -> None:
    """Urgent phrases override the topic match, so one that fires on ordinary questions would alarm people."""
    false_alarms = [
        (topic.id, question)
        for topic in matcher.kb.topics.values()
        if not topic.urgent
        for text in topic.texts.values()
        for question in text.examples
        if matcher.urgent_kind(question) is not None
    ]
    false_alarms += [
        (loc, q) for loc, qs in matcher.kb.negatives.items() for q in qs if matcher.urgent_kind(q)
    ]
    assert false_alarms == []


def test_smalltalk_is_understood(matcher: Matcher) -> None:
    for text in ("salaam alaykum", "kiitos paljon", "mahadsanid", "تشکر"):
        assert matcher.match(text).action == "smalltalk", text


def test_answer_language_follows_a_clear_message_only(service: QuestionService) -> None:
    decision = service.decide("sidee baan u helayaa lacagta kirada guriga", "en")
    assert (decision.answer_locale, decision.offer_switch) == ("so", "so")
    decision = service.decide("Kela", "fa-AF")
    assert (decision.answer_locale, decision.offer_switch) == ("fa-AF", None)
    match = service.matcher.match("asumistuki hakemus")
    assert answer_locale(match, "fi-selko")[0] == "fi-selko", (
        "Finnish keeps a plain-Finnish user in plain Finnish"
    )


def test_missing_translation_falls_back_with_the_chain(service: QuestionService) -> None:
    rendered = service.render("housing-allowance", "fi-selko")
    assert rendered is not None and rendered.locale == "fi-selko"
    topic = service.kb.topics["housing-allowance"]
    original = topic.texts
    object.__setattr__(topic, "texts", {k: v for k, v in original.items() if k != "fi-selko"})
    try:
        rendered = service.render("housing-allowance", "fi-selko")
        assert rendered is not None and rendered.locale == "fi", "plain Finnish falls back to Finnish"
    finally:
        object.__setattr__(topic, "texts", original)


@pytest.mark.parametrize(
    "text",
    [
        "Kela stopped my housing allowance this month, and also I need a tax card for my new job at the warehouse",
        "asumistuki pieneni tässä kuussa ja lisäksi tarvitsen verokortin uuteen työpaikkaan",
        "lacagta kirada ee Kela way yaraatay bishan, sidoo kale verokortti cusub ayaan u baahanahay shaqada cusub",
        "دعم الايجار من كيلا نقص هالشهر، وكمان بدي بطاقة ضريبة verokortti للشغل الجديد",
        "پول کرایه خانه از کیلا کم شده و همچنان برای کار نو کارت مالیات verokortti ضرورت دارم",
    ],
)
def test_two_matters_are_both_shown(matcher: Matcher, text: str) -> None:
    match = matcher.match(text)
    assert match.action in ("answer", "choose") and match.also is not None and match.also != match.topic
    shown = {match.topic, *match.alternatives[:2], match.also}
    assert {"housing-allowance", "tax-card"} <= shown, match


def test_one_matter_has_no_second_button(matcher: Matcher) -> None:
    match = matcher.match("I need a tax card for my new job at the warehouse, where do I get it")
    assert (match.action, match.topic, match.also) == ("answer", "tax-card", None)
