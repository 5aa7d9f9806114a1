"""News from the advice point: subscriptions (/subscribe, the first-contact offer, stop buttons) and the
coordinators' announcements (/announce)."""

from __future__ import annotations

from aiogram import Router

from handlers.common.hooks import Hooks
from handlers.news import announce, subscribe


def create_router(hooks: Hooks) -> Router:
    """Private chats; the announcement flow first: a coordinator's typed text is not a question."""
    hooks.first_contact.append(subscribe.offer_subscription)
    router = Router(name=__name__)
    router.include_routers(subscribe.create_router(), announce.create_router())
    return router
