"""Keyboards of the coordinator's announcement flow: languages, audience, send or schedule, a time picker."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from babel.dates import format_skeleton

from bot.i18n import LANGUAGE_NAMES, LOCALES, Localizer
from bot.i18n.formatting import babel_locale
from bot.news.audience import AudienceChoice, AudienceKind
from handlers.news import callbacks as cb

HOURS = range(8, 21)  # whole hours a coordinator may schedule for (never in the 03-04 DST gap)
DAYS = 7


def _step(l10n: Localizer, msg_id: str, action: cb.AnnounceAction) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=l10n(msg_id), callback_data=cb.AnnounceStep(action=action).pack())


def cancel_row(l10n: Localizer) -> list[InlineKeyboardButton]:
    return [_step(l10n, "news-announce-cancel", cb.AnnounceAction.CANCEL)]


def languages_keyboard(l10n: Localizer, chosen: Sequence[str]) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(
            text=("✓ " if loc in chosen else "") + LANGUAGE_NAMES[loc],
            callback_data=cb.AnnounceLanguage(locale=loc).pack(),
        )
        for loc in LOCALES
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.append([_step(l10n, "news-announce-next", cb.AnnounceAction.NEXT), *cancel_row(l10n)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def audience_keyboard(l10n: Localizer, kinds: Sequence[AudienceKind]) -> InlineKeyboardMarkup:
    rows = [
        [InlineKeyboardButton(text=l10n(k.label_id), callback_data=cb.AnnounceAudience(kind=k.key).pack())]
        for k in kinds
    ]
    rows.append(cancel_row(l10n))
    return InlineKeyboardMarkup(inline_keyboard=rows)


def choice_label(l10n: Localizer, choice: AudienceChoice) -> str:
    return l10n(choice.label_id) if choice.label_id else choice.label


def choices_keyboard(l10n: Localizer, kind: str, choices: Sequence[AudienceChoice]) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(
            text=choice_label(l10n, c), callback_data=cb.AnnounceAudience(kind=kind, value=c.value).pack()
        )
        for c in choices
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.append(cancel_row(l10n))
    return InlineKeyboardMarkup(inline_keyboard=rows)


def confirm_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                _step(l10n, "news-announce-send-now", cb.AnnounceAction.SEND),
                _step(l10n, "news-announce-schedule", cb.AnnounceAction.SCHEDULE),
            ],
            cancel_row(l10n),
        ]
    )


def day_label(l10n: Localizer, offset: int, day: date) -> str:
    if offset == 0:
        return l10n("news-announce-today")
    if offset == 1:
        return l10n("news-announce-tomorrow")
    return format_skeleton("MMMEd", day, locale=babel_locale(l10n.locale))


def days_keyboard(l10n: Localizer, today: date, first_offset: int) -> InlineKeyboardMarkup:

    buttons = [
        InlineKeyboardButton(
            text=day_label(l10n, d, today + timedelta(days=d)), callback_data=cb.AnnounceTime(day=d).pack()
        )
        for d in range(first_offset, DAYS)
    ]
    rows = [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
    rows.append(cancel_row(l10n))
    return InlineKeyboardMarkup(inline_keyboard=rows)


def hours_keyboard(l10n: Localizer, day: int, hours: Sequence[int]) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(text=f"{h:02d}:00", callback_data=cb.AnnounceTime(day=day, hour=h).pack())
        for h in hours
    ]
    rows = [buttons[i : i + 4] for i in range(0, len(buttons), 4)]
    rows.append(cancel_row(l10n))
    return InlineKeyboardMarkup(inline_keyboard=rows)


def stop_keyboard(l10n: Localizer, batch_id: int, msg_id: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=l10n(msg_id), callback_data=cb.OutboxStop(id=batch_id).pack())]
        ]
    )
