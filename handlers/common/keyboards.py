"""Keyboards as pure functions of (l10n, data)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import LANGUAGE_NAMES, LOCALES, Localizer
from handlers.common.callbacks import Menu, MenuAction, PickLanguage, StartCase


def language_picker(suggested: str | None, current: str | None = None) -> InlineKeyboardMarkup:
    """Each language in its own script; Telegram's language first, the current one marked."""
    order = list(LOCALES)
    if suggested in order:
        order.remove(suggested)
        order.insert(0, suggested)
    rows: list[list[InlineKeyboardButton]] = []
    for i in range(0, len(order), 2):
        rows.append(
            [
                InlineKeyboardButton(
                    text=("✓ " if loc == current else "") + LANGUAGE_NAMES[loc],
                    callback_data=PickLanguage(locale=loc).pack(),
                )
                for loc in order[i : i + 2]
            ]
        )
    return InlineKeyboardMarkup(inline_keyboard=rows)


@lru_cache(maxsize=64)  # shown with most answers; a pure function of the locale, so built once per locale
def main_menu(l10n: Localizer) -> InlineKeyboardMarkup:
    def button(msg_id: str, action: MenuAction) -> InlineKeyboardButton:
        return InlineKeyboardButton(text=l10n(msg_id), callback_data=Menu(action=action).pack())

    return InlineKeyboardMarkup(
        inline_keyboard=[
            [button("common-menu-topics", MenuAction.TOPICS)],
            [button("common-menu-hours", MenuAction.HOURS), button("common-menu-person", MenuAction.PERSON)],
            [button("common-menu-events", MenuAction.EVENTS), button("booking-menu-button", MenuAction.BOOK)],
            [
                button("common-menu-language", MenuAction.LANGUAGE),
                button("common-menu-privacy", MenuAction.PRIVACY),
            ],
            [button("common-menu-help", MenuAction.HELP)],
        ]
    )


def back_to_menu(l10n: Localizer) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=l10n("common-menu-back"), callback_data=Menu(action=MenuAction.MAIN).pack()
                )
            ]
        ]
    )


# "Talk to a person": under answers, hours, bookings and urgent texts (cases answer StartCase).
def person_button(l10n: Localizer, topic_id: str | None = None, urgent: bool = False) -> InlineKeyboardButton:
    label = l10n("cases-person-now") if urgent else l10n("answers-person")
    return InlineKeyboardButton(text=label[:64], callback_data=StartCase(t=topic_id or "", u=urgent).pack())


def person_keyboard(l10n: Localizer, topic_id: str | None, urgent: bool) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[[person_button(l10n, topic_id, urgent)]])


def with_person(
    markup: InlineKeyboardMarkup | None, l10n: Localizer, topic_id: str | None
) -> InlineKeyboardMarkup:
    rows = list(markup.inline_keyboard) if markup is not None else []
    return InlineKeyboardMarkup(inline_keyboard=[*rows, [person_button(l10n, topic_id)]])


# Buttons the outbox may put under a message it sends (bot/app.py collects every feature's; bot/outbox/model.py).
OUTBOX_ACTIONS: dict[str, Callable[[str], CallbackData]] = {"hours": lambda _: Menu(action=MenuAction.HOURS)}
