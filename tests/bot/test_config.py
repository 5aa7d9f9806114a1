"""A missing or malformed setting stops start-up with one clear line naming it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings


def _run(env: dict[str, str], *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("KOTOTORI_")}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        env={**clean, **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("env", "name"),
    [
        ({}, "KOTOTORI_BOT_TOKEN"),
        ({"KOTOTORI_BOT_TOKEN": "not-a-token"}, "KOTOTORI_BOT_TOKEN"),
        (
            {"KOTOTORI_BOT_TOKEN": "123:" + "a" * 35, "KOTOTORI_TIMEZONE": "Europe/Tamperee"},
            "KOTOTORI_TIMEZONE",
        ),
        (
            {"KOTOTORI_BOT_TOKEN": "123:" + "a" * 35, "KOTOTORI_COORDINATOR_IDS": "12,abc"},
            "KOTOTORI_COORDINATOR_IDS",
        ),
        (
            {"KOTOTORI_BOT_TOKEN": "123:" + "a" * 35, "KOTOTORI_DATABASE_URL": "mysql://x"},
            "KOTOTORI_DATABASE_URL",
        ),
        (
            {"KOTOTORI_BOT_TOKEN": "123:" + "a" * 35, "KOTOTORI_ADVISORS_CHAT_ID": "advisors"},
            "KOTOTORI_ADVISORS_CHAT_ID",
        ),
        (
            {"KOTOTORI_BOT_TOKEN": "123:" + "a" * 35, "KOTOTORI_TELEGRAM_API": "api.telegram.org"},
            "KOTOTORI_TELEGRAM_API",
        ),
    ],
)
def test_bad_setting_is_one_line_and_nonzero_exit(env: dict[str, str], name: str, tmp_path: Path) -> None:
    result = _run(env, "run", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert name in lines[0]
    assert "Traceback" not in result.stderr


def test_unmigrated_database_is_refused_with_a_hint(tmp_path: Path) -> None:
    result = _run(
        {"KOTOTORI_BOT_TOKEN": "123:" + "a" * 35, "KOTOTORI_TELEGRAM_API": "http://127.0.0.1:9"},
        "run",
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "kototori db upgrade" in result.stderr
    assert "Traceback" not in result.stderr


def test_settings_read_a_dotenv_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("KOTOTORI_"):
            monkeypatch.delenv(key)
    (tmp_path / ".env").write_text("KOTOTORI_COORDINATOR_IDS=1, 2,3\nKOTOTORI_ADVISORS_CHAT_ID=-1001\n")
    monkeypatch.chdir(tmp_path)
    settings = load_settings()
    assert settings.coordinator_ids == {1, 2, 3}
    assert settings.advisors_chat_id == -1001
    assert settings.database_url.startswith("sqlite+aiosqlite://")


def test_postgres_url_is_given_the_async_driver() -> None:
    settings = load_settings(database_url="postgresql://u@h/db")
    assert settings.database_url == "postgresql+asyncpg://u@h/db"


def test_require_token_names_the_variable() -> None:
    with pytest.raises(ConfigError, match="KOTOTORI_BOT_TOKEN"):
        load_settings(bot_token="").require_token()


@pytest.mark.parametrize("command", ["run", "webhook", "demo", "scheduler", "db"])
def test_every_command_has_help(command: str, tmp_path: Path) -> None:
    result = _run({}, command, "--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "usage: kototori" in result.stdout


def test_scheduler_script_has_help(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, str(root / "scheduler.py"), "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 0
    assert "scheduler" in result.stdout


def test_caches_go_outside_the_code_unless_told(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from bot.config import PROJECT_ROOT

    monkeypatch.delenv("KOTOTORI_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert load_settings().cache_dir == tmp_path / "xdg" / "kototori"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert not load_settings().cache_dir.is_relative_to(PROJECT_ROOT)
    monkeypatch.setenv("KOTOTORI_CACHE_DIR", str(tmp_path / "volume"))
    assert load_settings().cache_dir == tmp_path / "volume"
