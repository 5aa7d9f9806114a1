"""Text normalisation for matching: Arabic-script letter variants, diacritics, digits, ZWNJ, Latin accents."""

from __future__ import annotations

import re
import unicodedata

# Arabic and Persian/Dari write some letters differently; users mix them (and keyboards do too).
_FOLD = {
    "ي": "ی",
    "ى": "ی",
    "ئ": "ی",
    "ك": "ک",
    "ة": "ه",
    "ۀ": "ه",
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ؤ": "و",
    "ء": "",
    "ـ": "",  # tatweel
    "\u200c": "",  # ZWNJ: "می‌خواهم", "میخواهم" and "می خواهم" should meet
    "\u200d": "",
    "،": " ",
    "؟": " ",
    "؛": " ",
    **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
}
_ARABIC_FOLD = str.maketrans(_FOLD)
# The same letters one for one (nothing dropped), so a position found in the folded text points into the original.
_LETTER_FOLD = str.maketrans({k: v for k, v in _FOLD.items() if len(v) == 1})


def fold_letters(text: str) -> str:
    return text.lower().translate(_LETTER_FOLD)


_HARAKAT = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_REPEAT = re.compile(r"(.)\1{2,}")
_URL = re.compile(r"https?://\S+|www\.\S+")
_NON_WORD = re.compile(r"[^\w\s]|_")
_SPACE = re.compile(r"\s+")
ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def strip_control(text: str) -> str:
    return _CONTROL.sub(" ", text)


def _fold_latin(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c) or ARABIC_LETTER.match(c))


def normalize(text: str) -> str:
    """Lower-case, fold letter variants and accents, drop punctuation; keep digits (Arabizi uses 3, 7, 2)."""
    text = unicodedata.normalize("NFKC", strip_control(text)).casefold()
    text = _URL.sub(" ", text)
    text = text.translate(_ARABIC_FOLD)
    text = _HARAKAT.sub("", text)
    text = _fold_latin(text)
    text = unicodedata.normalize("NFC", text)
    text = _REPEAT.sub(r"\1\1", text)
    text = _NON_WORD.sub(" ", text)
    return _aliases(_SPACE.sub(" ", text).strip())


# Finnish institution names as people write them in Arabic script (after folding): they should meet "kela".
_ALIASES = {
    "کیلا": "kela",
    "کیلاء": "kela",
    "میگری": "migri",
    "میغری": "migri",
    "مگری": "migri",
    "کوتوتوری": "kototori",
    "کتوتوری": "kototori",
    "اوماکیلا": "omakela",
    "سوسو": "sossu",
    "keela": "kela",
}


def _aliases(text: str) -> str:
    return " ".join(_ALIASES.get(w, w) for w in text.split())


def words(text: str) -> list[str]:
    return normalize(text).split()
