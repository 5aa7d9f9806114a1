"""The coordinators' home, /coordinator: one menu of what they can change (opening hours, events).

Each feature's admin router answers its own section (`CoordinatorMenu(section="hours")` in handlers/hours/admin.py);
this module only shows the menu, so no feature imports another.
"""

from __future__ import annotations

from aiogram import Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.i18n import Localizer
from handlers.common.callbacks import CoordinatorMenu
from handlers.common.pickers import button
from handlers.common.roles import coordinators_only

SECTIONS = (("hours", "hours-admin-menu-hours"), ("events", "hours-admin-menu-events"))


def coordinator_menu(l10n: Localizer) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[button(l10n(label), CoordinatorMenu(section=key))] for key, label in SECTIONS]
    )


async def edit_step(query: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Turn a coordinator flow's message into the next step (an old message that cannot change stays)."""
    await query.answer()
    if not isinstance(query.message, Message):
        return
    try:
        await query.message.edit_text(text, reply_markup=markup)
    except TelegramBadRequest as exc:
        if "not modified" not in exc.message:
            raise


async def coordinator(message: Message, l10n: Localizer, state: FSMContext) -> None:
    await state.clear()
    await message.answer(l10n("hours-admin-menu-title"), reply_markup=coordinator_menu(l10n))


def create_router() -> Router:
    router = coordinators_only(Router(name=__name__))
    router.message.register(coordinator, Command("coordinator"))
    return router
