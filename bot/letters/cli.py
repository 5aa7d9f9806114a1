"""`kototori letter explain FILE... [--locale L] [--json]`: what a letter says, from photos, images or a PDF (pages
in order), with the reply the bot would give in locale L.

Wired into `kototori` by bot/cli/letter.py. Files are read into memory and nothing is written anywhere.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from bot.i18n import LOCALES, Translator
from bot.letters.images import UnsupportedFile
from bot.letters.reply import explain as reply_to
from bot.letters.service import LetterReader


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    letter = sub.add_parser("letter", help="read official letters", description="Read official letters.")
    letter_sub = letter.add_subparsers(dest="letter_command", required=True, metavar="LETTER_COMMAND")
    explain = letter_sub.add_parser(
        "explain",
        help="who sent a letter, what kind it is, its deadline and sum",
        description="Explain one letter; several FILEs are its pages (photos, images or PDFs).",
    )
    explain.add_argument("files", nargs="+", type=Path, metavar="FILE")
    explain.add_argument(
        "--locale", default="en", choices=LOCALES, help="language of the reply (default: %(default)s)"
    )
    explain.add_argument("--json", action="store_true", help="print the explanation as one JSON object")
    stats = letter_sub.add_parser(
        "stats",
        help="letters read per sender, kind and language (anonymous counts)",
        description="How many letters the bot explained, per sender, kind and language, over the last days.",
    )
    stats.add_argument("--days", type=int, default=30, help="how many days back (default: %(default)s)")


def run(args: argparse.Namespace, out: TextIO | None = None, today: date | None = None) -> int:
    """`today` counts the days to the deadline ("in N days"); the system date when not given."""
    out = out or sys.stdout
    today = today or date.today()  # noqa: DTZ011 - a local command-line tool
    if args.letter_command != "explain":
        return 2
    try:
        pages = [path.read_bytes() for path in args.files]
        result = LetterReader().explain(pages)
    except (OSError, UnsupportedFile) as error:
        sys.stderr.write(f"cannot read the letter: {error}\n")
        return 1
    shown = result.to_json()
    # "text" is the bot's reply (the JSON); the recognised text stays in memory.
    shown["text"] = reply_to(Translator()(args.locale), result, today).text
    if args.json:
        out.write(json.dumps(shown, ensure_ascii=False, indent=2) + "\n")
        return 0
    for key in (
        "sender",
        "kind",
        "deadline",
        "deadline_unsure",
        "amount",
        "amount_unsure",
        "topic",
        "problems",
    ):
        value = shown[key]
        if value:
            out.write(f"{key.replace('_', ' ')}: {', '.join(value) if isinstance(value, list) else value}\n")
    out.write(f"confidence: {shown['confidence']}\n\n{shown['text']}\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.letters.cli")
    add_parser(parser.add_subparsers(dest="command", required=True))
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
