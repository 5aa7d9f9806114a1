"""Nothing of a letter is kept: after a photo and a PDF of a letter are explained (and a reminder set), no table of
the database and no log line holds any of the letter's distinctive words. Only sender, kind and language are counted."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select

from bot.clock import FixedClock
from bot.db.base import Base
from bot.i18n import Translator
from bot.letters.service import LetterReader
from bot.letters.specimen import letter_pdf, photographed
from tests.bot.letters.conftest import dev_letter, needs_fonts, needs_ocr
from tests.handlers.letters.test_letters import newcomer, send_letter
from tests.harness import BotHarness, start_harness

pytestmark = [needs_ocr, needs_fonts]

# From letter 003: the addressee, her street and personal code, the account's BIC, the reference, the letter's words.
WORDS = ("Amina", "Yusuf", "Tieteenkatu", "020791-978Y", "NDEAFIHH", "68508", "Återkrav", "bostadsbidrag")


@pytest.fixture
async def threaded(
    db_url: str, monkeypatch: pytest.MonkeyPatch, clock: FixedClock, translator: Translator
) -> AsyncIterator[BotHarness]:
    """The bot reading letters in a thread, so every log line of the reading is captured here too."""
    monkeypatch.setenv("KOTOTORI_LETTERS_PROCESSES", "false")
    h = await start_harness(db_url, clock, translator)
    try:
        yield h
    finally:
        await h.stop()


async def everything_stored(h: BotHarness) -> str:
    rows = []
    async with h.resources.sessionmaker() as session:
        for table in Base.metadata.sorted_tables:
            rows.extend(repr(tuple(r)) for r in (await session.execute(select(table))).all())
    return "\n".join(rows)


async def test_no_word_of_the_letter_is_stored_or_logged(
    threaded: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    h = threaded
    caplog.set_level(logging.DEBUG, logger="bot")
    caplog.set_level(logging.DEBUG, logger="handlers")
    caplog.set_level(logging.INFO)
    letter = dev_letter("003")
    pdf = letter_pdf(letter)
    recognised = LetterReader().explain([pdf]).text
    assert all(word in recognised for word in WORDS), "the words are in the letter as the bot reads it"

    user = await newcomer(h, "so")
    await send_letter(h, user, [("photo", photographed(letter, seed=4, long_side=2000)[0], None)])
    answer = await send_letter(h, user, [("document", pdf, "warqad.pdf")])
    await h.press(user, h.translator("so")("letters-remind-button"))

    stored = await everything_stored(h)
    logged = "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert "letter answered: kela/invoice" in logged, "the reading was logged, by ids only"
    for word in WORDS:
        assert word not in stored, f"{word!r} is stored"
        assert word not in logged, f"{word!r} is logged"
    assert "Amina" not in answer["text"], "the answer does not repeat the letter"
    # what is kept: the reminder (date, topic, sender, kind) and the counts (sender, kind, language)
    assert "datetime.date(2026, 12, 15), 'pay-bills', 'kela', 'invoice'" in stored
    assert "'kela', 'invoice', 'so', 2)" in stored
