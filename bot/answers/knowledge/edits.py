"""Knowledge-base edits made in the staff console: an overlay on the repository's YAML, and the way back to YAML.

The database keeps, per topic and locale, the newest text a coordinator saved (bot/console/edits.py); the bot applies
them over the YAML it loaded (`apply_edits`), and `kototori kb export DIR` writes the result in the repository's own
format (`dump_topic`), so edits can be taken into the repository.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.answers.knowledge.model import KNOWLEDGE_DIR, KnowledgeBase, Review, TopicText

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TextEdit:
    """The current text of one topic in one locale; `text` None: the repository's own text again."""

    topic_id: str
    locale: str
    text: TopicText | None


def text_to_dict(text: TopicText) -> dict[str, Any]:
    # `about` only when set: the hashes of texts without it stay what they were before it existed.
    about = {"about": text.about} if text.about else {}
    return {
        "title": text.title,
        **about,
        "answer": text.answer,
        "more": text.more,
        "examples": list(text.examples),
        "keywords": list(text.keywords),
        "review": {
            "status": text.review.status,
            "reviewer": text.review.reviewer,
            "date": text.review.date.isoformat() if text.review.date else None,
        },
    }


def text_to_json(text: TopicText) -> str:
    return json.dumps(text_to_dict(text), ensure_ascii=False, sort_keys=True)


def text_from_json(raw: str) -> TopicText:
    data = json.loads(raw)
    review = data.get("review") or {}
    reviewed_on = review.get("date")
    return TopicText(
        title=str(data["title"]),
        answer=str(data["answer"]),
        more=str(data["more"]) if data.get("more") else None,
        examples=tuple(str(e) for e in data.get("examples", [])),
        keywords=tuple(str(k) for k in data.get("keywords", [])),
        review=Review(
            str(review.get("status", "draft")),
            review.get("reviewer"),
            date.fromisoformat(reviewed_on) if reviewed_on else None,
        ),
        about=str(data["about"]) if data.get("about") else None,
    )


def text_hash(text: TopicText | None) -> str:
    """Identifies a text's content (the review status aside): "has the repository's text changed since?"."""
    if text is None:
        return ""
    content = text_to_dict(text)
    content.pop("review")
    raw = json.dumps(content, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(raw.encode()).hexdigest()


def apply_edits(kb: KnowledgeBase, edits: Iterable[TextEdit]) -> KnowledgeBase:
    """The knowledge base with the edited texts in place of the repository's (edits of removed topics are skipped)."""
    texts: dict[str, dict[str, TopicText]] = {}
    for edit in edits:
        topic = kb.topics.get(edit.topic_id)
        if topic is None:
            log.warning(
                "an edit of topic %s is not applied: the topic is no longer in the repository", edit.topic_id
            )
            continue
        if edit.text is not None:
            texts.setdefault(topic.id, dict(topic.texts))[edit.locale] = edit.text
    if not texts:
        return kb
    topics = {tid: replace(t, texts=texts[tid]) if tid in texts else t for tid, t in kb.topics.items()}
    return replace(kb, topics=topics)


# --- back to YAML in the repository's format ------------------------------------------------------------------


class _Flow(list[Any]):
    """A list written on one line: `related: [a, b]`."""


class _FlowMap(dict[str, Any]):
    """A mapping written on one line: `review: {status: draft, reviewer: null, date: null}`."""


class _Block(str):
    """A text written as a literal block (`answer: |`)."""

    __slots__ = ()


class _Dumper(yaml.SafeDumper):
    """The repository's style: indented block lists, double quotes where a text needs quotes."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def choose_scalar_style(self) -> str:
        style: str = super().choose_scalar_style()
        return '"' if style == "'" else style


_Dumper.add_representer(
    _Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", list(v), flow_style=True)
)
_Dumper.add_representer(
    _FlowMap, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", dict(v), flow_style=True)
)
_Dumper.add_representer(_Block, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style="|"))


def _locale_entry(raw: Mapping[str, Any], text: TopicText) -> dict[str, Any]:
    """The locale's mapping as the repository writes it; keys this module does not know are kept in place."""
    review = text.review
    values: dict[str, Any] = {
        "review": _FlowMap(status=review.status, reviewer=review.reviewer, date=review.date),
        "title": text.title,
        "about": text.about,
        "answer": _Block(text.answer + "\n"),
        "more": _Block(text.more + "\n") if text.more else None,
        "examples": list(text.examples),
        "keywords": _Flow(text.keywords),
    }
    out: dict[str, Any] = {}
    for key in (*raw.keys(), *(k for k in values if k not in raw)):
        value = values[key] if key in values else raw[key]
        if value is not None or key not in values:
            out[key] = value
    if not text.keywords:
        out.pop("keywords", None)
    return out


def dump_topic(raw: Mapping[str, Any], texts: Mapping[str, TopicText]) -> str:
    """A topic file: its YAML as read (`raw`) with each locale's text replaced by `texts`."""
    data: dict[str, Any] = {}
    for key, value in raw.items():
        if key == "locales":
            data[key] = {loc: _locale_entry(value.get(loc) or {}, t) for loc, t in texts.items()}
        elif key in ("related", "keywords") and isinstance(value, list):
            data[key] = _Flow(value)
        else:
            data[key] = value
    out = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100_000)
    return str(out)


def export_knowledge(kb: KnowledgeBase, target: Path, source: Path = KNOWLEDGE_DIR) -> list[str]:
    """Write every topic of `kb` into `target/topics/` in the repository's format; returns the changed topic ids.

    Topics whose texts equal the repository's are copied byte for byte, so a diff shows only what was edited.
    """
    from bot.answers.knowledge.model import load_topic

    (target / "topics").mkdir(parents=True, exist_ok=True)
    changed = []
    for path in sorted((source / "topics").glob("*.yaml")):
        topic = kb.topics.get(path.stem)
        out = target / "topics" / path.name
        if topic is None or load_topic(path).texts == topic.texts:
            out.write_bytes(path.read_bytes())
            continue
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        out.write_text(dump_topic(raw, topic.texts), encoding="utf-8")
        changed.append(topic.id)
    return changed
