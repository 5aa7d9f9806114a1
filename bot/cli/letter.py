"""`kototori letter explain FILE... [--locale L] [--json]`: what a letter says, with the bot's reply in locale L."""

from __future__ import annotations

import argparse

from bot.clock import SystemClock
from bot.config import Settings
from bot.letters import cli


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cli.add_parser(sub)


def run(args: argparse.Namespace, settings: Settings) -> int:
    today = SystemClock().now().astimezone(settings.tz).date()
    return cli.run(args, today=today)
