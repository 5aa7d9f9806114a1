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


# Arabic and Dari written in Latin letters ("wasaletni risale mn kela", "ma 3indi flus", "man kar mekhaham") and in
# their own script meet through a consonant skeleton: the letters both spellings write, in a few sound classes
# (س ص ث / s; ق ک / q k; ح ه / h 7; ش چ / sh ch...), without the vowels that one script writes and the other does
# not, Arabizi's digits read as the letters they stand for (2 3 drop, 5 kh, 7 h, 9 q, 6 t, 8 gh), doubles single.
# "وصلتني" and "wasaletni" are both "wsltn". See docs/decisions/0011-situations.md.
_SH = "S"  # a class no lower-case text contains
_ARABIC_SKELETON = {
    **dict.fromkeys("بپ", "b"),
    **dict.fromkeys("تط", "t"),
    **dict.fromkeys("ثسص", "s"),
    "ج": "j",
    **dict.fromkeys("چش", _SH),
    **dict.fromkeys("حه", "h"),
    **dict.fromkeys("خقک", "k"),
    **dict.fromkeys("گغ", "g"),
    **dict.fromkeys("دض", "d"),
    **dict.fromkeys("ذزظژ", "z"),
    "ر": "r",
    "ف": "f",
    "ل": "l",
    "م": "m",
    "ن": "n",
}
_LATIN_DIGRAPHS = (("sh", _SH), ("ch", _SH), ("kh", "k"), ("gh", "g"), ("th", "s"), ("dh", "z"), ("ph", "f"))
_LATIN_SKELETON = {
    **dict.fromkeys("aeiou23'", ""),
    "5": "k",
    "7": "h",
    "9": "k",
    "6": "t",
    "8": "g",
    **dict.fromkeys("qcx", "k"),
    "v": "w",
    "p": "b",
}
_LATIN_WORD = re.compile(r"[a-z0-9']+")
_ONLY_DIGITS = re.compile(r"[0-9]+")


def skeleton(word: str) -> str:
    """The consonant skeleton of one normalised word in Arabic script or Latin letters ("" for anything else)."""
    if ARABIC_LETTER.match(word):
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        if word.endswith("ه") and len(word) > 2:
            word = word[:-1]
        letters = [
            ("w" if c == "و" else "y") if i == 0 and c in "وی" else _ARABIC_SKELETON.get(c, "")
            for i, c in enumerate(word)
        ]
    elif _LATIN_WORD.fullmatch(word) and not _ONLY_DIGITS.fullmatch(word):
        for pair, sound in _LATIN_DIGRAPHS:
            word = word.replace(pair, sound)
        letters = [
            c if i == 0 and c in "wy" else "" if c in "wy" else _LATIN_SKELETON.get(c, c)
            for i, c in enumerate(word)
        ]
    else:
        return ""
    out = "".join(letters)
    return re.sub(r"(.)\1+", r"\1", out)
