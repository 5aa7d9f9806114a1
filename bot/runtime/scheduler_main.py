"""Entry for the scheduler process (`python scheduler.py` or `kototori scheduler`)."""

from __future__ import annotations

import asyncio
import logging
import sys

from bot.app import create_resources
from bot.clock import SystemClock
from bot.config import Settings
from bot.runtime.scheduler import AlreadyRunning, run_scheduler

log = logging.getLogger(__name__)


def run(settings: Settings) -> int:
    settings.require_token()  # the scheduler sends announcements and notices (bot/outbox/sender.py)

    async def _main() -> None:
        resources = create_resources(settings, SystemClock())
        try:
            await run_scheduler(resources)
        finally:
            await resources.close()

    try:
        asyncio.run(_main())
    except AlreadyRunning as exc:
        sys.stderr.write(f"kototori scheduler: not started: {exc}\n")
        return 3
    return 0
