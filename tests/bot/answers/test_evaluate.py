"""`kb eval` scoring: which set a file is, direct-correct, wrong answers, declines and two-topic messages."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from bot.answers.knowledge.evaluate import DEV, HELD_OUT, evaluate_splits, load_cases
from bot.answers.knowledge.langid import Detection
from bot.answers.knowledge.matcher import Match, Matcher

EN = Detection("en", 1.0, 3)


class Scripted:
    """Stands in for the matcher: one prepared Match per message."""

    def __init__(self, answers: dict[str, Match]) -> None:
        self.answers = answers

    def match(self, text: str) -> Match:
        return self.answers[text]


def test_splits_styles_and_two_topic_messages(tmp_path: Path) -> None:
    (tmp_path / "heldout").mkdir()
    dev, held = tmp_path / "en.yaml", tmp_path / "heldout" / "en.yaml"
    dev.write_text(
        "- {lang: en, topic: tax-card, style: keyword, q: tax card}\n"
        "- {lang: en, topic: null, style: out-of-scope, q: pizza}\n"
    )
    held.write_text(
        "- {lang: en, topic: eviction, style: situation, q: story}\n"
        "- {lang: en, topics: [eviction, social-assistance], style: two-topic, q: two}\n"
        "- {lang: en, topics: [pay-bills, tax-card], style: two-topic, q: other two}\n"
        "- {lang: en, topic: null, style: out-of-scope, q: weather}\n"
    )
    matcher = Scripted(
        {
            "tax card": Match("answer", "tax-card", (), EN, 0.9),
            "pizza": Match(
                "choose", "library", ("library", "studies"), EN, 0.2
            ),  # "did you mean": not declined
            "story": Match("answer", "housing-search", (), EN, 0.8),  # a wrong direct answer
            "two": Match("answer", "eviction", ("legal-aid",), EN, 0.9, also="social-assistance"),
            "other two": Match("choose", "pay-bills", ("pay-bills", "eviction"), EN, 0.4),
            "weather": Match("decline", None, (), EN, 0.1),
        }
    )
    cases = load_cases([dev, held])
    assert [c.split for c in cases] == [DEV, DEV, HELD_OUT, HELD_OUT, HELD_OUT, HELD_OUT]
    report = evaluate_splits(cast(Matcher, matcher), cases)
    d, h = report[DEV]["languages"]["all"], report[HELD_OUT]["languages"]["all"]
    assert d["direct_correct"] == 100.0 and d["out_of_scope_declined"] == 0.0
    assert h["top1"] == 66.7 and h["direct_correct"] == 33.3 and h["wrong_direct_answers"] == 33.3
    assert h["out_of_scope_declined"] == 100.0
    assert report[HELD_OUT]["styles"]["two-topic"]["two_topic_both_shown"] == 50.0
