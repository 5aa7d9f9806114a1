"""`kototori kb check`'s checks that catch drift between texts: contacts that differ between the locales of a
topic, facts of the advice point copied into a text instead of a placeholder, buttons named that do not exist,
review dates passed without a note, plain Finnish that is not plain, "about" phrases that do not fit the bot's
question, and draft texts in urgent topics."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from statistics import mean

from babel.dates import get_day_names

from bot.answers.knowledge.model import KB_LOCALES, KnowledgeBase, Topic
from bot.answers.knowledge.placeholders import LOCAL, Placeholders, placeholders
from bot.answers.knowledge.review import DRAFT
from bot.hours.data import WEEKDAYS
from bot.i18n import Translator, is_rtl
from bot.i18n.formatting import babel_locale
from bot.profile.model import Profile

# -- contacts ---------------------------------------------------------------------------------------------------
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_BEFORE = r"(?<![\w.,/:+-])"
_AFTER = r"(?!\w|[.,:/-]\w)"  # "112." ends a sentence; "112.5" or "0295-x" is something else
PHONE = re.compile(rf"{_BEFORE}(?:\+358[ -]?|0)\d{{1,3}}(?:[ -]?\d{{2,4}}){{1,4}}{_AFTER}")
SERVICE_NUMBER = re.compile(rf"{_BEFORE}(112|116 ?117|116 ?016|116 ?111|116 ?123){_AFTER}")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
HREF = re.compile(r'href="(https?://[^"]+)"')
DOMAIN = re.compile(r"(?<![\w@.-])((?:[a-z0-9-]+\.)+(?:fi|com|org|net|eu|info))\b", re.I)


def _digits(text: str) -> str:
    return text.translate(_DIGITS)


def _phone(number: str) -> str:
    digits = re.sub(r"\D", "", number)
    return "0" + digits[3:] if digits.startswith("358") else digits


def _host(url_or_domain: str) -> str:
    host = re.sub(r"^https?://", "", url_or_domain.lower()).split("/")[0]
    return host.removeprefix("www.")


def contacts(text: str) -> set[str]:
    """Phone numbers, e-mail addresses and web hosts in a text; lines marked {local} left out."""
    kept = "\n".join(line for line in text.split("\n") if f"{{{LOCAL}}}" not in line)
    plain = _digits(kept)
    found: set[str] = set()
    without_links = HREF.sub("", plain)
    found.update(f"phone {_phone(m.group(0))}" for m in PHONE.finditer(without_links))
    found.update(f"phone {_phone(m.group(0))}" for m in SERVICE_NUMBER.finditer(without_links))
    found.update(f"e-mail {m.group(0).lower()}" for m in EMAIL.finditer(plain))
    hosts = {_host(m.group(1)) for m in HREF.finditer(plain)}
    hosts |= {_host(m.group(1)) for m in DOMAIN.finditer(re.sub(r"<[^>]+>|" + EMAIL.pattern, " ", plain))}
    found.update(f"web {h}" for h in hosts)
    return found


def contact_drift(topic: Topic) -> list[str]:
    per_locale = {
        loc: contacts(f"{t.answer}\n{t.more or ''}")
        for loc in KB_LOCALES
        if (t := topic.text(loc)) is not None
    }
    every = set().union(*per_locale.values()) if per_locale else set()
    out = []
    for item in sorted(every):
        missing = [loc for loc, found in per_locale.items() if item not in found]
        if missing:
            out.append(
                f"{topic.id}.yaml: {item} is not in {', '.join(missing)} (the same in every locale, or mark the "
                f"line {{{LOCAL}}})"
            )
    return out


# -- facts of the profile ---------------------------------------------------------------------------------------
def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("\u200c", " ").casefold()


def _hour(t: object) -> str:
    return str(int(getattr(t, "hour", 0)))


@dataclass
class ProfileFacts:
    """What a text must say with a placeholder instead of writing it out."""

    literals: list[tuple[str, str]] = field(default_factory=list)  # (what, folded text)
    hours: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    days: dict[str, list[tuple[str, re.Pattern[str]]]] = field(
        default_factory=dict
    )  # locale -> (day, pattern)

    @classmethod
    def of(cls, profile: Profile, translator: Translator) -> ProfileFacts:
        facts = cls()
        street_name = re.sub(r"\s*\d.*$", "", profile.address.street)
        named = [
            ("street address", profile.address.street),
            ("street name", street_name),
            ("postcode", profile.address.postcode),
            ("map link", profile.map_url),
            *(("place", p) for p in profile.place.values()),
            *(("place", a) for a in profile.aliases),
        ]
        for what, value in (("phone", profile.phone), ("e-mail", profile.email), ("web page", profile.web)):
            if value:
                named.append((what, value))
        facts.literals = [(what, _fold(value)) for what, value in named if len(value) >= 4]
        for spans in profile.hours.values():
            for span in spans:
                a, b = _hour(span.opens), _hour(span.closes)
                joiner = r"\s*(?:[–—-]|to|until|till|تا|إلى|الى|ilaa|ila)\s*(?:klo\s*|الساعة\s*|ساعت\s*)?"
                pattern = rf"(?<![\d:.]){'0?' + a}(?:[:.]00)?{joiner}{b}(?:[:.]00)?(?![\d])"
                facts.hours.append((f"{a}–{b}", re.compile(pattern)))
                for hour in (a, b):
                    facts.hours.append((f"{hour}:00", re.compile(rf"(?<![\d:.])0?{hour}[:.]00(?![\d])")))
        for locale in KB_LOCALES:
            facts.days[locale] = []
            l10n = translator(locale)
            for day in profile.opening_days:
                forms = {
                    get_day_names("wide", context=ctx, locale=babel_locale(locale))[day]
                    for ctx in ("format", "stand-alone")
                }
                forms.add(re.sub(r"^(joka|every)\s+", "", l10n("common-profile-weekday", day=WEEKDAYS[day])))
                stems = [re.escape(_stem([_fold(f) for f in sorted(forms)]))]
                if locale == "en":  # "Tue and Fri" as a whole word
                    stems.append(re.escape(_fold(get_day_names("abbreviated", locale="en")[day])) + r"(?!\w)")
                if locale in ("ar", "fa-AF"):
                    pattern = "|".join(stems)
                else:
                    pattern = r"(?<!\w)(?:" + "|".join(stems) + ")"
                facts.days[locale].append((WEEKDAYS[day], re.compile(pattern)))
        return facts


def _stem(forms: list[str]) -> str:
    """The shared beginning of a weekday's forms ("tiistai", "tiistaisin" -> "tiistai"; "talaado", "talaadada"
    -> "talaad"), at least four letters so it stays a weekday."""
    first = forms[0]
    n = len(first)
    for other in forms[1:]:
        n = min(n, len(other))
        while n and other[:n] != first[:n]:
            n -= 1
    return first[: max(n, 4)]


def profile_literals(
    where: str, text: str, locale: str, facts: ProfileFacts, *, times: bool = True
) -> list[str]:
    """`times`: also days and hours (not for `contacts`, which give other services' phone hours)."""
    folded = _fold(_digits(text))
    out = [
        f"{where}: writes the {what} out ({value!r}); use the profile's placeholder"
        for what, value in facts.literals
        if value in folded
    ]
    if not times:
        return out
    plain = _digits(re.sub(r'href="[^"]*"', "", text))
    out += [
        f"{where}: writes opening hours out ({label}); use {{opening_hours}}"
        for label, pattern in facts.hours
        if pattern.search(plain)
    ]
    out += [
        f"{where}: names an opening day ({day}); use {{opening_hours}} or {{opening_days}}"
        for day, pattern in facts.days.get(locale, [])
        if pattern.search(folded)
    ]
    return sorted(set(out))


# -- buttons ----------------------------------------------------------------------------------------------------
BUTTON_IDS = (
    "common-menu-",
    "answers-person",
    "answers-topics",
    "answers-more",
    "booking-menu-button",
    "cases-person-now",
)
BUTTON_WORDS = {
    "en": r"\b(?:press|tap|click|button)\b",
    "fi": r"\b(?:paina|napauta|painike\w*|nappi\w*)\b",
    "fi-selko": r"\b(?:paina|napauta|painike\w*|nappi\w*)\b",
    "ar": r"(?:اضغط|انقر|زر\b|الزر)",
    "fa-AF": r"(?:دکمه|فشار)",
    "so": r"\b(?:riix|taabo|badhan\w*)\b",
}
QUOTED = re.compile(r"<b>(.+?)</b>|\"([^\"\n]{2,40})\"|«([^»\n]{2,40})»|“([^”\n]{2,40})”")


def _label(text: str) -> str:
    kept = "".join(ch for ch in text if unicodedata.category(ch)[0] in "LNZ" or ch in "-'")
    return " ".join(kept.split()).casefold()


def button_labels(translator: Translator) -> dict[str, dict[str, str]]:
    """locale -> normalized label -> message id, for the buttons texts may tell people to press (the answer's own
    button first: it is the one under every answer)."""
    out: dict[str, dict[str, str]] = {}
    ids = sorted(i for i in translator.all_ids if i.startswith(BUTTON_IDS))
    ids.sort(key=lambda i: i != "answers-person")
    for locale in KB_LOCALES:
        l10n = translator(locale)
        labels: dict[str, str] = {}
        for i in ids:
            if translator.has(locale, i):
                labels.setdefault(_label(l10n(i)), i)
        out[locale] = labels
    return out


_PUNCT = re.compile(r"[.,;:!?،؛؟()\n]")


def _in_button_context(text: str, start: int, end: int, words: re.Pattern[str]) -> bool:
    """A press verb or the word "button" right before or after the quoted words, in the same clause."""
    # A verb next to a {button:...} placeholder belongs to that button, not to these words.
    before = _PUNCT.split(text[max(0, start - 25) : start])[-1].rsplit("}", 1)[-1]
    after = _PUNCT.split(text[end : end + 40])[0]
    after = "" if "{" in after else after[:20]
    return bool(words.search(before) or words.search(after))


def button_literals(where: str, text: str, locale: str, labels: dict[str, dict[str, str]]) -> list[str]:
    out = []
    words = re.compile(BUTTON_WORDS[locale])
    everywhere = {label: i for by_label in labels.values() for label, i in by_label.items()}
    own = labels.get(locale, {})
    for m in QUOTED.finditer(text):
        quoted = next(g for g in m.groups() if g is not None)
        if "{" in quoted:
            continue
        label = _label(quoted)
        has_symbol = any(unicodedata.category(ch) == "So" for ch in quoted)
        if not (has_symbol or _in_button_context(text, m.start(), m.end(), words)):
            continue
        if label in own:
            out.append(f"{where}: names the button {quoted!r}; use {{button:{own[label]}}}")
        elif label in everywhere:
            out.append(
                f"{where}: names the button {quoted!r} in another language; use {{button:{everywhere[label]}}}"
            )
        else:
            out.append(f"{where}: tells people to press {quoted!r}, which is no button of the bot")
    return out


# -- plain Finnish ----------------------------------------------------------------------------------------------
MAX_SENTENCE_WORDS = 12  # Selkokeskus: short sentences, one thing each
MAX_MEAN_SENTENCE_WORDS = 7.0
LONG_WORD = 16  # letters; a long compound is hard to read
MAX_LONG_WORD_SHARE = 0.08


@dataclass(frozen=True)
class Readability:
    where: str
    sentences: int
    mean_words: float
    longest: int
    longest_sentence: str
    long_words: tuple[str, ...]
    words: int

    @property
    def long_share(self) -> float:
        return len(self.long_words) / self.words if self.words else 0.0

    def problems(self) -> list[str]:
        out = []
        if self.longest > MAX_SENTENCE_WORDS:
            out.append(
                f"{self.where}: a sentence of {self.longest} words (plain Finnish: at most {MAX_SENTENCE_WORDS}): "
                f"{self.longest_sentence!r}"
            )
        if self.mean_words > MAX_MEAN_SENTENCE_WORDS:
            out.append(
                f"{self.where}: {self.mean_words:.1f} words per sentence (at most {MAX_MEAN_SENTENCE_WORDS})"
            )
        if self.long_share > MAX_LONG_WORD_SHARE:
            out.append(
                f"{self.where}: {self.long_share:.0%} long words (at most {MAX_LONG_WORD_SHARE:.0%}): "
                f"{', '.join(self.long_words)}"
            )
        return out


def readability(where: str, text: str) -> Readability:
    plain = re.sub(r"<[^>]+>|\{[^}]*\}|https?://\S+|\b\S+\.fi\S*", " ", text)
    sentences = []
    for part in re.split(r"[.!?:;]\s|[.!?]$|\n", plain):
        words = re.findall(r"[^\W\d_](?:[^\W\d_]|-)*", part)
        if words:
            sentences.append((words, part.strip()))
    counts = [len(w) for w, _ in sentences]
    words = [w for ws, _ in sentences for w in ws]
    longest = max(sentences, key=lambda s: len(s[0]), default=([], ""))
    return Readability(
        where=where,
        sentences=len(sentences),
        mean_words=mean(counts) if counts else 0.0,
        longest=len(longest[0]),
        longest_sentence=longest[1],
        long_words=tuple(w for w in words if len(w.replace("-", "")) >= LONG_WORD),
        words=len(words),
    )


def readability_report(items: Iterable[Readability]) -> list[str]:
    rows = list(items)
    if not rows:
        return []
    sentences = sum(r.sentences for r in rows)
    words = sum(r.words for r in rows)
    long_words = sum(len(r.long_words) for r in rows)
    worst = max(rows, key=lambda r: r.longest)
    return [
        f"plain Finnish: {len(rows)} texts, {sentences} sentences, {words / max(sentences, 1):.1f} words per sentence "
        f"(limit {MAX_MEAN_SENTENCE_WORDS} per text), longest {worst.longest} words in {worst.where} (limit "
        f"{MAX_SENTENCE_WORDS}), {long_words / max(words, 1):.1%} words of {LONG_WORD}+ letters (limit "
        f"{MAX_LONG_WORD_SHARE:.0%} per text)"
    ]


# -- "about" phrases ----------------------------------------------------------------------------------------------
MAX_ABOUT = 40  # characters: two or three of them share one short question on a phone screen
_MARKUP = re.compile(r"[<>{}\n]")


def _first_strong_rtl(text: str) -> bool:
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("L", "R", "AL"):
            return direction != "L"
    return False


def about_problems(where: str, about: str | None, locale: str) -> list[str]:
    """The phrase goes inside a Fluent question ("Is this about {a}, or about {b}?"): short, plain, and in Arabic
    script in Arabic and Dari, so the isolate around it runs right to left."""
    if about is None:
        return []
    problems = []
    if len(about) > MAX_ABOUT:
        problems.append(f"{where}: {len(about)} characters (at most {MAX_ABOUT})")
    if _MARKUP.search(about):
        problems.append(f"{where}: no markup, placeholders or line breaks")
    if "," in about or "،" in about:
        problems.append(f"{where}: no commas (the question separates the phrases with them)")
    if is_rtl(locale) and not _first_strong_rtl(about):
        problems.append(f"{where}: must start with a word in Arabic script (it is shown right to left)")
    return problems


# -- everything -------------------------------------------------------------------------------------------------
@dataclass
class Findings:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    report: list[str] = field(default_factory=list)


def review_overdue(
    where: str, review_by: date | None, note: str | None, today: date
) -> tuple[list[str], list[str]]:
    """A past review date is an error unless a note says why and who follows up (then a warning)."""
    if review_by is None or review_by >= today:
        return [], []
    if note:
        return [], [f"{where}: past its review date {review_by.isoformat()} ({note})"]
    return [f"{where}: past its review date {review_by.isoformat()} with no `review_overdue` note"], []


def check_content(kb: KnowledgeBase, profile: Profile, translator: Translator, today: date) -> Findings:
    found = Findings()
    fill = Placeholders(profile, translator)
    facts = ProfileFacts.of(profile, translator)
    labels = button_labels(translator)
    selko = []
    for topic in kb.topics.values():
        errors, warnings = review_overdue(f"{topic.id}.yaml", topic.review_by, topic.overdue_note, today)
        found.errors += errors
        found.warnings += warnings
        found.errors += contact_drift(topic)
        for i, contact in enumerate(topic.contacts):
            for key, value in contact.items():
                where = f"{topic.id}.yaml.contacts[{i}].{key}"
                found.errors += profile_literals(where, value, "en", facts, times=False)
        for locale in KB_LOCALES:
            text = topic.text(locale)
            if text is None:
                continue
            found.errors += about_problems(f"{topic.id}.yaml.{locale}.about", text.about, locale)
            if topic.urgent and text.review.status == DRAFT:
                found.warnings.append(f"{topic.id}.yaml.{locale}: urgent topic, text still a draft")
            for field_name, body in (("title", text.title), ("answer", text.answer), ("more", text.more)):
                if not body:
                    continue
                where = f"{topic.id}.yaml.{locale}.{field_name}"
                found.errors += [
                    f"{where}: {p}" for x in placeholders(body) if (p := fill.problem(x, locale))
                ]
                found.errors += profile_literals(where, body, locale, facts)
                found.errors += button_literals(where, body, locale, labels)
                if locale == "fi-selko" and field_name != "title":
                    selko.append(readability(where, fill.render(body, locale)))
    for item in selko:
        found.errors += item.problems()
    found.report += readability_report(selko)
    errors, warnings = review_overdue("profile.yaml", profile.review_by, None, today)
    found.errors += errors
    found.warnings += warnings
    return found
