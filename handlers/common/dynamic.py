"""Topics answered by a live feature (hours, events, booking, escalation) instead of their static text.

A feature module registers a responder for its topic id with `@dynamic_topic("opening-hours")`; the questions
router calls `answer_dynamic` first wherever a topic is shown (typed question, menu button, "did you mean" button).
A responder gets a message in the user's private chat (answer with `message.answer`; the user is `message.chat.id`),
the answer locale, and the handler's injected data (for callbacks `data["query"]` too).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram.types import Message

Responder = Callable[[Message, str, dict[str, Any]], Awaitable[bool]]

_RESPONDERS: dict[str, Responder] = {}


def dynamic_topic(topic_id: str) -> Callable[[Responder], Responder]:
    def register(responder: Responder) -> Responder:
        _RESPONDERS[topic_id] = responder
        return responder

    return register


async def answer_dynamic(topic_id: str, message: Message, locale: str, data: dict[str, Any]) -> bool:
    """True when a feature answered; False leaves the topic's reviewed static text to the caller."""
    responder = _RESPONDERS.get(topic_id)
    if responder is None:
        return False
    return await responder(message, locale, data)
