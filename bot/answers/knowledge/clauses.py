"""Where a message may turn to a second matter: sentence ends and the words that join two matters, per language."""

from __future__ import annotations

import re

# Words and phrases where a clause, and maybe a second matter, starts ("... and also", "lisäksi", "sidoo kale",
# "همچنان", plain "and" / "ja" / "iyo" / "و"). Each clause is scored on its own; none is cut further.
_JOINS = (
    # en
    "and also", "also", "and another thing", "another question", "plus", "besides", "and now", "but also",
    # fi, fi-selko
    "ja myös", "myös", "lisäksi", "ja sitten", "toinen asia", "entä", "ja nyt", "mutta myös",
    # ar (after normalisation: alef/yeh/teh marbuta folded)
    "وكمان", "كمان", "وكذلك", "كذلك", "وايضا", "ايضا", "بالاضافه", "وبعدين", "وهلا", "وهسه", "وكمان سوال",
    "w kaman", "kaman", "w kman", "kman", "w aydan", "aydan", "w hala2",
    # fa-AF (folded: ی/ک variants, no ZWNJ)
    "و همچنان", "همچنان", "همچنین", "و هم", "علاوه", "یک سوال دیگه", "سوال دیگه", "دیگه اینکه", "و حالا",
    "wa hamchenan", "hamchenan", "hamchunan", "wa ham", "digar",
    # plain joins and turns: a clause may start here (clauses are scored one by one, never cut further)
    "and", "but", "ja", "mutta", "sekä", "iyo", "laakiin", "balse", "lakin", "laken", "bas", "amma", "ama", "wa",
    "و", "اما", "لکن", "لاکن", "ولكن", "لكن", "بس", "ولی", "مگر",
    # so
    "sidoo kale", "sidookale", "iyo sidoo kale", "hadana", "haddana", "su aal kale", "waxaa kale", "weliba",
)  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?؟۔,،;؛]+\s*|\n+")
MIN_WORDS = 3  # a part shorter than this says too little to be a matter of its own


def _join_pattern() -> re.Pattern[str]:
    from bot.answers.knowledge.normalize import fold_letters

    words = sorted({fold_letters(w) for w in _JOINS}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


_JOIN = _join_pattern()


def clauses(text: str, limit: int = 5) -> list[str]:
    """The message in parts that may each be one matter (a part too short to say anything joins the one before)."""
    from bot.answers.knowledge.normalize import fold_letters, normalize

    cuts = {found.end() for found in _SENTENCE_END.finditer(text)}
    cuts |= {found.start() for found in _JOIN.finditer(fold_letters(text))}
    parts: list[str] = []
    start = 0
    for cut in [*sorted(cuts), len(text)]:
        piece = text[start:cut]
        if not normalize(piece):
            continue
        if parts and len(normalize(parts[-1]).split()) < MIN_WORDS:
            parts[-1] += piece
        else:
            parts.append(piece)
        start = cut
    if len(parts) > 1 and len(normalize(parts[-1]).split()) < MIN_WORDS:
        last = parts.pop()
        parts[-1] += last
    if len(parts) > limit:  # the tail as one part: the cost stays bounded on a very long message
        parts = [*parts[: limit - 1], "".join(parts[limit - 1 :])]
    return parts
