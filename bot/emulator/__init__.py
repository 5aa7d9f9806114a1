"""A faithful fake Telegram Bot API server for the offline demo, end-to-end tests and benchmarks."""

from bot.emulator.emulator import TelegramEmulator
from bot.emulator.errors import ApiError

__all__ = ["ApiError", "TelegramEmulator"]
