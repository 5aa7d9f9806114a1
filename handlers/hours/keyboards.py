"""Keyboards for opening hours (newcomers) and the coordinators' exception flow."""

from __future__ import annotations

from datetime import date

from aiogram.types import InlineKeyboardMarkup

from bot.hours.data import REASONS, HoursException
from bot.i18n import Localizer
from bot.i18n.dates import day_short
from handlers.common.callbacks import Menu, MenuAction
from handlers.common.pickers import button, rows_of
from handlers.hours.callbacks import HoursAdmin


def hours_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [button(l10n("hours-button-events"), Menu(action=MenuAction.EVENTS))],
            [button(l10n("common-menu-person"), Menu(action=MenuAction.PERSON))],
            [button(l10n("common-menu-back"), Menu(action=MenuAction.MAIN))],
        ]
    )


def day_code(day: date) -> str:
    return day.strftime("%Y%m%d")


def overview_keyboard(l10n: Localizer, exceptions: list[HoursException]) -> InlineKeyboardMarkup:
    removable = [
        button(
            l10n("hours-admin-remove", day=day_short(e.day, l10n.locale)),
            HoursAdmin(act="rm", d=day_code(e.day)),
        )
        for e in exceptions
        if not e.from_file
    ]
    rows = [[button(l10n("hours-admin-add"), HoursAdmin(act="add"))], *rows_of(removable, 2)]
    return InlineKeyboardMarkup(inline_keyboard=rows)


def change_keyboard(l10n: Localizer, day: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [button(l10n("hours-admin-closed"), HoursAdmin(act="why", d=day))],
            [button(l10n("hours-admin-hours"), HoursAdmin(act="opens", d=day))],
            [button(l10n("hours-admin-cancel"), HoursAdmin(act="list"))],
        ]
    )


def reason_keyboard(l10n: Localizer, data: HoursAdmin) -> InlineKeyboardMarkup:
    presets = [
        button(l10n(f"hours-reason-{r}"), HoursAdmin(act="save", d=data.d, o=data.o, c=data.c, r=r))
        for r in REASONS
        if r != "other"
    ]
    rows = rows_of(presets, 2)
    rows.append(
        [button(l10n("hours-admin-type-reason"), HoursAdmin(act="type", d=data.d, o=data.o, c=data.c))]
    )
    rows.append([button(l10n("hours-admin-cancel"), HoursAdmin(act="list"))])
    return InlineKeyboardMarkup(inline_keyboard=rows)
