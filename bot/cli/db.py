"""`kototori db upgrade`: apply the Alembic migrations (its own step: the bot refuses to start on an old database)."""

from __future__ import annotations

import argparse
import sys

from bot.cli import SubParsers, command_group
from bot.config import Settings
from bot.db.migrate import upgrade


def add_parser(sub: SubParsers) -> None:
    db_sub = command_group(sub, "db", "database commands")
    db_sub.add_parser("upgrade", help="apply Alembic migrations", description="Apply all Alembic migrations.")


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.db_command == "upgrade":
        upgrade(settings.database_url)
        sys.stdout.write("database is up to date\n")
    return 0
