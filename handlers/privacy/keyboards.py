"""Keyboards of /privacy: delete my data, and the confirmation."""

from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import Localizer
from handlers.common.callbacks import Menu, MenuAction
from handlers.privacy.callbacks import Privacy, PrivacyAction


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
        [
            InlineKeyboardButton(
                text=l10n("common-menu-back"), callback_data=Menu(action=MenuAction.MAIN).pack()
            )
        ]
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
