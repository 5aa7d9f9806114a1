"""/privacy: what the bot stores about the user (every feature's section), and deleting it."""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message
from babel.lists import format_list

from bot.i18n import Localizer
from bot.i18n.formatting import babel_locale, local_date
from bot.news.subscriptions import INTERESTS, SubscriptionService
from bot.users.service import UserService
from handlers.common.callbacks import Menu, MenuAction
from handlers.common.hooks import Hooks
from handlers.common.presses import pressed
from handlers.privacy.callbacks import Privacy, PrivacyAction
from handlers.privacy.keyboards import privacy_confirm, privacy_menu


async def _report(user_id: int, l10n: Localizer, data: dict[str, Any]) -> str:
    users: UserService = data["users"]
    subscriptions: SubscriptionService = data["subscriptions"]
    hooks: Hooks = data["hooks"]
    tz = data["settings"].tz
    profile = await users.get(user_id)
    stored = "\n\n".join(await hooks.privacy.show(user_id, l10n, data))
    if profile is None:
        return stored or l10n("privacy-nothing-stored")
    sub = await subscriptions.get(user_id)
    topics = [l10n(f"news-interest-{i}") for i in INTERESTS if i in sub.interests]
    summary = l10n(
        "privacy-summary",
        language=l10n.language_name,
        first_seen=local_date(profile.first_seen, l10n.locale, tz),
        last_seen=local_date(profile.last_seen, l10n.locale, tz),
        consent_advisor="yes" if profile.consent_advisor else "no",
        announcements="yes" if sub.announcements else "no",
        digest="yes" if sub.digest else "no",
        interests=format_list(topics, locale=babel_locale(l10n.locale)) if topics else "-",
    )
    return f"{summary}\n\n{stored}" if stored else summary


async def privacy_command(message: Message, l10n: Localizer, **data: Any) -> None:
    if message.from_user is None:
        return
    text = await _report(message.from_user.id, l10n, data)
    await message.answer(text, reply_markup=privacy_menu(l10n, has_data=True))


async def privacy_button(query: CallbackQuery, l10n: Localizer, **data: Any) -> None:
    message = await pressed(query)
    text = await _report(query.from_user.id, l10n, data)
    if message is not None:
        await message.answer(text, reply_markup=privacy_menu(l10n, has_data=True))


async def delete_command(message: Message, l10n: Localizer) -> None:
    await message.answer(l10n("privacy-delete-confirm"), reply_markup=privacy_confirm(l10n))


async def ask_delete(query: CallbackQuery, l10n: Localizer) -> None:
    if (message := await pressed(query)) is not None:
        await message.answer(l10n("privacy-delete-confirm"), reply_markup=privacy_confirm(l10n))


async def delete(
    query: CallbackQuery, users: UserService, hooks: Hooks, l10n: Localizer, **data: Any
) -> None:
    # Every feature's part first (cases: their topics in the advisors' group go; bookings: seats are freed),
    # then the profile; anonymous statistics stay.
    await hooks.privacy.forget(query.from_user.id, {**data, "users": users})
    await users.delete_data(query.from_user.id)
    if (message := await pressed(query)) is not None:
        await message.edit_text(l10n("privacy-deleted"))


async def keep(query: CallbackQuery, l10n: Localizer) -> None:
    if (message := await pressed(query)) is not None:
        await message.edit_text(l10n("privacy-kept"))


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.register(privacy_command, Command("privacy"))
    router.callback_query.register(privacy_button, Menu.filter(F.action == MenuAction.PRIVACY))
    router.message.register(delete_command, Command("delete_my_data"))
    router.callback_query.register(ask_delete, Privacy.filter(F.action == PrivacyAction.ASK_DELETE))
    router.callback_query.register(delete, Privacy.filter(F.action == PrivacyAction.DELETE))
    router.callback_query.register(keep, Privacy.filter(F.action == PrivacyAction.KEEP))
    return router
