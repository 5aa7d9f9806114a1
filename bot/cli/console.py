"""`kototori console [--port 8090]`: the staff console; `kototori console link --user ID`: a one-time sign-in link."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import TextIO

from bot.config import Settings

DEFAULT_PORT = 8090


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    console = sub.add_parser(
        "console",
        help="the staff console (reports, unanswered questions, knowledge base) in a browser",
        description="Serve the staff console at /console. Uses the bot's environment variables; "
        "KOTOTORI_CONSOLE_URL is its public address (the sign-in links start with it).",
    )
    console.add_argument("--host", default="127.0.0.1")
    console.add_argument("--port", type=int, default=DEFAULT_PORT)
    console_sub = console.add_subparsers(dest="console_command", metavar="CONSOLE_COMMAND")
    link = console_sub.add_parser(
        "link",
        help="print a one-time sign-in link (ten minutes) for a staff member",
        description="Print a one-time sign-in link for a coordinator or a member of the advisors' group.",
    )
    link.add_argument("--user", type=int, required=True, help="the staff member's Telegram user id")
    link.add_argument("--name", help="the name shown in the edit history (default: user ID)")


def run(args: argparse.Namespace, settings: Settings, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    if args.console_command == "link":
        from bot.runtime.console import sign_in_link

        url = asyncio.run(sign_in_link(settings, args.user, args.name, args.port))
        out.write(url + "\n")
        return 0
    from bot.runtime.console import run_console

    asyncio.run(run_console(settings, args.host, args.port))
    return 0
