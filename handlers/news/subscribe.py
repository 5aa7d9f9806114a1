"""Newcomers' news subscription and weekly overview: the offer after the first language choice, /subscribe, one-tap
stop under announcements and overviews."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

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


async def declined(query: CallbackQuery, l10n: Localizer) -> None:
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.edit_text(l10n("news-declined"))


async def done(query: CallbackQuery, l10n: Localizer) -> None:
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.edit_text(l10n("news-saved"))


async def switch_on(query: CallbackQuery, l10n: Localizer, subscriptions: SubscriptionService) -> None:
    sub = await subscriptions.set_announcements(query.from_user.id, True)
    await _show(query, l10n, sub)


async def switch_off(query: CallbackQuery, l10n: Localizer, subscriptions: SubscriptionService) -> None:
    sub = await subscriptions.set_announcements(query.from_user.id, False)
    await _show(query, l10n, sub)


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


async def unsubscribe(query: CallbackQuery, l10n: Localizer, subscriptions: SubscriptionService) -> None:
    """One tap under any announcement; the announcement stays readable, its button offers the way back."""
    await subscriptions.set_announcements(query.from_user.id, False)
    await query.answer(l10n("news-stopped"), show_alert=True)
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=resubscribe_keyboard(l10n))


async def again(query: CallbackQuery, l10n: Localizer, subscriptions: SubscriptionService) -> None:
    await subscriptions.set_announcements(query.from_user.id, True)
    await query.answer(l10n("news-started"))
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=unsubscribe_keyboard(l10n))


async def digest_stop(query: CallbackQuery, l10n: Localizer, subscriptions: SubscriptionService) -> None:
    """One tap under a weekly overview; the overview stays readable, its button offers the way back."""
    await subscriptions.set_digest(query.from_user.id, False)
    await query.answer(l10n("news-digest-stopped"), show_alert=True)
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=digest_again_keyboard(l10n))


async def digest_again(query: CallbackQuery, l10n: Localizer, subscriptions: SubscriptionService) -> None:
    await subscriptions.set_digest(query.from_user.id, True)
    await query.answer(l10n("news-digest-started"))
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=digest_stop_keyboard(l10n))


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.register(subscribe_command, Command("subscribe"))
    router.callback_query.register(declined, Subscribe.filter(F.action == SubscribeAction.NO))
    router.callback_query.register(done, Subscribe.filter(F.action == SubscribeAction.DONE))
    router.callback_query.register(
        switch_on, Subscribe.filter(F.action.in_({SubscribeAction.YES, SubscribeAction.ON}))
    )
    router.callback_query.register(switch_off, Subscribe.filter(F.action == SubscribeAction.OFF))
    router.callback_query.register(
        digest, Subscribe.filter(F.action.in_({SubscribeAction.DIGEST, SubscribeAction.DIGEST_YES}))
    )
    router.callback_query.register(
        toggle, Subscribe.filter((F.action == SubscribeAction.TOGGLE) & F.interest.in_(INTERESTS))
    )
    router.callback_query.register(unsubscribe, Unsubscribe.filter())
    router.callback_query.register(again, Subscribe.filter(F.action == SubscribeAction.AGAIN))
    router.callback_query.register(digest_stop, Subscribe.filter(F.action == SubscribeAction.DIGEST_STOP))
    router.callback_query.register(digest_again, Subscribe.filter(F.action == SubscribeAction.DIGEST_AGAIN))
    return router
