"""A small TF-IDF index over character n-grams and words, with an inverted index for fast cosine similarity."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from bot.answers.knowledge.normalize import ARABIC_LETTER, normalize, skeleton


def features(text: str, latin_skeletons: bool = False) -> Counter[str]:
    """Character 3-5-grams inside padded words (Finnish endings, typos, Arabizi) plus whole words.

    Words in Arabic script, and Latin words too when `latin_skeletons` (Arabic or Dari written in Latin letters),
    add their consonant skeleton (normalize.skeleton) and its 3-grams, so the two spellings of one word meet.
    """
    out: Counter[str] = Counter()
    for word in normalize(text).split():
        out["w:" + word] += 1
        padded = f" {word} "
        for n in (3, 4, 5):
            for i in range(len(padded) - n + 1):
                out[padded[i : i + n]] += 1
        if latin_skeletons or ARABIC_LETTER.match(word):
            bones = skeleton(word)
            if len(bones) >= SKELETON_MIN:
                out["k:" + bones] += 1
                padded = f" {bones} "
                for i in range(len(padded) - 2):
                    out["k:" + padded[i : i + 3]] += 1
    return out


SKELETON_MIN = 2


class TfidfIndex:
    """Postings in compressed sparse rows, features known by their hash: a few flat arrays, no per-feature objects.

    A dict of small arrays per feature took ~80 MB for the real knowledge base (55,000 features, each with its own
    Python and NumPy objects, and the heap they fragmented); these arrays hold the same numbers in a few MB
    (bench/memory.py). Hashes are Python's, so the index is built in the process that uses it (it always is).
    """

    def __init__(
        self,
        documents: Sequence[str],
        latin_skeletons: Sequence[bool] | None = None,
        featurize: Callable[[int], Counter[str]] | None = None,
    ) -> None:
        """`latin_skeletons[i]`: document i is Arabic or Dari (its Latin words get skeletons too). `featurize(i)`,
        when given, gives document i's features instead (a whole topic: the sum of its documents')."""
        flags = latin_skeletons or [False] * len(documents)

        def doc_features(i: int) -> Counter[str]:
            return featurize(i) if featurize is not None else features(documents[i], flags[i])

        # Two passes over the documents instead of keeping every document's features alive at once: the peak stays
        # small, and so does the heap it would leave fragmented for the life of the process.
        df: Counter[int] = Counter()
        for i in range(len(documents)):
            df.update(hash(f) for f in doc_features(i))
        n = len(documents)
        self.keys = np.asarray(sorted(df), dtype=np.int64)
        self.idf = np.asarray(
            [math.log((1 + n) / (1 + df[int(k)])) + 1.0 for k in self.keys], dtype=np.float32
        )
        del df
        self.default_idf = math.log(1 + n) + 1.0
        feature_ids, doc_ids, weights = [], [], []
        for doc_id in range(len(documents)):
            rows, values = self._weigh(doc_features(doc_id))
            feature_ids.append(rows)
            doc_ids.append(np.full(len(rows), doc_id, dtype=np.int32))
            weights.append(values)
        by_feature = np.concatenate(feature_ids)
        order = np.argsort(by_feature, kind="stable")
        self.doc_ids = np.concatenate(doc_ids)[order]
        self.weights = np.concatenate(weights)[order]
        self.indptr = np.zeros(len(self.keys) + 1, dtype=np.int64)
        np.cumsum(np.bincount(by_feature, minlength=len(self.keys)), out=self.indptr[1:])
        self.size = n

    def _weigh(self, counts: Counter[str]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
        """Row numbers of the known features (-1 for unknown ones) and their normalised TF-IDF weights."""
        hashes = np.fromiter((hash(f) for f in counts), dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        rows = np.searchsorted(self.keys, hashes)
        known = rows < len(self.keys)
        known[known] = self.keys[rows[known]] == hashes[known]
        idf = np.where(known, self.idf[np.minimum(rows, len(self.keys) - 1)], np.float32(self.default_idf))
        vec = (1.0 + np.log(tf)) * idf
        vec /= float(np.sqrt(np.dot(vec, vec))) or 1.0
        return np.where(known, rows, -1), vec.astype(np.float32)

    def query(self, text: str, latin_skeletons: bool = False) -> npt.NDArray[np.float32]:
        """Cosine similarity of the text to every document (zero where nothing is shared)."""
        # Unknown features count in the norm: a message mostly unlike anything known scores low.
        rows, weights = self._weigh(features(text, latin_skeletons))
        known = rows >= 0
        rows, weights = rows[known], weights[known]
        if not len(rows):
            return np.zeros(self.size, dtype=np.float32)
        # Every posting of every known feature at once (one bincount instead of a Python loop over features: a
        # long story has hundreds of them, and the matcher queries each of its clauses too).
        lo = self.indptr[rows]
        lengths = self.indptr[rows + 1] - lo
        ends = np.cumsum(lengths)
        positions = np.arange(int(ends[-1]), dtype=np.int64) + np.repeat(lo - (ends - lengths), lengths)
        contributions = np.repeat(weights, lengths) * self.weights[positions]
        return np.bincount(self.doc_ids[positions], weights=contributions, minlength=self.size).astype(
            np.float32
        )

    def query_subset(
        self, texts: Sequence[str], docs: npt.NDArray[np.int64], latin_skeletons: bool = False
    ) -> npt.NDArray[np.float32]:
        """Cosine similarity of each text to the documents `docs` only: one row per text, one column per doc.

        The texts' postings are read once for all of them and cut to `docs` before any arithmetic: the parts of one
        message (its clauses) against a few likely topics cost about one query, not one each over the whole index.
        """
        out = np.zeros((len(texts), len(docs)), dtype=np.float32)
        weighed = [self._weigh(features(t, latin_skeletons)) for t in texts]
        known = [rows >= 0 for rows, _ in weighed]
        union = np.unique(np.concatenate([rows[k] for (rows, _), k in zip(weighed, known, strict=True)]))
        if not len(union) or not len(docs):
            return out
        column = np.full(self.size, -1, dtype=np.int32)
        column[docs] = np.arange(len(docs), dtype=np.int32)
        lo = self.indptr[union]
        lengths = self.indptr[union + 1] - lo
        ends = np.cumsum(lengths)
        positions = np.arange(int(ends[-1]), dtype=np.int64) + np.repeat(lo - (ends - lengths), lengths)
        columns = column[self.doc_ids[positions]]
        keep = columns >= 0
        positions, columns = positions[keep], columns[keep]
        feature = np.repeat(np.arange(len(union)), lengths)[keep]
        stored = self.weights[positions]
        for i, ((rows, weights), k) in enumerate(zip(weighed, known, strict=True)):
            vec = np.zeros(len(union), dtype=np.float32)
            vec[np.searchsorted(union, rows[k])] = weights[k]
            out[i] = np.bincount(columns, weights=vec[feature] * stored, minlength=len(docs))
        return out
