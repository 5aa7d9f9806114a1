"""Texts of letters that are not the explanation itself (bot/letters/reply.py builds that)."""

from __future__ import annotations

from bot.i18n import Localizer
from bot.i18n.dates import day_long
from bot.letters.reminders import Reminder, Set


def reminder_set(l10n: Localizer, done: Set) -> str:
    due = day_long(done.reminder.due, l10n.locale)
    if done.soon is None:
        return l10n("letters-remind-set", first="no", date=due, soon="")
    return l10n("letters-remind-set", first="yes", date=due, soon=day_long(done.soon, l10n.locale))


def privacy_reminders(l10n: Localizer, reminders: list[Reminder]) -> str | None:
    if not reminders:
        return None
    lines = [l10n("letters-privacy-reminders")]
    lines.extend(
        l10n("letters-privacy-item", date=day_long(r.due, l10n.locale), sender=r.sender, kind=r.kind)
        for r in reminders
    )
    return "\n".join(lines)
