"""Who sent a letter and what kind it is, by weighted keyword rules over the recognised text.

Rules, not a trained model: the evaluation set is small, the vocabulary of official letters is narrow and stable,
and a rule that misfires can be read and fixed (docs/decisions/0012-letters.md has the comparison). Cues are
matched on folded text (lower case, no diacritics) as word prefixes, or anywhere in a word when written with a
leading "~" (Finnish compounds: "asukasvalinta~päätös"). The letterhead (the first rows of the first page) counts
three times for the sender, because the body often names other authorities ("Kela card", "hallinto-oikeus");
the title (a row in capitals near the top: "MAKSUMUISTUTUS", "BETALNINGSKRAV") counts four times for the kind.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from bot.letters.values import find_dates, fold

Cue = tuple[str, float]

# A visit or a call the landlord announces (a moving-out inspection, a meter change, a phone time): these name the
# sender (a landlord) and the kind (an appointment) alike.
VISIT_CUES: Sequence[Cue] = [
    ("muuttotarkastu", 3),
    ("mittarinvaihto", 4),
    ("~mittarin vaihto", 4),
    ("matarbyte", 4),
    ("meter change", 4),
    ("meter replacement", 4),
    ("puhelinaika", 3),
    ("soitamme", 2),
    ("we will call", 2),
    ("telefontid", 3),
]

SENDER_CUES: dict[str, Sequence[Cue]] = {
    "kela": [
        ("kela", 3),
        ("fpa", 3),
        ("kansanelakelaitos", 4),
        ("folkpensionsanstalten", 4),
        ("social insurance institution", 4),
        ("omakela", 2),
        ("asumistu", 1),
        ("toimeentulotu", 1),
        ("bostadsbidrag", 1),
    ],
    "migri": [
        ("maahanmuuttovirasto", 4),
        ("migri", 4),
        ("migrationsverket", 4),
        ("finnish immigration service", 4),
        ("immigration service", 3),
        ("oleskelulup", 1),
        ("uppehallstillstand", 1),
        ("residence permit", 1),
        ("enter finland", 1),
    ],
    "dvv": [
        ("digi- ja vaestotietovirasto", 5),
        ("vaestotietovirasto", 4),
        ("dvv", 4),
        ("myndigheten for digitalisering", 5),
        ("befolkningsdata", 3),
        ("digital and population data", 5),
        ("population information system", 2),
        ("vaestotietojarjestelma", 2),
        ("maistraatti", 3),
    ],
    "vero": [
        ("verohallinto", 5),
        ("skatteforvaltningen", 5),
        ("finnish tax administration", 5),
        ("tax administration", 4),
        ("omavero", 2),
        ("verokortti", 2),
        ("skattekort", 2),
        ("tax card", 2),
        ("verotus", 1),
        ("jaannosvero", 2),
    ],
    "employment": [
        ("tyollisyyspalvelu", 5),
        ("tyollisyysalue", 4),
        ("te-palvelu", 5),
        ("te-toimisto", 5),
        ("tyovoimapalvelu", 4),
        ("sysselsattningstjanst", 5),
        ("arbets- och naringsbyra", 5),
        ("employment services", 5),
        ("employment office", 4),
        ("tyonhakija", 1),
        ("tyonhaku", 1),
        ("arbetssokande", 1),
        ("jobseeker", 1),
        ("job seeker", 1),
        ("omavalmentaja", 2),
        ("alkukartoitus", 1),
        ("kotoutumissuunnitelma", 1),
    ],
    "health": [
        ("hyvinvointialue", 4),
        ("wellbeing services county", 4),
        ("valfardsomrade", 4),
        ("terveysasema", 4),
        ("terveyskeskus", 4),
        ("health centre", 4),
        ("health center", 4),
        ("halsostation", 4),
        ("halsovardscentral", 4),
        ("hammashoito", 3),
        ("suun terveydenhuolto", 3),
        ("oral health", 3),
        ("dental", 3),
        ("tandvard", 3),
        ("sairaala", 3),
        ("hospital", 3),
        ("sjukhus", 3),
        ("poliklinik", 2),
        ("vastaanotto", 1),
        ("laakari", 1),
        ("doctor", 1),
        ("nurse", 1),
        ("hoitaja", 1),
        ("neuvola", 3),
    ],
    "school": [
        ("varhaiskasvatu", 4),
        ("paivakoti", 4),
        ("paivakodi", 4),
        ("koulu", 3),
        ("peruskoulu", 3),
        ("opetuspalvelu", 3),
        ("kasvatus- ja opetus", 4),
        ("rehtori", 3),
        ("opettaja", 2),
        ("wilma", 2),
        ("smabarnspedagogik", 4),
        ("daghem", 4),
        ("skola", 3),
        ("early childhood education", 4),
        ("daycare", 4),
        ("kindergarten", 3),
        ("school", 3),
        ("teacher", 2),
        ("pupil", 2),
        ("oppilas", 2),
        ("perusopetu", 4),
        ("oppilaaksiot", 3),
        ("grundlaggande utbildning", 4),
        ("basic education", 4),
        ("tampereen kaupunki", 1),
        ("tammerfors stad", 1),
        ("city of tampere", 1),
    ],
    "landlord": [
        ("vuokranantaja", 4),
        ("vuokra-asunn", 4),
        ("vuokra-asunto", 4),
        ("vuokralainen", 3),
        ("vuokrasopimu", 2),
        ("vuokralasku", 3),
        ("vuokravakuu", 2),
        ("asukasvalinta", 4),
        *VISIT_CUES,
        ("isannoitsija", 3),
        ("huoltoyhtio", 2),
        ("asunnot oy", 4),
        ("~kodit oy", 4),
        ("hyresvard", 4),
        ("hyresgast", 3),
        ("hyresavtal", 2),
        ("landlord", 4),
        ("bostads ab", 4),
        ("fastighets ab", 4),
        ("hyresavi", 3),
        ("asunto oy", 4),
        ("as oy", 3),
        ("rental apartment", 4),
        ("housing company", 4),
        ("tenancy", 3),
        ("tenant", 3),
        ("rent ", 1),
        ("vuokra", 1),
    ],
    "debt-collection": [
        ("perintatoimisto", 5),
        ("perinta oy", 5),
        ("perintayhtio", 5),
        ("perintakulu", 3),
        ("inkasso", 5),
        ("indrivning", 3),
        ("collection agency", 5),
        ("debt collection", 5),
        ("collection", 4),
        ("re:(?<!takaisin)(?<!takaisin )perinta(?!kulu)", 1),
        ("perintapalvelu", 5),
        ("saatavahallinta", 5),
        ("~perinta oy", 5),
        ("inkassobyra", 5),
        ("intrum", 5),
        ("lindorff", 5),
        ("svea", 3),
        ("toimeksiantaja", 3),
        ("claims", 4),
        ("our client", 3),
        ("var uppdragsgivare", 3),
        ("uppdragsgivare", 3),
        ("creditor", 2),
        ("velkoja", 2),
    ],
    "bank": [
        ("~pankki", 4),
        ("~banken", 4),
        ("osuuspankki", 5),
        ("nordea", 5),
        ("danske", 5),
        ("s-pankki", 5),
        ("aktia", 5),
        ("saastopankki", 5),
        ("bank", 4),
        ("verkkopankki", 2),
        ("pankkitunnu", 2),
        ("tili", 0.5),
        ("laina", 1),
        ("luotto", 1),
    ],
    "police-court": [
        ("poliisi", 5),
        ("polisen", 5),
        ("police", 5),
        ("karajaoikeu", 5),
        ("tingsratt", 5),
        ("district court", 5),
        ("hallinto-oikeu", 2),
        ("syyttaja", 4),
        ("aklagare", 4),
        ("prosecutor", 4),
        ("rangaistusmaarays", 4),
        ("sakko", 3),
        ("haaste", 3),
        ("oikeusrekisterikeskus", 5),
        ("rattsregistercentralen", 5),
        ("legal register centre", 5),
        ("ulosottolaitos", 5),
        ("valtakunnanvouti", 5),
        ("utsokningsverket", 5),
        ("enforcement authority", 5),
        ("ulosotto", 1),
        ("summons", 3),
        ("oikeudenkaynti", 3),
        ("fine", 1),
    ],
}

KIND_CUES: dict[str, Sequence[Cue]] = {
    "request-for-information": [
        ("lisaselvityspyynto", 6),
        ("selvityspyynto", 6),
        ("pyydamme lisaselvitysta", 6),
        ("pyydamme sinua", 3),
        ("pyydamme", 2),
        ("toimita meille", 3),
        ("toimita selvity", 3),
        ("tarvitsemme", 2),
        ("vastaa viimeistaan", 3),
        ("begaran om", 5),
        ("utredning", 2),
        ("vi behover", 3),
        ("vi ber dig", 3),
        ("uppdatera", 3),
        ("paivita", 3),
        ("please update", 3),
        ("skicka oss", 2),
        ("request for additional", 6),
        ("request for information", 6),
        ("request for clarification", 6),
        ("please tell us", 3),
        ("please answer", 3),
        ("answer no later", 3),
        ("svara senast", 3),
        ("additional information", 3),
        ("please send", 3),
        ("please return", 3),
        ("please reply", 3),
        ("please provide", 3),
        ("kirjallinen vastaus", 3),
        ("written answer", 3),
        ("svaromal", 5),
        ("kuuleminen", 5),
        ("horande", 5),
        ("selitys", 2),
        ("tarvitsemme lisatieto", 3),
        ("tulee toimittaa", 4),
        ("toimitettav", 3),
        ("kontrollera", 3),
        ("re:bekrafta(?!lse)", 3),
        (r"re:\btarkista(?:kaa)?\b", 3),
        ("kunduppgifter", 3),
        ("asiakastied", 3),
        ("customer information", 3),
        ("ilmoittakaa", 2),
        (
            r"re:(?:vastaa|vastatkaa|toimita|lahet|palauta|ilmoittakaa|svara|skicka|returnera|reply|answer|send|return"
            r"|provide|submit)\w*\b[^.]{0,90}(?:viimeistaan|mennessa|senast|fore|by|before|no later than)",
            3,
        ),
        ("bemotande", 3),
        ("stamning", 3),
        ("haaste", 3),
        ("skriftligt svar", 3),
        ("pyydamme teita", 3),
        ("palauta", 3),
        ("toimittakaa", 3),
        ("vastatkaa", 3),
        ("lahettakaa", 2),
        ("returnera", 3),
        ("svara", 2),
        ("we need", 2),
        ("selvitys", 1),
    ],
    "decision": [
        ("~paatos", 4),
        ("paatoksen", 1),
        ("~maarays", 4),
        ("ratkaisu", 2),
        ("myonnamme", 3),
        ("myonnetty", 2),
        ("myontaa", 3),
        ("paattanyt", 4),
        ("har beslutat", 4),
        ("has decided", 4),
        ("hylkaa", 3),
        ("hylatty", 3),
        ("muutoksenhaku", 2),
        ("valitusosoitus", 2),
        ("oikaisuvaatimus", 2),
        ("~beslut", 4),
        ("beviljar", 3),
        ("besvarsanvisning", 2),
        ("decision", 4),
        ("we have decided", 3),
        ("granted", 2),
        ("appeal", 1),
        ("ei ole paatos", -8),
        ("inte ett beslut", -8),
        ("not a decision", -8),
        ("we will decide", -3),
        ("we may decide", -3),
        ("ratkaisemme", -2),
        ("vi avgor", -2),
    ],
    "invoice": [
        ("~lasku", 4),
        ("laskun", 1),
        ("laskunumero", 2),
        ("laskunro", 2),
        ("faktura", 4),
        ("invoice", 4),
        ("viitenumero", 1),
        ("referensnummer", 1),
        ("reference number", 1),
        ("erapaiva", 1),
        ("forfallodag", 1),
        ("due date", 1),
        ("maksa viimeistaan", 2),
        ("maksettava", 2),
        ("~maksaminen", 3),
        ("att betala", 2),
        ("amount due", 2),
        ("betala senast", 2),
        ("please pay", 2),
        ("tarkastusmaksu", 3),
        ("kontrollavgift", 3),
        ("penalty fare", 3),
    ],
    "payment-reminder": [
        ("~maksumuistutus", 7),
        ("muistutusmaksu", 2),
        ("muistutus", 5),
        ("re:paminnelse(?!avgift)", 7),
        ("paminnelse", 3),
        ("payment reminder", 7),
        ("reminder", 3),
        ("alkuperainen erapaiva", 2),
        ("on viela maksamatta", 2),
        ("maksamatta", 2),
        ("vuokrarasti", 4),
        ("~rastit", 2),
        ("varoitus", 3),
        ("overdue", 3),
        ("arrears", 3),
        ("forfallen", 2),
        ("obetald", 1),
        ("unpaid", 1),
    ],
    "debt-collection": [
        ("perintakirje", 6),
        ("maksuvaatimus", 6),
        ("maksukehotus", 5),
        ("perinta", 3),
        ("perintakulu", 2),
        ("perimme", 2),
        ("ulosotto", 1),
        ("betalningskrav", 6),
        ("betalningsuppmaning", 5),
        ("indrivning", 3),
        ("inkasso", 3),
        ("debt collection", 6),
        ("collection", 2),
        ("ulosotto", 1),
        ("ulosottoasia", 4),
        ("~utsokning", 2),
        ("demand for payment", 6),
        ("payment demand", 6),
    ],
    "appointment": [
        ("~kutsu", 4),
        ("kutsumme", 3),
        ("varattu aika", 4),
        ("vastaanottoaika", 4),
        ("haastattelu", 2),
        ("tapaaminen", 2),
        ("keskustelu", 1),
        ("aika:", 3),
        ("paikka:", 2),
        ("kallelse", 4),
        ("tid:", 3),
        ("plats:", 2),
        ("appointment", 4),
        ("invitation", 3),
        ("your appointment", 3),
        ("time:", 2),
        ("place:", 2),
        *VISIT_CUES,
        ("~huoneistotarkastu", 3),
        ("tarkastuskaynti", 3),
        ("bokad tid", 4),
        ("bokat en tid", 3),
        ("booked", 3),
        ("booking", 3),
        ("bokning", 3),
        ("olet varannut", 3),
        ("varasit", 3),
        ("tapaami", 3),
        ("kellonaika", 3),
        ("klockslag", 3),
        ("ajanvarau", 3),
        ("~vaihdetaan", 2),
    ],
    "other": [
        ("tiedoksi", 2),
        ("ilmoitus", 1),
        ("vahvistus", 1),
        ("confirmation of", 2),
        ("verokortti", 3),
        ("skattekort", 3),
        ("tax card", 3),
        ("on voimassa", 2),
        ("ar giltig", 2),
        ("is valid", 2),
        ("you do not need to do", 3),
        ("~hinnanmuutos", 3),
        ("hintojen muutos", 3),
        ("~prisandring", 3),
        ("price change", 3),
        ("noudettavissa", 3),
        ("ready for collection", 3),
        ("kan hamtas", 3),
        ("ei tarvitse", 1),
        ("bekraftelse", 2),
        ("~sopimusvahvistus", 4),
        ("~tilausvahvistus", 4),
        ("orderbekraftelse", 4),
        ("order confirmation", 4),
        ("contract confirmation", 4),
        ("meddelande", 2),
        ("kuittaus", 4),
        ("on maksettu", 3),
        ("kvitto", 3),
        ("has been paid", 3),
        ("ar betald", 3),
        ("vi har tagit emot", 3),
        ("olemme vastaanottaneet", 2),
        ("we have received", 2),
        ("handlaggningstid", 3),
        ("kasittelyaika", 3),
        ("processing time", 3),
        ("du behover inte", 3),
        ("sinun ei tarvitse", 3),
    ],
}

_TIME_ROW = re.compile(
    r"^\s*(?:time|tid|klockslag|kellonaika|klo|kl|aika)\b[\s:.]*(?:klo\s*)?\d{1,2}[.:]\d{2}\b"
)
COLLECTORS = frozenset({"debt-collection", "police-court"})
# The subject line names the kind, often inside a compound ("Asiakasmaksupäätös", "Betalningspåminnelse",
# "Kuulemiskirje"): these stems count anywhere in a word of the title or subject, once each.
SUBJECT_CUES: dict[str, Sequence[Cue]] = {
    "request-for-information": [
        ("pyynto", 6),
        ("selvitys", 4),
        ("kuuleminen", 6),
        ("kuulemis", 6),
        ("begaran", 6),
        ("utredning", 4),
        ("horande", 6),
        ("request", 6),
        ("clarification", 6),
        ("please update", 6),
        ("paivita", 5),
        ("kontrollera", 5),
        ("tarkista", 5),
        ("check your", 5),
        ("uppdatera", 5),
    ],
    "decision": [
        ("paatos", 6),
        ("beslut", 6),
        ("decision", 6),
        ("maarays", 5),
        ("ulosmittaus", 5),
        ("utmatning", 5),
    ],
    "invoice": [("lasku", 5), ("faktura", 5), ("invoice", 5), ("hyresavi", 5)],
    "payment-reminder": [("muistutus", 7), ("paminnelse", 7), ("reminder", 7), ("varoitus", 5)],
    "debt-collection": [
        ("perintakirje", 8),
        ("maksuvaatimus", 8),
        ("inkassokrav", 8),
        ("betalningskrav", 8),
        ("demand for payment", 8),
        ("payment demand", 8),
    ],
    "appointment": [
        ("kutsu", 6),
        ("kallelse", 6),
        ("invitation", 6),
        ("ajanvaraus", 6),
        ("ajanvarau", 6),
        ("tapaami", 6),
        ("appointment", 6),
        ("booking", 6),
        ("bokad tid", 6),
        ("bokning", 6),
        ("besok", 4),
        ("visit", 4),
        ("vastaanotto", 4),
        ("vaihdetaan", 4),
    ],
    "other": [
        ("vahvistus", 3),
        ("bekraftelse", 3),
        ("confirmation", 3),
        ("tiedote", 9),
        ("valmis", 4),
        ("ready", 4),
        ("kan hamtas", 4),
        ("tiedoksi", 5),
        ("ilmoitus", 3),
        ("meddelande", 3),
        ("kuittaus", 6),
        ("kvitto", 6),
        ("receipt", 6),
        ("notice", 3),
    ],
}
HEADER_ROWS = 8
HEADER_WEIGHT = 3.0
TITLE_ROWS = 30
TITLE_WEIGHT = 4.0
SUBJECT_SEARCH_ROWS = 20


@dataclass(frozen=True, slots=True)
class Classification:
    sender: str
    kind: str
    confidence: float  # 0-1, from the margin of the winner over the runner-up
    scores: dict[str, float]
    kind_confidence: float = 1.0  # the kind's own margin: a deadline is only sure when the kind is clear


def _pattern(cue: str) -> re.Pattern[str]:
    if cue.startswith("re:"):
        return re.compile(cue[3:])
    if cue.startswith("~"):
        return re.compile(re.escape(cue[1:]))
    return re.compile(r"(?<![a-z0-9])" + re.escape(cue))


_COMPILED = {
    name: [(_pattern(cue), weight) for cue, weight in cues]
    for name, cues in [*SENDER_CUES.items(), *(("kind:" + k, v) for k, v in KIND_CUES.items())]
}


def _score(patterns: list[tuple[re.Pattern[str], float]], header: str, body: str, factor: float) -> float:
    total = 0.0
    for pattern, weight in patterns:
        if pattern.search(header):
            total += weight * factor
        hits = len(pattern.findall(body))
        total += weight * min(hits, 3)
    return total


# Institution names long enough to recognise with an OCR slip ("Verohallint0", "Maahanmuuttovlrasto")
_NAMES = sorted(
    {
        cue
        for cues in SENDER_CUES.values()
        for cue, weight in cues
        if weight >= 4 and len(cue) >= 9 and re.fullmatch(r"[a-z -]+", cue)
    }
)
NAME_SIMILARITY = 0.88


def repaired_header(header: str) -> str:
    """The letterhead plus the institution names it contains with one or two characters misread."""
    words = re.findall(r"[a-z0-9-]+", header)
    found = []
    for name in _NAMES:
        if name in header:
            continue
        size = name.count(" ") + 1
        for i in range(len(words) - size + 1):
            window = " ".join(words[i : i + size])
            if abs(len(window) - len(name)) > 2:
                continue
            similar = SequenceMatcher(None, window, name)
            if similar.quick_ratio() >= NAME_SIMILARITY and similar.ratio() >= NAME_SIMILARITY:
                found.append(name)
                break
    return "\n".join([header, *found])


def _best(scores: dict[str, float], fallback: str, minimum: float) -> tuple[str, float]:
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (name, top), runner = ranked[0], ranked[1][1] if len(ranked) > 1 else 0.0
    if top < minimum:
        return fallback, 0.3
    return name, min(1.0, 0.5 + (top - runner) / (2 * top))


def is_title(row: str) -> bool:
    letters = [c for c in row if c.isalpha()]
    return len(letters) >= 5 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


_POSTAL_ROW = re.compile(r"(?<!\d)\d{5}\s+[A-ZÅÄÖ][A-Za-zÅÄÖåäö-]{2,}\s*$")


def subject_rows(first: Sequence[str]) -> list[str]:
    """The letter's subject: the row after the recipient's address (its last postal-code row near the top),
    where letters put "Maksumuistutus", "Vi har tagit emot din ansökan", "Tapaamisesi vahvistus"."""
    postal = [i for i, row in enumerate(first[:SUBJECT_SEARCH_ROWS]) if _POSTAL_ROW.search(row.strip())]
    if not postal:
        return []
    return [row for row in first[postal[-1] + 1 :] if row.strip()][:1]


def classify(pages: Sequence[Sequence[str]], letter_date: dt.date | None = None) -> Classification:
    """`pages` is the recognised text as rows per page; `letter_date` tells a coming date from a past one."""
    rows = [row for page in pages for row in page]
    first = list(pages[0]) if pages else []
    header = repaired_header(fold("\n".join(first[:HEADER_ROWS])))
    titles = [row for row in first[:TITLE_ROWS] if is_title(row)]
    title = fold("\n".join(titles + [row for row in subject_rows(first) if row not in titles]))
    body = fold("\n".join(rows))
    sender_scores = {name: _score(_COMPILED[name], header, body, HEADER_WEIGHT) for name in SENDER_CUES}
    kind_scores = {name: _score(_COMPILED["kind:" + name], title, body, TITLE_WEIGHT) for name in KIND_CUES}
    for name, stems in SUBJECT_CUES.items():
        kind_scores[name] += sum(weight for stem, weight in stems if stem in title)
    coming = [
        (d, rows[i + 1] if i + 1 < len(rows) else "")
        for i, row in enumerate(rows)
        for d in find_dates(row)
        if letter_date is None or d.value > letter_date
    ]
    # "Date: Tuesday 22 December 2026" with "Time: 8:45" on the next row is as good as "... klo 8.45"
    if any((d.has_time or _TIME_ROW.match(fold(following))) and not d.in_range for d, following in coming):
        kind_scores["appointment"] += 6  # a date with a time of day: come then
    # a sender named only in the body ("passed to a collection agency", "your Kela card") is not the sender
    named = {name for name in SENDER_CUES if _score(_COMPILED[name], header + "\n" + title, "", 1.0) > 0}
    sender_scores = {name: score if name in named else score / 2 for name, score in sender_scores.items()}
    sender, sender_conf = _best(sender_scores, "other", 6.0)
    kind, kind_conf = _best(kind_scores, "other", 4.0)
    # the labels' own split: a demand is "debt-collection" when a collection agency or enforcement makes it,
    # a "payment reminder" when the creditor itself does ("maksukehotus" from Vero, "Perintä" of the city)
    if kind == "debt-collection" and sender == "other":
        sender = "debt-collection"  # a demand from a company we do not know by name: a collection agency
    elif kind == "debt-collection" and sender not in COLLECTORS:
        kind = "payment-reminder"
    elif kind in {"payment-reminder", "invoice"} and sender == "debt-collection":
        kind = "debt-collection"
    return Classification(
        sender,
        kind,
        min(sender_conf, kind_conf),
        {**sender_scores, **{"kind:" + k: v for k, v in kind_scores.items()}},
        kind_conf,
    )
