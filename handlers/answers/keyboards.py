"""Keyboards for answers, the question back when unsure, the topic menu and feedback: pure functions of (l10n, data)."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.answers.knowledge.model import CATEGORIES
from bot.i18n import Localizer
from handlers.answers import callbacks
from handlers.common.callbacks import Menu, MenuAction, StartCase


def _person(l10n: Localizer, topic_id: str | None = None) -> InlineKeyboardButton:
    # With a topic, the advisor's case summary says what the bot already answered.
    data = StartCase(t=topic_id).pack() if topic_id else Menu(action=MenuAction.PERSON).pack()
    return InlineKeyboardButton(text=l10n("answers-person"), callback_data=data)


def _topics(l10n: Localizer) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=l10n("answers-topics"), callback_data=callbacks.TopicsMenu().pack())


def answer_keyboard(
    l10n: Localizer,
    topic_id: str,
    locale: str,
    *,
    has_more: bool,
    others: Sequence[tuple[str, str]],
    also: tuple[str, str] | None = None,
) -> InlineKeyboardMarkup:
    """`others`: (topic id, title) pairs offered in case this was not the right topic; `also`: the (topic id, title)
    of a second matter the same message raised, first under the answer."""
    rows: list[list[InlineKeyboardButton]] = []
    if also is not None:
        rows.append([also_button(l10n, *also, locale)])
    if has_more:
        rows.append(
            [
                InlineKeyboardButton(
                    text=l10n("answers-more"),
                    callback_data=callbacks.MoreTopic(id=topic_id, lc=locale).pack(),
                )
            ]
        )
    rows.append(
        [
            InlineKeyboardButton(
                text=l10n("answers-helpful"),
                callback_data=callbacks.Feedback(id=topic_id, lc=locale, up=True).pack(),
            ),
            InlineKeyboardButton(
                text=l10n("answers-not-helpful"),
                callback_data=callbacks.Feedback(id=topic_id, lc=locale, up=False).pack(),
            ),
        ]
    )
    for other_id, title in others:
        rows.append(
            [
                InlineKeyboardButton(
                    text=l10n("answers-other-topic", title=title)[:64],
                    callback_data=callbacks.ShowTopic(id=other_id, lc=locale).pack(),
                )
            ]
        )
    rows.append([_person(l10n, topic_id), _topics(l10n)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def also_button(l10n: Localizer, topic_id: str, title: str, locale: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(
        text=l10n("answers-also", title=title)[:64],
        callback_data=callbacks.AlsoTopic(id=topic_id, lc=locale).pack(),
    )


def unsure_keyboard(
    l10n: Localizer, options: Sequence[tuple[str, str]], locale: str, also: tuple[str, str] | None = None
) -> InlineKeyboardMarkup:
    """One button per candidate topic (its title), a second matter's "Also" if the message raised one, then
    "Something else" (the topic menu) and a person."""
    rows = [
        [
            InlineKeyboardButton(
                text=title[:64], callback_data=callbacks.Candidate(id=topic_id, lc=locale).pack()
            )
        ]
        for topic_id, title in options
    ]
    if also is not None:
        rows.append([also_button(l10n, *also, locale)])
    something_else = InlineKeyboardButton(
        text=l10n("answers-something-else"), callback_data=callbacks.TopicsMenu().pack()
    )
    rows.append([something_else, _person(l10n)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def choose_keyboard(l10n: Localizer, options: Sequence[tuple[str, str]], locale: str) -> InlineKeyboardMarkup:
    rows = [
        [
            InlineKeyboardButton(
                text=title[:64], callback_data=callbacks.ShowTopic(id=topic_id, lc=locale).pack()
            )
        ]
        for topic_id, title in options
    ]
    rows.append(
        [
            InlineKeyboardButton(
                text=l10n("answers-none-of-these"), callback_data=callbacks.NoneOfThese().pack()
            )
        ]
    )
    return InlineKeyboardMarkup(inline_keyboard=rows)


def decline_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[[_topics(l10n)], [_person(l10n)]])


def categories_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(
            text=l10n(f"answers-category-{c}"), callback_data=callbacks.Category(id=c).pack()
        )
        for c in CATEGORIES
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.append([_person(l10n)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def category_topics_keyboard(
    l10n: Localizer, topics: Sequence[tuple[str, str]], locale: str
) -> InlineKeyboardMarkup:
    rows = [
        [
            InlineKeyboardButton(
                text=title[:64], callback_data=callbacks.ShowTopic(id=topic_id, lc=locale).pack()
            )
        ]
        for topic_id, title in topics
    ]
    rows.append([_topics(l10n)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def switch_language_keyboard(l10n_target: Localizer, locale: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=l10n_target("answers-switch-language", language=l10n_target.language_name),
                    callback_data=callbacks.SwitchLanguage(locale=locale).pack(),
                )
            ]
        ]
    )
