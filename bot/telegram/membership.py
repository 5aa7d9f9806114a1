"""Membership in the advisors' group, asked from Telegram (bot/users/roles.py caches the answers)."""

from __future__ import annotations

from aiogram import Bot


class TelegramMembership:
    def __init__(self, bot: Bot, group_chat_id: int) -> None:
        self.bot = bot
        self.group_chat_id = group_chat_id

    async def status(self, user_id: int) -> str:
        member = await self.bot.get_chat_member(self.group_chat_id, user_id)
        return str(member.status)
