"""Pages in memory: photos and image files straightened and evened out for OCR, PDFs through their text layer
or rendered; and a quality check that says why a photo cannot be read (too dark, blurred, page cut off).

Nothing here touches the disk: bytes in, Pillow images or text out.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter, ImageOps

from bot.letters.model import QualityProblem

# A phone photo is scaled to this long side: enough for 10-point text of a full A4 page (on 12-megapixel dev
# photos 1600 px lost deadlines, 2000 px one, 2200 none; bench/README.md "Letters").
WORK_LONG_SIDE = 2200
PDF_RENDER_DPI = 200
MAX_RENDER_SIDE = (
    3400  # an A3 page at 200 dpi; a poster-sized PDF page is rendered smaller, not into gigabytes
)
MAX_PDF_PAGES = 10  # a letter has a few pages; a 300-page PDF would hold the reading pool for minutes
MAX_PIXELS = 80_000_000  # a bigger "photo" is refused as a decompression bomb
MIN_TEXT_LAYER_CHARS = 40
_DETECT_LONG_SIDE = 480
INSET = 0.006
MIN_FILL = 0.75
A4_RATIO = 2**0.5


class UnsupportedFile(ValueError):
    """The bytes are neither an image Pillow can open nor a PDF."""


@dataclass(frozen=True, slots=True)
class PageImage:
    """A page to recognise: greyscale, upright, lighting evened out."""

    image: Image.Image
    problems: tuple[QualityProblem, ...] = ()


@dataclass(frozen=True, slots=True)
class PageText:
    """A page whose text came from a PDF's text layer: exact, no recognition needed."""

    text: str


Page = PageImage | PageText


def is_pdf(blob: bytes) -> bool:
    return blob[:1024].lstrip().startswith(b"%PDF")


def load_pages(blobs: Sequence[bytes]) -> list[Page]:
    """Every page of every file, in order: a PDF gives one page per PDF page, an image one page."""
    pages: list[Page] = []
    for blob in blobs:
        if is_pdf(blob):
            pages.extend(_pdf_pages(blob))
        else:
            pages.append(prepare_photo(open_image(blob)))
    return pages


def _pdf_pages(blob: bytes) -> list[Page]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(blob)
    except pdfium.PdfiumError as error:
        raise UnsupportedFile("not a readable PDF") from error
    pages: list[Page] = []
    try:
        for index in range(min(len(document), MAX_PDF_PAGES)):
            page = document[index]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            if len(text.strip()) >= MIN_TEXT_LAYER_CHARS:
                pages.append(PageText(text.replace("\r\n", "\n").replace("\r", "\n")))
            else:
                scale = min(PDF_RENDER_DPI / 72, MAX_RENDER_SIDE / max(page.get_size()))
                bitmap = page.render(scale=scale, grayscale=True)
                image = bitmap.to_pil().convert("L")
                bitmap.close()
                # a scan is already flat and straight; only the light and the size need care
                pages.append(prepare_photo(image, locate=False))
            page.close()
    finally:
        document.close()
    return pages


def open_image(blob: bytes, long_side: int = WORK_LONG_SIDE) -> Image.Image:
    """Decode to greyscale near `long_side`, upright as the phone held it (EXIF orientation)."""
    try:
        image = Image.open(io.BytesIO(blob))
    except (OSError, Image.DecompressionBombError) as error:
        raise UnsupportedFile("not an image") from error
    if image.width * image.height > MAX_PIXELS:
        raise UnsupportedFile("image too large")
    if image.format == "JPEG":
        # DCT scaling: a JPEG at least twice the working size is decoded at 1/2, 1/4 or 1/8, several times faster
        ratio = long_side / max(image.size)
        image.draft("L", (math.ceil(image.width * ratio), math.ceil(image.height * ratio)))
    upright = ImageOps.exif_transpose(image) or image
    gray = upright.convert("L")
    scale = long_side / max(gray.size)
    if scale < 1:
        gray = gray.resize((round(gray.width * scale), round(gray.height * scale)), Image.Resampling.LANCZOS)
    return gray


def _otsu(values: np.ndarray) -> float:
    hist = np.bincount(values.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    cum = np.cumsum(hist)
    cum_mean = np.cumsum(hist * np.arange(256))
    weight_b = cum / total
    weight_f = 1 - weight_b
    mean_b = np.divide(cum_mean, cum, out=np.zeros(256), where=cum > 0)
    mean_f = np.divide(cum_mean[-1] - cum_mean, total - cum, out=np.zeros(256), where=(total - cum) > 0)
    between = weight_b * weight_f * (mean_b - mean_f) ** 2
    return float(np.argmax(between))


def _span(mask: np.ndarray) -> np.ndarray:
    """Each row filled from its first to its last bright pixel."""
    width = mask.shape[1]
    first = np.argmax(mask, axis=1)
    last = width - 1 - np.argmax(mask[:, ::-1], axis=1)
    columns = np.arange(width)
    any_bright = np.asarray(mask.any(axis=1), dtype=bool)
    spans: np.ndarray = (columns >= first[:, None]) & (columns <= last[:, None]) & any_bright[:, None]
    return spans


def _fill_holes(mask: np.ndarray) -> np.ndarray:
    """The bright region with its holes filled: a shadow on the sheet darker than the threshold is still paper.
    A pixel is filled when bright pixels enclose it both along its row and along its column."""
    filled: np.ndarray = mask | (_span(mask) & _span(mask.T).T)
    return filled


def find_page(gray: Image.Image) -> list[tuple[float, float]] | None:
    """The paper's four corners (top-left, top-right, bottom-right, bottom-left) in `gray`'s pixels, or None
    when no clear sheet stands out from its background (a close-up, a scan, a white table).

    The sheet is the bright region above Otsu's threshold, once as photographed and once with the light's
    tilt taken out (a plane fitted to the brightness): when light falls off across the photo, part of the sheet
    drops below a single threshold and a corner comes out cut off. Letters are A4: the result whose sides are
    nearer the ratio of A4 (1.414) wins (on the dev photos that always was the right one)."""
    scale = _DETECT_LONG_SIDE / max(gray.size)
    small = gray.resize((round(gray.width * scale), round(gray.height * scale)), Image.Resampling.BILINEAR)
    # close the text (max filter) so the sheet is one bright region, then drop specks (min filter)
    small = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.MinFilter(7))
    pixels = np.asarray(small, dtype=np.uint8)
    found = [q for q in (_sheet(pixels), _sheet(_untilted(pixels))) if q is not None]
    if not found:
        return None
    _, corners = min(found, key=lambda q: abs(q[0] - A4_RATIO))
    return [(x / scale, y / scale) for x, y in corners]


def _untilted(pixels: np.ndarray) -> np.ndarray:
    """`pixels` minus the plane that best fits them, stretched back to 0-255."""
    h, w = pixels.shape
    yy, xx = np.mgrid[0:h, 0:w]
    design = np.stack([np.ones(h * w), xx.ravel() / w, yy.ravel() / h], axis=1)
    coef, *_ = np.linalg.lstsq(design, pixels.ravel().astype(np.float64), rcond=None)
    rest = pixels - (design @ coef).reshape(h, w)
    span = max(1e-9, float(rest.max() - rest.min()))
    stretched: np.ndarray = ((rest - rest.min()) * (255 / span)).astype(np.uint8)
    return stretched


def _sheet(pixels: np.ndarray) -> tuple[float, list[tuple[float, float]]] | None:
    """The ratio of the long side to the short one and the corners of the bright region when it looks like a
    sheet of paper, or None."""
    mask = _fill_holes(pixels > _otsu(pixels))
    if mask.mean() < 0.25 or mask.mean() > 0.97:
        return None
    ys, xs = np.nonzero(mask)
    s, d = xs + ys, xs - ys
    corners = [
        (float(xs[np.argmin(s)]), float(ys[np.argmin(s)])),
        (float(xs[np.argmax(d)]), float(ys[np.argmax(d)])),
        (float(xs[np.argmax(s)]), float(ys[np.argmax(s)])),
        (float(xs[np.argmin(d)]), float(ys[np.argmin(d)])),
    ]
    quad = np.array(corners, dtype=np.float64)
    area = 0.5 * abs(np.dot(quad[:, 0], np.roll(quad[:, 1], 1)) - np.dot(quad[:, 1], np.roll(quad[:, 0], 1)))
    if area <= 0:
        return None
    # the bright region must fill the quadrilateral like a sheet of paper does (a soft shadow across an edge
    # of the sheet may bite a piece out of it: dev photos of clean sheets fill 0.83-1.07 of it)
    fill = float(mask.sum() / area)
    if not MIN_FILL <= fill <= 1.1:
        return None
    worst = 0.0
    for i in range(4):
        a, b, c = quad[i - 1], quad[i], quad[(i + 1) % 4]
        u, v = a - b, c - b
        worst = max(worst, abs(float(np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v) + 1e-9))))
    if worst > 0.35:  # corners far from square: not a sheet seen from roughly above
        return None
    width = float(np.linalg.norm(quad[1] - quad[0]) + np.linalg.norm(quad[2] - quad[3])) / 2
    height = float(np.linalg.norm(quad[3] - quad[0]) + np.linalg.norm(quad[2] - quad[1])) / 2
    return max(width, height) / max(1e-9, min(width, height)), corners


def straighten(gray: Image.Image, corners: list[tuple[float, float]]) -> Image.Image:
    """Map the sheet's quadrilateral onto an upright rectangle (undoes rotation and perspective)."""
    from bot.letters.photo import perspective_coefficients

    q = np.array(corners)
    width = (np.linalg.norm(q[1] - q[0]) + np.linalg.norm(q[2] - q[3])) / 2
    height = (np.linalg.norm(q[3] - q[0]) + np.linalg.norm(q[2] - q[1])) / 2
    size = (round(width), round(height))
    # a little inside the corners found, so no sliver of the table is left along an edge
    ix, iy = INSET * size[0], INSET * size[1]
    rect = [(-ix, -iy), (size[0] + ix, -iy), (size[0] + ix, size[1] + iy), (-ix, size[1] + iy)]
    coeffs = perspective_coefficients(rect, corners)
    return gray.transform(size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=255)


def even_light(gray: Image.Image) -> Image.Image:
    """Divide by the paper's own brightness so shadows and gradients vanish and ink stays dark."""
    factor = 8
    small = gray.resize((max(1, gray.width // factor), max(1, gray.height // factor)), Image.Resampling.BOX)
    paper = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(3))
    paper = paper.resize(gray.size, Image.Resampling.BILINEAR)
    ink = np.asarray(gray, dtype=np.float32)
    light = np.maximum(np.asarray(paper, dtype=np.float32), 1.0)
    flat = np.clip(ink * 255.0 / light, 0, 255)
    return Image.fromarray(flat.astype(np.uint8), "L")


MIN_SIDE = 300  # px: a thumbnail or an icon, not a page anyone could read


def prepare_photo(gray: Image.Image, *, locate: bool = True) -> PageImage:
    """Straighten the sheet, even out the light, and say what would keep it from being read."""
    if min(gray.size) < MIN_SIDE:
        return PageImage(gray, (QualityProblem.NO_TEXT,))
    problems = list(_light_problems(gray))
    corners = find_page(gray) if locate else None
    page = straighten(gray, corners) if corners else gray
    flat = even_light(page)
    problems += _sharpness_problems(flat)
    if not problems and _is_cut(flat):
        problems.append(QualityProblem.CUT)
    return PageImage(flat, tuple(problems))


def _light_problems(gray: Image.Image) -> list[QualityProblem]:
    small = np.asarray(gray.reduce(8), dtype=np.uint8)
    # the paper is the brightest part of a letter photo; in a dark photo even it is grey
    if float(np.percentile(small, 95)) < 85:
        return [QualityProblem.DARK]
    return []


def sharpness(flat: Image.Image) -> float:
    """How steep the ink's edges are: the 99.5th percentile of the gradient at working scale, in grey levels."""
    pixels = np.asarray(flat, dtype=np.float32)
    gx = np.abs(np.diff(pixels, axis=1))[:-1, :]
    gy = np.abs(np.diff(pixels, axis=0))[:, :-1]
    return float(np.percentile(gx + gy, 99.5))


def _sharpness_problems(flat: Image.Image) -> list[QualityProblem]:
    return [QualityProblem.BLURRED] if sharpness(flat) < BLUR_THRESHOLD else []


BLUR_THRESHOLD = 40.0


def _is_cut(flat: Image.Image) -> bool:
    """Text running into the frame's edge: short dark runs along a side, one per cut line of text.

    The band looked at starts a little inside the edge, where a sliver of table left by an imprecise corner
    no longer reaches; on the dev photos a clean page shows at most one such run on any side, a cut one two
    or more (docs/decisions/0012-letters.md)."""
    pixels = np.asarray(flat, dtype=np.uint8)
    h, w = pixels.shape
    dark = pixels < INK
    side = min(h, w)
    offset, band = max(1, round(side * 0.004)), max(3, round(side * 0.01))
    strips = [
        dark[:, offset : offset + band].T,
        dark[:, w - offset - band : w - offset].T,
        dark[offset : offset + band, :],
        dark[h - offset - band : h - offset, :],
    ]
    for strip in strips:
        profile = strip.mean(axis=0) > 0.15
        length = profile.size
        runs = _runs(profile)
        short = [r for r in runs if 0.003 * length <= r < 0.03 * length]
        if len(short) >= CUT_MIN_RUNS and sum(runs) < 0.5 * length:
            return True
    return False


CUT_MIN_RUNS = 2
INK = 100  # after even_light, text is near black; a grey shadow or table edge is lighter


def _runs(profile: np.ndarray) -> list[int]:
    padded = np.concatenate(([False], profile, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return [int(b - a) for a, b in zip(edges[::2], edges[1::2], strict=True)]
