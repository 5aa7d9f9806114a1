"""Photos in memory: a dark, a blurred and a cut photo each get their own reason; PDFs with and without text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from fpdf import FPDF

from bot.letters.evaluate import seed_of
from bot.letters.images import (
    MAX_PDF_PAGES,
    MAX_RENDER_SIDE,
    PageImage,
    PageText,
    UnsupportedFile,
    find_page,
    load_pages,
    open_image,
)
from bot.letters.model import QualityProblem
from bot.letters.photo import Defect
from bot.letters.service import LetterReader
from bot.letters.specimen import letter_pdf, photographed, scanned_pdf
from tests.bot.letters.conftest import dev_letter, needs_fonts, needs_ocr

pytestmark = needs_fonts


def _problems(defect: Defect | None, prefix: str = "001", seed: int = 7) -> tuple[QualityProblem, ...]:
    photo = photographed(dev_letter(prefix), seed=seed, defect=defect)[0]
    (page,) = load_pages([photo])
    assert isinstance(page, PageImage)
    return page.problems


@pytest.mark.parametrize(
    ("defect", "reason"),
    [
        (Defect.DARK, QualityProblem.DARK),
        (Defect.BLURRED, QualityProblem.BLURRED),
        (Defect.CUT, QualityProblem.CUT),
    ],
)
def test_each_spoiled_photo_gets_its_reason(defect: Defect, reason: QualityProblem) -> None:
    assert _problems(defect) == (reason,)


@pytest.mark.parametrize("prefix", ["001", "010", "028"])
def test_a_good_photo_gets_no_complaint(prefix: str) -> None:
    assert _problems(None, prefix) == ()


def test_photo_is_straightened_to_an_upright_page() -> None:
    photo = photographed(dev_letter("001"), seed=3)[0]
    (page,) = load_pages([photo])
    assert isinstance(page, PageImage)
    ratio = page.image.height / page.image.width
    assert 1.3 < ratio < 1.5  # A4 is 1.414: the table around the sheet is gone


@pytest.mark.parametrize("prefix", ["251", "274"])
def test_a_sheet_with_a_shadow_across_it_is_still_found(prefix: str) -> None:
    """Short letters whose soft shadow darkens part of the sheet below the paper's threshold: the sheet is still
    found (holes filled, a bite out of an edge allowed) and straightened, not read with the table around it."""
    letter = dev_letter(prefix)
    photo = photographed(letter, seed=seed_of(letter), long_side=2560)[0]
    assert find_page(open_image(photo)) is not None
    (page,) = load_pages([photo])
    assert isinstance(page, PageImage)
    assert page.problems == ()
    assert 1.3 < page.image.height / page.image.width < 1.5


@needs_ocr
@pytest.mark.parametrize("prefix", ["242", "249"])
def test_a_sheet_in_light_falling_off_across_the_photo_is_read_whole(prefix: str) -> None:
    """Light falling off across the photo once put a corner of the sheet below the threshold: the sheet was cut
    diagonally and its letterhead lost. With the light's tilt taken out the whole sheet is found."""
    letter = dev_letter(prefix)
    photo = photographed(letter, seed=seed_of(letter), long_side=2560)[0]
    result = LetterReader().explain([photo])
    assert (result.sender, result.kind) == (letter.sender, letter.kind)
    assert result.problems == ()


def test_pdf_with_a_text_layer_is_read_without_ocr() -> None:
    letter = dev_letter("013")  # two pages
    pages = load_pages([letter_pdf(letter)])
    assert len(pages) == 2 and all(isinstance(p, PageText) for p in pages)
    assert isinstance(pages[1], PageText) and "Eräpäivä: 01.12.2026" in pages[1].text


@needs_ocr
def test_pdf_explained_through_its_text_layer() -> None:
    result = LetterReader().explain([letter_pdf(dev_letter("013"))])
    assert (result.sender, result.kind) == ("vero", "decision")
    assert result.deadline == dt.date(2026, 12, 1) and result.deadline_sure
    assert result.amount == Decimal("148.60") and result.amount_sure


@needs_ocr
def test_image_only_pdf_is_rendered_and_recognised() -> None:
    letter = dev_letter("010")
    pages = load_pages([scanned_pdf(letter)])
    assert len(pages) == 1 and isinstance(pages[0], PageImage) and pages[0].problems == ()
    result = LetterReader().explain([scanned_pdf(letter)])
    assert (result.sender, result.kind) == ("dvv", "payment-reminder")
    assert result.deadline == dt.date(2026, 11, 30)
    assert result.amount == Decimal("26.00")


def test_a_poster_sized_or_very_long_scanned_pdf_is_read_within_bounds() -> None:
    """A PDF without text of a 5 m page is rendered at a bounded size (at 200 dpi it would be 1.5 gigapixels), and
    of a 40-page scan only the first pages are read."""
    poster = FPDF(unit="pt", format=(14_000, 14_000))
    poster.add_page()
    (page,) = load_pages([bytes(poster.output())])
    assert isinstance(page, PageImage) and max(page.image.size) <= MAX_RENDER_SIDE
    long_scan = FPDF()
    for _ in range(40):
        long_scan.add_page()
    assert len(load_pages([bytes(long_scan.output())])) == MAX_PDF_PAGES


def test_bytes_that_are_no_image_are_refused() -> None:
    with pytest.raises(UnsupportedFile):
        load_pages([b"hello, not an image"])


@needs_ocr
def test_unreadable_photo_gives_reasons_and_no_values() -> None:
    photo = photographed(dev_letter("010"), seed=5, defect=Defect.BLURRED)[0]
    result = LetterReader().explain([photo])
    assert QualityProblem.BLURRED in result.problems
    assert not result.deadline_sure and not result.amount_sure
    assert result.to_json()["deadline"] is None and result.to_json()["amount"] is None
