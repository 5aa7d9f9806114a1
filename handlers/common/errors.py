"""The one error router: log with the update id (never the user's text), answer with a localized apology."""

from __future__ import annotations

import logging

from aiogram import Bot, Router
from aiogram.exceptions import TelegramForbiddenError
from aiogram.types import ErrorEvent

from bot.i18n import Localizer, Translator, locale_from_telegram

log = logging.getLogger(__name__)


async def on_error(
    event: ErrorEvent, bot: Bot, translator: Translator, l10n: Localizer | None = None
) -> bool:
    exc = event.exception
    update = event.update
    log.error(
        "update %s failed: %s",
        update.update_id,
        type(exc).__name__,
        exc_info=(type(exc), exc, exc.__traceback__),
    )
    if isinstance(exc, TelegramForbiddenError):
        return True
    chat_id, language_code = None, None
    if update.message is not None and update.message.chat.type == "private":
        chat_id = update.message.chat.id
        language_code = update.message.from_user.language_code if update.message.from_user else None
    elif update.callback_query is not None and update.callback_query.message is not None:
        chat_id = update.callback_query.message.chat.id
        language_code = update.callback_query.from_user.language_code
    # The failure may have come before the user's language was known (e.g. the database was down).
    l10n = l10n or translator(locale_from_telegram(language_code))
    if chat_id is not None:
        try:
            await bot.send_message(chat_id, l10n("common-error-apology"))
        except Exception as send_exc:  # the apology itself failed: log it, there is nobody else to tell
            log.error("apology for update %s failed: %s", update.update_id, type(send_exc).__name__)
    return True


def create_router() -> Router:
    router = Router(name=__name__)
    router.error.register(on_error)
    return router
