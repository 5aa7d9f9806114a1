"""/privacy and /delete_my_data: what the bot stores about a person (every feature's section) and deleting it."""

from __future__ import annotations

from aiogram import Router

from handlers.privacy import newcomer


def create_router() -> Router:
    return newcomer.create_router()
