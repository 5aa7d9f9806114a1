"""How features reach each other without importing each other's handlers.

The composition root builds one `Hooks` per dispatcher and passes it to every feature's router factory; a feature
registers what it offers (a live answer for its topic, its part of /privacy, a step after the first language
choice), and handlers get it per update as the `hooks` key.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiogram.types import Message

from bot.cases.model import Incoming
from bot.i18n import Localizer
from handlers.common.dynamic import DynamicTopics
from handlers.common.privacy import PrivacySections

FirstContactStep = Callable[[Message, Localizer], Awaitable[None]]
# Shows a knowledge-base topic's reviewed text with its buttons (registered by answers), e.g. when a live feature
# cannot answer: "talk to a person" without an advisors' group.
ShowTopic = Callable[[Message, str, str, dict[str, Any]], Awaitable[None]]
# What a feature asks to send into a case when the newcomer consents (letters: the letter's photos), read from the
# handler's data (the FSM state); each returns its messages once.
CaseMaterial = Callable[[dict[str, Any]], Awaitable[list[Incoming]]]


async def _no_topic(message: Message, topic_id: str, locale: str, data: dict[str, Any]) -> None:
    raise RuntimeError("the answers router was not built with these hooks")


@dataclass
class Hooks:
    topics: DynamicTopics = field(default_factory=DynamicTopics)
    privacy: PrivacySections = field(default_factory=PrivacySections)
    # After a newcomer chose their language for the first time (e.g. the optional news offer), in order.
    first_contact: list[FirstContactStep] = field(default_factory=list)
    show_topic: ShowTopic = _no_topic
    case_material: list[CaseMaterial] = field(default_factory=list)
