"""What the reader says about one letter, and the closed vocabularies it says it in."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

SENDERS: tuple[str, ...] = (
    "kela",
    "migri",
    "dvv",
    "vero",
    "employment",
    "health",
    "school",
    "landlord",
    "debt-collection",
    "bank",
    "police-court",
    "other",
)
KINDS: tuple[str, ...] = (
    "request-for-information",
    "decision",
    "invoice",
    "payment-reminder",
    "debt-collection",
    "appointment",
    "other",
)


class QualityProblem(StrEnum):
    """Why a photo could not be read well; each has its own tip for a better photo."""

    DARK = "dark"
    BLURRED = "blurred"
    CUT = "cut"
    NO_TEXT = "no-text"


@dataclass(frozen=True, slots=True)
class LetterExplanation:
    """The reader's account of a letter.

    A deadline or amount is only a fact when its `*_sure` flag is set; otherwise it is a reading to show as
    "please check" or not at all. `text` is the recognised text, kept in memory only (never stored or logged).
    """

    sender: str
    kind: str
    deadline: date | None
    deadline_sure: bool
    amount: Decimal | None
    amount_sure: bool
    topic: str
    confidence: float
    language: str | None = None
    problems: tuple[QualityProblem, ...] = ()
    text: str = field(default="", repr=False)

    @property
    def readable(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        """The CLI's shape: a deadline or amount appears only when it was read for sure."""
        return {
            "sender": self.sender,
            "kind": self.kind,
            "deadline": self.deadline.isoformat() if self.deadline and self.deadline_sure else None,
            "amount": f"{self.amount:.2f}" if self.amount is not None and self.amount_sure else None,
            "deadline_unsure": (
                self.deadline.isoformat() if self.deadline and not self.deadline_sure else None
            ),
            "amount_unsure": f"{self.amount:.2f}"
            if self.amount is not None and not self.amount_sure
            else None,
            "topic": self.topic,
            "confidence": round(self.confidence, 2),
            "language": self.language,
            "problems": [p.value for p in self.problems],
            "text": self.text,
        }
