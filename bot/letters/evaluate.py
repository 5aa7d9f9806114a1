"""Evaluate the letter reader on a corpus: each letter rendered deterministically as phone photos (or as text, or
as a PDF), read, and compared with its truth.

    python -m bot.letters.evaluate tests/eval/letters/dev [more dirs] [--mode photo|text|pdf] [--json] [--jobs N]

Reports sender+kind accuracy, deadline exact (of letters with one), amount exact (of letters with one), wrong
values shown as sure, and, on one extra spoiled photo per letter, whether the right reason was given
(dark, blurred, cut); per language and per split (directory).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TextIO

from bot.letters.corpus import CorpusLetter, load_corpus
from bot.letters.model import QualityProblem
from bot.letters.photo import Defect
from bot.letters.service import LetterReader
from bot.letters.specimen import letter_pdf, photographed, plain_text

DEFECTS = (Defect.DARK, Defect.BLURRED, Defect.CUT)


@dataclass(frozen=True, slots=True)
class Outcome:
    name: str
    split: str
    language: str
    sender_ok: bool
    kind_ok: bool
    has_deadline: bool
    deadline_exact: bool
    deadline_exact_sure: bool
    deadline_wrong_sure: bool
    has_amount: bool
    amount_exact: bool
    amount_exact_sure: bool
    amount_wrong_sure: bool
    flagged_clean: bool  # a clean photo wrongly reported unreadable
    defect: str | None
    defect_flagged: bool
    seconds: float
    got: dict[str, str | None]


def seed_of(letter: CorpusLetter) -> int:
    return zlib.crc32(letter.name.encode())


def evaluate_letter(
    letter: CorpusLetter, split: str, mode: str, defects: bool, index: int, long_side: int = 2560
) -> Outcome:
    reader = LetterReader()
    if mode == "text":
        started = time.perf_counter()
        result = reader.explain_text([plain_text(p) for p in letter.pages])
    else:
        if mode == "pdf":
            files = [letter_pdf(letter)]
        else:
            files = photographed(letter, seed=seed_of(letter), long_side=long_side)
        started = time.perf_counter()
        result = reader.explain(files)
    seconds = time.perf_counter() - started
    defect, flagged = None, False
    if defects and mode == "photo":
        defect = DEFECTS[index % len(DEFECTS)]
        spoiled = photographed(letter, seed=seed_of(letter) + 1, defect=defect, long_side=long_side)[0]
        flagged = QualityProblem(defect.value) in reader.explain([spoiled]).problems
    deadline_hit = result.deadline == letter.deadline and letter.deadline is not None
    amount_hit = result.amount == letter.amount and letter.amount is not None
    return Outcome(
        name=letter.name,
        split=split,
        language=letter.language,
        sender_ok=result.sender == letter.sender,
        kind_ok=result.kind == letter.kind,
        has_deadline=letter.deadline is not None,
        deadline_exact=deadline_hit,
        deadline_exact_sure=deadline_hit and result.deadline_sure,
        deadline_wrong_sure=result.deadline_sure and result.deadline != letter.deadline,
        has_amount=letter.amount is not None,
        amount_exact=amount_hit,
        amount_exact_sure=amount_hit and result.amount_sure,
        amount_wrong_sure=result.amount_sure and result.amount != letter.amount,
        flagged_clean=bool(result.problems),
        defect=defect.value if defect else None,
        defect_flagged=flagged,
        seconds=seconds,
        got={
            "sender": result.sender,
            "kind": result.kind,
            "deadline": result.deadline.isoformat() if result.deadline else None,
            "deadline_sure": str(result.deadline_sure),
            "amount": str(result.amount) if result.amount is not None else None,
            "amount_sure": str(result.amount_sure),
            "problems": ",".join(result.problems) or None,
        },
    )


def _ratio(hits: int, total: int) -> float | None:
    return round(100 * hits / total, 1) if total else None


def summarise(outcomes: Sequence[Outcome]) -> dict[str, object]:
    with_deadline = [o for o in outcomes if o.has_deadline]
    with_amount = [o for o in outcomes if o.has_amount]
    spoiled = [o for o in outcomes if o.defect]
    return {
        "letters": len(outcomes),
        "sender_kind": _ratio(sum(o.sender_ok and o.kind_ok for o in outcomes), len(outcomes)),
        "sender": _ratio(sum(o.sender_ok for o in outcomes), len(outcomes)),
        "kind": _ratio(sum(o.kind_ok for o in outcomes), len(outcomes)),
        "deadline_exact": _ratio(sum(o.deadline_exact for o in with_deadline), len(with_deadline)),
        "deadline_exact_sure": _ratio(sum(o.deadline_exact_sure for o in with_deadline), len(with_deadline)),
        "deadline_wrong_sure": _ratio(sum(o.deadline_wrong_sure for o in outcomes), len(outcomes)),
        "amount_exact": _ratio(sum(o.amount_exact for o in with_amount), len(with_amount)),
        "amount_exact_sure": _ratio(sum(o.amount_exact_sure for o in with_amount), len(with_amount)),
        "amount_wrong_sure": _ratio(sum(o.amount_wrong_sure for o in outcomes), len(outcomes)),
        "clean_flagged": _ratio(sum(o.flagged_clean for o in outcomes), len(outcomes)),
        "unreadable_flagged": _ratio(sum(o.defect_flagged for o in spoiled), len(spoiled)),
        "p50_s": round(sorted(o.seconds for o in outcomes)[len(outcomes) // 2], 2) if outcomes else None,
    }


def report(outcomes: Sequence[Outcome]) -> dict[str, dict[str, object]]:
    groups: dict[str, list[Outcome]] = {"all": list(outcomes)}
    for o in outcomes:
        groups.setdefault(f"split:{o.split}", []).append(o)
        groups.setdefault(f"language:{o.language}", []).append(o)
    return {name: summarise(group) for name, group in groups.items()}


def _run(args: tuple[CorpusLetter, str, str, bool, int, int]) -> Outcome:
    return evaluate_letter(*args)


def run(
    directories: Iterable[Path], mode: str, defects: bool, jobs: int, long_side: int = 2560
) -> list[Outcome]:
    work = []
    for directory in directories:
        for index, letter in enumerate(load_corpus(directory)):
            work.append((letter, directory.name, mode, defects, index, long_side))
    if jobs <= 1:
        return [_run(w) for w in work]
    with ProcessPoolExecutor(jobs) as pool:
        return list(pool.map(_run, work))


def _print_table(summary: dict[str, dict[str, object]], outcomes: Sequence[Outcome], out: TextIO) -> None:
    columns = list(next(iter(summary.values())))
    out.write("group".ljust(20) + "".join(c[:13].rjust(14) for c in columns) + "\n")
    for name, row in summary.items():
        cells = "".join(str(row[c] if row[c] is not None else "-").rjust(14) for c in columns)
        out.write(name.ljust(20) + cells + "\n")
    misses = [
        o
        for o in outcomes
        if not (o.sender_ok and o.kind_ok)
        or (o.has_deadline and not o.deadline_exact_sure)
        or (o.has_amount and not o.amount_exact_sure)
        or o.deadline_wrong_sure
        or o.amount_wrong_sure
        or o.flagged_clean
        or (o.defect and not o.defect_flagged)
    ]
    if misses:
        out.write("\nletters with a miss:\n")
        for o in misses:
            spoiled = f" defect={o.defect} flagged={o.defect_flagged}" if o.defect else ""
            out.write(f"  {o.split}/{o.name}: {o.got}{spoiled}\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bot.letters.evaluate", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("directories", nargs="+", type=Path)
    parser.add_argument("--mode", choices=["photo", "text", "pdf"], default="photo")
    parser.add_argument("--no-defects", action="store_true", help="skip the spoiled-photo checks")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument(
        "--long-side",
        type=int,
        default=2560,
        help="photo height in pixels (2560: Telegram's HD photo; 4000: 12 MP)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print the figures and each letter's outcome as JSON"
    )
    args = parser.parse_args(argv)
    outcomes = run(args.directories, args.mode, not args.no_defects, args.jobs, args.long_side)
    summary = report(outcomes)
    if args.json:
        json.dump({"summary": summary, "letters": [asdict(o) for o in outcomes]}, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        _print_table(summary, outcomes, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
