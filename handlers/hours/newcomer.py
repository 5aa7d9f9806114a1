"""Opening hours from live data: the "opening-hours" topic (typed question, menu button, a button under the question back) and /hours."""

from __future__ import annotations

from typing import Any

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from bot.clock import Clock
from bot.hours.service import HoursService
from bot.i18n import Localizer
from handlers.common.hooks import Hooks
from handlers.hours.keyboards import hours_keyboard
from handlers.hours.views import hours_text


async def send_hours(message: Message, l10n: Localizer, hours: HoursService, clock: Clock) -> None:
    opening = await hours.hours()
    await message.answer(hours_text(opening, clock.now(), l10n), reply_markup=hours_keyboard(l10n))


async def hours_command(message: Message, l10n: Localizer, hours: HoursService, clock: Clock) -> None:
    await send_hours(message, l10n, hours, clock)


async def opening_hours(message: Message, locale: str, data: dict[str, Any]) -> bool:
    await send_hours(message, data["translator"](locale), data["hours"], data["clock"])
    return True


def create_router(hooks: Hooks) -> Router:
    router = Router(name=__name__)
    router.message.register(hours_command, Command("hours"))
    hooks.topics.register("opening-hours", opening_hours)
    return router
