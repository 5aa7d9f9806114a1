"""`kototori letter explain` prints the issue's JSON for a letter given as files, with the bot's reply in a locale."""

from __future__ import annotations

import argparse
import io
import json
from datetime import date
from pathlib import Path

import pytest

from bot.cli.main import main as kototori
from bot.letters.cli import add_parser, main, run
from bot.letters.specimen import letter_pdf, photographed
from tests.bot.letters.conftest import dev_letter, needs_fonts, needs_ocr

pytestmark = [needs_ocr, needs_fonts]


def test_explain_a_pdf_as_json(tmp_path: Path) -> None:
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(letter_pdf(dev_letter("003")))
    parser = argparse.ArgumentParser()
    add_parser(parser.add_subparsers(dest="command"))
    out = io.StringIO()
    args = parser.parse_args(["letter", "explain", str(pdf), "--json"])
    assert run(args, out, today=date(2026, 11, 24)) == 0
    shown = json.loads(out.getvalue())
    assert shown["sender"] == "kela" and shown["kind"] == "invoice"
    assert shown["deadline"] == "2026-12-15" and shown["amount"] == "1218.40"
    assert shown["topic"] == "pay-bills"
    # "text" is the reply in English, not the letter's own words
    assert "Kela" in shown["text"] and "a bill" in shown["text"]
    assert "in 21 days" in shown["text"] and "€1,218.40" in shown["text"]
    assert "Återkrav" not in shown["text"]


def test_kototori_letter_explain_two_photos_in_somali(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The `kototori` command itself: two photographed pages are one letter; the reply is in Somali."""
    letter = dev_letter("004")
    files = []
    for n, photo in enumerate(photographed(letter, seed=7)):
        files.append(tmp_path / f"page{n}.jpg")
        files[-1].write_bytes(photo)
    assert kototori(["letter", "explain", *map(str, files), "--locale", "so", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["sender"], shown["kind"]) == ("kela", "request-for-information")
    assert "Warqaddaada" in shown["text"] and "codsi macluumaad dheeraad ah" in shown["text"]


def test_a_missing_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    assert main(["letter", "explain", str(tmp_path / "nope.jpg")]) == 1
