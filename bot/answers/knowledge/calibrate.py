"""Fit the matcher's calibration (bot/answers/knowledge/calibration.json) on the development sets.

    python -m bot.answers.knowledge.calibrate [tests/eval/dev/*.yaml] [--write]

For every development message the matcher's best CANDIDATES labels and their similarity FEATURES are collected (with
sentence embeddings, and again without them); a scikit-learn logistic regression learns which candidate is right.
Thresholds come from out-of-fold probabilities (5-fold cross-validation, folds by message): the lowest "answer
directly" probability that keeps wrong direct answers at most TARGET_WRONG of the in-scope messages, then the decline
thresholds that decline most out-of-scope messages while declining at most MAX_IN_SCOPE_DECLINED of the in-scope
ones. Files under heldout/ (or heldout2/...) are refused: the held-out set is measured, never fitted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bot.answers.knowledge.evaluate import SMALLTALK_IDS, Case, load_cases, split_of
from bot.answers.knowledge.matcher import (
    CALIBRATION_FILE,
    FEATURES,
    NONE,
    SMALLTALK,
    Calibration,
    Matcher,
)
from bot.config import PROJECT_ROOT

TARGET_WRONG = 0.015  # of in-scope messages answered directly with a wrong topic (the issue allows 2%)
MAX_ANSWERED_OOS = 0.05  # of out-of-scope messages answered directly with some topic
MAX_IN_SCOPE_DECLINED = 0.02
ALTERNATIVE = 0.15
MAX_TOP3_LOSS = 0.005  # a "did you mean" drops candidates far less likely than the first at this cost at most
C = 1.0
ALONE_RATIOS = (0.05, 0.1, 0.2, 0.3)


class CachedQueries:
    """The real encoder with its query vectors kept on disk: refitting after a change does not encode again."""

    def __init__(self, inner: Any) -> None:
        from bot.answers.knowledge.embeddings import env_cache_dir

        self.inner = inner
        self.path = env_cache_dir() / "e5-queries.npz"
        self.known: dict[str, Any] = {}
        if self.path.exists():
            with np.load(self.path) as stored:
                self.known = dict(zip(stored["keys"].tolist(), stored["vectors"], strict=True))

    @property
    def matrix(self) -> Any:
        return self.inner.matrix

    def vector(self, text: str) -> Any:
        from bot.answers.knowledge import embeddings

        # Keyed by what the encoder reads (the head of a long message): a changed MAX_QUERY_TOKENS encodes again.
        head = embeddings.query_input(text)
        key = hashlib.sha1(head.encode(), usedforsecurity=False).hexdigest()
        if key not in self.known:
            self.known[key] = self.inner.vector(text)
        return self.known[key]

    def similarities(self, text: str) -> Any:
        return self.inner.matrix @ self.vector(text)

    def save(self) -> None:
        if self.known:
            np.savez(self.path, keys=np.array(list(self.known)), vectors=np.vstack(list(self.known.values())))


@dataclass
class Row:
    labels: list[str]
    features: npt.NDArray[np.float32]
    expected: tuple[str, ...]  # right labels (NONE for out of scope, "st:<id>" for small talk)
    lang: str = ""
    style: str = ""


def expected_labels(case: Case) -> tuple[str, ...]:
    if not case.expected:
        return (NONE,)
    return tuple(SMALLTALK + t if t in SMALLTALK_IDS else t for t in case.expected)


def collect(matcher: Matcher, cases: list[Case]) -> list[Row]:
    rows = []
    for case in cases:
        view = matcher.candidates(case.q)
        rows.append(Row(view.labels, view.features, expected_labels(case), case.lang, case.style))
    return rows


def _stack(rows: list[Row]) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    x = np.vstack([r.features for r in rows])
    y = np.concatenate([[label in r.expected for label in r.labels] for r in rows]).astype(np.int64)
    groups = np.concatenate([np.full(len(r.labels), i) for i, r in enumerate(rows)])
    return x, y, groups


def fit(rows: list[Row]) -> tuple[tuple[float, ...], float]:
    from sklearn.linear_model import LogisticRegression

    x, y, _ = _stack(rows)
    model = LogisticRegression(C=C, max_iter=2000).fit(x, y)
    return tuple(float(c) for c in model.coef_[0]), float(model.intercept_[0])


def out_of_fold(rows: list[Row], folds: int = 5) -> list[npt.NDArray[np.float64]]:
    """Each message's candidate probabilities from a model that never saw it."""
    fold_of = np.arange(len(rows)) % folds
    probs: list[npt.NDArray[np.float64]] = [np.zeros(0)] * len(rows)
    for k in range(folds):
        coef, intercept = fit([r for r, f in zip(rows, fold_of, strict=True) if f != k])
        cal = Calibration(coef, intercept, 1.0, 0.0, 1.0, ALTERNATIVE)
        for i in np.flatnonzero(fold_of == k).tolist():
            probs[i] = cal.probabilities(rows[i].features)
    return probs


def outcomes(rows: list[Row], probs: list[npt.NDArray[np.float64]], cal: Calibration) -> dict[str, float]:
    from bot.answers.knowledge.matcher import decide

    n_in = n_oos = direct = wrong = oos_declined = oos_answered = in_declined = top1 = top3 = 0
    for row, p in zip(rows, probs, strict=True):
        action, topic, alternatives, _ = decide(row.labels, p, cal)
        offered = {topic, *alternatives} if action != "decline" else set()
        if row.expected == (NONE,):
            n_oos += 1
            oos_declined += action == "decline"
            oos_answered += action == "answer"
            continue
        n_in += 1
        right = topic in row.expected and action != "decline"
        top1 += right
        top3 += any(t in offered for t in row.expected)
        in_declined += action == "decline"
        direct += right and action in ("answer", "smalltalk")
        wrong += (not right) and action in ("answer", "smalltalk")
    n_in_scope = n_in
    n_in = max(1, n_in)  # a group of out-of-scope messages only (the out-of-scope style)
    return {
        "in_scope": n_in_scope,
        "out_of_scope": n_oos,
        "top1": top1 / n_in,
        "top3": top3 / n_in,
        "direct_correct": direct / n_in,
        "wrong_direct": wrong / n_in,
        "in_scope_declined": in_declined / n_in,
        "oos_declined": oos_declined / max(1, n_oos),
        "oos_answered": oos_answered / max(1, n_oos),
    }


def choose_thresholds(
    rows: list[Row], probs: list[npt.NDArray[np.float64]], coef: tuple[float, ...], intercept: float
) -> tuple[Calibration, dict[str, float]]:
    def cal(answer: float, floor: float, none: float, alone: float = 1.01, ratio: float = 0.0) -> Calibration:
        return Calibration(coef, intercept, answer, floor, none, 0.0, alone, ratio)

    def allowed(o: dict[str, float]) -> bool:
        return o["wrong_direct"] <= TARGET_WRONG and o["oos_answered"] <= MAX_ANSWERED_OOS

    answer = 0.99
    for a in np.arange(0.30, 0.99, 0.01).tolist():  # the lowest that keeps wrong direct answers in bounds
        if allowed(outcomes(rows, probs, cal(a, 0.0, 1.01))):
            answer = a
            break
    # Then one clear candidate (every other label far less likely) at a lower probability, within the same bounds:
    # the pair (answer, alone) that answers the most messages right directly.
    best_direct = outcomes(rows, probs, cal(answer, 0.0, 1.01))["direct_correct"]
    alone, ratio = 1.01, 0.0
    for a in np.arange(min(0.99, answer + 0.05), answer - 0.001, -0.01).tolist():
        for al in np.arange(0.40, a, 0.05).tolist():
            for r in ALONE_RATIOS:
                o = outcomes(rows, probs, cal(a, 0.0, 1.01, al, r))
                if allowed(o) and o["direct_correct"] > best_direct + 1e-9:
                    best_direct, answer, alone, ratio = o["direct_correct"], a, al, r
    best: tuple[float, float, float] = (-1.0, 0.0, 1.01)
    for floor in (0.0, 0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.13, 0.16, 0.2, 0.25, 0.3):
        for none in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01):
            o = outcomes(rows, probs, cal(answer, floor, none, alone, ratio))
            if o["in_scope_declined"] <= MAX_IN_SCOPE_DECLINED and o["oos_declined"] > best[0]:
                best = (o["oos_declined"], floor, none)
    chosen = cal(answer, best[1], best[2], alone, ratio)
    top3 = outcomes(rows, probs, chosen)["top3"]
    for share in (0.3, 0.25, 0.2, 0.15, 0.1, 0.05, 0.02):  # the strictest that costs at most MAX_TOP3_LOSS
        candidate = Calibration(coef, intercept, answer, best[1], best[2], share, alone, ratio)
        if outcomes(rows, probs, candidate)["top3"] >= top3 - MAX_TOP3_LOSS:
            chosen = candidate
            break
    return chosen, outcomes(rows, probs, chosen)


def breakdown(
    rows: list[Row], probs: list[npt.NDArray[np.float64]], cal: Calibration
) -> dict[str, dict[str, float]]:
    """The cross-validated outcomes per language and per style (the same figures `kb eval` prints)."""
    groups: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        for key in (f"lang {row.lang}", f"style {row.style or '-'}"):
            groups.setdefault(key, []).append(i)
    return {
        key: outcomes([rows[i] for i in members], [probs[i] for i in members], cal)
        for key, members in sorted(groups.items())
    }


def calibrate(matcher: Matcher, cases: list[Case], *, report: bool = False) -> dict[str, Any]:
    result: dict[str, Any] = {"features": list(FEATURES)}
    embedder = matcher.embedder
    for kind in ("blended", "sparse"):
        matcher.embedder = embedder if kind == "blended" else None
        if kind == "blended" and embedder is None:
            continue
        rows = collect(matcher, cases)
        probs = out_of_fold(rows)
        coef, intercept = fit(rows)
        chosen, cv = choose_thresholds(rows, probs, coef, intercept)
        result[kind] = {
            "coef": [round(c, 6) for c in coef],
            "intercept": round(intercept, 6),
            "answer": round(chosen.answer, 3),
            "floor": chosen.floor,
            "none": chosen.none,
            "alternative": chosen.alternative,
            "alone": round(chosen.alone, 3),
            "alone_ratio": chosen.alone_ratio,
            "cross_validated": {k: round(v, 4) if isinstance(v, float) else v for k, v in cv.items()},
            "messages": len(rows),
        }
        if report:
            result[kind]["by_group"] = {
                key: {k: round(v, 4) if isinstance(v, float) else v for k, v in o.items()}
                for key, o in breakdown(rows, probs, chosen).items()
            }
    matcher.embedder = embedder
    return result


def main(argv: list[str] | None = None) -> int:
    from bot.answers.knowledge.build import build_matcher

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--write", action="store_true", help=f"write {CALIBRATION_FILE.name}")
    parser.add_argument(
        "--report", action="store_true", help="print the cross-validated figures per language and style"
    )
    args = parser.parse_args(argv)
    files = args.files or sorted((PROJECT_ROOT / "tests" / "eval" / "dev").glob("*.yaml"))
    if any(split_of(f) != "dev" for f in files):
        sys.stderr.write("refused: the held-out set is never used to fit or tune\n")
        return 2
    matcher = build_matcher(with_embeddings=True)
    cached = CachedQueries(matcher.embedder) if matcher.embedder is not None else None
    matcher.embedder = cached
    result = calibrate(matcher, load_cases(files), report=args.report)
    if cached is not None:
        cached.save()
    if args.report:
        sys.stderr.write(_table(result))
    written = {
        k: {f: v for f, v in fit.items() if f != "by_group"} if isinstance(fit, dict) else fit
        for k, fit in result.items()
    }
    text = json.dumps(written, indent=2) + "\n"
    if args.write:
        CALIBRATION_FILE.write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    return 0


def _table(result: dict[str, Any]) -> str:
    lines = []
    for kind in ("blended", "sparse"):
        if kind not in result:
            continue
        lines.append(f"{kind}: group | n | top-1 | top-3 | direct-correct | wrong | OOS declined")
        groups = {"all": result[kind]["cross_validated"], **result[kind]["by_group"]}
        for key, o in groups.items():
            pct = {k: f"{100 * o[k]:.1f}" for k in ("top1", "top3", "direct_correct", "wrong_direct")}
            oos = f"{100 * o['oos_declined']:.1f}" if o["out_of_scope"] else "-"
            lines.append(
                f"{key} | {o['in_scope'] + o['out_of_scope']} | {pct['top1']} | {pct['top3']} | "
                f"{pct['direct_correct']} | {pct['wrong_direct']} | {oos}"
            )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
