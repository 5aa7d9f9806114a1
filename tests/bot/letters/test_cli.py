"""`letter explain` prints the issue's JSON for a letter given as files."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

from bot.letters.cli import add_parser, main, run
from bot.letters.specimen import letter_pdf
from tests.bot.letters.conftest import dev_letter, needs_fonts, needs_ocr

pytestmark = [needs_ocr, needs_fonts]


def test_explain_a_pdf_as_json(tmp_path: Path) -> None:
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(letter_pdf(dev_letter("003")))
    parser = argparse.ArgumentParser()
    add_parser(parser.add_subparsers(dest="command"))  # as `kototori` will wire it
    out = io.StringIO()
    assert run(parser.parse_args(["letter", "explain", str(pdf), "--json"]), out) == 0
    shown = json.loads(out.getvalue())
    assert shown["sender"] == "kela" and shown["kind"] == "invoice"
    assert shown["deadline"] == "2026-12-15" and shown["amount"] == "1218.40"
    assert shown["topic"] == "pay-bills"
    assert "Återkrav" in shown["text"]


def test_a_missing_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    assert main(["letter", "explain", str(tmp_path / "nope.jpg")]) == 1
