"""Matcher benchmark: speed, memory and accuracy of the n-gram and blended matchers against a plain BM25 baseline.

    .venv/bin/python -m bench.matching [--quick] [--passes 3] [--json FILE]

Per knowledge-base size, BM25 runs in one fresh process and the matcher in another: n-gram only, then the same
index with sentence embeddings added. RSS = the process's peak (ru_maxrss) when each finished; "traced MB" = the
tracemalloc peak while building (NumPy arrays included; the E5 engine's native memory is only in RSS). Latency
p50/p99 over all eval questions, median of --passes passes; q/s = questions / summed match() time. "20x" is a
synthetic knowledge base: 20 copies of every topic, new ids, lightly perturbed texts. Accuracy (tests/eval/dev/*.yaml,
scored by bot.answers.knowledge.evaluate) is for the real knowledge base only.
"""

from __future__ import annotations

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
import time
import tracemalloc
from collections import Counter, defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar, cast

import numpy as np

from bench.common import command_line
from bot.answers.knowledge import embeddings
from bot.answers.knowledge.build import build_matcher
from bot.answers.knowledge.evaluate import Case, evaluate, load_cases
from bot.answers.knowledge.langid import Detection
from bot.answers.knowledge.matcher import NONE, SMALLTALK, Action, Match, Matcher
from bot.answers.knowledge.model import KnowledgeBase, TopicText, load_knowledge
from bot.answers.knowledge.normalize import words
from bot.config import PROJECT_ROOT

METHODS = ("bm25", "ngram", "blended")
SCALE = 20
FILLERS = ("please", "ok", "hei", "nyt", "kiitos", "fadlan", "hadda", "lutfan", "salam", "yani")
_NO_LANGUAGE = Detection(None, 0.0, 0)
T = TypeVar("T")


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
        self.cpu: list[float] = []

    def match(self, text: str) -> Match:
        began, cpu = time.perf_counter(), time.thread_time()
        result = self.inner.match(text)
        self.seconds.append(time.perf_counter() - began)
        self.cpu.append(time.thread_time() - cpu)
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


def _timed_passes(predictor: Predictor, cases: list[Case], passes: int, scale: int) -> dict[str, Any]:
    for case in cases[:10]:  # warm-up: lazy imports and first-call allocations stay out of p99
        predictor.match(case.q)
    runs: list[dict[str, float]] = []
    for _ in range(passes):
        timed = Timed(predictor)
        accuracy = evaluate(cast(Matcher, timed), cases)
        s = timed.seconds
        c = timed.cpu
        runs.append(
            {"p50": _pct(s, 0.5), "p99": _pct(s, 0.99), "qps": len(s) / sum(s), "cpu_p50": _pct(c, 0.5),
             "cpu_p99": _pct(c, 0.99)}
        )  # fmt: skip
    keys = ("p50", "p99", "qps", "cpu_p50", "cpu_p99")
    out: dict[str, Any] = {k: statistics.median(r[k] for r in runs) for k in keys}
    out["passes"] = runs
    if scale == 1:  # the synthetic KB's copies compete with the real topics under new ids: no accuracy there
        out["accuracy"] = accuracy
    return out


def _traced(build: Callable[[], T]) -> tuple[T, dict[str, float]]:
    tracemalloc.start()
    began = time.perf_counter()
    built = build()
    seconds = time.perf_counter() - began
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return built, {"build_s_traced": seconds, "traced_mb": peak / 2**20, "traced_current_mb": current / 2**20}


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def run_stage(method: str, scale: int, cases: list[Case], passes: int, real: Any) -> dict[str, Any]:
    """In a fresh process: "bm25", or "matcher" = the n-gram matcher, then the same one with embeddings added."""
    start_rss = _rss_mb()  # the floor: interpreter, imports and what the parent had (see in_fresh_process)
    kb = scaled_kb(load_knowledge(), scale) if scale > 1 else None  # the synthetic KB is input, not traced

    def result(predictor: Predictor, docs: int, mem: dict[str, float]) -> dict[str, Any]:
        return (
            _timed_passes(predictor, cases, passes, scale)
            | mem
            | {"docs": docs, "rss_mb": _rss_mb(), "rss_start_mb": start_rss}
        )

    if method == "bm25":
        bm25, mem = _traced(lambda: BM25(kb or load_knowledge()))
        return {"bm25": result(bm25, len(bm25.labels), mem)}
    matcher, mem = _traced(lambda: Matcher(kb) if kb else build_matcher(with_embeddings=False))
    out = {"ngram": result(matcher, len(matcher.docs), mem)}
    if real is None:
        return out | {
            "blended": {"skipped": "sentence embeddings unavailable (embeddings.available() is False)"}
        }
    if (
        kb is None
    ):  # what build_matcher(with_embeddings=True) adds: the model and the (cached) document vectors
        matcher.embedder, extra = _traced(lambda: embeddings.E5Embedder(matcher.documents))
    else:
        # Embedding 20x the sentences would take most of an hour, so the big matrix is the real one tiled to the
        # synthetic KB's row count. The vectors no longer fit their documents, but what grows with the KB - the
        # matrix product and the per-label pooling - costs exactly what it would.
        def tile() -> embeddings.E5Embedder:
            tiled = copy.copy(real)
            tiled.matrix = np.resize(real.matrix, (len(matcher.docs), real.matrix.shape[1]))
            return cast(embeddings.E5Embedder, tiled)

        matcher.embedder, extra = _traced(tile)
    # As if traced in one go: the index's own peak, or the index as built plus the embedder's peak.
    traced = max(mem["traced_mb"], mem["traced_current_mb"] + extra["traced_mb"])
    mem |= {"build_s_traced": mem["build_s_traced"] + extra["build_s_traced"], "traced_mb": traced}
    return out | {"blended": result(matcher, len(matcher.docs), mem)}


def _real_embedder() -> Any:
    return build_matcher(with_embeddings=True).embedder  # None when embeddings are unavailable


def in_fresh_process(fn: Callable[..., T], *args: Any) -> T:
    # Linux children inherit the parent's peak RSS as their ru_maxrss floor: the parent must stay small.
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


def _f(value: float | None, width: int, digits: int = 1) -> str:
    return f"{'-' if value is None else f'{value:.{digits}f}':>{width}}"


def report(results: dict[str, dict[str, Any]]) -> None:
    print(f"\n{'method':<9}{'KB':>4}{'docs':>8}{'p50 ms':>9}{'p99 ms':>9}{'cpu p50':>9}{'cpu p99':>9}{'q/s':>8}"
          f"{'p50 xBM25':>11}{'q/s xBM25':>11}{'build s*':>10}{'traced MB':>11}{'RSS MB':>9}{'floor':>7}")  # fmt: skip
    for key, r in results.items():
        method, scale = key.split("@")
        if "skipped" in r:
            print(f"{method:<9}{scale:>4}  skipped: {r['skipped']}")
            continue
        base = results[f"bm25@{scale}"]
        print(
            f"{method:<9}{scale:>4}{r['docs']:>8}{_f(r['p50'], 9, 2)}{_f(r['p99'], 9, 2)}"
            f"{_f(r['cpu_p50'], 9, 2)}{_f(r['cpu_p99'], 9, 2)}{_f(r['qps'], 8, 0)}"
            f"{_f(r['p50'] / base['p50'], 11)}{_f(r['qps'] / base['qps'], 11, 3)}{_f(r['build_s_traced'], 10)}"
            f"{_f(r['traced_mb'], 11)}{_f(r['rss_mb'], 9, 0)}{_f(r['rss_start_mb'], 7, 0)}"
        )
    print("* under tracemalloc, so slower than untraced. docs = index rows (BM25: one per label).")
    print(
        "  cpu = the matching thread's own CPU time per question (time.thread_time): the latency on an idle core,\n"
        "  which a busy shared machine does not inflate the way it inflates wall-clock p99."
    )
    print(
        "  RSS = process peak (floor: before building anything); blended runs after n-gram in the same process\n"
        "  (same index, embedder added)."
    )
    acc = {m: results[f"{m}@1x"]["accuracy"] for m in METHODS if "accuracy" in results[f"{m}@1x"]}
    print(
        "\nAccuracy (dev sets), %: top1 / top3 / direct (answered at once and right) of in-scope questions;"
        " oos = out-of-scope questions declined"
    )
    print(f"{'':<15}" + "".join(f" | {m:<28}" for m in acc))
    print(f"{'lang':<10}{'n':>5}" + "".join(f" | {'top1':>7}{'top3':>7}{'direct':>7}{'oos':>7}" for _ in acc))
    for lang, row in acc["bm25"].items():
        cells = (
            f" | {_f(a[lang]['top1'], 7)}{_f(a[lang]['top3'], 7)}{_f(a[lang].get('direct_correct'), 7)}"
            f"{_f(a[lang]['out_of_scope_declined'], 7)}"
            for a in acc.values()
        )
        print(f"{lang:<10}{row['questions']:>5}" + "".join(cells))


def main() -> None:
    parser = command_line(__doc__)
    parser.add_argument("--quick", action="store_true", help="200 questions, 1 pass")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--json", help="write every figure here")
    args = parser.parse_args()
    cases = load_cases(sorted((PROJECT_ROOT / "tests" / "eval" / "dev").glob("*.yaml")))
    passes = args.passes
    if args.quick:
        cases, passes = random.Random(0).sample(cases, min(200, len(cases))), 1
    print(f"{len(cases)} questions, {passes} pass(es), {os.cpu_count()} cores, {platform.python_version()}")
    real = in_fresh_process(_real_embedder)  # tiled at 20x
    results: dict[str, dict[str, Any]] = {}
    began = time.perf_counter()
    for scale in (1, SCALE):
        for method in ("bm25", "matcher"):
            print(f"  {method} @ {scale}x ... ({time.perf_counter() - began:.0f} s)", flush=True)
            for name, r in in_fresh_process(run_stage, method, scale, cases, passes, real).items():
                results[f"{name}@{scale}x"] = r
    if args.json:
        meta = {
            "date": datetime.now().isoformat(timespec="seconds"),
            "cores": os.cpu_count(),
            "passes": passes,
        }
        Path(args.json).write_text(json.dumps({"meta": meta, "results": results}, indent=2))
    report(results)


if __name__ == "__main__":
    main()
