"""Coordinator-only routers: every message and every button press is checked against KOTOTORI_COORDINATOR_IDS.

An inner middleware (it runs after the router's filters matched), so a forged coordinator button from anyone else
is refused with a short localized note instead of falling through to other handlers.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import CallbackQuery, Message, TelegramObject, User

from bot.config import Settings
from bot.i18n import Localizer

log = logging.getLogger(__name__)


def is_coordinator(settings: Settings, user: User | None) -> bool:
    return user is not None and user.id in settings.coordinator_ids


class CoordinatorsOnly(BaseMiddleware):
    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        settings: Settings = data["settings"]
        user: User | None = data.get("event_from_user")
        if is_coordinator(settings, user):
            return await handler(event, data)
        log.warning("refused a coordinator action from user %s", user.id if user else None)
        l10n: Localizer = data["l10n"]
        if isinstance(event, CallbackQuery):
            await event.answer(l10n("hoursadmin-not-allowed"), show_alert=True)
        elif isinstance(event, Message):
            await event.answer(l10n("hoursadmin-not-allowed"))
        return None
