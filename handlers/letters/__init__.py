"""What does this letter mean?: a photo, an album, an image file or a PDF of a letter explained in the user's language,
reminders before its deadline, and "talk to a person" with the letter."""

from __future__ import annotations

from aiogram import Router

from handlers.common.hooks import Hooks
from handlers.letters import newcomer


def create_router(hooks: Hooks) -> Router:
    hooks.privacy.register(newcomer.PRIVACY)
    return newcomer.create_router(hooks)
