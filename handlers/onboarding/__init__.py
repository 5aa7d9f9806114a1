"""First contact: /start, the language picker and the welcome; /language, /menu and /help."""

from __future__ import annotations

from aiogram import Router

from handlers.onboarding import menu, start


def create_router() -> Router:
    router = Router(name=__name__)
    router.include_routers(start.create_router(), menu.create_router())
    return router
