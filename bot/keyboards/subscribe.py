"""Keyboards of the newcomers' subscription: the first-contact offer, /subscribe, the button under announcements."""

from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import Subscribe, SubscribeAction, Unsubscribe
from bot.i18n import Localizer
from bot.services.subscriptions import INTERESTS, Subscription


def _button(text: str, action: SubscribeAction, interest: str = "") -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=Subscribe(action=action, interest=interest).pack())


def offer_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                _button(l10n("subscribe-offer-yes"), SubscribeAction.YES),
                _button(l10n("subscribe-offer-no"), SubscribeAction.NO),
            ]
        ]
    )


def subscription_keyboard(l10n: Localizer, sub: Subscription) -> InlineKeyboardMarkup:
    interests = [
        _button(
            ("✓ " if i in sub.interests else "") + l10n(f"subscribe-interest-{i}"), SubscribeAction.TOGGLE, i
        )
        for i in INTERESTS
    ]
    rows = [interests[i : i + 2] for i in range(0, len(interests), 2)]
    if sub.announcements:
        rows.append([_button(l10n("subscribe-off-button"), SubscribeAction.OFF)])
    else:
        rows.append([_button(l10n("subscribe-on-button"), SubscribeAction.ON)])
    rows.append([_button(l10n("subscribe-done-button"), SubscribeAction.DONE)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def unsubscribe_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    """The same button the outbox puts under announcements (bot/delivery.py renders it from the row)."""
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=l10n("subscribe-stop-button"), callback_data=Unsubscribe().pack())]
        ]
    )


def resubscribe_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[_button(l10n("subscribe-again-button"), SubscribeAction.AGAIN)]]
    )
