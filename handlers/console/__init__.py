"""`/console` in a private chat: staff (advisors and coordinators) get a one-time sign-in link to the staff console.

Anyone else falls through to the fallback's "unknown command": for them the command does not exist.
"""

from __future__ import annotations

import html

from aiogram import Bot, Router
from aiogram.filters import Command
from aiogram.types import Message

from bot.config import Settings
from bot.console.auth import LINK_VALID, SignInLinks
from bot.i18n import Localizer
from bot.telegram.membership import TelegramMembership
from bot.users.roles import Role, RoleResolver, Staff


async def is_staff(
    message: Message, bot: Bot, roles: RoleResolver, settings: Settings
) -> dict[str, Staff] | bool:
    """Coordinators, and members of the advisors' group (asked through the one roles object)."""
    user = message.from_user
    if user is None or user.is_bot:
        return False
    group = settings.advisors_chat_id
    membership = TelegramMembership(bot, group) if group is not None else None
    role = await roles.role(user.id, membership)
    return {"staff": Staff(user.id, user.first_name, role)} if role != Role.NONE else False


async def console(message: Message, staff: Staff, console_links: SignInLinks, l10n: Localizer) -> None:
    url = await console_links.issue(staff)
    if url is None:
        await message.answer(l10n("console-not-configured"))
        return
    minutes = int(LINK_VALID.total_seconds() // 60)
    await message.answer(l10n("console-link", url=html.escape(url), minutes=minutes))


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.register(console, Command("console"), is_staff)
    return router
