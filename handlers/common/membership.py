"""Chat-member changes: a user who blocks the bot, the bot's rights in the advisors' group, and groups the bot was
added to by mistake."""

from __future__ import annotations

import logging

from aiogram import Bot, F, Router
from aiogram.filters import JOIN_TRANSITION, KICKED, ChatMemberUpdatedFilter
from aiogram.types import ChatMemberUpdated

from bot.cases.desk import CaseDesk
from bot.cases.service import CaseService
from bot.config import Settings
from bot.i18n import Localizer
from bot.users.service import UserService
from handlers.common.roles import in_advisors_group, in_private_chat

log = logging.getLogger(__name__)


async def user_blocked_bot(
    event: ChatMemberUpdated, users: UserService, desk: CaseDesk, cases: CaseService
) -> None:
    await users.mark_blocked(event.from_user.id)
    log.info("user %s blocked the bot", event.from_user.id)
    if desk.enabled:  # their open case is closed, with a note for the advisors
        await cases.newcomer_blocked(event.from_user.id)


async def advisors_group_changed(
    event: ChatMemberUpdated, bot: Bot, settings: Settings, desk: CaseDesk, l10n: Localizer
) -> None:
    """Removed from the advisors' group or without the right to manage topics: cases cannot reach advisors, so the
    coordinators hear it at once (not at the next newcomer's message); given the rights back, the queue goes."""
    member = event.new_chat_member
    reachable = member.status == "administrator" and bool(getattr(member, "can_manage_topics", False))
    log.info("bot in the advisors' group: %s (topics: %s)", member.status, reachable)
    if not await desk.group_changed(reachable):
        return
    reason = "removed" if member.status in ("left", "kicked") else "rights"
    text = l10n("cases-desk-unreachable", reason=reason, chat=str(event.chat.id), new_chat="-")
    for coordinator in sorted(settings.coordinator_ids):
        try:
            await bot.send_message(coordinator, text)
        except Exception as exc:  # a coordinator who never started the bot: the log says it
            log.warning("coordinator %s not told about the group: %s", coordinator, type(exc).__name__)


async def added_to_group(event: ChatMemberUpdated, bot: Bot, settings: Settings, l10n: Localizer) -> None:
    if event.chat.id == settings.advisors_chat_id:
        return
    log.info("added to unknown group %s: leaving", event.chat.id)
    await bot.send_message(event.chat.id, l10n("common-fallback-group-note"))
    await bot.leave_chat(event.chat.id)


def create_router() -> Router:
    router = Router(name=__name__)
    router.my_chat_member.register(
        user_blocked_bot, in_private_chat, ChatMemberUpdatedFilter(member_status_changed=KICKED)
    )
    router.my_chat_member.register(advisors_group_changed, in_advisors_group)
    router.my_chat_member.register(
        added_to_group, F.chat.type.in_({"group", "supergroup"}), ChatMemberUpdatedFilter(JOIN_TRANSITION)
    )
    return router
