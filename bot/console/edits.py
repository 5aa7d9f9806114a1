"""Curating the knowledge base from the console: texts per topic and locale, saved as an overlay on the YAML.

Every save is a new row (bot/db/models.py KnowledgeEdit) with the next revision of that text: the newest row is the
text in use, the older ones are its history, and reverting writes an older state again. A save names the revision
it started from; if someone saved in between, nothing is written and the editor shows their text next to yours.
Texts go through the same checks as `kototori kb check` before they are saved.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.answers.knowledge.edits import TextEdit, apply_edits, text_from_json, text_hash, text_to_json
from bot.answers.knowledge.model import KB_LOCALES, REVIEW_STATUSES, KnowledgeBase, Review, Topic, TopicText
from bot.clock import Clock
from bot.console.markup import to_storage
from bot.console.repository import Edit, SqlConsoleRepository
from bot.users.roles import Staff

log = logging.getLogger(__name__)

FIELDS = ("title", "answer", "more", "examples", "keywords")


class UnknownText(LookupError):
    """No such topic or locale."""


@dataclass(frozen=True)
class TextForm:
    """What the editor sends: plain text with <b>, <i> and <a href>; one example per line; keywords by commas."""

    title: str
    answer: str
    more: str
    examples: str
    keywords: str

    def to_text(self, review: Review) -> TopicText:
        examples = tuple(dict.fromkeys(e.strip() for e in self.examples.splitlines() if e.strip()))
        keywords = tuple(dict.fromkeys(k.strip() for k in self.keywords.split(",") if k.strip()))
        more = to_storage(self.more)
        return TopicText(
            title=to_storage(self.title, tags=False),
            answer=to_storage(self.answer),
            more=more or None,
            examples=examples,
            keywords=keywords,
            review=review,
        )


@dataclass(frozen=True)
class TextState:
    """One topic's text in one locale as the editor shows it."""

    topic: Topic
    locale: str
    text: TopicText | None  # the text in use (None: this locale has no text yet)
    repository: TopicText | None  # the YAML's text
    revision: int  # the newest revision (0: never edited)
    history: list[Edit]
    repository_changed: bool  # the YAML changed after the newest edit was made

    @property
    def edited(self) -> bool:
        return bool(self.history) and self.history[0].content is not None


@dataclass(frozen=True)
class SaveResult:
    saved: bool
    errors: dict[str, list[str]] = field(default_factory=dict)
    warnings: dict[str, list[str]] = field(default_factory=dict)
    conflict: Edit | None = None  # someone else's save since the editor opened
    conflict_text: TopicText | None = None


@dataclass(frozen=True)
class Cell:
    """A topic in one locale, for the overview."""

    status: str
    reviewer: str | None
    edited: bool


def text_problems(
    kb: KnowledgeBase, topic_id: str, locale: str, clock: Clock
) -> tuple[dict[str, list[str]], ...]:
    """`kototori kb check` on the whole knowledge base, keeping what concerns one text, by field."""
    from bot.cli.kb import problems  # the checks live with the command; the console runs the very same ones

    errors, warnings = problems(kb, clock.now().date())
    prefix = f"{topic_id}.yaml.{locale}"

    def by_field(lines: list[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for line in lines:
            where, _, message = line.partition(": ")
            if where == prefix:
                name = "examples" if "example" in message else "general"
            elif where.startswith(prefix + "."):
                name = where[len(prefix) + 1 :].split(".")[0]
                name = name if name in FIELDS else "general"
            else:
                continue
            out.setdefault(name, []).append(message)
        return out

    return by_field(errors), by_field(warnings)


class KnowledgeEditor:
    def __init__(self, session: AsyncSession, clock: Clock, repository: KnowledgeBase, tz: ZoneInfo) -> None:
        self._session = session
        self._repo = SqlConsoleRepository(session)
        self._clock = clock
        self.repository = repository  # the YAML as loaded at start-up
        self._tz = tz

    async def current(self) -> KnowledgeBase:
        """The knowledge base as the bot answers from it: the YAML with the edits applied."""
        edits = await self._repo.current_edits()
        return apply_edits(self.repository, [e.as_text_edit() for e in edits])

    async def overview(self) -> dict[str, dict[str, Cell]]:
        edits = {(e.topic_id, e.locale): e for e in await self._repo.current_edits()}
        kb = apply_edits(self.repository, [e.as_text_edit() for e in edits.values()])
        out: dict[str, dict[str, Cell]] = {}
        for topic in sorted(kb.topics.values(), key=lambda t: (t.category, t.id)):
            row: dict[str, Cell] = {}
            for locale in KB_LOCALES:
                text = topic.text(locale)
                edit = edits.get((topic.id, locale))
                edited = edit is not None and edit.content is not None
                row[locale] = Cell(
                    text.review.status if text else "missing", text.review.reviewer if text else None, edited
                )
            out[topic.id] = row
        return out

    async def state(self, topic_id: str, locale: str) -> TextState:
        topic = self.repository.topics.get(topic_id)
        if topic is None or locale not in KB_LOCALES:
            raise UnknownText(f"{topic_id}/{locale}")
        history = await self._repo.history(topic_id, locale)
        repository = topic.text(locale)
        newest = history[0] if history else None
        text = text_from_json(newest.content) if newest and newest.content else repository
        changed = (
            newest is not None and newest.content is not None and newest.base_hash != text_hash(repository)
        )
        return TextState(topic, locale, text, repository, newest.revision if newest else 0, history, changed)

    async def save(
        self, topic_id: str, locale: str, form: TextForm, revision: int, author: Staff
    ) -> SaveResult:
        state = await self.state(topic_id, locale)
        review = state.text.review if state.text else Review("draft", None, None)
        # The console's form has no field for the short "about" phrase: an edit keeps the one in use.
        text = replace(form.to_text(review), about=state.text.about if state.text else None)
        if state.text is None or text_hash(text) != text_hash(state.text):
            text = replace(text, review=Review("draft", None, None))  # a changed text needs a new review
        return await self._write(state, text, revision, author, "edit")

    async def mark(self, topic_id: str, locale: str, status: str, revision: int, author: Staff) -> SaveResult:
        """Set the review status (reviewed, by whom, today)."""
        state = await self.state(topic_id, locale)
        if state.text is None or status not in REVIEW_STATUSES:
            return SaveResult(False, errors={"review": [status]})
        today = self._clock.now().astimezone(self._tz).date()
        review = Review(status, author.name, today) if status != "draft" else Review("draft", None, None)
        return await self._write(state, replace(state.text, review=review), revision, author, "review")

    async def add_example(self, topic_id: str, locale: str, question: str, author: Staff) -> SaveResult:
        """From the unanswered queue: the question becomes one more example of the topic (no editor involved)."""
        state = await self.state(topic_id, locale)
        question = " ".join(question.split())
        if state.text is None or not question:
            return SaveResult(False, errors={"examples": [question]})
        if question in state.text.examples:
            return SaveResult(True)
        text = replace(state.text, examples=(*state.text.examples, question))
        return await self._write(state, text, state.revision, author, "example")

    async def revert(
        self, topic_id: str, locale: str, edit_id: int, revision: int, author: Staff
    ) -> SaveResult:
        """Back to an older state: an edit of the history, or the repository's text (edit_id 0)."""
        state = await self.state(topic_id, locale)
        if edit_id == 0:
            return await self._write(state, None, revision, author, "restore")
        old = next((e for e in state.history if e.id == edit_id), None)
        if old is None:
            raise UnknownText(f"{topic_id}/{locale}#{edit_id}")
        text = text_from_json(old.content) if old.content else None
        return await self._write(state, text, revision, author, "revert" if text else "restore")

    async def _write(
        self, state: TextState, text: TopicText | None, revision: int, author: Staff, action: str
    ) -> SaveResult:
        if revision != state.revision:
            return self._conflict(state)
        errors: dict[str, list[str]] = {}
        warnings: dict[str, list[str]] = {}
        if text is not None:
            kb = apply_edits(await self.current(), [TextEdit(state.topic.id, state.locale, text)])
            errors, warnings = text_problems(kb, state.topic.id, state.locale, self._clock)
            if errors:
                return SaveResult(False, errors, warnings)
            if state.text is not None and text == state.text:
                return SaveResult(True, warnings=warnings)  # nothing changed: no history row
        try:
            await self._repo.add_edit(
                topic_id=state.topic.id,
                locale=state.locale,
                revision=state.revision + 1,
                action=action,
                content=text_to_json(text) if text is not None else None,
                base_hash=text_hash(state.repository),
                author_id=author.id,
                author_name=author.name,
                now=self._clock.now(),
            )
            await self._session.commit()
        except IntegrityError:  # the same revision was saved by someone else a moment ago
            await self._session.rollback()
            return self._conflict(await self.state(state.topic.id, state.locale))
        log.info(
            "knowledge edit: %s/%s revision %d by %s (%s)",
            state.topic.id,
            state.locale,
            state.revision + 1,
            author.id,
            action,
        )
        return SaveResult(True, warnings=warnings)

    @staticmethod
    def _conflict(state: TextState) -> SaveResult:
        newest = state.history[0] if state.history else None
        return SaveResult(False, conflict=newest, conflict_text=state.text)
