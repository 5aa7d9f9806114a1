"""A small TF-IDF index over character n-grams and words, with an inverted index for fast cosine similarity."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from bot.services.knowledge.normalize import normalize

Vector = dict[str, float]


def features(text: str) -> Counter[str]:
    """Character 3-5-grams inside padded words (Finnish endings, typos, Arabizi) plus whole words."""
    out: Counter[str] = Counter()
    for word in normalize(text).split():
        out["w:" + word] += 1
        padded = f" {word} "
        for n in (3, 4, 5):
            for i in range(len(padded) - n + 1):
                out[padded[i : i + n]] += 1
    return out


class TfidfIndex:
    def __init__(self, documents: Sequence[str]) -> None:
        counted = [features(d) for d in documents]
        df: Counter[str] = Counter()
        for c in counted:
            df.update(c.keys())
        n = len(documents)
        self.idf = {f: math.log((1 + n) / (1 + d)) + 1.0 for f, d in df.items()}
        self.default_idf = math.log(1 + n) + 1.0
        self.postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for doc_id, c in enumerate(counted):
            for feature, weight in self._weigh(c).items():
                self.postings[feature].append((doc_id, weight))
        self.size = n

    def _weigh(self, counts: Counter[str]) -> Vector:
        vec = {f: (1.0 + math.log(tf)) * self.idf.get(f, self.default_idf) for f, tf in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {f: v / norm for f, v in vec.items()}

    def query(self, text: str) -> dict[int, float]:
        """Cosine similarity of the text to every document sharing a feature with it."""
        # Unknown features count in the norm: a message mostly unlike anything known scores low.
        vec = self._weigh(features(text))
        scores: dict[int, float] = defaultdict(float)
        for feature, weight in vec.items():
            for doc_id, doc_weight in self.postings.get(feature, ()):
                scores[doc_id] += weight * doc_weight
        return scores
