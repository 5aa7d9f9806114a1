"""Keyboards of the newcomers' subscription: the first-contact offer, /subscribe, the buttons under announcements
and weekly overviews."""

from __future__ import annotations

from collections.abc import Callable

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import Localizer
from bot.news.subscriptions import INTERESTS, Subscription
from handlers.common.callbacks import Menu, MenuAction
from handlers.news.callbacks import OutboxStop, Subscribe, SubscribeAction, Unsubscribe


def _button(text: str, action: SubscribeAction, interest: str = "") -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=Subscribe(action=action, interest=interest).pack())


def offer_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                _button(l10n("news-offer-yes"), SubscribeAction.YES),
                _button(l10n("news-offer-no"), SubscribeAction.NO),
            ],
            [_button(l10n("news-offer-digest"), SubscribeAction.DIGEST_YES)],
        ]
    )


def subscription_keyboard(l10n: Localizer, sub: Subscription) -> InlineKeyboardMarkup:
    interests = [
        _button(("✓ " if i in sub.interests else "") + l10n(f"news-interest-{i}"), SubscribeAction.TOGGLE, i)
        for i in INTERESTS
    ]
    rows = [interests[i : i + 2] for i in range(0, len(interests), 2)]
    digest = ("✓ " if sub.digest else "") + l10n("news-digest-button")
    rows.append([_button(digest, SubscribeAction.DIGEST)])
    if sub.announcements:
        rows.append([_button(l10n("news-off-button"), SubscribeAction.OFF)])
    else:
        rows.append([_button(l10n("news-on-button"), SubscribeAction.ON)])
    rows.append([_button(l10n("news-done-button"), SubscribeAction.DONE)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def unsubscribe_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    """The same button the outbox puts under announcements (bot/telegram/delivery.py renders it from the row)."""
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=l10n("news-stop-button"), callback_data=Unsubscribe().pack())]
        ]
    )


def resubscribe_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[[_button(l10n("news-again-button"), SubscribeAction.AGAIN)]])


def _digest_buttons(l10n: Localizer, last: InlineKeyboardButton) -> InlineKeyboardMarkup:
    events = InlineKeyboardButton(
        text=l10n("common-menu-events"), callback_data=Menu(action=MenuAction.EVENTS).pack()
    )
    return InlineKeyboardMarkup(inline_keyboard=[[events], [last]])


def digest_stop_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    """The buttons under a weekly overview, as the outbox first renders them (bot/news/notices.py)."""
    return _digest_buttons(l10n, _button(l10n("news-digest-stop-button"), SubscribeAction.DIGEST_STOP))


def digest_again_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    return _digest_buttons(l10n, _button(l10n("news-digest-again-button"), SubscribeAction.DIGEST_AGAIN))


# Buttons the outbox may put under a message it sends (bot/app.py collects every feature's; bot/outbox/model.py).
OUTBOX_ACTIONS: dict[str, Callable[[str], CallbackData]] = {
    "unsubscribe": lambda _: Unsubscribe(),
    "stop": lambda value: OutboxStop(id=int(value)),
    "digest_stop": lambda _: Subscribe(action=SubscribeAction.DIGEST_STOP),
}
