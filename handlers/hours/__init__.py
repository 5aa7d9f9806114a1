"""Opening hours: /hours and the "opening-hours" topic for newcomers; coordinators' exceptions (/hours_admin)."""

from __future__ import annotations

from aiogram import Router

from handlers.common.hooks import Hooks
from handlers.hours import admin, newcomer


def create_router(hooks: Hooks) -> Router:
    """Private chats. The coordinators' flow first: its typed step (a reason) is not a question."""
    router = Router(name=__name__)
    router.include_routers(admin.create_router(), newcomer.create_router(hooks))
    return router
