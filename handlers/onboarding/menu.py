"""The main menu and the help text."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.i18n import Localizer, Translator
from bot.users.model import UserProfile
from handlers.common.callbacks import Menu, MenuAction
from handlers.common.keyboards import back_to_menu, language_picker, main_menu
from handlers.common.presses import pressed
from handlers.common.views import picker_text


async def menu_command(message: Message, l10n: Localizer) -> None:
    await message.answer(l10n("common-menu-title"), reply_markup=main_menu(l10n))


async def help_command(message: Message, l10n: Localizer) -> None:
    await message.answer(l10n("common-menu-help-text"), reply_markup=back_to_menu(l10n))


async def menu_button(query: CallbackQuery, l10n: Localizer) -> None:
    if (message := await pressed(query)) is not None:
        await message.answer(l10n("common-menu-title"), reply_markup=main_menu(l10n))


async def help_button(query: CallbackQuery, l10n: Localizer) -> None:
    if (message := await pressed(query)) is not None:
        await message.answer(l10n("common-menu-help-text"), reply_markup=back_to_menu(l10n))


async def language_button(query: CallbackQuery, profile: UserProfile | None, translator: Translator) -> None:
    current = profile.locale if profile else None
    if (message := await pressed(query)) is not None:
        await message.answer(picker_text(translator, current), reply_markup=language_picker(current, current))


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.register(menu_command, Command("menu"))
    router.message.register(help_command, Command("help"))
    router.callback_query.register(menu_button, Menu.filter(F.action == MenuAction.MAIN))
    router.callback_query.register(help_button, Menu.filter(F.action == MenuAction.HELP))
    router.callback_query.register(language_button, Menu.filter(F.action == MenuAction.LANGUAGE))
    return router
