"""Fixtures of the process tests: the emulator a `kototori` subprocess talks to, and the offline demo."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pytest

from bot.emulator import TelegramEmulator
from bot.runtime.demo import Demo
from tests.bot.runtime.demo import need_chromium, running_demo
from tests.harness import TOKEN


@pytest.fixture
async def emulator() -> AsyncIterator[TelegramEmulator]:
    emu = TelegramEmulator(TOKEN)
    await emu.start(host="127.0.0.1", port=0)
    try:
        yield emu
    finally:
        await emu.stop()


@pytest.fixture
def demo_start() -> datetime | None:
    """Where the demo's clock starts: None is now; a module that plays on a given day overrides this."""
    return None


@pytest.fixture
async def demo(
    request: pytest.FixtureRequest, tmp_path: Path, demo_start: datetime | None
) -> AsyncIterator[Demo]:
    """The offline demo on its own SQLite file; a test marked `browser` needs Debian's Chromium first."""
    if request.node.get_closest_marker("browser"):
        need_chromium()
    async with running_demo(tmp_path, at=demo_start) as running:
        yield running
