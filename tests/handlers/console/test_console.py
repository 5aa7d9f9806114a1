"""/console in Telegram: staff get a one-time link, newcomers the usual "unknown command"; an edit made in the console
reaches the bot's answers, and markup in it is shown as text."""

from __future__ import annotations

import html
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.answers.knowledge.build import build_matcher
from bot.answers.knowledge.edits import text_hash, text_to_json
from bot.answers.service import QuestionService
from bot.clock import FixedClock
from bot.db.models import DailyCount, DailyTopicCount, KnowledgeEdit
from bot.i18n import Translator
from tests.handlers.cases.helpers import AINO, LEENA, add_staff
from tests.harness import BotHarness, running_harness
from tests.infra import migrated_sqlite

CONSOLE_URL = "https://console.kototori.example"


async def test_staff_get_a_link_newcomers_an_unknown_command(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    add_staff(h)
    h.resources.settings.console_url = CONSOLE_URL
    fi, en = h.translator("fi"), h.translator("en")
    for staff in (LEENA, AINO):
        [reply] = await h.say(staff, "/console")
        assert f"{CONSOLE_URL}/console/sign-in/" in reply["text"] or any(
            e.get("url", "").startswith(f"{CONSOLE_URL}/console/sign-in/") for e in reply.get("entities", [])
        ), reply
    newcomer = await h.newcomer("Zahra", "English")
    [reply] = await h.say(newcomer, "/console")
    assert reply["text"] == en("common-fallback-unknown-command")
    assert "sign-in" not in str(reply)
    h.resources.settings.console_url = None
    [reply] = await h.say(LEENA, "/console")
    assert reply["text"] in (fi("console-not-configured"), en("console-not-configured"))


@pytest.fixture
async def own_harness(tmp_path: Path, clock: FixedClock, translator: Translator) -> AsyncIterator[BotHarness]:
    """A harness with its own matcher: the reload below must not change the session-wide one."""
    url = await migrated_sqlite(tmp_path / "test.sqlite3")
    questions = QuestionService(build_matcher(with_embeddings=False))
    async with running_harness(url, clock, translator, questions=questions) as h:
        yield h


async def test_an_edit_reaches_the_bot_and_markup_in_it_is_text(own_harness: BotHarness) -> None:
    h = own_harness
    topic = h.resources.questions.kb.topics["housing-allowance"]
    english = topic.texts["en"]
    from dataclasses import replace

    edited = replace(english, answer="Ask Kela &lt;script&gt;alert(1)&lt;/script&gt; <b>today</b>.")
    async with h.resources.sessionmaker() as session:
        session.add(
            KnowledgeEdit(
                topic_id=topic.id,
                locale="en",
                revision=1,
                action="edit",
                content=text_to_json(edited),
                base_hash=text_hash(english),
                author_id=LEENA,
                author_name="Leena",
                created_at=h.clock.now(),
            )
        )
        await session.commit()
    await h.resources.knowledge.check()  # the poll at start-up may have been first: either way it is in
    assert h.resources.knowledge.version is not None
    user = await h.newcomer("Anna", "English")
    [answer] = await h.say(user, "how do I apply for housing allowance from kela")
    assert "Ask Kela <script>alert(1)</script> today." in answer["text"], "shown as text, not markup"
    assert any(e["type"] == "bold" for e in answer.get("entities", []))
    async with h.resources.sessionmaker() as session:
        counted = (await session.execute(select(DailyCount.kind, DailyCount.locale))).all()
        topics = (await session.execute(select(DailyTopicCount.topic_id, DailyTopicCount.kind))).all()
    assert ("answered", "en") in [tuple(r) for r in counted]
    assert ("housing-allowance", "answered") in [tuple(r) for r in topics]
    assert html.escape("<script>") not in answer["text"]
    assert re.search("<script>", answer["text"])
