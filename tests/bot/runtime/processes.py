"""The real `kototori` command as a subprocess, as an operator runs it, against the in-process emulator."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from bot.db.engine import create_engine
from bot.db.models import InboxUpdate
from bot.emulator import TelegramEmulator
from tests.harness import TOKEN

# Start-up imports the matcher and talks to the database; on a busy shared machine that can take long.
START_CEILING = 120.0


def bot_env(emulator: TelegramEmulator, database_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KOTOTORI_")}
    env |= {
        "KOTOTORI_BOT_TOKEN": TOKEN,
        "KOTOTORI_TELEGRAM_API": emulator.base_url,
        "KOTOTORI_DATABASE_URL": database_url,
        "KOTOTORI_LOG_LEVEL": "WARNING",
    }
    return env | extra


class BotProcess:
    """One `kototori <command>` process; its log goes to a file the test prints when it fails."""

    def __init__(self, command: str, env: dict[str, str], workdir: Path, name: str = "bot") -> None:
        self.command = command
        self.env = env
        self.workdir = workdir
        self.log = workdir / f"{name}.log"
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        with self.log.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                self.command,
                env=self.env,
                cwd=self.workdir,
                stderr=log,
                stdout=log,
            )

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.returncode is None

    async def stop(self, how: signal.Signals = signal.SIGTERM, ceiling: float = 30.0) -> int:
        """Send `how` and wait for the exit code (SIGKILL: the process has no say)."""
        assert self.process is not None
        with contextlib.suppress(ProcessLookupError):
            self.process.send_signal(how)
        return await asyncio.wait_for(self.process.wait(), ceiling)

    async def close(self) -> None:
        if self.running:
            await self.stop(signal.SIGKILL)

    def tail(self, lines: int = 40) -> str:
        if not self.log.exists():
            return ""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


async def wait_until(
    emulator: TelegramEmulator,
    done: Callable[[], bool],
    ceiling: float,
    what: str,
) -> None:
    """Wait until `done()` holds, checked whenever the emulator's world changes; fail after a generous ceiling."""
    changed = asyncio.Event()
    emulator.world.listeners.append(changed.set)
    try:
        async with asyncio.timeout(ceiling):
            while not done():
                changed.clear()
                await changed.wait()
    except TimeoutError:
        raise AssertionError(f"{what}: not after {ceiling}s") from None
    finally:
        emulator.world.listeners.remove(changed.set)


def bot_messages(emulator: TelegramEmulator, chat: int) -> list[dict[str, object]]:
    return [m for m in emulator.chat_messages(chat) if m["from_bot"] and not m["deleted"]]


async def wait_handled(url: str, count: int, ceiling: float) -> None:
    """Wait until the bot process has marked `count` updates handled in its inbox (it lives in that process's
    database, so the database is what is asked; every 0.2 s, within a generous ceiling)."""
    engine = create_engine(url)
    query = select(func.count()).select_from(InboxUpdate).where(InboxUpdate.handled_at.is_not(None))
    try:
        async with asyncio.timeout(ceiling):
            while True:
                async with engine.connect() as conn:
                    if await conn.scalar(query) == count:
                        return
                await asyncio.sleep(0.2)  # the event is in another process's database
    finally:
        await engine.dispose()


async def sends_in_doubt(url: str) -> int:
    """Requests a stopped bot process had on their way to Telegram when it stopped, by its own record (the inbox's
    `sending_at` of updates not handled): whether Telegram took them, no bot can know (decision 0014)."""
    engine = create_engine(url)
    query = (
        select(func.count())
        .select_from(InboxUpdate)
        .where(InboxUpdate.handled_at.is_(None), InboxUpdate.sending_at.is_not(None))
    )
    try:
        async with engine.connect() as conn:
            return int(await conn.scalar(query) or 0)
    finally:
        await engine.dispose()
