"""The offline demo (bot/runtime/demo.py) in tests: one running on its own SQLite file, and its page in Chromium."""

from __future__ import annotations

import re
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot.runtime.demo import Demo, start_demo
from tests.infra import missing

if TYPE_CHECKING:
    from playwright.async_api import Browser, Page

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@asynccontextmanager
async def running_demo(tmp_path: Path, at: datetime | None = None) -> AsyncIterator[Demo]:
    """The demo on a free port with its database in `tmp_path`, its clock moved to `at`; stopped afterwards."""
    running = await start_demo(port=0, db_path=str(tmp_path / "demo.sqlite3"))
    if at is not None:
        running.clock.offset = at - datetime.now(UTC)
    try:
        yield running
    finally:
        await running.stop()


def plain(text: str) -> str:
    """A Fluent message as the demo page shows it: without HTML tags."""
    return re.sub(r"<[^>]+>", "", text)


def need_chromium() -> None:
    if not Path(CHROMIUM).exists():
        missing("Debian's chromium is not installed (apt-get install chromium)")


@asynccontextmanager
async def chromium() -> AsyncIterator[Browser]:
    """Debian's Chromium, headless, through Playwright; closed afterwards."""
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser
        finally:
            await browser.close()


async def open_demo(
    browser: Browser, demo: Demo, width: int, height: int, timeout_ms: float | None = None
) -> Page:
    """A new page on the demo, once it says it is ready (`body[data-ready='1']`)."""
    page = await browser.new_page(viewport={"width": width, "height": height})
    if timeout_ms is not None:
        page.set_default_timeout(timeout_ms)
    await page.goto(demo.url + "/")
    await page.wait_for_selector("body[data-ready='1']")
    return page
