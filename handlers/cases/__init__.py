"""Talk to a person: the newcomer's side (consent, relaying, rating) and the advisors' forum group (the desk)."""

from __future__ import annotations

from aiogram import Router

from handlers.cases import desk, newcomer
from handlers.common.hooks import Hooks


def create_private_router(hooks: Hooks) -> Router:
    hooks.privacy.register(newcomer.PRIVACY)
    return newcomer.create_router(hooks)


def create_staff_router() -> Router:
    return desk.create_staff_router()


def create_guard_router() -> Router:
    return desk.create_guard_router()
