"""Each drift check of `kototori kb check` catches a planted error (and the real knowledge base has none)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.answers.knowledge.checks import (
    MAX_SENTENCE_WORDS,
    ProfileFacts,
    button_labels,
    button_literals,
    check_content,
    contact_drift,
    contacts,
    profile_literals,
    readability,
    review_overdue,
)
from bot.answers.knowledge.model import KnowledgeBase, Topic, load_knowledge
from bot.answers.knowledge.review import DRAFT, NATIVE
from bot.i18n import Translator
from bot.profile.loading import read_profile

TODAY = date(2026, 12, 7)


def _with_text(kb: KnowledgeBase, topic_id: str, locale: str, **fields: object) -> KnowledgeBase:
    topic = kb.topics[topic_id]
    text = topic.texts[locale]
    changed = replace(topic, texts={**topic.texts, locale: replace(text, **fields)})
    return replace(kb, topics={**kb.topics, topic_id: changed})


def _errors(kb: KnowledgeBase, translator: Translator) -> list[str]:
    return check_content(kb, read_profile(), translator, TODAY).errors


def test_the_real_knowledge_base_has_no_drift(translator: Translator) -> None:
    assert _errors(load_knowledge(), translator) == []


def test_a_phone_number_missing_in_one_locale_is_caught(translator: Translator) -> None:
    kb = load_knowledge()
    so = kb.topics["domestic-violence"].texts["so"]
    kb = _with_text(kb, "domestic-violence", "so", answer=so.answer.replace("080 005 005", "080 005 050"))
    errors = _errors(kb, translator)
    assert any("phone 080005005 is not in so" in e for e in errors)
    assert any("phone 080005050 is not in en" in e for e in errors)


def test_a_web_address_missing_in_one_locale_is_caught_unless_marked_local() -> None:
    kb = load_knowledge()
    topic = kb.topics["tax-card"]
    fi = topic.texts["fi"]
    planted = replace(
        topic, texts={**topic.texts, "fi": replace(fi, more=f"{fi.more}\nKatso myös example.fi.")}
    )
    assert any("web example.fi is not in en" in e for e in contact_drift(planted))
    marked = replace(
        topic, texts={**topic.texts, "fi": replace(fi, more=f"{fi.more}\nKatso example.fi. {{local}}")}
    )
    assert contact_drift(marked) == []


def test_contacts_are_read_in_any_script() -> None:
    found = contacts('اتصل بـ ١١٢ أو ٠٨٠ ٠٠٥ ٠٠٥، انظر <a href="https://www.kela.fi/x">Kela</a> و a@b.fi')
    assert found == {"phone 112", "phone 080005005", "web kela.fi", "e-mail a@b.fi"}


def test_a_profile_fact_written_out_is_caught(translator: Translator) -> None:
    facts = ProfileFacts.of(read_profile(), translator)
    assert (
        profile_literals("x", "Tule Kototorille ({opening_hours}) osoitteeseen {address}.", "fi", facts) == []
    )
    caught = " ".join(
        profile_literals("x", "Kototori, Insinöörinkatu 38, on auki tiistaisin klo 9–15.", "fi", facts)
        + profile_literals("x", "تعال يوم الثلاثاء من 9 إلى 15", "ar", facts)
        + profile_literals("x", "Kaalay Talaadada 09:00–15:00", "so", facts)
        + profile_literals("x", "come on Tue", "en", facts)
    )
    for what in ("street address", "(9–15)", "(tue)", "(9:00)"):
        assert what in caught, what
    assert profile_literals("x", "Nollalinja 080 005 005 helps 24/7", "en", facts) == []


def test_a_button_that_does_not_exist_is_caught(translator: Translator) -> None:
    labels = button_labels(translator)
    wrong = button_literals("x", "دکمه «صحبت با یک نفر» را فشار دهید.", "fa-AF", labels)
    assert wrong and "no button of the bot" in wrong[0]
    literal = button_literals("x", 'press the "Talk to a person" button', "en", labels)
    assert literal and "{button:answers-person}" in literal[0]
    assert button_literals("x", "<b>Language:</b> most people take the YKI test", "en", labels) == []
    assert button_literals("x", "press {button:answers-person}", "en", labels) == []


def test_a_passed_review_date_needs_a_note() -> None:
    errors, warnings = review_overdue("x.yaml", date(2026, 1, 1), None, TODAY)
    assert errors and not warnings
    errors, warnings = review_overdue(
        "x.yaml", date(2026, 1, 1), "waiting for Kela's 2027 figures (Leena)", TODAY
    )
    assert warnings and not errors
    assert review_overdue("x.yaml", date(2027, 5, 31), None, TODAY) == ([], [])


def test_plain_finnish_over_the_limit_is_caught() -> None:
    long = " ".join(["sana"] * (MAX_SENTENCE_WORDS + 1)) + "."
    assert any("a sentence of" in p for p in readability("x", long).problems())
    compounds = "Toimeentulotukihakemus. Asumistukipäätöskirje. Tulo."
    assert any("long words" in p for p in readability("x", compounds).problems())
    assert readability("x", "Kela maksaa tukea. Hae netissä. Tule Kototorille.").problems() == []


def test_a_draft_in_an_urgent_topic_is_a_warning(translator: Translator) -> None:
    kb = load_knowledge()
    found = check_content(kb, read_profile(), translator, TODAY)
    assert any(w == "child-welfare.yaml.fi: urgent topic, text still a draft" for w in found.warnings)
    topic: Topic = kb.topics["child-welfare"]
    reviewed = replace(topic.texts["fi"].review, status=NATIVE, reviewer="Leena", date=TODAY)
    kb = _with_text(kb, "child-welfare", "fi", review=reviewed)
    found = check_content(kb, read_profile(), translator, TODAY)
    assert "child-welfare.yaml.fi: urgent topic, text still a draft" not in found.warnings
    assert topic.texts["fi"].review.status == DRAFT


def test_an_about_phrase_that_does_not_fit_the_question_is_caught(translator: Translator) -> None:
    kb = load_knowledge()
    assert all(t.text(loc) and t.texts[loc].about for t in kb.topics.values() for loc in t.texts), (
        "all written"
    )
    kb = _with_text(kb, "eviction", "ar", about="Kela قرار")
    kb = _with_text(kb, "eviction", "en", about="unpaid rent and eviction and a letter from the landlord")
    kb = _with_text(kb, "eviction", "so", about="kirada {opening_hours}")
    kb = _with_text(kb, "eviction", "fa-AF", about="کرایه، بیرون کردن")
    errors = _errors(kb, translator)
    assert any(
        e.startswith("eviction.yaml.ar.about: must start with a word in Arabic script") for e in errors
    )
    assert any(e.startswith("eviction.yaml.en.about: 55 characters") for e in errors)
    assert any(e.startswith("eviction.yaml.so.about: no markup") for e in errors)
    assert any(e.startswith("eviction.yaml.fa-AF.about: no commas") for e in errors)
    assert len(errors) == 4
