"""Dates and sums as letters write them, and the forms that must not pass as clean."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from bot.letters.values import find_amounts, find_dates, fold


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toimita selvitykset viimeistään 3.12.2026.", dt.date(2026, 12, 3)),
        ("Eräpäivä: 01.12.2026", dt.date(2026, 12, 1)),
        ("viimeistään 7. tammikuuta 2027", dt.date(2027, 1, 7)),
        ("7 tammikuuta 2027 mennessä", dt.date(2027, 1, 7)),
        ("Förfallodag 30 november 2026", dt.date(2026, 11, 30)),
        ("senast den 4 december 2026", dt.date(2026, 12, 4)),
        ("Thursday 10 December 2026 at 13:30", dt.date(2026, 12, 10)),
        ("Due date: December 8, 2026", dt.date(2026, 12, 8)),
        ("on the 3rd of March 2027", dt.date(2027, 3, 3)),
        ("Due date: 2026-12-14", dt.date(2026, 12, 14)),
        ("Tampereella 4. joulukuuta 2026", dt.date(2026, 12, 4)),
        ("Datum 16.11.2026", dt.date(2026, 11, 16)),
        ("Eräpäivä: 15.01.27", dt.date(2027, 1, 15)),
        ("Lähetä liitteet viimeistään 1.2.27 OmaKelassa.", dt.date(2027, 2, 1)),
    ],
)
def test_every_written_form_of_a_date(text: str, expected: dt.date) -> None:
    (found,) = find_dates(text)
    assert found.value == expected
    assert found.clean and found.has_year


def test_a_range_and_a_time_are_marked() -> None:
    valid = find_dates("Lupa on voimassa 4.11.2026-3.11.2030.")
    assert [d.value for d in valid] == [dt.date(2026, 11, 4), dt.date(2030, 11, 3)]
    assert all(d.in_range for d in valid)
    period = find_dates("Tiliotteet ajalta 1.10.-16.11.2026.", default_year=2026)
    assert all(d.in_range for d in period)
    (meeting,) = find_dates("Aika: tiistai 19.1.2027 klo 10.00")
    assert meeting.has_time and not meeting.in_range


def test_damaged_or_incomplete_dates_are_not_clean() -> None:
    (comma,) = find_dates("viimeistään 3,12.2026")
    assert comma.value == dt.date(2026, 12, 3) and not comma.clean
    (no_year,) = find_dates("mennessä 18.12.", default_year=2026)
    assert not no_year.has_year and not no_year.clean
    assert find_dates("mennessä 18.12.") == []  # without a year to assume there is no date at all


def test_impossible_dates_and_times_are_no_dates() -> None:
    assert find_dates("31.2.2026 ja klo 10.30.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maksettava yhteensä 812,50 €", "812.50"),
        ("Att betala 1 218,40 €", "1218.40"),
        ("Amount: EUR 105.94", "105.94"),
        ("total EUR 1,218.40", "1218.40"),
        ("Vakuus 1.378,00 euroa", "1378.00"),
        ("Hinta 25,- €", "25.00"),
        ("Tarkastusmaksu 80 €", "80.00"),
        ("Vaatimus 2 400 euroa", "2400.00"),
        ("Please pay EUR 650 by Friday", "650.00"),
    ],
)
def test_sums_in_finnish_swedish_and_english(text: str, expected: str) -> None:
    amounts = find_amounts(text)
    assert [a.value for a in amounts] == [Decimal(expected)]
    assert amounts[0].currency


def test_sums_per_month_and_not_inside_dates_or_accounts() -> None:
    (monthly,) = find_amounts("412,35 euroa kuukaudessa")
    assert monthly.per_month
    assert find_amounts("Tilinumero FI21 1234 5600 0007 85") == []
    assert [a.value for a in find_amounts("jakso 1.10.2026 - 31.10.2026")] == []
    assert find_amounts("Maksuprosentti 22 %, 14 h/kk, 3 kpl, 30 päivää") == []


def test_fold_keeps_positions() -> None:
    text = "Eräpäivä Förfallodag på"
    assert fold(text) == "erapaiva forfallodag pa"
    assert len(fold("ﬁle Å")) == len("ﬁle Å")
