"""The outbox sender's Telegram side: aiogram calls mapped to delivery outcomes, pacing from settings."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from aiogram import Bot
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import EditMessageText, SendMessage
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from aiohttp import ClientConnectorError

from bot.config import Settings
from bot.outbox.model import Ambiguous, RecipientGone, Rejected, RetryAfter, Unavailable
from bot.outbox.pacing import LocalPacer, Pacer, RedisPacer
from bot.outbox.render import Outgoing, RenderedButton

log = logging.getLogger(__name__)

# Telegram's 400s that mean the text or its buttons are wrong: the same for every recipient, so stop the batch.
_TEMPLATE_ERRORS = {
    "can't parse entities": "entities",
    "message is too long": "too_long",
    "text must be non-empty": "empty",
    "message text is empty": "empty",
    "button_data_invalid": "buttons",
    "button_url_invalid": "buttons",
    "buttons_too_much": "buttons",
    "can't parse inline keyboard button": "buttons",
}


def _reason(description: str) -> tuple[str, bool]:
    lowered = description.lower()
    for needle, code in _TEMPLATE_ERRORS.items():
        if needle in lowered:
            return code, True
    if "chat not found" in lowered:
        return "chat_not_found", False
    return "bad_request", False


# Bot-wide actions an outbox button may carry: services name them ("unsubscribe", "event" + an id, ...); the
# composition root maps each to packed callback data from the features' handlers (bot/app.py, outbox_actions).
Actions = Mapping[str, Callable[[str], str]]


def _callback(button: RenderedButton, actions: Actions) -> str:
    make = actions.get(button.action or "")
    if make is None:
        raise ValueError(f"unknown outbox action {button.action!r}")
    return make(button.value)


def keyboard(
    buttons: tuple[tuple[RenderedButton, ...], ...], actions: Actions
) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    rows = []
    for line in buttons:
        row = []
        for b in line:
            if b.url:
                row.append(InlineKeyboardButton(text=b.text, url=b.url))
            else:
                row.append(
                    InlineKeyboardButton(text=b.text, callback_data=b.callback_data or _callback(b, actions))
                )
        rows.append(row)
    return InlineKeyboardMarkup(inline_keyboard=rows)


class TelegramTransport:
    """Calls `session.make_request` directly: the bot's RetryMiddleware would sleep out a 429 inside one request,
    while the outbox must pause every sender for `retry_after` and must never retry an ambiguous request."""

    def __init__(self, bot: Bot, actions: Actions, timeout: int = 20) -> None:
        self.bot = bot
        self.actions = actions
        self.timeout = timeout

    async def send(self, message: Outgoing) -> int:
        method = SendMessage(
            chat_id=message.chat_id,
            text=message.text,
            parse_mode="HTML",
            link_preview_options=LinkPreviewOptions(is_disabled=True),
            reply_markup=keyboard(message.buttons, self.actions),
        )
        try:
            sent = await self.bot.session.make_request(self.bot, method, timeout=self.timeout)
        except TelegramRetryAfter as exc:
            raise RetryAfter(exc.retry_after) from exc
        except TelegramForbiddenError as exc:
            raise RecipientGone() from exc
        except TelegramBadRequest as exc:
            code, template = _reason(exc.message)
            raise Rejected(code, template) from exc
        except TelegramServerError as exc:
            raise Unavailable() from exc
        except TelegramNetworkError as exc:
            # Could not connect: nothing left this machine. Anything else (timeout, dropped connection): it may have.
            if isinstance(exc.__cause__, ClientConnectorError):
                raise Unavailable() from exc
            raise Ambiguous() from exc
        except TelegramAPIError as exc:
            raise Rejected(type(exc).__name__, False) from exc
        return sent.message_id

    async def edit(
        self, chat_id: int, message_id: int, text: str, buttons: tuple[tuple[RenderedButton, ...], ...]
    ) -> None:
        method = EditMessageText(
            chat_id=chat_id,
            message_id=message_id,
            text=text,
            parse_mode="HTML",
            reply_markup=keyboard(buttons, self.actions),
        )
        try:
            await self.bot.session.make_request(self.bot, method, timeout=self.timeout)
        except TelegramBadRequest as exc:
            if "not modified" not in exc.message:
                raise


def create_pacer(settings: Settings, bot_id: int) -> Pacer:
    """Redis when configured (one budget for every process of this bot), else this process only."""
    if settings.redis_url:
        return RedisPacer.from_url(settings.redis_url, str(bot_id), settings.broadcast_per_second)
    return LocalPacer(settings.broadcast_per_second)
