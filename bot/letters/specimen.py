"""Sample letters for the demo, the tests and the evaluation: a corpus letter rendered to clean pages, to photos
that look taken with a phone (`bot.letters.photo`), to a PDF with a text layer, or to an image-only PDF.

Page markup: `# ` bold heading, `>> ` right-aligned line, `| a | b |` table row, `---` rule, `[LOGO text]`
letterhead; everything else plain text, blank lines kept. Layout is computed once in points and drawn by two
backends (Pillow, fpdf2), so a photo and a PDF of the same letter look alike.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from bot.letters.corpus import CorpusLetter
from bot.letters.photo import Defect, photograph

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts/dejavu"),
)
A4_PT = (595.28, 841.89)
MARGIN_PT = 62.0
BODY_PT = 10.5
HEAD_PT = 12.5
LOGO_PT = 20.0
LEADING = 1.38
_MEASURE_PX = 100  # fonts are measured at this pixel size and scaled


class FontsMissing(RuntimeError):
    """DejaVu fonts are not installed (Debian: fonts-dejavu-core)."""


@cache
def font_path(bold: bool) -> Path:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return folder / name
    raise FontsMissing(f"{name} not found; install Debian's fonts-dejavu-core")


@cache
def _font(bold: bool, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(bold)), px)


def text_width_pt(text: str, size_pt: float, bold: bool = False) -> float:
    return _font(bold, _MEASURE_PX).getlength(text) * size_pt / _MEASURE_PX


@dataclass(frozen=True, slots=True)
class TextOp:
    x: float  # left edge, points
    y: float  # baseline, points
    text: str
    size: float
    bold: bool = False
    color: tuple[int, int, int] = (20, 20, 20)


@dataclass(frozen=True, slots=True)
class RuleOp:
    x1: float
    y: float
    x2: float
    width: float = 0.6
    color: tuple[int, int, int] = (120, 120, 120)


@dataclass(frozen=True, slots=True)
class BoxOp:
    x: float
    y: float
    w: float
    h: float
    color: tuple[int, int, int]


Op = TextOp | RuleOp | BoxOp
_LOGO = re.compile(r"^\[LOGO\s+(.+?)\]\s*$")
_NUMERIC_CELL = re.compile(r"^[-+]?[\d\s.,]+\s*(€|EUR|e|euroa|kr)?$")


def _wrap(text: str, size: float, bold: bool, width: float) -> list[str]:
    words, lines, line = text.split(" "), [], ""
    for word in words:
        candidate = f"{line} {word}" if line else word
        if line and text_width_pt(candidate, size, bold) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    return lines


def _table(rows: list[list[str]], y: float, ops: list[Op]) -> float:
    left, right = MARGIN_PT, A4_PT[0] - MARGIN_PT
    columns = max(len(r) for r in rows)
    natural = [0.0] * columns
    for row in rows:
        for i, cell in enumerate(row):
            natural[i] = max(natural[i], text_width_pt(cell, BODY_PT) + 14)
    # the first column takes what is left: descriptions are long, sums and dates short
    widths = natural[:]
    widths[0] = max(natural[0], (right - left) - sum(natural[1:]))
    scale = min(1.0, (right - left) / sum(widths))
    widths = [w * scale for w in widths]
    header = not any(ch.isdigit() for ch in "".join(rows[0])) and len(rows) > 1
    line_h = BODY_PT * LEADING + 3
    for r, row in enumerate(rows):
        y += line_h
        x = left
        for i in range(columns):
            cell = row[i] if i < len(row) else ""
            bold = header and r == 0
            if cell:
                w = text_width_pt(cell, BODY_PT, bold)
                numeric = i == columns - 1 and i > 0 and bool(_NUMERIC_CELL.match(cell))
                cx = x + widths[i] - w - 6 if numeric else x + 4
                ops.append(TextOp(cx, y, cell, BODY_PT, bold))
            x += widths[i]
        ops.append(RuleOp(left, y + 4.5, right, 0.4, (160, 160, 160)))
    return y + 5


def layout_page(markup: str, number: int = 1, total: int = 1) -> list[Op]:
    """Draw operations for one page of markup, in points from the top-left corner of an A4 page."""
    ops: list[Op] = []
    left, right = MARGIN_PT, A4_PT[0] - MARGIN_PT
    y = MARGIN_PT
    lines = markup.rstrip("\n").split("\n")
    i = 0
    while i < len(lines):
        raw = lines[i].rstrip()
        stripped = raw.strip()
        logo = _LOGO.match(stripped)
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            rows: list[list[str]] = []
            while i < len(lines) and lines[i].strip().startswith("|") and lines[i].strip().endswith("|"):
                rows.append([c.strip() for c in lines[i].strip()[1:-1].split("|")])
                i += 1
            y = _table(rows, y, ops)
            continue
        if logo:
            y += LOGO_PT * 1.1
            ops.append(BoxOp(left, y - LOGO_PT * 0.95, 6, LOGO_PT * 1.15, (30, 80, 150)))
            ops.append(TextOp(left + 14, y, logo.group(1), LOGO_PT, True, (30, 60, 120)))
            y += LOGO_PT * 0.5
        elif stripped == "---":
            y += BODY_PT * 0.8
            ops.append(RuleOp(left, y, right))
        elif stripped.startswith(">> "):
            text = stripped[3:].strip()
            y += BODY_PT * LEADING
            ops.append(TextOp(right - text_width_pt(text, BODY_PT), y, text, BODY_PT))
        elif stripped.startswith("# "):
            y += HEAD_PT * LEADING + 2
            for part in _wrap(stripped[2:].strip(), HEAD_PT, True, right - left):
                ops.append(TextOp(left, y, part, HEAD_PT, True))
                y += HEAD_PT * LEADING
            y -= HEAD_PT * LEADING - 3
        elif not stripped:
            y += BODY_PT * LEADING * 0.8
        else:
            indent = len(raw) - len(raw.lstrip(" "))
            x = left + indent * BODY_PT * 0.5
            for n, part in enumerate(_wrap(stripped, BODY_PT, False, right - x)):
                y += BODY_PT * LEADING
                ops.append(TextOp(x + (12 if n and stripped.startswith("- ") else 0), y, part, BODY_PT))
        i += 1
    if total > 1:
        footer = f"{number} ({total})"
        ops.append(
            TextOp((A4_PT[0] - text_width_pt(footer, 9)) / 2, A4_PT[1] - MARGIN_PT / 2, footer, 9, False)
        )
    return ops


def render_page(markup: str, *, dpi: float = 200, number: int = 1, total: int = 1) -> Image.Image:
    """A clean page image (RGB, white paper)."""
    scale = dpi / 72
    size = (round(A4_PT[0] * scale), round(A4_PT[1] * scale))
    image = Image.new("RGB", size, (252, 252, 250))
    draw = ImageDraw.Draw(image)
    for op in layout_page(markup, number, total):
        if isinstance(op, TextOp):
            font = _font(op.bold, max(6, round(op.size * scale)))
            draw.text((op.x * scale, op.y * scale), op.text, font=font, fill=op.color, anchor="ls")
        elif isinstance(op, RuleOp):
            draw.line(
                [(op.x1 * scale, op.y * scale), (op.x2 * scale, op.y * scale)],
                fill=op.color,
                width=max(1, round(op.width * scale)),
            )
        else:
            draw.rectangle(
                [op.x * scale, op.y * scale, (op.x + op.w) * scale, (op.y + op.h) * scale], fill=op.color
            )
    return image


def render_pages(letter: CorpusLetter, *, dpi: float = 200) -> list[Image.Image]:
    total = len(letter.pages)
    return [render_page(p, dpi=dpi, number=n, total=total) for n, p in enumerate(letter.pages, 1)]


def photographed(
    letter: CorpusLetter,
    *,
    seed: int,
    long_side: int = 2560,
    defect: Defect | None = None,
    defect_page: int = 0,
) -> list[bytes]:
    """Each page as a JPEG that looks photographed with a phone; deterministic for a seed.

    `long_side` 4000 gives a 12-megapixel photo; `defect` spoils page `defect_page` (dark, blurred or cut).
    """
    # the clean page is drawn at roughly the photo's own scale, so nothing is upscaled from a small render
    dpi = 200 * (long_side * 0.86) / (A4_PT[1] * 200 / 72)
    photos = []
    for n, page in enumerate(render_pages(letter, dpi=dpi)):
        photos.append(
            photograph(
                page, seed=seed * 31 + n, long_side=long_side, defect=defect if n == defect_page else None
            )
        )
    return photos


def _pdf(pages: Sequence[Sequence[Op]] | None, images: Sequence[Image.Image] | None) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_compression(True)
    pdf.add_font("DejaVu", "", str(font_path(False)))
    pdf.add_font("DejaVu", "B", str(font_path(True)))
    for ops in pages or ():
        pdf.add_page()
        for op in ops:
            if isinstance(op, TextOp):
                pdf.set_font("DejaVu", "B" if op.bold else "", op.size)
                pdf.set_text_color(*op.color)
                pdf.text(op.x, op.y, op.text)
            elif isinstance(op, RuleOp):
                pdf.set_draw_color(*op.color)
                pdf.set_line_width(op.width)
                pdf.line(op.x1, op.y, op.x2, op.y)
            else:
                pdf.set_fill_color(*op.color)
                pdf.rect(op.x, op.y, op.w, op.h, style="F")
    for image in images or ():
        pdf.add_page()
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, format="JPEG", quality=80)
        buffer.seek(0)
        pdf.image(buffer, x=0, y=0, w=A4_PT[0], h=A4_PT[1])
    return bytes(pdf.output())


def letter_pdf(letter: CorpusLetter) -> bytes:
    """A PDF with a text layer, as an e-service (OmaKela, OmaVero, Suomi.fi messages) would send."""
    total = len(letter.pages)
    return _pdf([layout_page(p, n, total) for n, p in enumerate(letter.pages, 1)], None)


def scanned_pdf(letter: CorpusLetter, *, dpi: float = 200) -> bytes:
    """An image-only PDF, as a scanner or a "save as PDF" of photos would make: no text layer."""
    return _pdf(None, render_pages(letter, dpi=dpi))


def plain_text(markup: str) -> str:
    """The words of a page of markup as a reader sees them (for tests and the text-only evaluation)."""
    lines = []
    for raw in markup.split("\n"):
        line = raw.strip()
        logo = _LOGO.match(line)
        if logo:
            line = logo.group(1)
        elif line == "---":
            continue
        elif line.startswith(("# ", ">> ")):
            line = line.split(" ", 1)[1].strip()
        elif line.startswith("|") and line.endswith("|") and len(line) > 1:
            line = "  ".join(c.strip() for c in line[1:-1].split("|") if c.strip())
        lines.append(line)
    return "\n".join(lines)
