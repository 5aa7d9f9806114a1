"""Booking a drop-in time: /book and the "book-visit" topic, /mybookings, and the advisors' day lists (/today)."""

from __future__ import annotations

from aiogram import Router

from handlers.booking import desk, mine, newcomer
from handlers.common.hooks import Hooks


def create_private_router(hooks: Hooks) -> Router:
    router = Router(name=__name__)
    router.include_routers(newcomer.create_router(hooks), mine.create_router())
    hooks.privacy.register(mine.PRIVACY)
    return router


def create_staff_router() -> Router:
    """The advisors' group, staff only (the parent router checks both)."""
    return desk.create_router()
