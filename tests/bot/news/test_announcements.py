"""Which text each recipient reads (their language or the fallback chain), and how it is rendered."""

from __future__ import annotations

import pytest

from bot.i18n import Translator
from bot.news.announcements import (
    MAX_BODY,
    TextTooLong,
    check_body,
    render,
    summarize,
    text_locale,
)
from bot.news.audience import Audience, Recipient


@pytest.mark.parametrize(
    ("recipient", "written", "expected"),
    [
        ("ar", ["ar", "so", "en"], "ar"),
        ("fa-AF", ["ar", "so", "en"], "en"),  # Dari -> English (bot/i18n/__init__.py FALLBACKS)
        ("fi-selko", ["fi", "en"], "fi"),  # plain Finnish -> Finnish first
        ("fi-selko", ["en", "ar"], "en"),
        ("so", ["fi", "ar"], "fi"),  # the chain ends; Finnish is the next best for Finland
        ("so", ["ar", "fa-AF"], "ar"),  # nothing better: the first written language
        ("en", ["fi"], "fi"),
    ],
)
def test_text_locale_follows_the_fallback_chain(recipient: str, written: list[str], expected: str) -> None:
    assert text_locale(recipient, written) == expected


def test_own_language_has_no_note_and_the_text_is_escaped(translator: Translator) -> None:
    text = render(translator, "en", {"en": "Cafe <Gabriel> & you", "ar": "مرحبا"})
    assert "Cafe &lt;Gabriel&gt; &amp; you" in text
    assert "not in your language" not in text


def test_fallback_gets_a_short_note_in_the_recipients_language(translator: Translator) -> None:
    text = render(translator, "so", {"ar": "مرحبا", "en": "Hello all"})
    assert "Hello all" in text
    assert "Warkani kuma qorna luqaddaada" in text, "the note is in Somali"
    assert "English" in text, "and names the language of the text"


def test_preview_counts_who_reads_what() -> None:
    people = [Recipient(1, "ar"), Recipient(2, "ar"), Recipient(3, "so"), Recipient(4, "fa-AF")]
    preview = summarize(people, ["ar", "en"])
    assert preview.total == 4
    assert [(x.locale, x.text_locale, x.count) for x in preview.lines] == [
        ("ar", "ar", 2),
        ("fa-AF", "en", 1),
        ("so", "en", 1),
    ]


def test_too_long_text_is_refused_by_utf16_length() -> None:
    check_body("a" * MAX_BODY)
    with pytest.raises(TextTooLong):
        check_body("😀" * (MAX_BODY // 2 + 1))  # each emoji is two UTF-16 units, as Telegram counts


def test_audience_round_trips_through_its_stored_form() -> None:
    for audience in (
        Audience("all"),
        Audience("lang", "fa-AF"),
        Audience("int", "sports"),
        Audience("ev", "12"),
    ):
        assert Audience.decode(audience.encode()) == audience
