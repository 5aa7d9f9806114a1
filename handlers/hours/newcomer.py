"""Opening hours from live data: the "opening-hours" topic (typed question, menu button, "did you mean") and /hours."""

from __future__ import annotations

from typing import Any

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.config import Settings
from bot.hours.service import ScheduleService
from bot.i18n import Localizer
from handlers.common.dynamic import DynamicTopics
from handlers.hours.keyboards import hours_keyboard
from handlers.hours.views import hours_text


async def send_hours(
    message: Message, l10n: Localizer, session: AsyncSession, clock: Clock, settings: Settings
) -> None:
    hours = await ScheduleService(session, clock, settings.tz).hours()
    await message.answer(hours_text(hours, clock.now(), l10n), reply_markup=hours_keyboard(l10n))


async def hours_command(
    message: Message, l10n: Localizer, session: AsyncSession, clock: Clock, settings: Settings
) -> None:
    await send_hours(message, l10n, session, clock, settings)


async def opening_hours(message: Message, locale: str, data: dict[str, Any]) -> bool:
    await send_hours(message, data["translator"](locale), data["session"], data["clock"], data["settings"])
    return True


def create_router(dynamic: DynamicTopics) -> Router:
    router = Router(name=__name__)
    router.message.register(hours_command, Command("hours"))
    dynamic.register("opening-hours", opening_hours)
    return router
