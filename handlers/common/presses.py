"""Answering a button press, the same way in every feature."""

from __future__ import annotations

from aiogram.types import CallbackQuery, Message


async def pressed(query: CallbackQuery) -> Message | None:
    """Answer the press (the app stops its spinner) and return the message the button sits on, or None when the
    app no longer has it (too old to edit or answer under)."""
    await query.answer()
    return query.message if isinstance(query.message, Message) else None
