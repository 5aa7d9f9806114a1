"""The evaluation corpus: one YAML file per letter (`tests/eval/letters/<split>/NNN-slug.yaml`) with its truth."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from bot.letters.model import KINDS, SENDERS


@dataclass(frozen=True, slots=True)
class CorpusLetter:
    """A letter's page texts (in the renderer's markup) and what a reader should find in it."""

    name: str
    sender: str
    kind: str
    language: str
    letter_date: dt.date
    deadline: dt.date | None
    amount: Decimal | None
    pages: tuple[str, ...]


def _date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def parse_letter(name: str, data: dict[str, Any]) -> CorpusLetter:
    sender, kind = str(data["sender"]), str(data["kind"])
    if sender not in SENDERS or kind not in KINDS:
        raise ValueError(f"{name}: unknown sender or kind {sender!r}/{kind!r}")
    letter_date = _date(data["letter_date"])
    if letter_date is None:
        raise ValueError(f"{name}: letter_date is required")
    amount = data.get("amount")
    pages = data["pages"]
    if isinstance(pages, str):
        pages = [pages]
    return CorpusLetter(
        name=name,
        sender=sender,
        kind=kind,
        language=str(data.get("language", "fi")),
        letter_date=letter_date,
        deadline=_date(data.get("deadline")),
        amount=None if amount is None else Decimal(str(amount)),
        pages=tuple(str(p) for p in pages),
    )


def load_letter(path: Path) -> CorpusLetter:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return parse_letter(path.stem, data)


def load_corpus(directory: Path) -> list[CorpusLetter]:
    return [load_letter(p) for p in sorted(directory.glob("*.yaml"))]
