"""Deadline, amount, letter date and language from a letter's recognised rows, anchored on labels.

Each date or sum in the letter is a candidate scored by the words around it in its sentence ("viimeistään",
"eräpäivä", "förfallodag", "due date", "maksettava yhteensä", "att betala" ... and, against it, "alkaen",
"voimassa", "syntynyt", "tarkistamme" ...), with weights that depend on the kind of letter. The best candidate
is reported; it is *sure* only when its label is strong, the value and its words were read cleanly and with
high confidence, the date falls in a plausible window after the letter's own date, and no other candidate
with a different value comes close. Nothing is ever guessed that is not written in the letter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from bot.letters.ocr import ReadPage, Row
from bot.letters.values import AmountMatch, DateMatch, find_amounts, find_dates, fold

SURE_WORD_CONF = 80.0  # Tesseract word confidence under which a value is not shown as fact
PAY_KINDS = frozenset({"invoice", "payment-reminder", "debt-collection"})


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence of the letter (rows joined where the text runs on), folded, with each character's confidence."""

    text: str
    conf: tuple[float, ...]
    page: int
    first_row: int

    def min_conf(self, start: int, end: int) -> float:
        return min(self.conf[start:end], default=0.0)


_SENTENCE_END = re.compile(r"[.!?]$")
_LIST_START = re.compile(r"^(?:[-–•*]\s|\d{1,2}[.)]\s)")


def _row_text(row: Row) -> tuple[str, list[float]]:
    text, conf = "", []
    for word in row.words:
        if text:
            text += " "
            conf.append(word.conf)
        text += word.text
        conf.extend([word.conf] * len(word.text))
    return text, conf


def passages(pages: Sequence[ReadPage]) -> list[Passage]:
    """Rows joined into sentences: a row continues the previous one unless that ended a sentence or this one
    starts a new item (capital letter, list bullet); a row ending in ':' always runs on (a label)."""
    found: list[Passage] = []
    for p, page in enumerate(pages):
        text, first, previous = "", 0, ""
        conf: list[float] = []
        for r, row in enumerate(page.rows):
            row_text, row_conf = _row_text(row)
            if not row_text:
                continue
            starts_new = bool(_LIST_START.match(row_text)) or row_text[:1].isupper() or row_text[:1] == "|"
            runs_on = previous.endswith((":", ",", "-")) and not _LIST_START.match(row_text)
            if text and (not runs_on) and (_SENTENCE_END.search(previous) or starts_new):
                found.append(Passage(fold(text), tuple(conf), p, first))
                text, conf, first = "", [], r
            if text:
                text += " "
                conf.append(100.0)
            text += row_text
            conf.extend(row_conf)
            previous = row_text
        if text:
            found.append(Passage(fold(text), tuple(conf), p, first))
    return found


@cache
def _cue(cue: str) -> re.Pattern[str]:
    """A label as a pattern: a word prefix, or anywhere in a word with a leading "~" ("asumis~tukea")."""
    anywhere = cue.startswith("~")
    cue = cue.lstrip("~")
    if re.fullmatch(r"[a-z ]+", cue):
        # OCR sometimes splits a word ("senas t"): a plain label may have a stray space between its letters
        cue = r"\s?".join(re.escape(c) if c != " " else r"\s+" for c in cue)
    return re.compile(("" if anywhere else r"(?<![a-z])") + "(?:" + cue + ")")


def _cue_score(text: str, cues: Sequence[tuple[str, float]]) -> float:
    return sum(weight for cue, weight in cues if _cue(cue).search(text))


# ---------------------------------------------------------------- letter date

_LETTER_DATE_LABELS = (
    "paivays",
    "paivamaara",
    "paatospaiva",
    "laskun pvm",
    "pvm",
    "paiva",
    "datum",
    "date",
    "dated",
    "annettu",
    "lahetetty",
)


_DUE_WORDS = re.compile(r"erapaiva|viimeistaan|mennessa|forfallo|senast|due|\bby\b|aika:|tid:|time:")


def letter_date(pages: Sequence[ReadPage]) -> dt.date | None:
    """The letter's own date: a date standing alone (or after "Päiväys", "Datum", "Date") in the first rows."""
    if not pages:
        return None
    candidates: list[tuple[int, dt.date]] = []
    for r, row in enumerate(pages[0].rows[:20]):
        text = fold(row.text)
        for match in find_dates(row.text):
            if match.in_range:
                continue
            rest = (text[: match.start] + text[match.end :]).strip(" .,:")
            alone = not rest or rest.split()[-1] in _LETTER_DATE_LABELS or rest in _LETTER_DATE_LABELS
            labelled = any(
                re.search(rf"(?<![a-z]){label}\b", text[: match.start]) for label in _LETTER_DATE_LABELS
            )
            if alone or labelled:
                candidates.append((r, match.value))
    if candidates:
        return candidates[0][1]
    # no label: the first date of the letterhead that is not a birth date or a period
    for row in pages[0].rows[:15]:
        text = fold(row.text)
        if re.search(r"syntyn|fodd|born|\bs\.", text) or _DUE_WORDS.search(text):
            continue
        for match in find_dates(row.text):
            if not match.in_range:
                return match.value
    return None


# ---------------------------------------------------------------- deadline

# "please submit the documents by ...", "reply by ...": an action asked of the reader, then "by" and the date
_ACT_BY = (
    r"(?:submit|send|return|reply|respond|answer|provide|deliver|pay|complete|contact us|tell us|inform us"
    r"|svara|skicka|lamna|returnera|meddela|betala|vastaa|vastatkaa|toimita|lahet|palauta|ilmoittakaa|maksa)"
    r"\w*\b(?:[^.]|\.(?=\d)){0,90}\b(?:by|before|fore|innan|ennen)\b"
)

_DEADLINE_BEFORE: dict[str, list[tuple[str, float]]] = {
    "pay": [
        ("erapaiva", 6),
        ("maksettava viimeistaan", 6),
        ("maksa viimeistaan", 6),
        ("maksetaan viimeistaan", 5),
        ("viimeinen maksupaiva", 6),
        ("forfallodag", 6),
        ("betala senast", 6),
        ("due date", 6),
        ("due", 3),
        ("due by", 3),
        ("pay by", 6),
        (_ACT_BY, 5),
        ("payment by", 5),
        ("no later than", 5),
        ("at the latest", 5),
        ("maksa", 2),
        ("betala", 2),
        ("pay", 1),
        ("viimeistaan", 3),
        ("senast", 3),
        ("by", 1),
    ],
    "request": [
        ("viimeistaan", 5),
        ("mennessa", 4),
        ("maaraaika", 4),
        ("senast", 5),
        ("no later than", 5),
        ("at the latest", 5),
        ("deadline", 5),
        ("due by", 3),
        ("by", 3),
        (_ACT_BY, 3),
        ("before", 2),
        ("ennen", 2),
        ("fore", 2),
        ("erapaiva", 4),
        ("forfallodag", 4),
    ],
    "appointment": [
        ("aika", 4),
        ("~aika:", 2),
        ("~tid:", 2),
        ("ajankohta", 4),
        ("paiva", 3),
        ("day", 3),
        ("dag", 3),
        ("viimeistaan", -3),
        ("senast", -3),
        ("no later than", -3),
        ("tid", 4),
        ("date", 4),
        ("time", 2),
        ("appointment", 3),
        ("tapaaminen", 3),
        ("maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai", 2),
        ("mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag", 2),
        ("monday|tuesday|wednesday|thursday|friday|saturday|sunday", 2),
    ],
    "decision": [
        ("erapaiva", 6),
        ("forfallodag", 6),
        ("due date", 6),
        ("due by", 4),
        ("maksettava viimeistaan", 6),
        ("viimeistaan", 5),
        ("senast", 5),
        ("no later than", 5),
        ("maksa", 2),
        ("betala", 2),
        ("by", 2),
        (_ACT_BY, 4),
        ("valitus", 2),
        ("muutosta", 2),
        ("oikaisuvaatimus", 2),
        ("maaraaika", 5),
        ("maaraaika paattyy", 4),
        ("besvar", 2),
        ("appeal", 2),
    ],
}
_DEADLINE_AFTER = [("mennessa", 5), ("asti", 1), ("till", 0), ("klo", 1)]
# at an appointment, "tell us by ..." is a reply date, not the time to come
_APPOINTMENT_AFTER = [("mennessa", -3), ("klo", 1)]
_NOT_DEADLINE = [
    ("alkaen", -6),
    ("voimassa", -6),
    ("giltig", -6),
    ("valid", -6),
    ("fran och med", -6),
    ("from", -3),
    ("syntynyt", -8),
    ("s\\.", -3),
    ("fodd", -8),
    ("born", -8),
    ("date of birth", -8),
    ("hakemus jatetty", -6),
    ("vireille", -6),
    ("saapunut", -6),
    ("olet hakenut", -6),
    ("olemme saaneet", -6),
    ("ilmoittautunut", -6),
    ("applied", -6),
    ("received", -5),
    ("registered", -5),
    ("paivays", -6),
    ("paatospaiva", -6),
    ("paivamaara", -6),
    ("pvm", -6),
    ("datum", -4),
    ("tarkistamme", -8),
    ("tarkistetaan", -8),
    ("justerar", -8),
    ("granskar", -6),
    ("we will check", -6),
    ("review", -6),
    ("ajalta", -5),
    ("ajalle", -5),
    ("for tiden", -5),
    ("period", -4),
    ("maksetaan", -3),
    ("ensimmainen maksu", -6),
    ("alkuperainen", -6),
    ("paattynyt", -6),
    ("paattyy", -4),
    ("moved", -5),
    ("muutit", -5),
    ("flyttat", -5),
    ("aloittanut", -5),
    ("alkaa", -3),
    ("starts", -3),
    ("borjar", -3),
    ("peru", -4),
    ("cancel", -5),
    ("avboka", -5),
    ("ilmoita", -2),
    ("jos haluat", -4),
    ("halutessasi", -4),
    ("if you want", -4),
    ("if you wish", -4),
    ("om du vill", -4),
]


def _deadline_profile(kind: str) -> str:
    if kind in PAY_KINDS:
        return "pay"
    if kind in {"appointment", "decision"}:
        return kind
    return "request"


@dataclass(frozen=True, slots=True)
class Reading:
    """The reader's best candidate for a value and whether it may be shown as fact."""

    value: object
    sure: bool
    score: float


@dataclass(frozen=True, slots=True)
class _DateCandidate:
    match: DateMatch
    passage: Passage
    score: float
    conf: float


def deadline(pages: Sequence[ReadPage], kind: str, letter: dt.date | None) -> tuple[dt.date | None, bool]:
    profile = _deadline_profile(kind)
    candidates = deadline_candidates(pages, kind, letter)
    threshold = 4.0 if profile == "appointment" else 3.0
    viable = [c for c in candidates if c.score >= threshold]
    if not viable:
        return None, False
    # the same date written twice ("30/12/2026" in the table, "30 December 2026" in the text): the clean one
    viable.sort(key=lambda c: (c.score, c.match.value, c.match.clean), reverse=True)
    best = viable[0]
    rivals = [c for c in viable[1:] if c.match.value != best.match.value and c.score >= best.score - 2]
    # an appointment may be months away; what a decision asks (pay, accept, appeal) falls within weeks
    window = {"appointment": 400, "decision": 120}.get(profile, 200)
    sure = (
        best.score >= 5
        and best.match.clean
        and best.match.has_year
        and best.conf >= SURE_WORD_CONF
        and letter is not None
        and 0 < (best.match.value - letter).days <= window
        and not rivals
    )
    return best.match.value, sure


def deadline_candidates(pages: Sequence[ReadPage], kind: str, letter: dt.date | None) -> list[_DateCandidate]:
    """Every date after the letter's own, scored as this kind of letter's deadline."""
    profile = _deadline_profile(kind)
    before_cues = _DEADLINE_BEFORE[profile]
    candidates: list[_DateCandidate] = []
    default_year = letter.year if letter else None
    for passage in passages(pages):
        dates = find_dates(passage.text, default_year)
        for i, match in enumerate(dates):
            start = dates[i - 1].end if i else 0
            end = dates[i + 1].start if i + 1 < len(dates) else len(passage.text)
            before = _this_sentence(passage.text[max(start, match.start - 90) : match.start])
            after = passage.text[match.end : min(end, match.end + 40)]
            after_cues = _APPOINTMENT_AFTER if profile == "appointment" else _DEADLINE_AFTER
            score = _cue_score(before, before_cues) + _cue_score(after, after_cues)
            score += _cue_score(before + " " + after, _NOT_DEADLINE)
            if match.has_time:
                score += 5 if profile == "appointment" else 1
            if match.in_range:
                score -= 6
            if letter and match.value <= letter:
                continue
            conf = passage.min_conf(match.start, match.end)
            candidates.append(_DateCandidate(match, passage, score, conf))
    return candidates


# ---------------------------------------------------------------- amount

_AMOUNT_CUES: dict[str, list[tuple[str, float]]] = {
    "pay": [
        ("maksettava yhteensa", 8),
        ("yhteensa maksettava", 8),
        ("maksettava", 6),
        ("maksakaa", 5),
        ("maksa", 3),
        ("yhteensa", 4),
        ("avoinna", 4),
        ("avoin saldo", 6),
        ("saldo", 4),
        ("laskun summa", 6),
        ("please pay", 6),
        ("summa", 4),
        ("maara", 2),
        ("att betala", 7),
        ("betala", 3),
        ("totalt", 4),
        ("belopp", 3),
        ("amount due", 7),
        ("total due", 7),
        ("total to pay", 8),
        ("to pay", 6),
        ("total", 4),
        ("amount", 2),
        ("balance", 3),
    ],
    "decision": [
        ("maksettava yhteensa", 8),
        ("maksettava", 5),
        ("yhteensa", 3),
        ("maksa", 2),
        ("summa", 4),
        ("paatos", 2),
        ("uppgar till", 5),
        ("amounts to", 5),
        ("rikesakko", 4),
        ("ordningsbot", 4),
        ("myonnamme", 3),
        ("myonnetty", 3),
        ("perimme takaisin", 5),
        ("takaisin", 3),
        ("aterkrav", 4),
        ("aterkrav", 4),
        ("beviljar", 3),
        ("granted", 3),
        ("repay", 4),
        ("att betala", 7),
        ("amount due", 7),
        ("vakuu", 4),
        ("~palautus", 3),
        ("aterbaring", 4),
        ("refund", 4),
        ("kuukausimaksu", 4),
        ("maksu on", 2),
        ("~maksusi on", 3),
        ("refund of", 4),
        ("~bidraget ar", 3),
        ("~stodet ar", 3),
        ("~tuki on", 3),
        ("benefit is", 3),
        ("jaannosvero", 5),
        ("kvarskatt", 5),
        ("residual tax", 5),
        ("veronpalautus", 5),
        ("skatteaterbaring", 5),
        ("myonta", 3),
        ("beviljat", 3),
        ("approved", 3),
        ("manadsavgift", 4),
        ("~avgift ar", 3),
        ("~avgiften ar", 3),
        ("monthly fee", 4),
        ("fine", 2),
        ("penalty", 3),
        ("boter", 2),
        ("maara", 2),
        ("sakko", 2),
        ("kuukaudessa", 2),
        ("per month", 2),
        ("i manaden", 2),
        ("deposit", 3),
        ("~tuki", 1),
        ("~tukea", 1),
    ],
}
_NOT_AMOUNT = [
    ("ensimmainen maksu", -6),
    ("kasittelymaksu", -5),
    ("maksettu", -5),
    ("paid", -4),
    ("betald", -4),
    ("asumismenot", -3),
    ("~tulot", -4),
    ("menot", -3),
    ("verot yhteensa", -3),
    ("utgifter", -3),
    ("inkomster", -4),
    ("income", -4),
    ("expenses", -3),
    ("interest", -3),
    ("ranta", -3),
    ("tuloraja", -6),
    ("omavastuu", -4),
    ("enimmais", -5),
    ("enintaan", -3),
    ("vuokra", -2),
    ("alv", -3),
    ("moms", -3),
    ("vat", -3),
    ("muistutusmaksu", -3),
    ("korko", -2),
    ("maksuunpantu", -3),
    ("ennakonpidatys", -4),
    ("if you", -3),
    ("jos", -2),
]


AmountCandidate = tuple[float, AmountMatch, float]  # score, the sum, the confidence of its characters


def amount(pages: Sequence[ReadPage], kind: str) -> tuple[Decimal | None, bool]:
    scored = amount_candidates(pages, kind)
    threshold = 5.0 if kind == "other" else 4.0
    viable = [s for s in scored if s[0] >= threshold and s[1].value > 0]  # "left to pay 0,00 €" is no sum
    if not viable:
        return None, False
    # the same sum under several labels (the table's total, the payment details) is more likely the one
    support: dict[Decimal, int] = {}
    for _, match, _ in viable:
        support[match.value] = support.get(match.value, 0) + 1

    def total(candidate: AmountCandidate) -> float:
        return candidate[0] + min(2, support[candidate[1].value] - 1) * 0.75

    ranked = sorted(viable, key=total, reverse=True)
    best_score, best, conf = ranked[0]
    # the same sum read cleanly elsewhere in the letter ("Att betala 157,12€" and "Belopp: 157,12 euro") vouches
    conf = max((c for _, match, c in viable if match.value == best.value and match.clean), default=conf)
    rivals = [s for s in ranked[1:] if s[1].value != best.value and total(s) >= total(ranked[0]) - 2]
    sure = best_score >= 5 and best.clean and conf >= SURE_WORD_CONF and not rivals and best.value > 0
    return best.value, sure


# "maksa 90,00 euroa viimeistään ...", "pay EUR 750.00 by ...": the sum asked now; "... maksetaan kuudessa erässä"
_AMOUNT_AFTER = [
    ("viimeistaan", 3),
    ("mennessa", 3),
    ("senast", 3),
    ("by", 2),
    ("erassa", -4),
    ("~erissa", -4),
    ("instalments", -4),
    ("rater", -3),
]
_SENTENCE_BREAK = re.compile(r"(?:[a-z]{3}|\d{4}|\))[.!?]\s")
NEAR = 40  # a label further than this before the sum counts half


def _this_sentence(before: str) -> str:
    """The part of `before` in the sum's own sentence ("... sisälly kuukausimaksuun. Ateriapalvelu maksaa ...")."""
    breaks = list(_SENTENCE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def _first_sentence(after: str) -> str:
    found = _SENTENCE_BREAK.search(after)
    return after[: found.start() + 3] if found else after


def _near_score(before: str, cues: Sequence[tuple[str, float]]) -> float:
    """Label weights, halved for a label that ends more than NEAR characters before the sum."""
    total = 0.0
    for cue, weight in cues:
        last = next(reversed(list(_cue(cue).finditer(before))), None)
        if last is not None:
            total += weight if len(before) - last.end() <= NEAR else weight / 2
    return total


def _adds_up(previous: list[Decimal], value: Decimal) -> bool:
    """`value` is the sum of two to eight sums just before it (an invoice table's rows and their total)."""
    if value <= 0:
        return False
    for start in range(max(0, len(previous) - 8), len(previous) - 1):
        if sum(previous[start:], Decimal(0)) == value:
            return True
    return False


def amount_candidates(pages: Sequence[ReadPage], kind: str) -> list[AmountCandidate]:
    """Every sum of money in the letter, scored as the one this kind of letter asks to pay or decides."""
    if kind in PAY_KINDS or kind == "other":
        cues = _AMOUNT_CUES["pay"]
    elif kind == "decision":
        cues = _AMOUNT_CUES["decision"]
    else:
        # requests and appointments ask for no money (a fee "if you do not come" is not due)
        return []
    scored: list[AmountCandidate] = []
    seen: list[Decimal] = []  # every sum so far, in reading order, for the "adds up" check
    for passage in passages(pages):
        dates = find_dates(passage.text, default_year=2000)  # year-less dates too: "1.11.-30.11." is no sum
        previous_end = 0
        for match in find_amounts(passage.text):
            if any(d.start < match.end and match.start < d.end for d in dates):
                continue
            before = _this_sentence(passage.text[max(previous_end, match.start - 90) : match.start])
            previous_end = match.end
            adds_up = _adds_up(seen, match.value)
            seen.append(match.value)
            after = passage.text[match.end : match.end + 25]
            score = _near_score(before, cues) + _near_score(before, _NOT_AMOUNT)
            if kind in PAY_KINDS:
                score += _cue_score(_first_sentence(passage.text[match.end : match.end + 60]), _AMOUNT_AFTER)
            if match.currency:
                score += 1
            if match.per_month and kind == "decision":
                score += 2
            if adds_up:
                score += 2  # the total of the rows above it: a table's bottom line
            if not match.currency and score < 4:
                continue
            if re.match(r"^\s*%", after):
                continue
            scored.append((score, match, passage.min_conf(match.start, match.end)))
    return scored


# ---------------------------------------------------------------- language

_LANGUAGE_WORDS = {
    "fi": {"ja", "on", "tai", "jos", "olet", "sinun", "voit", "meille", "etta", "kun", "ei", "tama"},
    "sv": {"och", "att", "du", "ar", "for", "om", "till", "av", "som", "med", "pa", "inte", "din"},
    "en": {"the", "and", "you", "your", "to", "of", "is", "for", "if", "with", "please", "this", "not"},
}


def language(pages: Sequence[ReadPage]) -> str | None:
    words = re.findall(r"[a-z]+", fold("\n".join(p.text for p in pages)))
    counts = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _LANGUAGE_WORDS.items()}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] >= 3 else None
