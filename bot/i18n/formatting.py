"""Dates and user-provided values shown the way each language writes them."""

from __future__ import annotations

import html
from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date

from bot.i18n import is_rtl

_BABEL = {"fi-selko": "fi", "fa-AF": "fa_AF"}

# First Strong Isolate / Pop Directional Isolate: keep a Latin name from jumbling an Arabic-script sentence.
FSI, PDI = "\u2068", "\u2069"


def babel_locale(locale: str) -> str:
    return _BABEL.get(locale, locale)


def local_date(moment: datetime, locale: str, tz: ZoneInfo) -> str:
    return format_date(moment.astimezone(tz).date(), format="long", locale=babel_locale(locale))


def user_value(value: str, locale: str) -> str:
    """Escape a user-provided value for HTML; isolate it inside right-to-left text (never used for links)."""
    escaped = html.escape(value, quote=False)
    return f"{FSI}{escaped}{PDI}" if is_rtl(locale) else escaped
