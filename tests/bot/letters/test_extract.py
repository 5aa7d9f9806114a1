"""Reading a letter's text: sender and kind, the deadline and the sum among others, and honesty about doubt."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from bot.letters.ocr import ReadPage, Row, Word, text_page
from bot.letters.service import LetterReader
from bot.letters.topic import topic_for

READER = LetterReader()

REMINDER_FI = """Kotiranta Vuokra-asunnot Oy
20.11.2026
MAKSUMUISTUTUS
Vuokranmaksussanne on viivästys. Marraskuun vuokraa ei ole maksettu 19.11.2026 mennessä.
Erä  Alkuperäinen eräpäivä  Avoinna
Vuokra 11/2026  2.11.2026  612,50 €
Muistutusmaksu  5,00 €
Yhteensä maksettava  617,50 €
Pyydämme maksamaan avoimen saatavan viimeistään 30.11.2026 tilille FI95 5720 2707 7071 79.
"""

INKASSO_SV = """Nordvik Inkasso Ab
Helsingfors 2.12.2026
BETALNINGSKRAV
Vår uppdragsgivare har överlämnat följande obetalda faktura till oss för indrivning.
Faktura  Fakturadatum  Förfallodag  Belopp
5520183  2026-09-14  2026-10-05  129,00 €
Inkassokostnader  24,00 €
Att betala  153,00 €
Förfallodag för betalningen: 2026-12-18
Betala senast på förfallodagen. Belopp: 153,00 euro
"""

APPOINTMENT_EN = """Pirkanmaa Wellbeing Services County
Oral health care, Hervanta dental clinic
1.12.2026
YOUR APPOINTMENT
You have an appointment at the dental clinic.
Date: Monday 11 January 2027
Time: 14:15
If you cannot come, cancel by 8 January 2027. A fee of 51.50 euros is charged for an unused appointment.
"""

DECISION_FI = """Kela
Päätöspäivä 19.11.2026
PÄÄTÖS
Yleinen asumistuki
Myönnämme ruokakunnallenne yleistä asumistukea 1.11.2026 alkaen
412,35 euroa kuukaudessa.
Ensimmäinen maksu 1.12.2026 on 824,70 euroa.
Tarkistamme tuen määrän viimeistään
1.11.2027. Saat silloin meiltä kirjeen.
"""


def test_finnish_reminder_new_due_date_and_total_among_old_ones() -> None:
    result = READER.explain_text([REMINDER_FI])
    assert (result.sender, result.kind) == ("landlord", "payment-reminder")
    assert result.deadline == dt.date(2026, 11, 30) and result.deadline_sure
    assert result.amount == Decimal("617.50") and result.amount_sure
    assert result.topic == "pay-bills"


def test_swedish_collection_letter() -> None:
    result = READER.explain_text([INKASSO_SV])
    assert (result.sender, result.kind) == ("debt-collection", "debt-collection")
    assert result.deadline == dt.date(2026, 12, 18) and result.deadline_sure
    assert result.amount == Decimal("153.00") and result.amount_sure
    assert result.language == "sv"


def test_english_appointment_is_the_visit_not_the_cancel_date_and_no_fee() -> None:
    result = READER.explain_text([APPOINTMENT_EN])
    assert (result.sender, result.kind) == ("health", "appointment")
    assert result.deadline == dt.date(2027, 1, 11)
    assert result.amount is None
    assert result.topic == "health-centre"


def test_decision_reports_the_monthly_sum_and_no_invented_deadline() -> None:
    result = READER.explain_text([DECISION_FI])
    assert (result.sender, result.kind) == ("kela", "decision")
    assert result.deadline is None  # the review date is not something the reader must do
    assert result.amount == Decimal("412.35")
    assert result.topic == "housing-allowance"


def test_a_letter_without_dates_or_sums_gets_none_not_a_guess() -> None:
    result = READER.explain_text(
        ["Verohallinto\nVEROKORTTI 2027\nTyönantajasi saa verokorttisi tiedot suoraan."]
    )
    assert result.deadline is None and result.amount is None
    assert not result.deadline_sure and not result.amount_sure


def test_damaged_date_is_shown_but_not_as_sure() -> None:
    result = READER.explain_text([REMINDER_FI.replace("viimeistään 30.11.2026", "viimeistään 30,11.2026")])
    assert result.deadline == dt.date(2026, 11, 30)
    assert not result.deadline_sure


def test_two_different_strong_deadlines_are_not_sure() -> None:
    text = REMINDER_FI + "Eräpäivä 5.12.2026\n"
    result = READER.explain_text([text])
    assert not result.deadline_sure


def _page(text: str, shaky: str) -> ReadPage:
    """A recognised page where the words in `shaky` came back with a low confidence."""
    rows = []
    for line in text.splitlines():
        words = tuple(Word(t, 40.0 if t in shaky.split() else 95.0) for t in line.split())
        if words:
            rows.append(Row(words))
    return ReadPage(tuple(rows), 90.0)


def test_low_ocr_confidence_makes_a_value_unsure() -> None:
    result = READER.explain_read([_page(REMINDER_FI, "30.11.2026 617,50")], ())
    assert result.deadline == dt.date(2026, 11, 30) and not result.deadline_sure
    assert result.amount == Decimal("617.50") and not result.amount_sure
    clean = READER.explain_read([text_page(REMINDER_FI)], ())
    assert clean.deadline_sure and clean.amount_sure


def test_every_topic_exists_in_the_knowledge_base() -> None:
    from bot.letters.model import KINDS, SENDERS

    topics = {p.stem for p in (Path(__file__).parents[3] / "knowledge" / "topics").glob("*.yaml")}
    for sender in SENDERS:
        for kind in KINDS:
            for text in ("", "asumistuki toimeentulotuki perheenyhdistäminen irtisanominen"):
                assert topic_for(sender, kind, text) in topics


def test_dvv_letters_point_to_registration_help_unless_they_ask_for_something() -> None:
    assert topic_for("dvv", "decision", "kotikunta") == "dvv-registration"
    assert topic_for("dvv", "other", "muuttoilmoitus") == "dvv-registration"
    assert topic_for("dvv", "appointment") == "dvv-registration"
    assert topic_for("dvv", "request-for-information") == "translate-documents"
    assert topic_for("dvv", "invoice") == "pay-bills"
    assert topic_for("debt-collection", "debt-collection") == "pay-bills"
    assert topic_for("kela", "payment-reminder") == "pay-bills"


def test_letterhead_with_an_ocr_slip_still_names_the_sender() -> None:
    damaged = """Maahanmuuttovlrasto
PL 10, 00086 MAAHANMUUTTOVIRAST0
1.12.2026
Omar Abdi
Sammonkatu 61 A 4
33540 TAMPERE
Lisäselvityspyyntö
Toimita meille passin kopio viimeistään 29.12.2026 Enter Finland -palvelussa.
"""
    result = READER.explain_text([damaged])
    assert (result.sender, result.kind) == ("migri", "request-for-information")
    assert result.deadline == dt.date(2026, 12, 29)


def test_a_due_date_in_the_letterhead_is_not_taken_for_the_letters_own_date() -> None:
    letter = """Pirkan Sähkö Oy
PL 20, 33101 TAMPERE
Eräpäivä 28.12.2026
Saeed Jafari
33720 TAMPERE
Sähkölasku 4.12.2026
Yhteensä 84,17 €
"""
    result = READER.explain_text([letter])
    assert result.deadline == dt.date(2026, 12, 28)


def test_a_date_in_an_informational_letter_is_never_shown_as_a_sure_deadline() -> None:
    notice = """Poliisi, Lupapalvelut
PL 100, 33101 TAMPERE
4.12.2026
Amir Karimi
33300 TAMPERE
HENKILÖKORTTISI ON VALMIS
Henkilökorttisi on noudettavissa lupapalvelusta. Nouda kortti viimeistään 15.1.2027.
"""
    result = READER.explain_text([notice])
    assert result.kind == "other"
    assert result.deadline == dt.date(2027, 1, 15)
    assert not result.deadline_sure
