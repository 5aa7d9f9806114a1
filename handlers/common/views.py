"""What several features render the same way: a message with its buttons, the language picker's prompt."""

from __future__ import annotations

from dataclasses import dataclass

from aiogram.types import InlineKeyboardMarkup

from bot.i18n import LOCALES, Translator

TELEGRAM_TEXT_LIMIT = 4096


@dataclass(frozen=True)
class View:
    text: str
    markup: InlineKeyboardMarkup | None = None


def picker_text(translator: Translator, suggested: str | None) -> str:
    """The picker prompt in every language, the suggested one first: the user may read only one of them."""
    order = sorted(LOCALES, key=lambda loc: loc != suggested)
    seen: list[str] = []
    for loc in order:
        line = translator(loc)("onboarding-choose-language")
        if line not in seen:
            seen.append(line)
    return "\n".join(seen)
