"""`kototori console link` (staff only) and the standalone console server."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.cli.main import main
from bot.config import load_settings
from bot.db.migrate import upgrade
from bot.runtime.console import create_app, create_console


@pytest.fixture
async def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'c.sqlite3'}"
    await asyncio.to_thread(upgrade, url)
    monkeypatch.setenv("KOTOTORI_DATABASE_URL", url)
    monkeypatch.setenv("KOTOTORI_COORDINATOR_IDS", "9003")
    monkeypatch.setenv("KOTOTORI_CONSOLE_URL", "https://console.example.fi/console")
    monkeypatch.delenv("KOTOTORI_BOT_TOKEN", raising=False)
    return url


async def test_link_for_a_coordinator_and_nobody_else(env: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert await asyncio.to_thread(main, ["console", "link", "--user", "9003", "--name", "Leena"]) == 0
    printed = capsys.readouterr().out.strip()
    assert printed.startswith("https://console.example.fi/console/sign-in/") and len(printed) > 60
    # Not a coordinator, and without a bot token nobody can be asked about the advisors' group.
    assert await asyncio.to_thread(main, ["console", "link", "--user", "5001"]) == 2
    assert "neither a coordinator" in capsys.readouterr().err


async def test_the_standalone_server_serves_the_console(env: str) -> None:
    process = await create_console(load_settings(), 8090)
    console = process.console
    assert process.bot is None and console.secure and console.membership is None
    client = TestClient(TestServer(create_app(console)))
    await client.start_server()
    try:
        home = await client.get("/", allow_redirects=False)
        assert home.status == 303 and home.headers["Location"] == "/console/"
        page = await client.get("/console/")
        assert page.status == 200 and str(page.url).endswith("/console/sign-in")
        assert (await client.get("/console/static/chart.umd.min.js")).status == 200
    finally:
        await client.close()
        await process.close()
