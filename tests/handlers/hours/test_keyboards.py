"""Hours and events keyboards: every callback within Telegram's 64 bytes, ASCII, at most 8 buttons a row."""

from __future__ import annotations

from datetime import date, time

from bot.events.data import EventInfo, read_event_seeds
from bot.hours.data import HoursException, Span
from bot.i18n import LOCALES, Translator
from handlers.common.coordinator import coordinator_menu
from handlers.common.pickers import date_picker, half_hours, time_picker
from handlers.events import admin_keyboards as ea
from handlers.hours.callbacks import HoursAdmin
from handlers.hours.keyboards import (
    change_keyboard,
    hours_keyboard,
    overview_keyboard,
    reason_keyboard,
)
from tests.handlers.flows import fits_telegram


def test_every_keyboard_fits_telegram(translator: Translator) -> None:
    event = EventInfo(2_000_000_000, read_event_seeds()[0], False)
    exceptions = [HoursException(date(2026, 12, 29), False, (Span(time(12), time(15)),), "renovation")]
    widest = HoursAdmin(act="save", d="20261229", o=1410, c=1440, r="renovation", p=5)
    for locale in LOCALES:
        l10n = translator(locale)
        for markup in (
            hours_keyboard(l10n),
            coordinator_menu(l10n),
            overview_keyboard(l10n, exceptions),
            change_keyboard(l10n, "20261229"),
            reason_keyboard(l10n, widest),
            ea.events_list_keyboard(l10n, [event]),
            ea.admin_card_keyboard(l10n, event),
            ea.languages_keyboard(l10n, ["fi", "fa-AF"]),
            ea.weekdays_keyboard(l10n, [1, 3]),
            ea.nth_keyboard(l10n),
            ea.holidays_keyboard(l10n),
            ea.place_keyboard(l10n, ["Hervannan vapaa-aikakeskus, Insinöörinkatu 38"]),
            ea.finnish_keyboard(l10n),
            ea.audience_keyboard(l10n),
            date_picker(
                locale, [date(2026, 12, 24 + i) for i in range(7)], lambda d: True, lambda d: widest, []
            ),
            time_picker(locale, half_hours(7 * 60, 21 * 60), lambda m: widest, []),
        ):
            fits_telegram(markup)
