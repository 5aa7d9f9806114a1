"""A sample letter the demo's personas can send: a request for more information from Kela, dated today, with a
deadline two weeks ahead, photographed as a phone would (bot.letters.specimen). The people and numbers are made up."""

from __future__ import annotations

from datetime import date, timedelta

from bot.letters.corpus import CorpusLetter
from bot.letters.specimen import photographed

DEADLINE_DAYS = 14

_PAGE = """[LOGO Kela]
Kela, Asumisen etuudet
PL 10, 00056 KELA
>> {today}
>> Sivu 1 (1)

Sami Esimerkki
Esimerkkikatu 1 A 2
33100 TAMPERE

>> Asian tunnus AT-2026-000001

# LISÄSELVITYSPYYNTÖ
# Yleinen asumistuki

Olemme saaneet asumistukihakemuksesi. Tarvitsemme lisää tietoja, jotta voimme
käsitellä hakemuksesi.

Toimita meille seuraavat selvitykset:
- vuokrasopimus, josta näkyy vuokran määrä
- palkkalaskelmat kahdelta viimeiseltä kuukaudelta

Toimita selvitykset viimeistään {deadline}.

Jos emme saa selvityksiä määräaikaan mennessä, ratkaisemme hakemuksesi niiden
tietojen perusteella, jotka meillä on.

# Näin toimitat selvitykset
Lähetä liitteet verkossa osoitteessa kela.fi/asiointi tai postita ne
osoitteeseen Kela, PL 10, 00056 KELA.

---
Lisätietoja: asumistuen puhelinpalvelu (ma-pe klo 9-16).
"""


def _finnish(day: date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def sample_letter(today: date) -> CorpusLetter:
    deadline = today + timedelta(days=DEADLINE_DAYS)
    return CorpusLetter(
        name="demo-kela-request",
        sender="kela",
        kind="request-for-information",
        language="fi",
        letter_date=today,
        deadline=deadline,
        amount=None,
        pages=(_PAGE.format(today=_finnish(today), deadline=_finnish(deadline)),),
    )


def sample_photo(today: date, seed: int = 1) -> bytes:
    """The sample letter as a phone photo (JPEG, 2000 px): a second or two of CPU, so call it off the event loop."""
    return photographed(sample_letter(today), seed=seed, long_side=2000)[0]
