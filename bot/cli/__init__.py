"""`kototori` and its sub-commands (bot/cli/main.py); each module adds its own parser and runs it."""

from __future__ import annotations

import argparse
from typing import TypeAlias

SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def command_group(sub: SubParsers, name: str, about: str) -> SubParsers:
    """`kototori NAME COMMAND`: a command that groups others; the one chosen is `args.NAME_command`."""
    group = sub.add_parser(name, help=about, description=about[0].upper() + about[1:] + ".")
    return group.add_subparsers(dest=f"{name}_command", required=True, metavar=f"{name.upper()}_COMMAND")
