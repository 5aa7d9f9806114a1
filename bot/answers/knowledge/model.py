"""Knowledge-base data model and loader (the format is documented in knowledge/README.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.answers.knowledge.review import STATUSES, ReviewError, parse_review
from bot.config import PROJECT_ROOT

KNOWLEDGE_DIR = PROJECT_ROOT / "knowledge"
KB_LOCALES: tuple[str, ...] = ("en", "fi", "fi-selko", "ar", "fa-AF", "so")
CATEGORIES: tuple[str, ...] = (
    "about",
    "papers",
    "permits",
    "money",
    "work-study",
    "family",
    "housing",
    "health-safety",
    "rights",
)
# A text's review status (bot/answers/knowledge/review.py); the console's "set status" writes the same values.
REVIEW_STATUSES: tuple[str, ...] = STATUSES
SMALLTALK_IDS: tuple[str, ...] = ("greeting", "thanks", "goodbye", "menu", "change-language")
_ID = re.compile(r"^[a-z][a-z0-9-]{1,40}$")


class KnowledgeError(ValueError):
    """A knowledge file does not follow the format; the message names the file and the field."""


@dataclass(frozen=True)
class Review:
    status: str  # draft, native-reviewed or expert-checked (bot/answers/knowledge/review.py)
    reviewer: str | None
    date: date | None


@dataclass(frozen=True)
class TopicText:
    title: str
    answer: str
    more: str | None
    examples: tuple[str, ...]
    keywords: tuple[str, ...]
    review: Review
    # A few words naming the matter ("your rent", "a Kela decision") for the bot's question when it is unsure
    # between topics; shares the text's review status; without it the question uses the title.
    about: str | None = None


@dataclass(frozen=True)
class Source:
    url: str
    name: str


@dataclass(frozen=True)
class Topic:
    id: str
    category: str
    urgent: bool
    dynamic: bool
    related: tuple[str, ...]
    review_by: date
    sources: tuple[Source, ...]
    contacts: tuple[dict[str, str], ...]
    texts: dict[str, TopicText]
    overdue_note: str | None = (
        None  # `review_overdue`: why a past review_by is not done yet, and who follows up
    )

    def text(self, locale: str) -> TopicText | None:
        return self.texts.get(locale)


@dataclass(frozen=True)
class KnowledgeBase:
    topics: dict[str, Topic]
    smalltalk: dict[str, dict[str, tuple[str, ...]]]
    negatives: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def by_category(self) -> dict[str, list[Topic]]:
        out: dict[str, list[Topic]] = {c: [] for c in CATEGORIES}
        for topic in self.topics.values():
            out.setdefault(topic.category, []).append(topic)
        return out


def _need(data: dict[str, Any], key: str, where: str, kind: type | tuple[type, ...]) -> Any:
    if key not in data:
        raise KnowledgeError(f"{where}: missing `{key}`")
    value = data[key]
    if not isinstance(value, kind):
        raise KnowledgeError(f"{where}: `{key}` has the wrong type ({type(value).__name__})")
    return value


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise KnowledgeError(f"{where}: must be a list of strings")
    return tuple(str(v).strip() for v in value if str(v).strip())


def _text(data: Any, where: str) -> TopicText:
    if not isinstance(data, dict):
        raise KnowledgeError(f"{where}: must be a mapping")
    try:
        status, reviewer, reviewed_on = parse_review(data.get("review"), where)
    except ReviewError as exc:
        raise KnowledgeError(str(exc)) from None
    more = data.get("more")
    about = data.get("about")
    if about is not None and not isinstance(about, str):
        raise KnowledgeError(f"{where}: `about` has the wrong type ({type(about).__name__})")
    return TopicText(
        title=str(_need(data, "title", where, str)).strip(),
        answer=str(_need(data, "answer", where, str)).strip(),
        more=str(more).strip() if more else None,
        examples=_strings(_need(data, "examples", where, list), f"{where}.examples"),
        keywords=_strings(data.get("keywords", []), f"{where}.keywords"),
        review=Review(status, reviewer, reviewed_on),
        about=about.strip() or None if about else None,
    )


def load_topic(path: Path) -> Topic:
    where = path.name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise KnowledgeError(f"{where}: must be a mapping")
    topic_id = _need(data, "id", where, str)
    if not _ID.match(topic_id) or path.stem != topic_id:
        raise KnowledgeError(f"{where}: id `{topic_id}` must be kebab-case and equal the file name")
    category = _need(data, "category", where, str)
    if category not in CATEGORIES:
        raise KnowledgeError(f"{where}: unknown category `{category}` (one of {', '.join(CATEGORIES)})")
    review_by = _need(data, "review_by", where, date)
    locales = _need(data, "locales", where, dict)
    sources = []
    for i, src in enumerate(data.get("sources") or []):
        if not isinstance(src, dict):
            raise KnowledgeError(f"{where}.sources[{i}]: must be a mapping with url and name")
        sources.append(Source(str(_need(src, "url", f"{where}.sources[{i}]", str)), str(src.get("name", ""))))
    contacts = tuple(
        {str(k): str(v) for k, v in c.items()} for c in data.get("contacts") or [] if isinstance(c, dict)
    )
    return Topic(
        id=topic_id,
        category=category,
        urgent=bool(data.get("urgent", False)),
        dynamic=bool(data.get("dynamic", False)),
        related=_strings(data.get("related", []), f"{where}.related"),
        review_by=review_by,
        sources=tuple(sources),
        contacts=contacts,
        texts={str(loc): _text(text, f"{where}.locales.{loc}") for loc, text in locales.items()},
        overdue_note=str(data["review_overdue"]).strip() if data.get("review_overdue") else None,
    )


def _phrases(path: Path) -> dict[str, tuple[str, ...]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    locales = _need(data, "locales", path.name, dict)
    return {
        str(loc): _strings(_need(v, "examples", f"{path.name}.{loc}", list), f"{path.name}.{loc}")
        for loc, v in locales.items()
    }


def load_knowledge(root: Path = KNOWLEDGE_DIR) -> KnowledgeBase:
    topics = {t.id: t for t in (load_topic(p) for p in sorted((root / "topics").glob("*.yaml")))}
    for topic in topics.values():
        unknown = [r for r in topic.related if r not in topics]
        if unknown:
            raise KnowledgeError(f"{topic.id}.yaml: related topics do not exist: {', '.join(unknown)}")
    smalltalk = {p.stem: _phrases(p) for p in sorted((root / "smalltalk").glob("*.yaml"))}
    negatives_file = root / "out-of-scope.yaml"
    negatives = _phrases(negatives_file) if negatives_file.exists() else {}
    return KnowledgeBase(topics=topics, smalltalk=smalltalk, negatives=negatives)
