"""Strict reading of dates and sums in Finnish, Swedish and English letters, and the folding used to match labels.

A value is `clean` only when it is written the way letters write it (`3.12.2026`, `03.12.26`, `7. tammikuuta 2027`,
`1 218,40 €`); OCR-damaged forms that still parse (`3,12.2026`) are kept but marked unclean, so they are never
shown as sure.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation


def _fold_char(char: str) -> str:
    lower = char.lower()
    if len(lower) != 1:
        return char
    base = "".join(c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c))
    return base if len(base) == 1 else lower


def fold(text: str) -> str:
    """Lower case without diacritics, one character for one: OCR often reads å as ä, labels are matched folded,
    and positions in the folded text are positions in the original."""
    return "".join(_fold_char(c) for c in text)


MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        ("tammikuu", "januari", "january", "jan"),
        ("helmikuu", "februari", "february", "feb"),
        ("maaliskuu", "mars", "march", "mar"),
        ("huhtikuu", "april", "apr"),
        ("toukokuu", "maj", "may"),
        ("kesakuu", "juni", "june", "jun"),
        ("heinakuu", "juli", "july", "jul"),
        ("elokuu", "augusti", "august", "aug"),
        ("syyskuu", "september", "sept", "sep"),
        ("lokakuu", "oktober", "october", "okt", "oct"),
        ("marraskuu", "november", "nov"),
        ("joulukuu", "december", "dec"),
    ],
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

# Every pattern runs on folded text (same length as the original for these scripts).
_NUMERIC = re.compile(r"(?<![\d.,/])(\d{1,2})(\s?[.,]\s?)(\d{1,2})(\s?[.,]\s?)(\d{4})(?![\d])")
# "01.02.27": a two-digit year, common on Finnish bills and forms (20xx)
_NUMERIC_SHORT_YEAR = re.compile(r"(?<![\d.,/])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d]|[.,]\d)")
_NUMERIC_NO_YEAR = re.compile(r"(?<![\d.,/])(\d{1,2})\.(\d{1,2})\.(?![\d])")
_ISO = re.compile(r"(?<![\d])(\d{4})-(\d{2})-(\d{2})(?![\d])")
_SLASH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d])")
_DAY_MONTH = re.compile(
    rf"(?<![\d])(\d{{1,2}})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_ALT})[a-z]*\.?,?\s+(\d{{4}})(?![\d])"
)
_MONTH_DAY = re.compile(rf"\b({_MONTH_ALT})[a-z]*\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?![\d])")
_DASH = re.compile(r"\s*[-–—]\s*")
_TIME = re.compile(
    r"^[\s,]*(?:(?:(?:klo|kl\.?|kello|at|from|alkaen)\s*)?(?:[a-z]+\s+)?\d{1,2}[.:]\d{2}(?![\d])"
    r"|(?:klo|kl\.?|kello)\s*\d{1,2}(?:\s?[-–]\s?\d{1,2})?(?![\d.,]))"
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    value: dt.date
    clean: bool  # written in a standard form, no OCR damage
    has_year: bool
    in_range: bool = False  # one end of "1.6.-31.10.2026" or "4.11.2026-3.11.2030"
    has_time: bool = False  # followed by a time of day (an appointment)


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, default_year: int | None = None) -> list[DateMatch]:
    """Every date written in `text` (a row of a letter), left to right, without overlaps."""
    folded = fold(text)
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, value: dt.date | None, clean: bool, has_year: bool = True) -> None:
        if value is None or any(start < b and a < end for a, b in taken):
            return
        taken.append((start, end))
        found.append(DateMatch(start, end, value, clean, has_year))

    for m in _DAY_MONTH.finditer(folded):
        add(m.start(), m.end(), _make(int(m[3]), MONTHS[m[2]], int(m[1])), True)
    for m in _MONTH_DAY.finditer(folded):
        add(m.start(), m.end(), _make(int(m[3]), MONTHS[m[1]], int(m[2])), True)
    for m in _ISO.finditer(folded):
        add(m.start(), m.end(), _make(int(m[1]), int(m[2]), int(m[3])), True)
    for m in _NUMERIC.finditer(folded):
        clean = m[2] == "." and m[4] == "."
        add(m.start(), m.end(), _make(int(m[5]), int(m[3]), int(m[1])), clean)
    for m in _NUMERIC_SHORT_YEAR.finditer(folded):
        add(m.start(), m.end(), _make(2000 + int(m[3]), int(m[2]), int(m[1])), True)
    for m in _SLASH.finditer(folded):
        add(m.start(), m.end(), _make(int(m[3]), int(m[2]), int(m[1])), False)
    for m in _NUMERIC_NO_YEAR.finditer(folded):
        if default_year is not None:
            add(m.start(), m.end(), _make(default_year, int(m[2]), int(m[1])), False, has_year=False)
    found.sort(key=lambda d: d.start)
    return _mark_ranges_and_times(folded, found)


def _mark_ranges_and_times(folded: str, dates: list[DateMatch]) -> list[DateMatch]:
    in_range = [False] * len(dates)
    for i in range(len(dates) - 1):
        between = folded[dates[i].end : dates[i + 1].start]
        if _DASH.fullmatch(between) or between.strip() in {"to", "till", "until", "-", "asti"}:
            in_range[i] = in_range[i + 1] = True
    marked = []
    for i, d in enumerate(dates):
        has_time = bool(_TIME.match(folded[d.end : d.end + 24]))
        marked.append(
            DateMatch(d.start, d.end, d.value, d.clean, d.has_year, in_range[i], has_time),
        )
    return marked


# 1 218,40 | 1218,40 | 1.218,40 | 812.50 (English) | 1,218.40 (English)
_AMOUNT = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:(?:[ \u00a0]|\.(?=\d{3}[,]))\d{3})+|\d{1,3}(?:,\d{3})+(?=\.\d{2})|\d+)(?:([.,])(\d{2})|(,)(-))(?!\d|[.,]\d)"
)
_WHOLE_EUROS = re.compile(r"(?<![\d.,])(\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,6})(?![\d]|[.,]\d|,-)")
_CURRENCY_AFTER = re.compile(r"^\s*(€|eur\b|euro|e\b|e/|€/)")
_CURRENCY_BEFORE = re.compile(r"(€|eur)\s*$")


@dataclass(frozen=True, slots=True)
class AmountMatch:
    start: int
    end: int
    value: Decimal
    clean: bool
    currency: bool  # € / EUR / euroa / euro written beside it
    per_month: bool = False


_PER_MONTH = re.compile(
    r"^\s*(€|eur|euroa?|euro)?\s*(/\s*kk|/\s*kuukausi|/\s*man|/\s*month|kuukaudessa|i manaden|per manad|per month|a month|kuussa)"
)


def find_amounts(text: str) -> list[AmountMatch]:
    """Sums of money in a row: a number with two decimals (or ",-"), euro sign or word beside it or not."""
    folded = fold(text)
    found = []
    for m in _AMOUNT.finditer(folded):
        integer, separator, cents = m[1], m[2] or m[4], m[3] or m[5]
        english = "," in integer or (separator == "." and " " not in integer)
        digits = integer.replace(" ", "").replace("\u00a0", "").replace(",", "").replace(".", "")
        try:
            value = Decimal(digits) + (Decimal(0) if cents == "-" else Decimal(cents) / 100)
            value = value.quantize(Decimal("0.01"))
        except InvalidOperation:
            continue
        after, before = folded[m.end() : m.end() + 12], folded[max(0, m.start() - 5) : m.start()]
        currency = bool(_CURRENCY_AFTER.match(after) or _CURRENCY_BEFORE.search(before))
        # a sum written "12.50" is English style; in a Finnish or Swedish row it is likely a time or misread
        clean = cents != "-" and (separator == "," or english)
        found.append(
            AmountMatch(m.start(), m.end(), value, clean, currency, bool(_PER_MONTH.match(folded[m.end() :])))
        )
    # whole euros with the currency beside them: "80 €", "120 euroa", "EUR 650"
    for m in _WHOLE_EUROS.finditer(folded):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        after, before = folded[m.end() : m.end() + 12], folded[max(0, m.start() - 5) : m.start()]
        if not (_CURRENCY_AFTER.match(after) or _CURRENCY_BEFORE.search(before)):
            continue
        value = Decimal(m[1].replace(" ", "").replace("\u00a0", "")).quantize(Decimal("0.01"))
        found.append(
            AmountMatch(m.start(), m.end(), value, True, True, bool(_PER_MONTH.match(folded[m.end() :])))
        )
    found.sort(key=lambda a: a.start)
    return found
