"""Newcomers' news subscription and weekly overview: the offer after the first language choice, /subscribe, one-tap
stop under announcements and overviews."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.i18n import Localizer
from bot.news.subscriptions import INTERESTS, Subscription, SubscriptionService
from handlers.news.callbacks import Subscribe, SubscribeAction, Unsubscribe
from handlers.news.keyboards import (
    digest_again_keyboard,
    digest_stop_keyboard,
    offer_keyboard,
    resubscribe_keyboard,
    subscription_keyboard,
    unsubscribe_keyboard,
)


def _status(l10n: Localizer, sub: Subscription) -> str:
    news = l10n("news-status", on="yes" if sub.announcements else "no")
    return news + "\n\n" + l10n("news-digest-status", on="yes" if sub.digest else "no")


async def offer_subscription(message: Message, l10n: Localizer) -> None:
    """A small optional step after the first language choice (handlers/onboarding/start.py)."""
    await message.answer(l10n("news-offer"), reply_markup=offer_keyboard(l10n))


async def subscribe_command(message: Message, l10n: Localizer, subscriptions: SubscriptionService) -> None:
    if message.from_user is None:
        return
    sub = await subscriptions.get(message.from_user.id)
    await message.answer(_status(l10n, sub), reply_markup=subscription_keyboard(l10n, sub))


async def close_offer(query: CallbackQuery, callback_data: Subscribe, l10n: Localizer) -> None:
    """ "No thanks" (NO) or "done" (DONE) under the offer or the settings: the message says what was kept."""
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.edit_text(
            l10n("news-declined" if callback_data.action == SubscribeAction.NO else "news-saved")
        )


async def switch(
    query: CallbackQuery, callback_data: Subscribe, l10n: Localizer, subscriptions: SubscriptionService
) -> None:
    """Announcements on (YES from the offer, ON in the settings) or OFF."""
    on = callback_data.action != SubscribeAction.OFF
    await _show(query, l10n, await subscriptions.set_announcements(query.from_user.id, on))


async def digest(
    query: CallbackQuery, callback_data: Subscribe, l10n: Localizer, subscriptions: SubscriptionService
) -> None:
    """On or off in the settings view; "only the weekly overview" from the first-contact offer turns it on."""
    on = (
        callback_data.action == SubscribeAction.DIGEST_YES
        or not (await subscriptions.get(query.from_user.id)).digest
    )
    await _show(query, l10n, await subscriptions.set_digest(query.from_user.id, on))


async def toggle(
    query: CallbackQuery, callback_data: Subscribe, l10n: Localizer, subscriptions: SubscriptionService
) -> None:
    sub = await subscriptions.toggle_interest(query.from_user.id, callback_data.interest)
    await _show(query, l10n, sub)


async def _show(query: CallbackQuery, l10n: Localizer, sub: Subscription) -> None:
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.edit_text(_status(l10n, sub), reply_markup=subscription_keyboard(l10n, sub))


async def _swap_button(query: CallbackQuery, note: str, markup: InlineKeyboardMarkup, alert: bool) -> None:
    """A one-tap switch under an announcement or a weekly overview: the message stays readable, a note says
    what changed and its button now offers the way back."""
    await query.answer(note, show_alert=alert)
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=markup)


async def unsubscribe(query: CallbackQuery, l10n: Localizer, subscriptions: SubscriptionService) -> None:
    await subscriptions.set_announcements(query.from_user.id, False)
    await _swap_button(query, l10n("news-stopped"), resubscribe_keyboard(l10n), alert=True)


async def one_tap(
    query: CallbackQuery, callback_data: Subscribe, l10n: Localizer, subscriptions: SubscriptionService
) -> None:
    """The way back under an announcement (AGAIN), stop or restart under a weekly overview (DIGEST_STOP/AGAIN)."""
    user = query.from_user.id
    if callback_data.action == SubscribeAction.AGAIN:
        await subscriptions.set_announcements(user, True)
        await _swap_button(query, l10n("news-started"), unsubscribe_keyboard(l10n), alert=False)
    elif callback_data.action == SubscribeAction.DIGEST_STOP:
        await subscriptions.set_digest(user, False)
        await _swap_button(query, l10n("news-digest-stopped"), digest_again_keyboard(l10n), alert=True)
    else:
        await subscriptions.set_digest(user, True)
        await _swap_button(query, l10n("news-digest-started"), digest_stop_keyboard(l10n), alert=False)


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.register(subscribe_command, Command("subscribe"))
    router.callback_query.register(
        close_offer, Subscribe.filter(F.action.in_({SubscribeAction.NO, SubscribeAction.DONE}))
    )
    router.callback_query.register(
        switch, Subscribe.filter(F.action.in_({SubscribeAction.YES, SubscribeAction.ON, SubscribeAction.OFF}))
    )
    router.callback_query.register(
        digest, Subscribe.filter(F.action.in_({SubscribeAction.DIGEST, SubscribeAction.DIGEST_YES}))
    )
    router.callback_query.register(
        toggle, Subscribe.filter((F.action == SubscribeAction.TOGGLE) & F.interest.in_(INTERESTS))
    )
    router.callback_query.register(unsubscribe, Unsubscribe.filter())
    router.callback_query.register(
        one_tap,
        Subscribe.filter(
            F.action.in_({SubscribeAction.AGAIN, SubscribeAction.DIGEST_STOP, SubscribeAction.DIGEST_AGAIN})
        ),
    )
    return router
