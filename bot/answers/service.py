"""Answering a typed question: which topic, in which language, and what the bot should do with it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from bot.answers.knowledge.matcher import Match, Matcher
from bot.answers.knowledge.model import KnowledgeBase, Topic, TopicText
from bot.answers.knowledge.placeholders import Placeholders
from bot.i18n import Translator, fallback_chain

# "Clearly in another language": this sure, and at least this many language-bearing words.
SWITCH_CONFIDENCE = 0.9
SWITCH_MIN_WORDS = 2


@dataclass(frozen=True)
class Decision:
    match: Match
    answer_locale: str  # the language to answer in
    offer_switch: str | None  # a locale to offer as the user's new language, if the message was clearly in it


@dataclass(frozen=True)
class Rendered:
    topic: Topic
    text: TopicText
    locale: str  # the locale the text is really in (may be a fallback)


def answer_locale(match: Match, user_locale: str) -> tuple[str, str | None]:
    detected = match.detected
    if detected.language is None or detected.evidence < SWITCH_MIN_WORDS:
        return user_locale, None
    same = detected.language == user_locale or (detected.language == "fi" and user_locale == "fi-selko")
    if same or detected.confidence < SWITCH_CONFIDENCE:
        return user_locale, None
    return detected.language, detected.language


class QuestionService:
    """`placeholders` fill in the advice point's facts and button labels (default: this process's profile)."""

    def __init__(self, matcher: Matcher, placeholders: Placeholders | None = None) -> None:
        self._matcher = matcher
        self._placeholders = placeholders
        self._rendered: dict[tuple[str, str], TopicText] = {}

    @property
    def matcher(self) -> Matcher:
        return self._matcher

    @matcher.setter
    def matcher(self, matcher: Matcher) -> None:
        """A new matcher (embeddings ready, or the knowledge base edited): texts are filled in again."""
        self._matcher = matcher
        self._rendered = {}

    @property
    def placeholders(self) -> Placeholders:
        if self._placeholders is None:
            from bot.profile.loading import load_profile

            self._placeholders = Placeholders(load_profile(), Translator())
        return self._placeholders

    @property
    def kb(self) -> KnowledgeBase:
        return self.matcher.kb

    def decide(self, text: str, user_locale: str) -> Decision:
        match = self.matcher.match(text)
        locale, switch = answer_locale(match, user_locale)
        return Decision(match, locale, switch)

    def render(self, topic_id: str, locale: str) -> Rendered | None:
        topic = self.kb.topics.get(topic_id)
        if topic is None:
            return None
        # The same chain as the interface texts (docs/decisions/0002-locales.md).
        for loc in fallback_chain(locale):
            text = topic.text(loc)
            if text is not None:
                return Rendered(topic, self._filled(topic.id, text, loc), loc)
        return None

    def _filled(self, topic_id: str, text: TopicText, locale: str) -> TopicText:
        key = (topic_id, locale)
        if key not in self._rendered:
            fill = self.placeholders.render
            self._rendered[key] = replace(
                text,
                title=fill(text.title, locale),
                answer=fill(text.answer, locale),
                more=fill(text.more, locale) if text.more else None,
            )
        return self._rendered[key]

    def title(self, topic_id: str, locale: str) -> str:
        rendered = self.render(topic_id, locale)
        return rendered.text.title if rendered else topic_id

    def about(self, topic_id: str, locale: str) -> str:
        """A few words naming the topic's matter for the question back when unsure (the title if none written).

        Only from a text in the asked locale itself: a fallback text's phrase would put English words in a Dari
        sentence, where the title (with its fallback) at least stays a label."""
        rendered = self.render(topic_id, locale)
        if rendered is not None and rendered.locale == locale and rendered.text.about:
            return rendered.text.about
        return self.title(topic_id, locale)

    def candidates(self, match: Match) -> tuple[str, ...]:
        """The real candidates to ask between when unsure: known topics, best first, at most three, no repeats."""
        ids = (match.topic, *match.alternatives) if match.topic else match.alternatives
        return tuple(dict.fromkeys(t for t in ids if t in self.kb.topics))[:3]

    def second_matter(self, match: Match) -> str | None:
        """The other matter of a two-matter message, if it is a known topic other than the one answered."""
        also = match.also
        return also if also and also != match.topic and also in self.kb.topics else None


@dataclass(frozen=True)
class UnansweredQuestion:
    locale: str
    text: str
    asked_at: datetime
