"""`kototori console link` (staff only) and the standalone console server."""

from __future__ import annotations

import asyncio
import logging
import socket
from pathlib import Path

import pytest
from aiohttp import ClientSession, web
from aiohttp.test_utils import TestClient, TestServer

from bot.cli.main import main
from bot.config import load_settings
from bot.db.migrate import upgrade
from bot.runtime.console import create_app, create_console, create_runner, sign_in_link


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


async def test_the_servers_access_log_never_holds_a_sign_in_token(
    env: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A log line with a working link would sign its reader in: the token is cut, the rest of the line stays."""
    token = (await sign_in_link(load_settings(), 9003, "Leena", 8090)).rsplit("/", 1)[1]
    process = await create_console(load_settings(), 8090)
    runner = create_runner(process.console)
    await runner.setup()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    await web.TCPSite(runner, "127.0.0.1", port).start()
    caplog.set_level(logging.INFO, logger="aiohttp.access")
    try:
        url = f"http://127.0.0.1:{port}/console/sign-in/{token}"
        async with ClientSession() as http, http.get(url) as page:
            assert page.status == 200 and token in await page.text()  # the page's button still has it
    finally:
        await runner.cleanup()
        await process.close()
    lines = [r.getMessage() for r in caplog.records if r.name == "aiohttp.access"]
    assert any('"GET /console/sign-in/…" 200' in line for line in lines), lines
    assert not any(token in line for line in lines)
