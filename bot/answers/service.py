"""Answering a typed question: which topic, in which language, and what the bot should do with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.answers.knowledge.matcher import Match, Matcher
from bot.answers.knowledge.model import KnowledgeBase, Topic, TopicText
from bot.i18n import fallback_chain

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
    def __init__(self, matcher: Matcher) -> None:
        self.matcher = matcher

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
                return Rendered(topic, text, loc)
        return None

    def title(self, topic_id: str, locale: str) -> str:
        rendered = self.render(topic_id, locale)
        return rendered.text.title if rendered else topic_id


@dataclass(frozen=True)
class UnansweredQuestion:
    locale: str
    text: str
    asked_at: datetime
