"""Who may use which router: private chats, the advisors' group, staff and coordinators.

Every check asks the one `roles` object (bot/users/roles.py, the `roles` key): coordinators are
KOTOTORI_COORDINATOR_IDS, advisors the members of the advisors' group. Parent routers (handlers/__init__.py) apply the
chat filters once; feature routers add `IsCoordinator` (a command that does not exist for others: the fallback's
"unknown command") or `CoordinatorsOnly` (a flow whose forged buttons get a short refusal); in the advisors'
group, `CoordinatorCommands` answers other advisors' use of a command flagged `COORDINATORS` with a refusal note.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from aiogram import BaseMiddleware, Bot, Router
from aiogram.dispatcher.flags import get_flag
from aiogram.filters import Filter
from aiogram.types import CallbackQuery, ChatMemberUpdated, Message, TelegramObject, User

from bot.cases.service import CaseService
from bot.config import Settings
from bot.i18n import Localizer
from bot.telegram.context import NextHandler
from bot.telegram.membership import TelegramMembership
from bot.users.roles import Role, RoleResolver, Staff

log = logging.getLogger(__name__)

OBSERVERS = ("message", "edited_message", "callback_query")


def _chat_id(event: Message | CallbackQuery | ChatMemberUpdated) -> tuple[int, str] | None:
    chat = (event.message.chat if event.message else None) if isinstance(event, CallbackQuery) else event.chat
    return (chat.id, chat.type) if chat is not None else None


def in_private_chat(event: Message | CallbackQuery | ChatMemberUpdated) -> bool:
    chat = _chat_id(event)
    return chat is not None and chat[1] == "private"


def in_advisors_group(event: Message | CallbackQuery, settings: Settings) -> bool:
    chat = _chat_id(event)
    return chat is not None and settings.advisors_chat_id is not None and chat[0] == settings.advisors_chat_id


def topic_of(message: Message) -> int | None:
    """The forum topic of the advisors' group a message was written in; None in its General topic."""
    return message.message_thread_id if message.is_topic_message else None


async def staff_only(
    event: Message | CallbackQuery, bot: Bot, roles: RoleResolver, settings: Settings
) -> dict[str, Staff] | bool:
    """An advisor or coordinator; handlers behind this filter get them as `staff`."""
    user = event.from_user
    if user is None or user.is_bot or settings.advisors_chat_id is None:
        return False
    role = await roles.role(user.id, TelegramMembership(bot, settings.advisors_chat_id))
    return {"staff": Staff(user.id, user.first_name, role)} if role != Role.NONE else False


def scope(router: Router, *filters: Callable[..., Any]) -> Router:
    """Apply the same filters to messages, edits and button presses of a router."""
    for name in OBSERVERS:
        getattr(router, name).filter(*filters)
    return router


class IsCoordinator(Filter):
    async def __call__(
        self, event: TelegramObject, roles: RoleResolver, event_from_user: User | None = None
    ) -> bool:
        return roles.is_coordinator(event_from_user.id if event_from_user else None)


class CoordinatorsOnly(BaseMiddleware):
    """An inner middleware (it runs after the router's filters matched), so a forged coordinator button from anyone
    else is refused with a short localized note instead of falling through to other handlers."""

    async def __call__(self, handler: NextHandler, event: TelegramObject, data: dict[str, Any]) -> Any:
        roles: RoleResolver = data["roles"]
        user: User | None = data.get("event_from_user")
        if roles.is_coordinator(user.id if user else None):
            return await handler(event, data)
        log.warning("refused a coordinator action from user %s", user.id if user else None)
        l10n: Localizer = data["l10n"]
        if isinstance(event, CallbackQuery):
            await event.answer(l10n("hours-admin-not-allowed"), show_alert=True)
        elif isinstance(event, Message):
            await event.answer(l10n("hours-admin-not-allowed"))
        return None


class CoordinatorCommands(BaseMiddleware):
    """The advisors' group: a command registered with `flags=COORDINATORS` (the reports) runs for a coordinator;
    another advisor gets a refusal note in the same topic, through the cases' group queue."""

    async def __call__(self, handler: NextHandler, event: TelegramObject, data: dict[str, Any]) -> Any:
        staff: Staff = data["staff"]
        if staff.coordinator or not get_flag(data, "coordinators") or not isinstance(event, Message):
            return await handler(event, data)
        cases: CaseService = data["cases"]
        l10n: Localizer = data["l10n"]
        await cases.post(topic_of(event), "refused", reason=l10n("cases-desk-refused-coordinators-only"))
        return None


COORDINATORS = {"coordinators": True}


def coordinators_only(router: Router) -> Router:
    router.message.middleware(CoordinatorsOnly())
    router.callback_query.middleware(CoordinatorsOnly())
    return router
