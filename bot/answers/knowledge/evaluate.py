"""`kototori kb eval`: accuracy of the matcher on YAML lists of {lang, topic | topics, style, q}.

Files under a `heldout/` folder (or `heldout2/`, `heldout3/`...: later sets by other writers) are the held-out set
(never used to tune or train: measured only), everything else is development data; the report says which set each
figure comes from. A case with `topics: [a, b]` raises two matters (style two-topic); `topic: null` is out of scope.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.answers.knowledge.matcher import Match, Matcher

SMALLTALK_IDS = {"greeting", "thanks", "goodbye", "menu", "change-language"}
HELD_OUT = "held-out"
DEV = "dev"


@dataclass(frozen=True)
class Case:
    lang: str
    topic: str | None  # the main topic (the first of `topics`); None: out of scope
    style: str
    q: str
    topics: tuple[str, ...] = ()  # every topic the message raises (two for a two-topic message)
    split: str = DEV

    @property
    def expected(self) -> tuple[str, ...]:
        return self.topics or ((self.topic,) if self.topic else ())


def split_of(path: Path) -> str:
    return HELD_OUT if any(re.fullmatch(r"heldout\d*", part) for part in path.parts) else DEV


def load_cases(paths: Iterable[Path]) -> list[Case]:
    cases: list[Case] = []
    for path in paths:
        split = split_of(path)
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            topics = tuple(str(t) for t in item.get("topics") or ())
            topic = item.get("topic") or (topics[0] if topics else None)
            cases.append(
                Case(str(item["lang"]), topic, str(item.get("style", "")), str(item["q"]), topics, split)
            )
    return cases


def as_json(match: Match, language: str | None) -> dict[str, Any]:
    return {
        "action": match.action,
        "topic": match.topic,
        # Alternatives to `topic`, never `topic` itself: for "choose" the buttons are `topic`, then these.
        "alternatives": [t for t in match.alternatives if t != match.topic],
        "also": match.also,
        "language": language,
        "confidence": round(max(0.0, min(1.0, match.confidence)), 4),
    }


def _pct(a: int, b: int) -> float | None:
    return round(100 * a / b, 1) if b else None


@dataclass
class Report:
    total: int = 0
    in_scope: int = 0
    top1: int = 0
    top3: int = 0
    direct_correct: int = 0
    wrong_answers: int = 0
    out_of_scope: int = 0
    declined: int = 0
    two_topic: int = 0
    both_shown: int = 0
    language_right: int = 0
    language_total: int = 0
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, other: Report) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
        self.confusions.update(other.confusions)

    def row(self) -> dict[str, Any]:
        return {
            "questions": self.total,
            "top1": _pct(self.top1, self.in_scope),
            "top3": _pct(self.top3, self.in_scope),
            # Answered directly (no "did you mean") with the right topic, of the in-scope messages.
            "direct_correct": _pct(self.direct_correct, self.in_scope),
            "wrong_direct_answers": _pct(self.wrong_answers, self.in_scope),
            "out_of_scope_declined": _pct(self.declined, self.out_of_scope),
            "two_topic_both_shown": _pct(self.both_shown, self.two_topic),
            "language_id": _pct(self.language_right, self.language_total),
            "confused": [f"{a} -> {b} ({n})" for (a, b), n in self.confusions.most_common(5)],
        }


def score(report: Report, case: Case, match: Match) -> None:
    report.total += 1
    predicted = match.topic if match.action != "decline" else None
    # As the issue scores `kb ask`: `topic` and the first two alternatives (alternatives never repeat `topic`).
    payload = as_json(match, None)
    offered = [payload["topic"], *payload["alternatives"][:2]] if match.action != "decline" else []
    # As `kb ask --json` names it without --locale: the detected language, English when there is none.
    report.language_total += 1
    expected_language = "fi" if case.lang == "fi-selko" else case.lang
    report.language_right += (match.detected.language or "en") == expected_language
    expected = case.expected
    if not expected:
        report.out_of_scope += 1
        report.declined += match.action == "decline"
        return
    report.in_scope += 1
    right = predicted in expected
    direct = match.action in ("answer", "smalltalk")
    report.top1 += right
    report.top3 += any(t in offered for t in expected)
    report.direct_correct += direct and right
    report.wrong_answers += direct and not right
    if len(expected) > 1:
        report.two_topic += 1
        # What the bot shows: the answer or the choice, and the second matter's button.
        shown = {*offered, match.also} if match.action != "decline" else set()
        report.both_shown += all(t in shown for t in expected)
    if not right:
        report.confusions[(expected[0], predicted or "decline")] += 1


def evaluate(matcher: Matcher, cases: list[Case]) -> dict[str, dict[str, Any]]:
    """Per language and "all" (the shape `bench.matching` reads)."""
    languages: dict[str, dict[str, Any]] = evaluate_sets(matcher, cases)["languages"]
    return languages


def evaluate_sets(matcher: Matcher, cases: list[Case]) -> dict[str, Any]:
    """{"languages": per language + "all", "styles": per style} over the cases given (one split at a time)."""
    by_lang: dict[str, Report] = defaultdict(Report)
    by_style: dict[str, Report] = defaultdict(Report)
    for case in cases:
        single = Report()
        score(single, case, matcher.match(case.q))
        by_lang[case.lang].add(single)
        by_style[case.style or "-"].add(single)
    everything = Report()
    for r in by_lang.values():
        everything.add(r)
    languages = {lang: r.row() for lang, r in sorted(by_lang.items())} | {"all": everything.row()}
    return {"languages": languages, "styles": {style: r.row() for style, r in sorted(by_style.items())}}


def evaluate_splits(matcher: Matcher, cases: list[Case]) -> dict[str, dict[str, Any]]:
    """The same per split: "dev" and/or "held-out", never mixed in one figure."""
    splits = sorted({c.split for c in cases})
    return {split: evaluate_sets(matcher, [c for c in cases if c.split == split]) for split in splits}
