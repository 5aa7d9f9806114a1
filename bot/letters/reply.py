"""The explanation a newcomer reads, in their language: built from a `LetterExplanation` and today's date.

Shared by the Telegram handler and `kototori letter explain` (its JSON's "text"). A deadline or sum is shown as a
fact only when the reader was sure; otherwise as "it may say ..., please check" with the words to look for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from babel.numbers import format_currency

from bot.i18n import Localizer
from bot.i18n.dates import day_long
from bot.i18n.formatting import babel_locale
from bot.letters.model import LetterExplanation, QualityProblem

# Kinds whose letters normally carry a deadline: when none was read for sure, say where to look.
_DEADLINE_KINDS = frozenset(
    {"request-for-information", "invoice", "payment-reminder", "debt-collection", "decision"}
)


@dataclass(frozen=True, slots=True)
class Reply:
    """The text to show and which buttons belong under it."""

    text: str
    readable: bool
    can_remind: bool  # a sure deadline that is still ahead


def money(amount: Decimal, locale: str) -> str:
    return format_currency(amount, "EUR", locale=babel_locale(locale))


def deadline_line(l10n: Localizer, deadline: date, today: date) -> str:
    days = (deadline - today).days
    when = "today" if days == 0 else "tomorrow" if days == 1 else "past" if days < 0 else "future"
    return l10n("letters-deadline", date=day_long(deadline, l10n.locale), days=abs(days), when=when)


def unreadable_text(l10n: Localizer, problems: tuple[QualityProblem, ...]) -> str:
    # The most useful tip first: darkness and blur spoil a whole photo, a cut page only part of it.
    order = (QualityProblem.DARK, QualityProblem.BLURRED, QualityProblem.CUT, QualityProblem.NO_TEXT)
    problem = next((p for p in order if p in problems), QualityProblem.NO_TEXT)
    return l10n("letters-unreadable", problem=problem.value)


def explain(l10n: Localizer, letter: LetterExplanation, today: date) -> Reply:
    if not letter.text:  # nothing could be recognised on any page
        return Reply(unreadable_text(l10n, letter.problems), readable=False, can_remind=False)
    ids = {"sender": letter.sender, "kind": letter.kind}
    parts = [l10n("letters-summary", **ids)]
    if QualityProblem.CUT in letter.problems:
        parts.append(l10n("letters-cut-note"))
    deadline = letter.deadline
    if deadline is not None and letter.deadline_sure:
        parts.append(deadline_line(l10n, deadline, today))
    elif deadline is not None:
        parts.append(l10n("letters-deadline-maybe", date=day_long(deadline, l10n.locale)))
    elif letter.kind in _DEADLINE_KINDS:
        parts.append(l10n("letters-deadline-unsure"))
    if letter.amount is not None:
        msg_id = "letters-amount" if letter.amount_sure else "letters-amount-maybe"
        parts.append(l10n(msg_id, amount=money(letter.amount, l10n.locale)))
    parts.append(l10n("letters-advice", **ids))
    parts.append(l10n("letters-machine-note"))
    can_remind = deadline is not None and letter.deadline_sure and deadline > today
    return Reply("\n\n".join(parts), readable=True, can_remind=can_remind)
