"""The table of Bot API methods the emulator implements, filled by the ``methods_*`` modules."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.emulator.spec import Upload

if TYPE_CHECKING:
    from bot.emulator.emulator import TelegramEmulator


@dataclass(frozen=True, slots=True)
class Call:
    """One validated Bot API request."""

    method: str  # as spelled in the spec, e.g. "sendMessage"
    params: dict[str, Any]
    uploads: Mapping[str, Upload]


Handler = Callable[["TelegramEmulator", Call], Awaitable[Any]]
HANDLERS: dict[str, Handler] = {}


def method(*names: str) -> Callable[[Handler], Handler]:
    """Register a handler for the given method names (matched case-insensitively)."""

    def register(handler: Handler) -> Handler:
        for name in names:
            HANDLERS[name.lower()] = handler
        return handler

    return register
