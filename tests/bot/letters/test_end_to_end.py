"""Dev letters rendered as phone photos (specimen), recognised with Tesseract and explained, end to end."""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal

import pytest

from bot.letters.evaluate import seed_of
from bot.letters.service import LetterReader
from bot.letters.specimen import photographed
from tests.bot.letters.conftest import dev_letter, needs_fonts, needs_ocr

pytestmark = [needs_ocr, needs_fonts]


@pytest.mark.parametrize("prefix", ["004", "020", "031"])
def test_photographed_letter_is_explained(prefix: str) -> None:
    letter = dev_letter(prefix)
    result = LetterReader().explain(photographed(letter, seed=seed_of(letter)))
    assert result.problems == ()
    assert (result.sender, result.kind) == (letter.sender, letter.kind)
    assert result.deadline == letter.deadline and result.deadline_sure
    assert result.amount == letter.amount
    assert result.confidence > 0.3
    assert result.text  # kept for the caller, in memory only


def test_json_shape_for_the_cli() -> None:
    letter = dev_letter("020")
    result = LetterReader().explain(photographed(letter, seed=seed_of(letter)))
    shown = result.to_json()
    assert shown["deadline"] == "2026-12-10" and shown["amount"] == "56.97"
    assert set(shown) >= {"sender", "kind", "deadline", "amount", "topic", "confidence", "text"}
    assert result.deadline == dt.date(2026, 12, 10) and result.amount == Decimal("56.97")


def test_reader_pickles_for_a_process_pool() -> None:
    reader = pickle.loads(pickle.dumps(LetterReader(max_pages=3)))
    assert reader == LetterReader(max_pages=3)
