"""`kototori kb eval`: accuracy of the matcher on YAML lists of {lang, topic, style, q}."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.answers.knowledge.matcher import Match, Matcher

SMALLTALK_IDS = {"greeting", "thanks", "goodbye", "menu", "change-language"}


@dataclass(frozen=True)
class Case:
    lang: str
    topic: str | None
    style: str
    q: str


def load_cases(paths: Iterable[Path]) -> list[Case]:
    cases: list[Case] = []
    for path in paths:
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            cases.append(
                Case(str(item["lang"]), item.get("topic"), str(item.get("style", "")), str(item["q"]))
            )
    return cases


def as_json(match: Match, language: str | None) -> dict[str, Any]:
    return {
        "action": match.action,
        "topic": match.topic,
        # Alternatives to `topic`, never `topic` itself: for "choose" the buttons are `topic`, then these.
        "alternatives": [t for t in match.alternatives if t != match.topic],
        "language": language,
        "confidence": round(max(0.0, min(1.0, match.confidence)), 4),
    }


@dataclass
class LanguageReport:
    total: int = 0
    in_scope: int = 0
    top1: int = 0
    top3: int = 0
    wrong_answers: int = 0
    out_of_scope: int = 0
    declined: int = 0
    language_right: int = 0
    language_total: int = 0
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)

    def row(self) -> dict[str, Any]:
        def pct(a: int, b: int) -> float | None:
            return round(100 * a / b, 1) if b else None

        return {
            "questions": self.total,
            "top1": pct(self.top1, self.in_scope),
            "top3": pct(self.top3, self.in_scope),
            "wrong_direct_answers": pct(self.wrong_answers, self.in_scope),
            "out_of_scope_declined": pct(self.declined, self.out_of_scope),
            "language_id": pct(self.language_right, self.language_total),
            "confused": [f"{a} -> {b} ({n})" for (a, b), n in self.confusions.most_common(5)],
        }


def evaluate(matcher: Matcher, cases: list[Case]) -> dict[str, dict[str, Any]]:
    reports: dict[str, LanguageReport] = defaultdict(LanguageReport)
    for case in cases:
        report = reports[case.lang]
        report.total += 1
        match = matcher.match(case.q)
        predicted = match.topic if match.action in ("answer", "smalltalk", "choose") else None
        # As the issue scores `kb ask`: `topic` and the first two alternatives (alternatives never repeat `topic`).
        payload = as_json(match, None)
        offered = [payload["topic"], *payload["alternatives"][:2]] if match.action != "decline" else []
        # As `kb ask --json` names it without --locale: the detected language, English when there is none.
        report.language_total += 1
        expected = "fi" if case.lang == "fi-selko" else case.lang
        report.language_right += (match.detected.language or "en") == expected
        if case.topic is None:
            report.out_of_scope += 1
            report.declined += match.action not in ("answer", "smalltalk")
            continue
        report.in_scope += 1
        report.top1 += predicted == case.topic
        report.top3 += case.topic in offered
        if match.action in ("answer", "smalltalk") and predicted != case.topic:
            report.wrong_answers += 1
        if predicted != case.topic:
            report.confusions[(case.topic, predicted or "decline")] += 1
    out = {lang: r.row() for lang, r in sorted(reports.items())}
    everything = LanguageReport()
    for r in reports.values():
        for name in ("total", "in_scope", "top1", "top3", "wrong_answers", "out_of_scope", "declined"):
            setattr(everything, name, getattr(everything, name) + getattr(r, name))
        everything.language_right += r.language_right
        everything.language_total += r.language_total
        everything.confusions.update(r.confusions)
    out["all"] = everything.row()
    return out
