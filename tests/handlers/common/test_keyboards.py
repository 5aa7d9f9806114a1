"""Keyboards are pure functions: callback data within Telegram's 64 bytes, names in their own scripts."""

from __future__ import annotations

from bot.i18n import LANGUAGE_NAMES, Translator
from handlers.common.keyboards import language_picker, main_menu
from handlers.privacy.keyboards import privacy_confirm, privacy_menu
from tests.handlers.flows import fits_telegram


def _all_buttons(markup):  # type: ignore[no-untyped-def]
    return [b for row in markup.inline_keyboard for b in row]


def test_language_picker_puts_suggestion_first_and_marks_current() -> None:
    markup = language_picker("so", current="ar")
    texts = [b.text for b in _all_buttons(markup)]
    assert texts[0] == "Soomaali"
    assert "✓ العربية" in texts
    assert {t.removeprefix("✓ ") for t in texts} == set(LANGUAGE_NAMES.values())
    assert all(len(row) <= 8 for row in markup.inline_keyboard)


def test_callback_data_is_ascii_and_short(translator: Translator) -> None:
    for locale in LANGUAGE_NAMES:
        l10n = translator(locale)
        fits_telegram(
            language_picker(locale), main_menu(l10n), privacy_menu(l10n, True), privacy_confirm(l10n)
        )
