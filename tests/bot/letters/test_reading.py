"""Where letters are read: in worker processes, never in the bot's own process (whose event loop answers everyone
else's chats), also for a user who may not start the Python interpreter anew (an unprivileged user with Python
under another user's home): then the workers are forked instead of spawned."""

from __future__ import annotations

import multiprocessing.spawn
import os
from collections.abc import Sequence
from zoneinfo import ZoneInfo

import pytest

from bot.clock import SystemClock
from bot.letters.model import LetterExplanation
from bot.letters.reading import LetterReading


class WhereReader:
    """Says which process read the letter."""

    def explain(self, pages: Sequence[bytes]) -> LetterExplanation:
        return LetterExplanation("other", "other", None, False, None, False, "", 0.0, text=str(os.getpid()))


@pytest.mark.parametrize("interpreter", ["startable", "not startable by this user"])
async def test_letters_are_read_outside_the_bots_process(
    monkeypatch: pytest.MonkeyPatch, interpreter: str
) -> None:
    if interpreter != "startable":
        monkeypatch.setattr(multiprocessing.spawn, "get_executable", lambda: "/nonexistent/python3")
    reading = LetterReading(
        None,  # type: ignore[arg-type]  # no statistics here
        SystemClock(),
        ZoneInfo("Europe/Helsinki"),
        reader=WhereReader(),  # type: ignore[arg-type]
    )
    try:
        first = await reading.explain([b"a page"])
        second = await reading.explain([b"a page"])
    finally:
        reading.close()
    assert first.text != str(os.getpid()), "read in the bot's own process"
    assert second.text == first.text, "one worker process reads letter after letter"
