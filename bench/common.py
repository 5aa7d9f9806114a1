"""What several benchmarks share: the command line, a newcomer's first contact with the bot, the result as JSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bot.emulator import TelegramEmulator


def command_line(doc: str | None) -> argparse.ArgumentParser:
    """A benchmark's options; its --help is the module's docstring, as written."""
    return argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)


async def choose_language(
    emu: TelegramEmulator, user: int, messages: int, timeout: float, label: str | None = None
) -> None:
    """/start, then a language from the picker (`label`, or the first one); returns when the chat has `messages`
    messages from the bot (the picker, the welcome, and the news offer when the benchmark waits for it)."""
    emu.send_text(user, "/start")
    [picker] = await emu.wait_for_messages(user, 1, timeout=timeout)
    choices = [b for row in picker["reply_markup"]["inline_keyboard"] for b in row]
    choice = next(b for b in choices if label in (None, b["text"]))
    emu.press(user, user, picker["message_id"], choice["callback_data"])
    await emu.wait_for_messages(user, messages, timeout=timeout)


def print_json(result: Any, path: str | Path | None) -> None:
    """The result on stdout, and in the file `path` too (the --json option) when one is given."""
    text = json.dumps(result, indent=2)
    print(text)
    if path:
        Path(path).write_text(text + "\n", encoding="utf-8")
