"""Bot API request middleware: Telegram's 400s that must not cost a user their reply.

A press answered too late ("query is too old"), an edit that changes nothing, an edit of a message that is gone,
a text Telegram cannot parse or that is too long: each would otherwise end the handler with an exception and the
user would get an apology instead of the answer. Here they become what the user should see: nothing for the first
two, a new message for the third, the text without its formatting or in parts for the last two.
"""

from __future__ import annotations

import html
import logging
import re
from typing import TYPE_CHECKING, Any, cast

from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import TelegramBadRequest
from aiogram.methods import (
    AnswerCallbackQuery,
    EditMessageCaption,
    EditMessageReplyMarkup,
    EditMessageText,
    SendMessage,
    TelegramMethod,
)
from aiogram.methods.base import Response, TelegramType
from aiogram.types import Message

if TYPE_CHECKING:
    from aiogram import Bot

log = logging.getLogger(__name__)

TEXT_LIMIT = 4096  # characters after entity parsing; the HTML source is never shorter
# The tags Telegram's HTML parse mode knows; anything else in a text is literal.
_TAG = re.compile(
    r"</?(?:b|strong|i|em|u|ins|s|strike|del|a|code|pre|span|tg-spoiler|tg-emoji|blockquote)(?:\s[^<>]*)?>",
    re.IGNORECASE,
)
_EDITS = (EditMessageText, EditMessageReplyMarkup, EditMessageCaption)


def plain(text: str) -> str:
    """The HTML text as the user would read it, for sending without a parse mode."""
    return html.unescape(_TAG.sub("", text))


def split(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Parts of at most `limit` characters, cut at a paragraph, else a line, else a space, else anywhere."""
    parts: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = max(window.rfind("\n\n"), 0) or max(window.rfind("\n"), 0) or max(window.rfind(" "), 0) or limit
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not parts:
        parts.append(rest)
    return [p for p in parts if p] or [text[:limit]]


class ToleranceMiddleware(BaseRequestMiddleware):
    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        try:
            return await make_request(bot, method)
        except TelegramBadRequest as exc:
            error = exc.message.lower()
            name = method.__api_method__
            if isinstance(method, AnswerCallbackQuery) and (
                "query is too old" in error or "query id is invalid" in error
            ):
                log.info("%s: the press is too old to answer; the reply still goes", name)
                return _done(True)
            if isinstance(method, _EDITS) and "message is not modified" in error:
                return _done(True)  # a second press on the same button: the message already says it
            if isinstance(method, _EDITS) and (
                "message to edit not found" in error or "can't be edited" in error
            ):
                if isinstance(method, EditMessageText) and method.chat_id is not None and method.text:
                    log.info("%s: the message is gone, sending the text anew", name)
                    return _done(await bot(_resend(method)))
                return _done(True)  # only buttons or a caption of a message that is gone
            if isinstance(method, SendMessage) and "message is too long" in error:
                log.warning("%s: text too long (%d characters), sending it in parts", name, len(method.text))
                return _done(await _in_parts(bot, method))
            if (
                isinstance(method, (SendMessage, EditMessageText))
                and method.text
                and "can't parse entities" in error
            ):
                log.error("%s: Telegram could not parse the HTML; sending it as plain text", name)
                return _done(await bot(_without_html(method)))
            raise


def _done(result: Any) -> Response[Any]:
    return Response[Any](ok=True, result=result)


def _resend(edit: EditMessageText) -> SendMessage:
    markup = edit.reply_markup
    return SendMessage(
        chat_id=cast(int | str, edit.chat_id),
        text=edit.text or "",
        parse_mode=edit.parse_mode,
        entities=edit.entities,
        link_preview_options=edit.link_preview_options,
        reply_markup=markup,
    )


def _without_html(method: SendMessage | EditMessageText) -> SendMessage | EditMessageText:
    return method.model_copy(update={"text": plain(method.text or ""), "parse_mode": None, "entities": None})


async def _in_parts(bot: Bot, send: SendMessage) -> Message:
    parts = split(send.text)
    last: Message | None = None
    for n, part in enumerate(parts):
        final = n == len(parts) - 1
        update: dict[str, Any] = {"text": part, "entities": None}
        if not final:
            update["reply_markup"] = None
        last = await bot(send.model_copy(update=update))
    assert last is not None
    return last
