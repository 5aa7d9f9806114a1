"""First contact, the language picker and the welcome."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandStart
from aiogram.types import CallbackQuery, Message

from bot.i18n import LOCALES, Localizer, Translator, locale_from_telegram
from bot.i18n.formatting import user_value
from bot.users.model import UserProfile
from bot.users.service import UserService
from handlers.common.callbacks import PickLanguage
from handlers.common.hooks import Hooks
from handlers.common.keyboards import language_picker, main_menu
from handlers.common.presses import pressed
from handlers.common.views import picker_text


async def start(
    message: Message, profile: UserProfile | None, l10n: Localizer, translator: Translator
) -> None:
    if profile is not None and profile.locale:
        await message.answer(l10n("onboarding-welcome-back"), reply_markup=main_menu(l10n))
        return
    await show_picker(message, translator, profile)


async def language_command(message: Message, profile: UserProfile | None, translator: Translator) -> None:
    await show_picker(message, translator, profile)


async def show_picker(message: Message, translator: Translator, profile: UserProfile | None) -> None:
    suggested = locale_from_telegram(message.from_user.language_code if message.from_user else None)
    current = profile.locale if profile else None
    await message.answer(
        picker_text(translator, current or suggested),
        reply_markup=language_picker(current or suggested, current),
    )


async def pick_language(
    query: CallbackQuery,
    callback_data: PickLanguage,
    users: UserService,
    translator: Translator,
    profile: UserProfile | None,
    hooks: Hooks,
) -> None:
    first_contact = profile is None or profile.locale is None
    profile = await users.choose_locale(query.from_user.id, callback_data.locale)
    l10n = translator(profile.locale)
    message = await pressed(query)
    if message is None:
        return
    # The picker turns into a short confirmation, so an old picker cannot be pressed twice by mistake.
    await message.edit_text(l10n("onboarding-language-saved", language=l10n.language_name))
    await message.answer(
        l10n("onboarding-welcome", name=user_value(query.from_user.first_name, l10n.locale)),
        reply_markup=main_menu(l10n),
    )
    if first_contact:
        for step in hooks.first_contact:
            await step(message, l10n)


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.register(start, CommandStart())
    router.message.register(language_command, Command("language"))
    router.callback_query.register(pick_language, PickLanguage.filter(F.locale.in_(LOCALES)))
    return router
