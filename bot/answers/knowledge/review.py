"""Review status of each locale of each topic: draft, reviewed by a native speaker, or checked by an expert.

The bot shows every status the same way; the status tells editors what is left to check (`kototori kb
review-status`), and `kototori kb check` warns about draft texts in urgent topics.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.answers.knowledge.model import KnowledgeBase, Review

DRAFT = "draft"
NATIVE = "native-reviewed"  # the language checked by a native speaker
EXPERT = "expert-checked"  # the facts checked by a professional of the field (and the language, if native)
STATUSES: tuple[str, ...] = (DRAFT, NATIVE, EXPERT)
SHORT = {DRAFT: "draft", NATIVE: "native", EXPERT: "expert"}


class ReviewError(ValueError):
    pass


def parse_review(raw: Any, where: str) -> tuple[str, str | None, date | None]:
    """(status, who, when) from `review: {status, reviewer, date}`; who and when are required once reviewed."""
    review = raw or {}
    if not isinstance(review, dict):
        raise ReviewError(f"{where}.review: must be a mapping")
    status = str(review.get("status", DRAFT))
    if status not in STATUSES:
        raise ReviewError(f"{where}.review.status: must be one of {', '.join(STATUSES)}")
    reviewer = review.get("reviewer")
    reviewed_on = review.get("date")
    if reviewed_on is not None and not isinstance(reviewed_on, date):
        raise ReviewError(f"{where}.review.date: must be a date (YYYY-MM-DD)")
    if status != DRAFT and (not reviewer or reviewed_on is None):
        raise ReviewError(f"{where}.review: a {status} text needs the reviewer and the date")
    return status, str(reviewer) if reviewer else None, reviewed_on


def cell(review: Review | None) -> str:
    if review is None:
        return "-"
    if review.status == DRAFT:
        return SHORT[DRAFT]
    when = review.date.isoformat() if review.date else "?"
    return f"{SHORT[review.status]} {review.reviewer} {when}"


def table(kb: KnowledgeBase, locales: tuple[str, ...]) -> str:
    """Topics x locales, a status per cell, urgent topics marked with "!", and totals per status."""
    rows = [("topic", *locales)]
    counts: Counter[str] = Counter()
    for topic in sorted(kb.topics.values(), key=lambda t: t.id):
        cells = []
        for locale in locales:
            text = topic.text(locale)
            review = text.review if text else None
            counts[review.status if review else "missing"] += 1
            cells.append(cell(review))
        rows.append((f"{topic.id}{' !' if topic.urgent else ''}", *cells))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(value.ljust(width) for value, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    total = ", ".join(f"{counts[s]} {SHORT[s]}" for s in STATUSES)
    missing = f", {counts['missing']} missing" if counts["missing"] else ""
    lines.append("")
    lines.append(f"{total}{missing} ({len(kb.topics)} topics x {len(locales)} locales; ! = urgent topic)")
    lines.append(
        "draft = not yet checked; native = language checked by a native speaker; expert = facts checked by an expert"
    )
    return "\n".join(lines)
