"""The Telegram side of cases: the outbox's transport and the membership lookup, on an aiogram Bot.

Telegram's errors become the domain's (TopicGone, RecipientGone, ...) here, so services never see aiogram.
"""

from __future__ import annotations

import html
import logging
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TypeVar

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramRetryAfter,
)
from aiogram.types import (
    InputMediaAudio,
    InputMediaDocument,
    InputMediaPhoto,
    InputMediaVideo,
    Message,
    ReplyParameters,
)

from bot.answers.service import QuestionService
from bot.cases.duty import DutyInfo
from bot.cases.model import (
    Case,
    GroupUnavailable,
    Incoming,
    RecipientGone,
    SourceGone,
    TopicClosed,
    TopicGone,
    TryLater,
)
from bot.cases.relay import Summary
from bot.clock import Clock
from bot.i18n import Localizer, Translator
from handlers.cases.views import STAFF_LOCALE, edited_text, newcomer_view, note_view, summary_view, topic_name

log = logging.getLogger(__name__)

T = TypeVar("T")
BLUE, RED = 7322096, 16478047  # two of Telegram's six topic icon colours
# Telegram's 400s saying the bot may not do this in the advisors' group (its rights, or not a forum any more).
_NO_RIGHTS = ("not enough rights", "chat_admin_required", "not a forum", "chat_write_forbidden")
_MEDIA = {
    "photo": InputMediaPhoto,
    "video": InputMediaVideo,
    "document": InputMediaDocument,
    "audio": InputMediaAudio,
}


@asynccontextmanager
async def _errors(private: bool) -> AsyncIterator[None]:
    try:
        yield
    except TelegramRetryAfter as exc:  # longer than RetryMiddleware waits: the outbox keeps the row
        raise TryLater(exc.retry_after) from exc
    except TelegramMigrateToChat as exc:  # only groups migrate: the advisors' group got a new id
        raise GroupUnavailable("migrated", exc.migrate_to_chat_id) from exc
    except TelegramForbiddenError as exc:
        if private:
            raise RecipientGone(str(exc)) from exc
        raise GroupUnavailable("removed") from exc
    except TelegramBadRequest as exc:
        text = exc.message.lower()
        if "thread not found" in text or "topic_id_invalid" in text or "topic_deleted" in text:
            raise TopicGone(exc.message) from exc
        if "topic_closed" in text:
            raise TopicClosed(exc.message) from exc
        if "to copy not found" in text or "message_id_invalid" in text:
            raise SourceGone(exc.message) from exc
        if private and ("chat not found" in text or "user is deactivated" in text):
            raise RecipientGone(exc.message) from exc
        if not private and "chat not found" in text:
            raise GroupUnavailable("removed") from exc
        if not private and any(needle in text for needle in _NO_RIGHTS):
            raise GroupUnavailable("rights") from exc
        raise


@dataclass(eq=False)
class TelegramCaseTransport:
    bot: Bot
    group_chat_id: int
    translator: Translator
    questions: QuestionService
    duty: DutyInfo
    clock: Clock
    coordinators: frozenset[int] = frozenset()  # told in a private chat when the group cannot be reached
    staff: Localizer = field(init=False)  # the advisors' group's language

    def __post_init__(self) -> None:
        self.staff = self.translator(STAFF_LOCALE)

    async def _call(self, private: bool, call: Awaitable[T]) -> T:
        async with _errors(private):
            return await call

    async def create_topic(self, case: Case) -> int:
        name = topic_name(self.staff, self.questions, case)
        topic = await self._call(
            False,
            self.bot.create_forum_topic(self.group_chat_id, name, icon_color=RED if case.urgent else BLUE),
        )
        log.info("case %s: topic %s created", case.id, topic.message_thread_id)
        return topic.message_thread_id

    async def rename_topic(self, case: Case, thread_id: int) -> None:
        name = topic_name(self.staff, self.questions, case)
        try:
            await self._call(False, self.bot.edit_forum_topic(self.group_chat_id, thread_id, name=name))
        except TelegramBadRequest as exc:
            if "not_modified" not in exc.message.lower():
                raise

    async def set_topic_closed(self, thread_id: int, closed: bool) -> None:
        call = self.bot.close_forum_topic if closed else self.bot.reopen_forum_topic
        try:
            await self._call(False, call(self.group_chat_id, thread_id))
        except TelegramBadRequest as exc:
            if "not_modified" not in exc.message.lower():
                raise

    async def delete_topic(self, thread_id: int) -> None:
        await self._call(False, self.bot.delete_forum_topic(self.group_chat_id, thread_id))

    async def summary(self, case: Case, thread_id: int, info: Summary) -> int:
        view = summary_view(self.staff, self.questions, case, info, self.clock.now())
        sent = await self._call(
            False,
            self.bot.send_message(
                self.group_chat_id, view.text, message_thread_id=thread_id, reply_markup=view.markup
            ),
        )
        return sent.message_id

    async def note(self, case: Case | None, thread_id: int | None, view: str, args: dict[str, object]) -> int:
        await self.duty.refresh(force=False)
        rendered = note_view(
            self.staff, self.translator, self.questions, case, view, args, self.duty, self.clock.now()
        )
        sent = await self._call(
            False,
            self.bot.send_message(
                self.group_chat_id, rendered.text, message_thread_id=thread_id, reply_markup=rendered.markup
            ),
        )
        return sent.message_id

    async def copy(
        self, from_chat: int, message_id: int, to_chat: int, thread_id: int | None, reply_to: int | None
    ) -> int:
        reply = ReplyParameters(message_id=reply_to, allow_sending_without_reply=True) if reply_to else None
        copied = await self._call(
            to_chat != self.group_chat_id,
            self.bot.copy_message(
                to_chat, from_chat, message_id, message_thread_id=thread_id, reply_parameters=reply
            ),
        )
        return copied.message_id

    async def album(
        self, to_chat: int, thread_id: int | None, parts: list[dict[str, object]], reply_to: int | None
    ) -> list[int]:
        private = to_chat != self.group_chat_id
        if len(parts) == 1:  # a lone part (its siblings went earlier): a plain copy keeps its caption
            part = parts[0]
            return [
                await self.copy(
                    int(str(part["chat"])), int(str(part["message"])), to_chat, thread_id, reply_to
                )
            ]
        media = []
        for part in parts:
            kind = _MEDIA.get(str(part["media"]), InputMediaDocument)
            caption = part.get("caption")
            media.append(
                kind(media=str(part["file"]), caption=html.escape(str(caption)) if caption else None)
            )
        sent = await self._call(
            private,
            self.bot.send_media_group(to_chat, media=media, message_thread_id=thread_id),
        )
        return [m.message_id for m in sent]

    async def edited(
        self, case: Case, to_newcomer: bool, thread_id: int | None, text: str, reply_to: int
    ) -> int:
        l10n = self.translator(case.locale) if to_newcomer else self.staff
        chat = case.user_id if to_newcomer else self.group_chat_id
        sent = await self._call(
            to_newcomer,
            self.bot.send_message(
                chat,
                edited_text(l10n, text, to_newcomer),
                message_thread_id=thread_id,
                reply_parameters=ReplyParameters(message_id=reply_to, allow_sending_without_reply=True),
            ),
        )
        return sent.message_id

    async def alert(self, reason: str, new_chat_id: int | None) -> None:
        text = self.staff(
            "cases-desk-unreachable",
            reason=reason,
            chat=str(self.group_chat_id),
            new_chat=str(new_chat_id or "-"),
        )
        for coordinator in sorted(self.coordinators):
            try:
                await self.bot.send_message(coordinator, text)
            except Exception as exc:  # a coordinator who never started the bot: the log still says it
                log.warning("coordinator %s not told about the group: %s", coordinator, type(exc).__name__)

    async def to_newcomer(self, case: Case, kind: str, payload: dict[str, object]) -> int:
        await self.duty.refresh(force=False)
        view = newcomer_view(
            self.translator, self.questions, case, kind, payload, self.duty, self.clock.now()
        )
        sent = await self._call(
            True, self.bot.send_message(case.user_id, view.text, reply_markup=view.markup)
        )
        return sent.message_id


def incoming(message: Message) -> Incoming:
    """A message to relay, as ids (content stays in Telegram; an album part's caption until it is re-sent)."""
    kind, file_id = None, None
    if message.photo:
        kind, file_id = "photo", message.photo[-1].file_id
    elif message.video:
        kind, file_id = "video", message.video.file_id
    elif message.document:
        kind, file_id = "document", message.document.file_id
    elif message.audio:
        kind, file_id = "audio", message.audio.file_id
    reply = message.reply_to_message
    # In a forum topic every message "replies" to the topic's first message; only real replies count.
    reply_to = None
    if reply is not None and not (message.is_topic_message and reply.message_id == message.message_thread_id):
        reply_to = reply.message_id
    return Incoming(
        message_id=message.message_id,
        text=message.text,
        album=message.media_group_id,
        media_kind=kind,
        file_id=file_id,
        caption=message.caption,
        reply_to=reply_to,
    )
