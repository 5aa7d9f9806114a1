"""Per-update context: one DB session, the user's profile and their Localizer."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import Chat, TelegramObject, User
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.i18n import Translator, locale_from_telegram
from bot.services.users import UserService

# Advisors and coordinators work in Finnish in the advisors' group.
STAFF_LOCALE = "fi"


class ContextMiddleware(BaseMiddleware):
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession], translator: Translator, clock: Clock):
        self._sessionmaker = sessionmaker
        self._translator = translator
        self._clock = clock

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        tg_user: User | None = data.get("event_from_user")
        chat: Chat | None = data.get("event_chat")
        async with self._sessionmaker() as session:
            data["session"] = session
            data["profile"] = None
            if tg_user is not None and not tg_user.is_bot and (chat is None or chat.type == "private"):
                profile = await UserService(session, self._clock).seen(tg_user.id)
                data["profile"] = profile
                locale = profile.locale or locale_from_telegram(tg_user.language_code)
            else:
                locale = STAFF_LOCALE
            data["l10n"] = self._translator(locale)
            return await handler(event, data)
