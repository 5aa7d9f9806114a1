"""`kototori db upgrade`: apply the Alembic migrations (its own step: the bot refuses to start on an old database)."""

from __future__ import annotations

import argparse
import sys

from bot.config import Settings
from bot.db.migrate import upgrade


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser("db", help="database commands", description="Database commands.")
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="DB_COMMAND")
    db_sub.add_parser("upgrade", help="apply Alembic migrations", description="Apply all Alembic migrations.")


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.db_command == "upgrade":
        upgrade(settings.database_url)
        sys.stdout.write("database is up to date\n")
    return 0
