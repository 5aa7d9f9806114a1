"""Catch-all for private chats: media, long texts, edits, unknown commands, stale buttons."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.enums import ContentType
from aiogram.types import CallbackQuery, Message

from bot.i18n import Localizer
from handlers.common.keyboards import main_menu

# Longer than any real question; the text is not stored or logged either way.
MAX_QUESTION_CHARS = 1000

_MEDIA_REPLIES: dict[str, str] = {
    ContentType.STICKER: "common-fallback-sticker",
    ContentType.VOICE: "common-fallback-voice",
    ContentType.VIDEO_NOTE: "common-fallback-voice",
    ContentType.AUDIO: "common-fallback-voice",
    ContentType.PHOTO: "common-fallback-photo",
    ContentType.DOCUMENT: "common-fallback-photo",
    ContentType.VIDEO: "common-fallback-photo",
    ContentType.LOCATION: "common-fallback-location",
    ContentType.VENUE: "common-fallback-location",
    ContentType.CONTACT: "common-fallback-contact",
}


async def edited(message: Message, l10n: Localizer) -> None:
    await message.answer(l10n("common-fallback-edited"))


async def unknown_command(message: Message, l10n: Localizer) -> None:
    await message.answer(l10n("common-fallback-unknown-command"), reply_markup=main_menu(l10n))


async def too_long(message: Message, l10n: Localizer) -> None:
    await message.answer(l10n("common-fallback-too-long"))


async def other_content(message: Message, l10n: Localizer) -> None:
    await message.answer(l10n(_MEDIA_REPLIES.get(message.content_type, "common-fallback-other")))


async def stale_button(query: CallbackQuery, l10n: Localizer) -> None:
    """Old, unknown or forged callback data: say so and show the menu again."""
    await query.answer(l10n("common-fallback-stale-button")[:200])
    if isinstance(query.message, Message):
        await query.message.answer(l10n("common-fallback-stale-button"), reply_markup=main_menu(l10n))


def create_router() -> Router:
    router = Router(name=__name__)
    router.edited_message.register(edited)
    router.message.register(unknown_command, F.text.startswith("/"))
    router.message.register(too_long, F.text.len() > MAX_QUESTION_CHARS)
    router.message.register(other_content)
    router.callback_query.register(stale_button)
    return router
