"""Text recognition with Tesseract (Finnish, Swedish and English at once) through tesserocr, in memory.

One engine per thread, kept for the life of the worker (loading the three models costs ~0.2 s); one OpenMP thread
so a pool of N workers uses N cores and no more. Words come back with their confidence and box, grouped into
visual rows, which is what label-anchored extraction needs ("Eräpäivä ..... 23.11.2026" across a table row).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Any

from PIL import Image

LANGUAGES = "fin+swe+eng"
TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
)
A4_WIDTH_INCHES = 8.27


class OcrUnavailable(RuntimeError):
    """Tesseract's language data is missing (Debian: tesseract-ocr-fin, -swe, -eng)."""


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    conf: float  # 0-100; 100 for a PDF text layer
    left: int = 0
    top: int = 0
    width: int = 0
    height: int = 0

    @property
    def middle(self) -> float:
        return self.top + self.height / 2


@dataclass(frozen=True, slots=True)
class Row:
    """Words on one visual line of the page, left to right."""

    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(frozen=True, slots=True)
class ReadPage:
    rows: tuple[Row, ...]
    mean_conf: float

    @property
    def text(self) -> str:
        return "\n".join(r.text for r in self.rows)


def tessdata_dir() -> str:
    wanted = LANGUAGES.split("+")
    candidates = [os.environ.get("TESSDATA_PREFIX", ""), *TESSDATA_DIRS]
    for folder in candidates:
        if folder and all((Path(folder) / f"{lang}.traineddata").exists() for lang in wanted):
            return folder
    raise OcrUnavailable("Tesseract data for fin, swe and eng not found; install tesseract-ocr-fin/-swe/-eng")


_local = threading.local()


def _api() -> Any:
    api = getattr(_local, "api", None)
    if api is None:
        # read by OpenMP when libtesseract loads: one thread, so N pool workers use N cores
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        import tesserocr

        api = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang=LANGUAGES, psm=tesserocr.PSM.AUTO)
        _local.api = api
    return api


def recognise(image: Image.Image) -> ReadPage:
    """Words with confidences, grouped into rows; `image` is an upright greyscale page."""
    api = _api()
    api.SetImage(image)
    api.SetSourceResolution(max(70, round(image.width / A4_WIDTH_INCHES)))
    lines: dict[tuple[str, ...], list[Word]] = {}
    for key, word in _words(api.GetTSVText(0)):
        lines.setdefault(key, []).append(word)
    api.Clear()
    words = [w for line in lines.values() for w in line]
    return ReadPage(group_rows(words, _slope(list(lines.values()))), _mean_conf(words))


def _words(tsv: str) -> Iterator[tuple[tuple[str, ...], Word]]:
    for line in tsv.splitlines():
        parts = line.split("\t")
        if len(parts) < 12 or parts[0] != "5":
            continue
        text = parts[11].strip()
        if not text:
            continue
        left, top, width, height = (int(p) for p in parts[6:10])
        yield tuple(parts[1:5]), Word(text, float(parts[10]), left, top, width, height)


def _slope(lines: list[list[Word]]) -> float:
    """The page's remaining tilt (dy/dx) as Tesseract's own long lines show it; rows are grouped along it."""
    slopes = []
    for line in lines:
        if len(line) < 4:
            continue
        xs = [w.left + w.width / 2 for w in line]
        ys = [w.middle for w in line]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        var = sum((x - mx) ** 2 for x in xs)
        if var > 0:
            slopes.append(sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var)
    return median(slopes) if slopes else 0.0


def _mean_conf(words: list[Word]) -> float:
    return sum(w.conf for w in words) / len(words) if words else 0.0


def group_rows(words: list[Word], slope: float = 0.0) -> tuple[Row, ...]:
    """Visual rows: words whose (tilt-corrected) middles lie within half a word height of the row's middle."""
    if not words:
        return ()
    tolerance = 0.5 * median(w.height for w in words)

    def level(w: Word) -> float:
        return w.middle - slope * (w.left + w.width / 2)

    rows: list[list[Word]] = []
    for word in sorted(words, key=level):
        if rows and abs(level(word) - median(level(w) for w in rows[-1])) <= tolerance:
            rows[-1].append(word)
        else:
            rows.append([word])
    ordered = sorted(rows, key=lambda r: min(w.top for w in r))
    return tuple(Row(tuple(sorted(r, key=lambda w: w.left))) for r in ordered)


def text_page(text: str) -> ReadPage:
    """A PDF text layer as a page of sure words, one row per line."""
    rows = tuple(
        Row(tuple(Word(token, 100.0) for token in line.split())) for line in text.splitlines() if line.split()
    )
    return ReadPage(rows, 100.0)
