"""The `kototori` command: the processes (run, webhook, demo, scheduler) and the tools (db, kb, cases, bookings).

Each tool lives in its own module here with `add_parser(sub)` and `run(args, settings)`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from types import ModuleType

from bot.cli import bookings, cases, console, db, kb, letter
from bot.config import ConfigError, load_settings

# `kototori <name> ...`: each module has add_parser(sub) and run(args, settings) -> exit code.
TOOLS: dict[str, ModuleType] = {
    "db": db,
    "kb": kb,
    "cases": cases,
    "bookings": bookings,
    "console": console,
    "letter": letter,
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kototori", description="Kototori advice bot")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub.add_parser("run", help="run the bot with long polling", description="Run the bot with long polling.")
    sub.add_parser(
        "webhook",
        help="run the bot behind a webhook (aiohttp server)",
        description="Run an aiohttp webhook server; needs KOTOTORI_WEBHOOK_URL and KOTOTORI_WEBHOOK_SECRET.",
    )
    demo = sub.add_parser(
        "demo",
        help="offline demo: emulator + bot + scheduler, no token needed",
        description="Start the Telegram emulator, the bot and the scheduler in one process and serve the demo page.",
    )
    demo.add_argument("--host", default="127.0.0.1")
    demo.add_argument("--port", type=int, default=8080)
    demo.add_argument(
        "--db", default="kototori-demo.sqlite3", help="SQLite file for the demo (default: %(default)s)"
    )
    sub.add_parser(
        "scheduler",
        help="run the scheduler process (reminders, announcements, retention)",
        description="Run the single scheduler process; a second copy refuses to start.",
    )
    for tool in TOOLS.values():
        tool.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
        logging.basicConfig(
            level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
        for chatty in ("alembic", "apscheduler"):
            logging.getLogger(chatty).setLevel(logging.WARNING)
        return _dispatch(args, settings)
    except ConfigError as exc:
        sys.stderr.write(f"kototori: configuration error: {exc}\n")
        return 2
    except KeyboardInterrupt:
        return 0


def _dispatch(args: argparse.Namespace, settings: object) -> int:
    from bot.config import Settings

    assert isinstance(settings, Settings)
    if args.command == "run":
        settings.require_token()
        from bot.runtime.polling import run_polling

        asyncio.run(run_polling(settings))
    elif args.command == "webhook":
        settings.require_token()
        from bot.runtime.polling import run_webhook

        asyncio.run(run_webhook(settings))
    elif args.command == "demo":
        from bot.runtime.demo import run_demo

        asyncio.run(run_demo(host=args.host, port=args.port, db_path=args.db))
    elif args.command == "scheduler":
        from bot.runtime.scheduler import run

        return run(settings)
    elif args.command in TOOLS:
        code: int = TOOLS[args.command].run(args, settings)
        return code
    return 0
