"""Groups and events: /events and the "groups-events" topic for newcomers; coordinators' /events_admin and the
guided flow that creates and edits events."""

from __future__ import annotations

from aiogram import Router

from handlers.common.hooks import Hooks
from handlers.events import admin, newcomer, wizard


def create_router(hooks: Hooks) -> Router:
    """Private chats. The coordinators' flows first: their typed steps (titles, places) are not questions."""
    router = Router(name=__name__)
    router.include_routers(admin.create_router(), wizard.create_router(), newcomer.create_router(hooks))
    return router
