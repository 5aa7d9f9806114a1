"""Letters tests need Tesseract's fin/swe/eng data and the DejaVu fonts (Debian packages, installed by `dev.py test`
as root). Without them they skip on a developer's machine; in CI (KOTOTORI_REQUIRE_SERVICES=1) they run and fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.letters.corpus import CorpusLetter, load_letter
from tests.infra import REQUIRED

CORPUS = Path(__file__).parents[2] / "eval" / "letters"


def _have_ocr() -> bool:
    from bot.letters.ocr import OcrUnavailable, tessdata_dir

    try:
        tessdata_dir()
        import tesserocr  # noqa: F401
    except (OcrUnavailable, ImportError):
        return False
    return True


def _have_fonts() -> bool:
    from bot.letters.specimen import FontsMissing, font_path

    try:
        font_path(False)
    except FontsMissing:
        return False
    return True


needs_ocr = pytest.mark.skipif(
    not REQUIRED and not _have_ocr(), reason="needs tesseract-ocr-fin/-swe/-eng and tesserocr"
)
needs_fonts = pytest.mark.skipif(not REQUIRED and not _have_fonts(), reason="needs fonts-dejavu-core")


def dev_letter(prefix: str) -> CorpusLetter:
    (path,) = (CORPUS / "dev").glob(f"{prefix}*.yaml")
    return load_letter(path)
