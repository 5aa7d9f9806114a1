"""A small TF-IDF index over character n-grams and words, with an inverted index for fast cosine similarity."""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

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
        # Two passes and compact arrays while building: the peak memory stays a few MB, not a few hundred.
        df: Counter[str] = Counter()
        for doc in documents:
            df.update(features(doc).keys())
        n = len(documents)
        self.idf = {f: math.log((1 + n) / (1 + d)) + 1.0 for f, d in df.items()}
        self.default_idf = math.log(1 + n) + 1.0
        building: dict[str, tuple[array[int], array[float]]] = {}
        for doc_id, doc in enumerate(documents):
            for feature, weight in self._weigh(features(doc)).items():
                ids, weights = building.setdefault(feature, (array("i"), array("f")))
                ids.append(doc_id)
                weights.append(weight)
        self.postings: dict[str, tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]] = {
            f: (np.frombuffer(ids, dtype=np.int32), np.frombuffer(weights, dtype=np.float32))
            for f, (ids, weights) in building.items()
        }
        self.size = n

    def _weigh(self, counts: Counter[str]) -> Vector:
        vec = {f: (1.0 + math.log(tf)) * self.idf.get(f, self.default_idf) for f, tf in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {f: v / norm for f, v in vec.items()}

    def query(self, text: str) -> npt.NDArray[np.float32]:
        """Cosine similarity of the text to every document (zero where nothing is shared)."""
        # Unknown features count in the norm: a message mostly unlike anything known scores low.
        vec = self._weigh(features(text))
        scores = np.zeros(self.size, dtype=np.float32)
        for feature, weight in vec.items():
            posting = self.postings.get(feature)
            if posting is not None:
                ids, weights = posting
                scores[ids] += weight * weights  # ids are unique within one posting list
        return scores
