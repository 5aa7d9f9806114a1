"""Keyboards for coordinators' event flow (create, edit, cancel)."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.events.data import AUDIENCES, BASE_LOCALE, FINNISH_LEVELS, REPEATS, EventInfo
from bot.events.service import Occurrence
from bot.i18n import LANGUAGE_NAMES, LOCALES, Localizer
from bot.i18n.dates import day_short, weekday_name
from handlers.common.pickers import button, rows_of
from handlers.events.callbacks import EventAdmin
from handlers.events.views import nth_key

SECTIONS = ("texts", "when", "place", "details")


def _abort(l10n: Localizer) -> list[InlineKeyboardButton]:
    return [button(l10n("events-admin-abort"), EventAdmin(act="abort"))]


def events_list_keyboard(l10n: Localizer, events: Sequence[EventInfo]) -> InlineKeyboardMarkup:
    rows = [[button(l10n("events-admin-new"), EventAdmin(act="new"))]]
    for e in events:
        label = l10n(
            "events-admin-item", title=e.text(l10n.locale)[0].title, cancelled=str(e.cancelled).lower()
        )
        rows.append([button(label, EventAdmin(act="open", id=e.id))])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def admin_card_keyboard(l10n: Localizer, event: EventInfo) -> InlineKeyboardMarkup:
    rows: list[list[InlineKeyboardButton]] = []
    if not event.cancelled:
        edits = [
            button(l10n(f"events-admin-edit-{s}"), EventAdmin(act="edit", id=event.id, v=s)) for s in SECTIONS
        ]
        rows += rows_of(edits, 2)
        if event.draft.repeat != "once":
            rows.append([button(l10n("events-admin-skip-date"), EventAdmin(act="skipdates", id=event.id))])
        rows.append([button(l10n("events-admin-cancel-event"), EventAdmin(act="cancel", id=event.id))])
    rows.append([button(l10n("events-admin-back"), EventAdmin(act="list"))])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def skip_dates_keyboard(l10n: Localizer, event_id: int, dates: Sequence[Occurrence]) -> InlineKeyboardMarkup:
    days = [
        button(day_short(o.day, l10n.locale), EventAdmin(act="skip", id=event_id, v=o.day.strftime("%Y%m%d")))
        for o in dates
    ]
    rows = rows_of(days, 3)
    rows.append([button(l10n("events-admin-back"), EventAdmin(act="open", id=event_id))])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def confirm_keyboard(l10n: Localizer, yes: EventAdmin, event_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                button(l10n("events-admin-yes"), yes),
                button(l10n("events-admin-no"), EventAdmin(act="open", id=event_id)),
            ]
        ]
    )


def skip_description_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[button(l10n("events-admin-skip"), EventAdmin(act="nodesc"))], _abort(l10n)]
    )


def languages_keyboard(l10n: Localizer, have: Sequence[str]) -> InlineKeyboardMarkup:
    langs = [
        button(("✓ " if loc in have else "") + LANGUAGE_NAMES[loc], EventAdmin(act="lang", v=loc))
        for loc in LOCALES
        if loc != BASE_LOCALE
    ]
    rows = rows_of(langs, 3)
    rows.append([button(l10n("events-admin-done"), EventAdmin(act="langsdone"))])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def repeat_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    rows = [[button(l10n(f"events-admin-repeat-{r}"), EventAdmin(act="repeat", v=r))] for r in REPEATS]
    rows.append(_abort(l10n))
    return InlineKeyboardMarkup(inline_keyboard=rows)


def weekdays_keyboard(l10n: Localizer, chosen: Sequence[int], act: str = "wd") -> InlineKeyboardMarkup:
    days = [
        button(("✓ " if i in chosen else "") + weekday_name(i, l10n.locale), EventAdmin(act=act, v=str(i)))
        for i in range(7)
    ]
    rows = rows_of(days, 3)
    if act == "wd":
        rows.append([button(l10n("events-admin-done"), EventAdmin(act="wddone"))])
    rows.append(_abort(l10n))
    return InlineKeyboardMarkup(inline_keyboard=rows)


def nth_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    nths = [
        button(l10n("events-nth", nth=nth_key(n)), EventAdmin(act="nth", v=str(n))) for n in (1, 2, 3, 4, -1)
    ]
    return InlineKeyboardMarkup(inline_keyboard=[*rows_of(nths, 3), _abort(l10n)])


def holidays_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    rows = [
        [button(l10n("events-admin-holidays-off"), EventAdmin(act="hol", v="0"))],
        [button(l10n("events-admin-holidays-on"), EventAdmin(act="hol", v="1"))],
        _abort(l10n),
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows)


def place_keyboard(l10n: Localizer, presets: Sequence[str]) -> InlineKeyboardMarkup:
    rows = [[button(p, EventAdmin(act="place", v=str(i)))] for i, p in enumerate(presets)]
    rows.append(_abort(l10n))
    return InlineKeyboardMarkup(inline_keyboard=rows)


def finnish_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    rows = [[button(l10n("events-finnish", level=f), EventAdmin(act="fin", v=f))] for f in FINNISH_LEVELS]
    rows.append(_abort(l10n))
    return InlineKeyboardMarkup(inline_keyboard=rows)


def audience_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    auds = [button(l10n("events-audience", audience=a), EventAdmin(act="aud", v=a)) for a in AUDIENCES]
    return InlineKeyboardMarkup(inline_keyboard=[*rows_of(auds, 2), _abort(l10n)])


def preview_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[button(l10n("events-admin-save"), EventAdmin(act="save"))], _abort(l10n)]
    )
