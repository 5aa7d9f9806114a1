"""Keyboards of letters: pure functions of (l10n, data)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import Localizer
from bot.letters.jobs import CANCEL_ACTION
from bot.letters.model import KINDS, SENDERS
from handlers.common.callbacks import Menu, MenuAction
from handlers.letters.callbacks import LetterCancel, LetterPerson, LetterRemind, LetterTopic

MAX_CALLBACK_BYTES = 64

# The outbox's reminder messages carry a "cancel" button (bot/letters/jobs.py).
OUTBOX_ACTIONS: dict[str, Callable[[str], CallbackData]] = {
    CANCEL_ACTION: lambda value: LetterCancel(id=int(value)),
}


def person_data(message_ids: Sequence[int]) -> str:
    """The letter's messages for "talk to a person", as many as fit in one button (the first pages first)."""
    ids = [str(i) for i in sorted(message_ids)]
    while ids and len(LetterPerson(m=".".join(ids)).pack().encode()) > MAX_CALLBACK_BYTES:
        ids.pop()
    return ".".join(ids)


def remind_data(due: date, sender: str, kind: str, topic_id: str) -> LetterRemind:
    return LetterRemind(d=due.strftime("%Y%m%d"), s=SENDERS.index(sender), k=KINDS.index(kind), t=topic_id)


def letter_keyboard(
    l10n: Localizer,
    message_ids: Sequence[int],
    topic: tuple[str, str] | None = None,
    remind: LetterRemind | None = None,
) -> InlineKeyboardMarkup:
    """Under an explanation: what to do next (topic id, title), remind me, book a time, talk to a person."""
    rows: list[list[InlineKeyboardButton]] = []
    if topic is not None:
        topic_id, title = topic
        rows.append(
            [
                InlineKeyboardButton(
                    text=l10n("letters-topic-button", title=title),
                    callback_data=LetterTopic(t=topic_id).pack(),
                )
            ]
        )
    if remind is not None:
        rows.append([InlineKeyboardButton(text=l10n("letters-remind-button"), callback_data=remind.pack())])
    rows.append(
        [
            InlineKeyboardButton(
                text=l10n("letters-book-button"), callback_data=Menu(action=MenuAction.BOOK).pack()
            ),
            InlineKeyboardButton(
                text=l10n("letters-person-button"),
                callback_data=LetterPerson(m=person_data(message_ids)).pack(),
            ),
        ]
    )
    return InlineKeyboardMarkup(inline_keyboard=rows)


def cancel_keyboard(l10n: Localizer, reminder_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=l10n("letters-remind-cancel-button"),
                    callback_data=LetterCancel(id=reminder_id).pack(),
                )
            ]
        ]
    )
