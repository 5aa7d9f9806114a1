"""Keyboards as pure functions of (l10n, data)."""

from __future__ import annotations

from functools import lru_cache

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import LANGUAGE_NAMES, LOCALES, Localizer
from handlers.common.callbacks import Menu, MenuAction, PickLanguage
from handlers.privacy.callbacks import Privacy, PrivacyAction


def language_picker(suggested: str | None, current: str | None = None) -> InlineKeyboardMarkup:
    """Each language in its own script; Telegram's language first, the current one marked."""
    order = list(LOCALES)
    if suggested in order:
        order.remove(suggested)
        order.insert(0, suggested)
    rows: list[list[InlineKeyboardButton]] = []
    for i in range(0, len(order), 2):
        rows.append(
            [
                InlineKeyboardButton(
                    text=("✓ " if loc == current else "") + LANGUAGE_NAMES[loc],
                    callback_data=PickLanguage(locale=loc).pack(),
                )
                for loc in order[i : i + 2]
            ]
        )
    return InlineKeyboardMarkup(inline_keyboard=rows)


@lru_cache(maxsize=64)  # shown with most answers; a pure function of the locale, so built once per locale
def main_menu(l10n: Localizer) -> InlineKeyboardMarkup:
    def button(msg_id: str, action: MenuAction) -> InlineKeyboardButton:
        return InlineKeyboardButton(text=l10n(msg_id), callback_data=Menu(action=action).pack())

    return InlineKeyboardMarkup(
        inline_keyboard=[
            [button("menu-topics", MenuAction.TOPICS)],
            [button("menu-hours", MenuAction.HOURS), button("menu-person", MenuAction.PERSON)],
            [button("menu-events", MenuAction.EVENTS), button("booking-menu-button", MenuAction.BOOK)],
            [button("menu-language", MenuAction.LANGUAGE), button("menu-privacy", MenuAction.PRIVACY)],
            [button("menu-help", MenuAction.HELP)],
        ]
    )


def back_to_menu(l10n: Localizer) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=l10n("menu-back"), callback_data=Menu(action=MenuAction.MAIN).pack())]
        ]
    )


def privacy_menu(l10n: Localizer, has_data: bool) -> InlineKeyboardMarkup:
    rows = []
    if has_data:
        rows.append(
            [
                InlineKeyboardButton(
                    text=l10n("privacy-delete-button"),
                    callback_data=Privacy(action=PrivacyAction.ASK_DELETE).pack(),
                )
            ]
        )
    rows.append(
        [InlineKeyboardButton(text=l10n("menu-back"), callback_data=Menu(action=MenuAction.MAIN).pack())]
    )
    return InlineKeyboardMarkup(inline_keyboard=rows)


def privacy_confirm(l10n: Localizer) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=l10n("privacy-delete-yes"), callback_data=Privacy(action=PrivacyAction.DELETE).pack()
                ),
                InlineKeyboardButton(
                    text=l10n("privacy-delete-no"), callback_data=Privacy(action=PrivacyAction.KEEP).pack()
                ),
            ]
        ]
    )
