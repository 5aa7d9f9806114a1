"""Placeholders in knowledge-base texts: the profile's facts and the buttons' real labels, per language."""

from __future__ import annotations

from bot.answers.knowledge.placeholders import Placeholders, placeholders
from bot.i18n import Translator
from bot.profile.loading import read_profile


def _fill(translator: Translator) -> Placeholders:
    return Placeholders(read_profile(), translator)


def test_facts_render_in_each_language(translator: Translator) -> None:
    fill = _fill(translator)
    text = "Come: {opening_hours}. {address}."
    assert (
        fill.render(text, "en")
        == "Come: Tuesdays and Fridays 09:00\u2009–\u200915:00. Insinöörinkatu 38, 33720 Tampere."
    )
    assert fill.render("{opening_hours}", "fi") == "tiistaisin ja perjantaisin klo 9.00–15.00"
    assert fill.render("{opening_days}", "so") == "Talaadada iyo Jimcaha"
    assert fill.render("{assistant_days:ar}", "fa-AF") == "سه‌شنبه و جمعه"


def test_latin_values_are_isolated_inside_right_to_left_text(translator: Translator) -> None:
    rendered = _fill(translator).render("العنوان: {address}", "ar")
    assert rendered == "العنوان: \u2068Insinöörinkatu 38, 33720 Tampere\u2069"


def test_a_button_renders_its_real_label_in_each_language(translator: Translator) -> None:
    fill = _fill(translator)
    assert fill.render("press {button:answers-person}", "en") == "press <b>🙋 Talk to a person</b>"
    dari = fill.render("دکمه {button:answers-person} را فشار دهید", "fa-AF")
    assert "گپ زدن با یک شخص" in dari and "صحبت با یک نفر" not in dari


def test_local_marker_renders_as_nothing(translator: Translator) -> None:
    assert _fill(translator).render("English line: 029 497 050. {local}\nnext", "en") == (
        "English line: 029 497 050.\nnext"
    )


def test_problems_are_named(translator: Translator) -> None:
    fill = _fill(translator)
    text = "{opening_hourz} {button:answers-nobody} {assistant_days:ru} {phone} {address:x} {button}"
    problems = [fill.problem(p, "en") for p in placeholders(text)]
    assert problems[0] is not None and "unknown placeholder" in problems[0]
    assert problems[1] is not None and "no such button" in problems[1]
    assert problems[2] is not None and "language" in problems[2]
    assert problems[3] is not None and "has no phone" in problems[3]
    assert problems[4] is not None and "no argument" in problems[4]
    assert problems[5] is not None and "Fluent id" in problems[5]
    assert fill.render("{opening_hourz}", "en") == "{opening_hourz}", "left as written for kb check to report"
