"""A newcomer's letter (photo, album, image file or PDF) explained; reminders; "talk to a person" with the letter.

Only outside a case with an advisor: inside one, the cases router (earlier in handlers/__init__.py) relays media.
The files are downloaded into memory, read in the app's pool (bot/letters/reading.py) and dropped; nothing of them
is logged or stored. An album's parts arrive as separate updates: they are collected for a moment and read together
as the pages of one letter, in a task of its own, so the chat's next updates are not held up meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from aiogram import Bot, F, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram.utils.chat_action import ChatActionSender

from bot.answers.service import QuestionService
from bot.cases.desk import CaseDesk
from bot.cases.model import Incoming
from bot.i18n import Localizer
from bot.letters.images import ImageTooLarge, UnsupportedFile
from bot.letters.model import KINDS, SENDERS
from bot.letters.reading import MAX_FILE_BYTES, LetterReading
from bot.letters.reminders import LetterReminders, TooLate
from bot.letters.reply import explain
from handlers.common.hooks import Hooks
from handlers.common.privacy import PrivacySection
from handlers.letters.callbacks import LetterCancel, LetterPerson, LetterRemind, LetterTopic
from handlers.letters.keyboards import cancel_keyboard, letter_keyboard, remind_data
from handlers.letters.views import privacy_reminders, reminder_set

log = logging.getLogger(__name__)

PERSON_TOPIC = "talk-to-person"
# The letter's messages waiting for the newcomer's consent (FSM data: message ids, never content).
PENDING_KEY = "letter_messages"
ALBUM_QUIET_SECONDS = 1.5  # an album's parts come within a second of each other


class NotALetterFile(ValueError):
    pass


class TooBig(ValueError):
    pass


def _file(message: Message) -> tuple[str, int | None]:
    """The file id and size of a letter's page: the largest photo size, or an image or PDF document."""
    if message.photo:
        largest = message.photo[-1]
        return largest.file_id, largest.file_size
    document = message.document
    if document is None:
        raise NotALetterFile
    mime = (document.mime_type or "").lower()
    name = (document.file_name or "").lower()
    if not (
        mime.startswith("image/")
        or mime == "application/pdf"
        or name.endswith((".pdf", ".jpg", ".jpeg", ".png"))
    ):
        raise NotALetterFile
    return document.file_id, document.file_size


async def _download(bot: Bot, file_id: str) -> bytes:
    buffer = await bot.download(file_id)  # into memory (BytesIO), never to disk
    assert buffer is not None
    return buffer.read()


async def read_letter(
    bot: Bot, messages: list[Message], l10n: Localizer, letters: LetterReading, questions: QuestionService
) -> None:
    """Read the messages as the pages of one letter and answer with the explanation (or what went wrong)."""
    first = messages[0]
    try:
        files = [_file(m) for m in messages]
    except NotALetterFile:
        await first.answer(l10n("letters-wrong-file"))
        return
    if any(size is not None and size > MAX_FILE_BYTES for _, size in files):
        await first.answer(l10n("letters-too-big"))
        return
    async with ChatActionSender.typing(bot=bot, chat_id=first.chat.id):
        try:
            pages = [await _download(bot, file_id) for file_id, _ in files]
            letter = await letters.explain(pages)
        except ImageTooLarge:
            await first.answer(l10n("letters-too-many-pixels"))
            return
        except UnsupportedFile:
            await first.answer(l10n("letters-wrong-file"))
            return
    reply = explain(l10n, letter, letters.today())
    ids = [m.message_id for m in messages]
    if not reply.readable:
        await first.answer(reply.text, reply_markup=letter_keyboard(l10n, ids))
        return
    await letters.count(letter, l10n.locale)
    remind = None
    if reply.can_remind and letter.deadline is not None:
        remind = remind_data(letter.deadline, letter.sender, letter.kind, letter.topic)
    topic = None
    if letter.topic in questions.kb.topics:
        topic = (letter.topic, questions.title(letter.topic, l10n.locale))
    await first.answer(reply.text, reply_markup=letter_keyboard(l10n, ids, topic, remind))
    log.info(
        "letter answered: %s/%s, %d page(s), sure deadline %s",
        letter.sender,
        letter.kind,
        len(ids),
        remind is not None,
    )


class Albums:
    """An album's parts, collected per media group until no part has come for a moment; then read in a task."""

    def __init__(self, quiet: float = ALBUM_QUIET_SECONDS) -> None:
        self._quiet = quiet
        self._parts: dict[tuple[int, str], list[Message]] = {}
        self._last: dict[tuple[int, str], float] = {}  # the event loop's monotonic time of the newest part
        self._tasks: set[asyncio.Task[None]] = set()

    def add(self, message: Message, read: Callable[[list[Message]], Awaitable[None]]) -> None:
        key = (message.chat.id, message.media_group_id or "")
        first = key not in self._parts
        self._parts.setdefault(key, []).append(message)
        self._last[key] = asyncio.get_running_loop().time()
        if first:
            task = asyncio.create_task(self._collect(key, read), name="letter-album")
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _collect(self, key: tuple[int, str], read: Callable[[list[Message]], Awaitable[None]]) -> None:
        while True:
            waited = asyncio.get_running_loop().time() - self._last[key]
            if waited >= self._quiet:
                break
            await asyncio.sleep(self._quiet - waited)
        parts = sorted(self._parts.pop(key), key=lambda m: m.message_id)
        del self._last[key]
        await read(parts)


def create_handlers(albums: Albums) -> dict[str, Callable[..., Awaitable[None]]]:
    async def letter(
        message: Message, bot: Bot, l10n: Localizer, letters: LetterReading, questions: QuestionService
    ) -> None:
        if not message.media_group_id:
            await read_letter(bot, [message], l10n, letters, questions)
            return

        async def read_album(parts: list[Message]) -> None:
            try:
                await read_letter(bot, parts, l10n, letters, questions)
            except Exception:  # outside the update, so no error router: log (ids only) and apologise here
                log.exception("letter album in chat %s failed", message.chat.id)
                await bot.send_message(message.chat.id, l10n("common-error-apology"))

        albums.add(message, read_album)

    return {"letter": letter}


async def show_topic(
    query: CallbackQuery, callback_data: LetterTopic, hooks: Hooks, l10n: Localizer, **data: Any
) -> None:
    await query.answer()
    if isinstance(query.message, Message):
        data.update(hooks=hooks, l10n=l10n)
        if not await hooks.topics.answer(callback_data.t, query.message, l10n.locale, data):
            await hooks.show_topic(query.message, callback_data.t, l10n.locale, data)


async def remind(
    query: CallbackQuery, callback_data: LetterRemind, l10n: Localizer, letter_reminders: LetterReminders
) -> None:
    await query.answer()
    if not isinstance(query.message, Message):
        return
    try:
        due = datetime.strptime(callback_data.d, "%Y%m%d").date()  # noqa: DTZ007 - a calendar date, no time
        sender, kind = SENDERS[callback_data.s], KINDS[callback_data.k]
    except (ValueError, IndexError):
        await query.message.answer(l10n("common-fallback-stale-button"))
        return
    try:
        done = await letter_reminders.remind(query.from_user.id, due, callback_data.t, sender, kind)
    except TooLate:
        await query.message.answer(l10n("letters-remind-late"))
        return
    await query.message.answer(reminder_set(l10n, done), reply_markup=cancel_keyboard(l10n, done.reminder.id))


async def cancel(
    query: CallbackQuery, callback_data: LetterCancel, l10n: Localizer, letter_reminders: LetterReminders
) -> None:
    removed = await letter_reminders.cancel(query.from_user.id, callback_data.id)
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=None)
        await query.message.answer(l10n("letters-remind-cancelled" if removed else "letters-remind-gone"))


async def person(
    query: CallbackQuery,
    callback_data: LetterPerson,
    state: FSMContext,
    desk: CaseDesk,
    hooks: Hooks,
    l10n: Localizer,
    **data: Any,
) -> None:
    """The usual consent question; with consent the letter's messages go into the case (`pending_letter`)."""
    await query.answer()
    if not isinstance(query.message, Message):
        return
    ids = [int(i) for i in callback_data.m.split(".") if i.isdigit()]
    if desk.enabled and ids:
        await state.update_data({PENDING_KEY: ids})
        await query.message.answer(l10n("letters-person-note"))
    data.update(state=state, desk=desk, hooks=hooks, l10n=l10n)
    if not await hooks.topics.answer(PERSON_TOPIC, query.message, l10n.locale, data):
        await hooks.show_topic(query.message, PERSON_TOPIC, l10n.locale, data)


async def pending_letter(data: dict[str, Any]) -> list[Incoming]:
    """The letter waiting for consent, as messages to relay into the new case; taken once (cleared)."""
    state: FSMContext | None = data.get("state")
    if state is None:
        return []
    stored = await state.get_data()
    ids = stored.pop(PENDING_KEY, None)
    if not ids:
        return []
    await state.set_data(stored)
    return [Incoming(message_id=int(i)) for i in ids]


async def privacy_show(user_id: int, l10n: Localizer, data: dict[str, Any]) -> str | None:
    reminders: LetterReminders = data["letter_reminders"]
    return privacy_reminders(l10n, await reminders.of_user(user_id))


async def privacy_forget(user_id: int, data: dict[str, Any]) -> None:
    reminders: LetterReminders = data["letter_reminders"]
    await reminders.delete_for_user(user_id)


PRIVACY = PrivacySection("letters", privacy_show, privacy_forget)


def create_router(hooks: Hooks) -> Router:
    router = Router(name=__name__)
    handlers = create_handlers(Albums())
    # A GIF also carries a `document` (Telegram sends both): it is no letter, the fallback answers it.
    router.message.register(handlers["letter"], F.photo | (F.document & ~F.animation))
    router.callback_query.register(show_topic, LetterTopic.filter())
    router.callback_query.register(remind, LetterRemind.filter())
    router.callback_query.register(cancel, LetterCancel.filter())
    router.callback_query.register(person, LetterPerson.filter())
    hooks.case_material.append(pending_letter)
    return router
