"""The matcher's CPU time per message, quickly: no tracemalloc, no fresh processes (bench.matching does both).

    .venv/bin/python -m bench.matching_cpu [--scale 20] [--questions 300]

Run it in two checkouts side by side (the same minutes on the same machine) to compare two matchers: on a busy shared
machine only the ratio means much. At --scale 20 the knowledge base is bench.matching's synthetic 20x copy and the
sentence vectors are the real ones tiled to its size (what grows with the KB costs what it would).
"""

from __future__ import annotations

import copy
import random
import resource
import time
from typing import Any

import numpy as np

from bench.common import command_line
from bot.answers.knowledge.build import build_matcher
from bot.answers.knowledge.evaluate import load_cases
from bot.answers.knowledge.matcher import Matcher
from bot.answers.knowledge.model import load_knowledge
from bot.config import PROJECT_ROOT


def _cpu(matcher: Matcher, texts: list[str]) -> tuple[float, float]:
    for text in texts[:5]:
        matcher.match(text)
    spent = []
    for text in texts:
        began = time.thread_time()
        matcher.match(text)
        spent.append(time.thread_time() - began)
    spent.sort()
    return 1000 * spent[len(spent) // 2], 1000 * spent[min(len(spent) - 1, int(0.99 * len(spent)))]


def main() -> None:
    from bench.matching import scaled_kb

    parser = command_line(__doc__)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--questions", type=int, default=300)
    args = parser.parse_args()
    cases = load_cases(sorted((PROJECT_ROOT / "tests" / "eval" / "dev").glob("*.yaml")))
    texts = [c.q for c in random.Random(0).sample(cases, min(args.questions, len(cases)))]
    full = build_matcher(with_embeddings=True)
    real: Any = full.embedder
    matcher = full if args.scale == 1 else Matcher(scaled_kb(load_knowledge(), args.scale))
    if real is not None and args.scale > 1:
        real = copy.copy(real)
        real.matrix = np.resize(real.matrix, (len(matcher.docs), real.matrix.shape[1]))
    matcher.embedder = None
    p50, p99 = _cpu(matcher, texts)
    print(f"n-gram   {args.scale:>3}x  docs {len(matcher.docs):>7}  CPU p50 {p50:6.2f} ms  p99 {p99:6.2f} ms")
    if real is not None:
        matcher.embedder = real
        p50, p99 = _cpu(matcher, texts)
        print(
            f"blended  {args.scale:>3}x  docs {len(matcher.docs):>7}  CPU p50 {p50:6.2f} ms  p99 {p99:6.2f} ms"
        )
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")


if __name__ == "__main__":
    main()
