"""Every locale has exactly the English message ids, with the same variables, and parses cleanly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fluent.syntax import ast, parse

from bot.i18n import LOCALES, LOCALES_DIR, Translator, variable_names

BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _messages(locale: str) -> dict[str, ast.Message]:
    out: dict[str, ast.Message] = {}
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        resource = parse(path.read_text(encoding="utf-8"))
        junk = [e for e in resource.body if isinstance(e, ast.Junk)]
        assert not junk, f"{path}: does not parse: {[j.annotations[0].message for j in junk]}"
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                assert entry.id.name not in out, f"{path}: duplicate id {entry.id.name}"
                out[entry.id.name] = entry
    return out


def _files(locale: str) -> set[str]:
    return {p.name for p in (LOCALES_DIR / locale).glob("*.ftl")}


@pytest.mark.parametrize("locale", [loc for loc in LOCALES if loc != "en"])
def test_locale_has_the_same_messages_and_variables_as_english(locale: str) -> None:
    english = _messages("en")
    other = _messages(locale)
    assert _files(locale) == _files("en")
    assert sorted(set(english) - set(other)) == [], f"{locale} lacks these ids"
    assert sorted(set(other) - set(english)) == [], f"{locale} has extra ids"
    for msg_id, message in english.items():
        assert variable_names(other[msg_id]) == variable_names(message), (
            f"{locale}/{msg_id} uses other variables"
        )


@pytest.mark.parametrize("locale", LOCALES)
def test_no_invisible_bidi_marks_in_translations(locale: str) -> None:
    for path in (LOCALES_DIR / locale).glob("*.ftl"):
        text = path.read_text(encoding="utf-8")
        assert not BIDI_MARKS.search(text), f"{path} contains invisible bidi marks"


def test_message_ids_are_feature_prefixed_kebab_case() -> None:
    for path in Path(LOCALES_DIR / "en").glob("*.ftl"):
        feature = path.stem
        for msg_id in _messages("en"):
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", msg_id), msg_id
        ids = {e.id.name for e in parse(path.read_text()).body if isinstance(e, ast.Message)}
        assert all(i.startswith(feature + "-") for i in ids), f"{path}: ids must start with {feature}-"


def test_fallback_chain_fills_a_missing_message(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "fi").mkdir()
    (tmp_path / "fi-selko").mkdir()
    (tmp_path / "en" / "x.ftl").write_text("x-only-english = English text\n")
    (tmp_path / "fi" / "x.ftl").write_text("x-only-finnish = Suomeksi\n")
    (tmp_path / "fi-selko" / "x.ftl").write_text("")
    translator = Translator(tmp_path, ["en", "fi", "fi-selko"])
    assert translator("fi-selko")("x-only-finnish") == "Suomeksi"
    assert translator("fi-selko")("x-only-english") == "English text"


def test_arabic_plural_categories_come_from_babel() -> None:
    translator = Translator()
    bundle = translator._bundles["ar"]
    assert bundle._plural_form(2) == "two"
    assert bundle._plural_form(11) == "many"
