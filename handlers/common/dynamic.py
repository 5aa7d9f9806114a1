"""Topics answered by a live feature (hours, events, booking, escalation) instead of their static text.

The composition root makes one `DynamicTopics` and hands it to the feature routers' factories, which register a
responder for their topic id; the answers router gets it per update (`hooks.topics`, the `hooks` key) and asks it first
wherever a topic is shown (typed question, menu button, a button of the question back). A responder gets a message in the
user's private chat (answer with `message.answer`; the user is `message.chat.id`), the answer locale, and the
handler's injected data (for callbacks `data["query"]` too).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram.types import Message

Responder = Callable[[Message, str, dict[str, Any]], Awaitable[bool]]


class DynamicTopics:
    def __init__(self) -> None:
        self._responders: dict[str, Responder] = {}

    def register(self, topic_id: str, responder: Responder) -> None:
        if topic_id in self._responders:
            raise ValueError(f"topic {topic_id!r} already has a live responder")
        self._responders[topic_id] = responder

    async def answer(self, topic_id: str, message: Message, locale: str, data: dict[str, Any]) -> bool:
        """True when a feature answered; False leaves the topic's reviewed static text to the caller."""
        responder = self._responders.get(topic_id)
        if responder is None:
            return False
        return await responder(message, locale, data)
