"""Fixtures for the emulator's own tests: a running emulator, a real aiogram Bot and a raw HTTP client."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import aiohttp
import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot.clock import FixedClock
from bot.emulator import TelegramEmulator

TOKEN = "123456789:AAE-emulator-test-token-0123456789abcdef"
OTHER_TOKEN = "987654321:AAE-another-bot-token-0123456789abcdef"
NOW = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)


@pytest.fixture
def fixed_clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
async def emu(fixed_clock: FixedClock) -> AsyncIterator[TelegramEmulator]:
    emulator = TelegramEmulator(TOKEN, clock=fixed_clock)
    await emulator.start()
    try:
        yield emulator
    finally:
        await emulator.stop()


def make_bot(emulator: TelegramEmulator, token: str = TOKEN) -> Bot:
    return Bot(token, session=AiohttpSession(api=TelegramAPIServer.from_base(emulator.base_url)))


@pytest.fixture
async def bot(emu: TelegramEmulator) -> AsyncIterator[Bot]:
    b = make_bot(emu)
    try:
        yield b
    finally:
        await b.session.close()


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


class Api:
    """Raw Bot API calls: returns (HTTP status, JSON body)."""

    def __init__(self, emulator: TelegramEmulator, session: aiohttp.ClientSession) -> None:
        self.emulator = emulator
        self.session = session

    def url(self, method: str, token: str = TOKEN) -> str:
        return f"{self.emulator.base_url}/bot{token}/{method}"

    async def call(self, method: str, token: str = TOKEN, **kwargs: Any) -> tuple[int, dict[str, Any]]:
        async with self.session.post(self.url(method, token), **kwargs) as resp:
            return resp.status, await resp.json()

    async def form(self, method: str, **params: Any) -> tuple[int, dict[str, Any]]:
        return await self.call(method, data={k: str(v) for k, v in params.items()})

    async def json(self, method: str, **params: Any) -> tuple[int, dict[str, Any]]:
        return await self.call(method, json=params)


@pytest.fixture
def api(emu: TelegramEmulator, http: aiohttp.ClientSession) -> Api:
    return Api(emu, http)
