"""Per-update context: one DB session, the user's profile and their Localizer."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiogram import BaseMiddleware
from aiogram.types import Chat, TelegramObject, User

from bot.answers.stats import StatsService
from bot.i18n import locale_from_telegram
from bot.users.service import UserService

if TYPE_CHECKING:
    from bot.app import Resources

# Advisors and coordinators work in Finnish in the advisors' group.
STAFF_LOCALE = "fi"


class ContextMiddleware(BaseMiddleware):
    def __init__(self, resources: Resources) -> None:
        self._resources = resources

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        tg_user: User | None = data.get("event_from_user")
        chat: Chat | None = data.get("event_chat")
        res = self._resources
        async with res.sessionmaker() as session:
            users = UserService(session, res.clock, res.profiles)
            data["session"] = session
            data["users"] = users
            data["stats"] = StatsService(session, res.clock)
            data["profile"] = None
            if tg_user is not None and not tg_user.is_bot and (chat is None or chat.type == "private"):
                profile = await users.seen(tg_user.id)
                data["profile"] = profile
                locale = profile.locale or locale_from_telegram(tg_user.language_code)
            else:
                locale = STAFF_LOCALE
            data["l10n"] = res.translator(locale)
            return await handler(event, data)
