"""Language identification restricted to the six supported languages.

Arabic script: Arabic and Dari are told apart by letters (Persian keyboards type ی ک پ چ گ ژ, Arabic ones ي ك ة ى)
and function words. Latin script: a character n-gram naive Bayes trained on the knowledge base's own texts (English,
Finnish, Somali, Arabic and Dari written in Latin letters), after removing institution names and Finnish terms that
appear in every language (Kela, Migri, asumistuki...): they must not decide the language.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from bot.answers.knowledge.model import KnowledgeBase
from bot.answers.knowledge.normalize import ARABIC_LETTER, normalize, strip_control

_DARI_LETTERS = set("پچژگکی")
_ARABIC_LETTERS = set("ةيكىأإؤ")
_DARI_WORDS = set(
    [
        "است",
        "را",
        "می",
        "از",
        "به",
        "در",
        "چطور",
        "چطوری",
        "چی",
        "چه",
        "کجا",
        "یک",
        "برای",
        "شد",
        "کنم",
        "کنیم",
        "میخواهم",
        "دارم",
        "ندارم",
        "نیست",
        "هست",
        "باید",
        "ما",
        "شما",
        "این",
        "او",
        "مه",
        "مره",
        "ره",
        "کدام",
        "چند",
        "تشکر",
        "مکتب",
        "پول",
        "خانه",
        "کار",
        "وقت",
        "گرفتن",
        "بگیرم",
        "میشه",
        "میتانم",
        "میتوانم",
        "نمیتوانم",
        "خوده",
        "اس",
        "استم",
        "هستم",
        "بچه",
        "ام",
        "کمک",
        "معلومات",
        "شده",
        "شدہ",
        "تمام",
        "گرفتم",
        "میخوام",
        "نمیدانم",
        "چطو",
        "کی",
        "کو",
        "بیرون",
        "زن",
        "شوهرم",
        "مرا",
        "مرہ",
        "خانم",
        "آغا",
        "جان",
        "بیادر",
        "پیسه",
        "نشده",
        "میکنم",
        "کرده",
    ]
)
_DARI_WORDS_FOLDED = frozenset(normalize(w) for w in _DARI_WORDS)
_ARABIC_WORDS = set(
    [
        "في",
        "على",
        "عن",
        "هل",
        "كيف",
        "ماذا",
        "متى",
        "أين",
        "اين",
        "وين",
        "شو",
        "لا",
        "انا",
        "أنا",
        "ممكن",
        "الى",
        "إلى",
        "هذا",
        "هذه",
        "التي",
        "الذي",
        "عندي",
        "بدي",
        "ليش",
        "شلون",
        "اريد",
        "أريد",
        "ابي",
        "ابغى",
        "لو",
        "سمحت",
        "مرحبا",
        "شكرا",
        "كم",
        "ما",
        "هو",
        "هي",
        "يا",
        "لي",
        "عشان",
        "علشان",
        "ازاي",
        "فين",
        "اللي",
    ]
)
# Finnish question and function words that English never uses, for Finnish sentences full of English nouns.
_FINNISH_MARKERS = frozenset(
    [
        "missa",
        "miten",
        "mista",
        "mita",
        "miksi",
        "milloin",
        "kuinka",
        "onko",
        "voinko",
        "voiko",
        "voinks",
        "apua",
        "mina",
        "minun",
        "ma",
        "mun",
        "mulla",
        "mulle",
        "en",
        "ei",
        "tarvitsen",
        "haluan",
        "saanko",
        "pitaako",
        "taytyy",
        "olen",
        "jos",
        "vai",
        "myos",
        "nyt",
        "tanaan",
        "huomenna",
        "kiitos",
        "ja",
        "kun",
    ]
)
# Latin-script classes: Arabic and Dari have their own Latin-letter classes that map back to them.
_LATIN_CLASSES = {"en": "en", "fi": "fi", "so": "so", "ar-latn": "ar", "fa-latn": "fa-AF"}
_TOKEN = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)


@dataclass(frozen=True)
class Detection:
    language: str | None  # a locale id, or None when the message carries no evidence (e.g. only "Kela")
    confidence: float  # 0..1
    evidence: int  # how many language-bearing words it saw


_NUMBER_RUN = re.compile(r"\d\d")


def _says_language(word: str) -> bool:
    """Whether a word is evidence of a language. Digits inside a word are Arabizi's letters ("wa2afat", "3ala"),
    but a number with a unit or a stray code ("300e", "31m", "2026") is no language's: Arabizi never writes two
    digits in a row, so such words, and bare numbers, are left out (else "asumistuki 300e" read as Arabic)."""
    if not any(c.isdigit() for c in word):
        return True
    return _NUMBER_RUN.search(word) is None and sum(c.isalpha() for c in word) >= 2


def _is_latin_text(text: str) -> bool:
    return not ARABIC_LETTER.search(text)


def _ngrams(word: str) -> Iterable[str]:
    padded = f" {word} "
    for n in (1, 2, 3, 4):
        for i in range(len(padded) - n + 1):
            yield padded[i : i + n]


class LanguageIdentifier:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.neutral = self._neutral_tokens(kb)
        self._counts: dict[str, Counter[str]] = {c: Counter() for c in _LATIN_CLASSES}
        for locale, texts in self._latin_training(kb).items():
            for text in texts:
                for word in self._words(text):
                    self._counts[locale].update(_ngrams(word))
        self._totals = {c: sum(cnt.values()) for c, cnt in self._counts.items()}
        self._vocab = len(set().union(*self._counts.values())) + 1
        # Arabic script without a deciding letter or function word ("سلام", "صحبت با مشاور", "بطاطا"): the same kind
        # of n-gram model, over the Arabic and Dari texts themselves (not normalised: ی/ي and ک/ك stay apart).
        self._script_counts: dict[str, Counter[str]] = {"ar": Counter(), "fa-AF": Counter()}
        for topic in kb.topics.values():
            for locale in self._script_counts:
                written = topic.text(locale)
                if written is None:
                    continue
                for sample in (*written.examples, written.title, written.answer):
                    for token in _TOKEN.findall(unicodedata.normalize("NFKC", sample)):
                        if ARABIC_LETTER.search(token):
                            self._script_counts[locale].update(_ngrams(token))
        self._script_totals = {c: sum(cnt.values()) for c, cnt in self._script_counts.items()}
        self._script_vocab = len(set().union(*self._script_counts.values())) + 1

    @staticmethod
    def _neutral_tokens(kb: KnowledgeBase) -> frozenset[str]:
        """Latin words used both in Finnish and in some other language's examples: names and Finnish terms."""
        finnish: set[str] = set()
        other: set[str] = set()
        for topic in kb.topics.values():
            for locale, text in topic.texts.items():
                found = {w for s in (*text.examples, *text.keywords) for w in normalize(s).split()}
                found = {w for w in found if w.isascii() and w.isalpha() and len(w) >= 3}
                (finnish if locale.startswith("fi") else other).update(found)
        shared = finnish & other
        # Everyday English words also turn up in Finnish notes ("kela app"); keep only non-English ones.
        english = {
            w
            for t in kb.topics.values()
            if (x := t.text("en"))
            for s in x.examples
            for w in normalize(s).split()
        }
        return frozenset(
            (shared - english) | {"kela", "migri", "omakela", "kototori", "tampere", "hervanta", "pirha"}
        )

    def _words(self, text: str) -> list[str]:
        return [w for w in normalize(text).split() if w not in self.neutral and _says_language(w)]

    @staticmethod
    def _latin_training(kb: KnowledgeBase) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {c: [] for c in _LATIN_CLASSES}
        for topic in kb.topics.values():
            for locale, text in topic.texts.items():
                samples = [*text.examples, text.title, re.sub(r"<[^>]+>", " ", text.answer)]
                if locale in ("en", "so"):
                    out[locale].extend(samples)
                elif locale.startswith("fi"):
                    out["fi"].extend(samples)
                else:
                    target = "ar-latn" if locale == "ar" else "fa-latn"
                    out[target].extend(e for e in text.examples if _is_latin_text(e))
        for phrases in kb.smalltalk.values():
            for locale, examples in phrases.items():
                latin = [e for e in examples if _is_latin_text(e)]
                key = {"ar": "ar-latn", "fa-AF": "fa-latn"}.get(
                    locale, "fi" if locale.startswith("fi") else locale
                )
                out[key].extend(latin)
        return out

    def detect(self, text: str) -> Detection:
        raw = unicodedata.normalize("NFKC", strip_control(text)).casefold()
        arabic_letters = len(ARABIC_LETTER.findall(raw))
        latin_letters = sum(1 for c in raw if (c.isalpha() and c.isascii()) or c in "äöåšž")
        if arabic_letters and arabic_letters >= latin_letters * 0.5:
            return self._arabic_script(raw)
        return self._latin(raw)

    def _arabic_script(self, raw: str) -> Detection:
        dari = sum(1 for c in raw if c in _DARI_LETTERS)
        arabic = sum(1 for c in raw if c in _ARABIC_LETTERS)
        tokens = _TOKEN.findall(raw)
        folded = [normalize(t) for t in tokens]
        dari += 2 * sum(1 for t in folded if t in _DARI_WORDS_FOLDED)
        arabic += 2 * sum(1 for t in tokens if t in _ARABIC_WORDS or (t.startswith("ال") and len(t) > 3))
        evidence = sum(1 for t in tokens if ARABIC_LETTER.search(t))
        if dari == arabic:
            return self._arabic_script_ngrams([t for t in tokens if ARABIC_LETTER.search(t)], evidence)
        total = dari + arabic
        language = "fa-AF" if dari > arabic else "ar"
        return Detection(language, max(dari, arabic) / total, evidence)

    def _arabic_script_ngrams(self, tokens: list[str], evidence: int) -> Detection:
        scores = {
            cls: sum(
                math.log((counts[g] + 1) / (self._script_totals[cls] + self._script_vocab))
                for t in tokens
                for g in _ngrams(t)
            )
            for cls, counts in self._script_counts.items()
        }
        best = max(scores, key=lambda c: scores[c])
        length = sum(len(t) + 2 for t in tokens)
        weights = [math.exp((s - scores[best]) / max(length, 1) * 2) for s in scores.values()]
        # Never "clearly" another language on this evidence alone: it breaks a tie, it does not switch the user.
        return Detection(best, min(0.85, 1.0 / sum(weights)), evidence)

    def _latin(self, raw: str) -> Detection:
        words = self._words(raw)
        if not words:
            return Detection(None, 0.0, 0)
        scores: dict[str, float] = {}
        for cls, counts in self._counts.items():
            total = self._totals[cls] + self._vocab
            scores[cls] = sum(math.log((counts[g] + 1) / total) for w in words for g in _ngrams(w))
        best = max(scores, key=lambda c: scores[c])
        top = scores[best]
        # A softmax over per-character log-likelihoods, so confidence does not explode with length.
        length = sum(len(w) + 2 for w in words)
        weights = {c: math.exp((s - top) / max(length, 1) * 2) for c, s in scores.items()}
        confidence = 1.0 / sum(weights.values())
        if best == "en" and any(w in _FINNISH_MARKERS for w in normalize(raw).split()):
            # Finnish with English nouns ("asumistuki not come this month miksi"): a Finnish learner's sentence.
            # Not sure enough to switch anyone's language, sure enough to name it.
            return Detection("fi", min(confidence, 0.85), len(words))
        return Detection(_LATIN_CLASSES[best], confidence, len(words))
