"""Per-update context: one database session, the services built on it, the user's profile and their Localizer.

The composition root (bot/app.py) says which services exist (`services`: session -> {key: service}); aiogram then
passes each handler the keys it names. Nothing here knows the database library: a session is whatever `sessions`
opens.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol

from aiogram import BaseMiddleware
from aiogram.types import Chat, TelegramObject, User

from bot.i18n import Translator, locale_from_telegram
from bot.users.model import UserProfile

# Advisors and coordinators work in Finnish in the advisors' group.
STAFF_LOCALE = "fi"

# What a middleware calls to go on: the next middleware or the handler itself.
NextHandler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class Profiles(Protocol):
    async def seen(self, telegram_id: int) -> UserProfile: ...


class ContextMiddleware(BaseMiddleware):
    def __init__(
        self,
        sessions: Callable[[], AbstractAsyncContextManager[Any]],
        services: Callable[[Any], Mapping[str, Any]],
        translator: Translator,
    ) -> None:
        self._sessions = sessions
        self._services = services
        self._translator = translator

    async def __call__(self, handler: NextHandler, event: TelegramObject, data: dict[str, Any]) -> Any:
        tg_user: User | None = data.get("event_from_user")
        chat: Chat | None = data.get("event_chat")
        async with self._sessions() as session:
            services = self._services(session)
            data.update(services)
            data["profile"] = None
            if tg_user is not None and not tg_user.is_bot and (chat is None or chat.type == "private"):
                users: Profiles = services["users"]
                profile = await users.seen(tg_user.id)
                data["profile"] = profile
                locale = profile.locale or locale_from_telegram(tg_user.language_code)
            else:
                locale = STAFF_LOCALE
            data["l10n"] = self._translator(locale)
            return await handler(event, data)
