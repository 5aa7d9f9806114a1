"""Letter reader benchmark: time to read one 12-megapixel phone photo on one core, and memory.

    .venv/bin/python -m bench.letters [--corpus tests/eval/letters/dev] [--limit N] [--json FILE]

Every page of every dev letter is photographed (bot.letters.specimen, 3000x4000 JPEG, deterministic) before the
clock starts; each photo is then read on its own (`LetterReader.explain([photo])`) in this process, pinned to one
core, with one OpenMP thread. Reported per photo: wall and CPU time p50/p95 of the whole reading, and of its stages
(decode + straighten + even light, OCR, extraction); the baseline is a plain full decode of the same JPEG with
Pillow (the least any reader must spend). Memory: the process's peak RSS (ru_maxrss) after start-up, after the
Tesseract engine loaded, and at the end (the photos are made in a child process and only their JPEG bytes held
here); the Python heap's peak while reading one photo (tracemalloc: Pillow's and Tesseract's native buffers are
only in RSS).
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import platform
import resource
import statistics
import time
import tracemalloc
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from pathlib import Path

from PIL import Image

from bot.letters import extract
from bot.letters.classify import classify
from bot.letters.corpus import CorpusLetter, load_corpus
from bot.letters.evaluate import seed_of
from bot.letters.images import PageImage, load_pages
from bot.letters.ocr import recognise
from bot.letters.service import LetterReader
from bot.letters.specimen import photographed

TWELVE_MP_LONG_SIDE = 4000


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _photograph(letter: CorpusLetter) -> list[bytes]:
    return photographed(letter, seed=seed_of(letter), long_side=TWELVE_MP_LONG_SIDE)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.letters", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("tests/eval/letters/dev"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N letters")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    os.environ["OMP_THREAD_LIMIT"] = "1"
    letters = load_corpus(args.corpus)[: args.limit or None]
    # photographed in a child process, so this process's peak RSS is the reader's alone
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        photos = [photo for pages in pool.map(_photograph, letters) for photo in pages]
    rss_start = _rss_mb()
    megapixels = Image.open(io.BytesIO(photos[0])).size
    reader = LetterReader()

    started = time.perf_counter()
    reader.explain([photos[0]])  # loads the Tesseract engine (once per worker)
    warm_up = time.perf_counter() - started
    rss_engine = _rss_mb()

    rows: dict[str, list[float]] = {
        k: [] for k in ("decode", "read", "read_cpu", "prepare", "ocr", "extract")
    }
    traced_peak = 0.0
    for n, photo in enumerate(photos):
        t0 = time.perf_counter()
        Image.open(io.BytesIO(photo)).load()
        rows["decode"].append(time.perf_counter() - t0)

        if n == 0:
            tracemalloc.start()
        c0, t0 = time.thread_time(), time.perf_counter()
        reader.explain([photo])
        rows["read"].append(time.perf_counter() - t0)
        rows["read_cpu"].append(time.thread_time() - c0)
        if n == 0:
            traced_peak = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()

        t0 = time.perf_counter()
        (page,) = load_pages([photo])
        t1 = time.perf_counter()
        assert isinstance(page, PageImage)
        read = recognise(page.image)
        t2 = time.perf_counter()
        letter_date = extract.letter_date([read])
        found = classify([[row.text for row in read.rows]], letter_date)
        extract.deadline([read], found.kind, letter_date)
        extract.amount([read], found.kind)
        t3 = time.perf_counter()
        rows["prepare"].append(t1 - t0)
        rows["ocr"].append(t2 - t1)
        rows["extract"].append(t3 - t2)

    figures = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "date": datetime.now().strftime("%Y-%m-%d %H:%M"),
        "photos": len(photos),
        "photo_size": f"{megapixels[0]}x{megapixels[1]}",
        "first_read_s": round(warm_up, 2),
        **{
            f"{name}_{label}_s": round(_pct(values, q), 3)
            for name, values in rows.items()
            for label, q in (("p50", 0.5), ("p95", 0.95))
        },
        "read_mean_s": round(statistics.fmean(rows["read"]), 3),
        "rss_start_mb": round(rss_start),
        "rss_engine_mb": round(rss_engine),
        "rss_peak_mb": round(_rss_mb()),
        "traced_peak_mb": round(traced_peak, 1),
    }
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key.ljust(width)}  {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
