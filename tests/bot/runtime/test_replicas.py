"""Two `kototori webhook` replicas on one PostgreSQL and Redis, one killed with `kill -9` halfway and restarted.

The emulator delivers by webhook as Telegram does (one update per chat at a time, retried until a 2xx) through a
small round-robin balancer in the test (the real HAProxy set-up is the benchmark's, bench/scale). Most newcomers
alternate /hours and /help without waiting; each message must get its answer, in the order sent. Meanwhile others,
between two questions, book a drop-in time or ask for a person (the scenario's steps are bench/newcomers.py, shared
with bench.scale): after the kill, each has one booking or one case (counted in the database), one topic in the
advisors' group, and their confirmation.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import random
import signal
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bench.newcomers import Newcomer, Stuck, Tally, database_held, until
from bot.db.migrate import upgrade
from bot.emulator import TelegramEmulator
from bot.runtime.handling import MAX_CHATS
from tests.bot.runtime.processes import START_CEILING, BotProcess, bot_env, wait_handled, wait_until
from tests.harness import TOKEN
from tests.infra import REDIS_URL, need, throwaway_postgres

pytestmark = [pytest.mark.postgres, pytest.mark.redis]

NEWCOMERS = 50
BOOKERS = 8  # of the newcomers: book a time between /hours and /help
ASKERS = 5  # ask for a person between /hours and /help (3 each of the group's 20 messages a minute)
COMMANDS = ["/hours", "/help", "/hours", "/help"]
ADVISORS = -1001000000015
STAFF = (("Aino", 9101), ("Hassan", 9102))
SECRET = "replica-test-secret"
CEILING = 120.0  # generous: every wait ends on the event it waits for


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RoundRobin:
    """A load balancer in miniature: each POST to the next replica; one that refuses is skipped (as HAProxy's
    redispatch does); when none answers, 502, and Telegram tries again later."""

    def __init__(self, ports: list[int]) -> None:
        self.targets = [f"http://127.0.0.1:{p}/webhook" for p in ports]
        self.turn = itertools.cycle(range(len(ports)))
        self.runner: web.AppRunner | None = None
        self.http: aiohttp.ClientSession | None = None
        self.port = free_port()

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/webhook", self.forward)
        self.http = aiohttp.ClientSession()
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()

    async def forward(self, request: web.Request) -> web.StreamResponse:
        assert self.http is not None
        body = await request.read()
        headers = {
            k: v
            for k, v in request.headers.items()
            if k.lower() in ("content-type", "x-telegram-bot-api-secret-token")
        }
        first = next(self.turn)
        for i in range(len(self.targets)):
            target = self.targets[(first + i) % len(self.targets)]
            try:
                async with self.http.post(target, data=body, headers=headers) as resp:
                    return web.Response(status=resp.status, body=await resp.read())
            except aiohttp.ClientConnectorError:
                continue  # this replica is down: the next one
            except aiohttp.ClientError:
                return web.Response(status=502)  # died mid-request: Telegram sends the update again
        return web.Response(status=502)

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
        if self.http is not None:
            await self.http.close()


async def listening(port: int) -> None:
    """Wait until a replica accepts connections (it is another process: ask its port every 0.1 s)."""
    async with asyncio.timeout(START_CEILING):
        while True:
            with contextlib.suppress(OSError):
                _, writer = await asyncio.open_connection("127.0.0.1", port)
                writer.close()
                return
            await asyncio.sleep(0.1)


@pytest.fixture
async def emulator() -> AsyncIterator[TelegramEmulator]:
    emu = TelegramEmulator(TOKEN)
    emu.set_webhook_timing(timeout=30, retry_scale=0.1)  # Telegram's 0, 2, 4 ... s retries, ten times faster
    for name, uid in STAFF:
        emu.add_user(name, language_code="fi", user_id=uid)
    emu.add_forum_group("Kototori advisors", chat_id=ADVISORS, members=[uid for _, uid in STAFF])
    await emu.start(host="127.0.0.1", port=0)
    try:
        yield emu
    finally:
        await emu.stop()


async def test_two_replicas_one_killed_lose_nothing_and_keep_each_chats_order(
    emulator: TelegramEmulator, tmp_path: Path
) -> None:
    need("Redis", 6379)
    ports = [free_port(), free_port()]
    balancer = RoundRobin(ports)
    await balancer.start()
    async with throwaway_postgres() as url:
        await asyncio.to_thread(upgrade, url)
        replicas = [
            BotProcess(
                "webhook",
                bot_env(
                    emulator,
                    url,
                    KOTOTORI_REDIS_URL=REDIS_URL,
                    KOTOTORI_WEBHOOK_URL=f"http://127.0.0.1:{balancer.port}/webhook",
                    KOTOTORI_WEBHOOK_SECRET=SECRET,
                    KOTOTORI_WEBHOOK_HOST="127.0.0.1",
                    KOTOTORI_WEBHOOK_PORT=str(port),
                    KOTOTORI_REPLICA_NAME=name,
                    KOTOTORI_ADVISORS_CHAT_ID=str(ADVISORS),
                ),
                tmp_path,
                name,
            )
            for name, port in zip(("replica-a", "replica-b"), ports, strict=True)
        ]
        base = random.randrange(10**6, 10**9)  # Redis is shared with other tests: chats of their own
        everyone = [
            emulator.add_user(f"N{i}", language_code="en", user_id=base + i)["id"] for i in range(NEWCOMERS)
        ]
        bookers, askers, users = (
            everyone[:BOOKERS],
            everyone[BOOKERS : BOOKERS + ASKERS],
            everyone[BOOKERS + ASKERS :],
        )
        tally = Tally()
        scripted = {u: Newcomer(emulator, u, tally, CEILING) for u in bookers + askers}

        async def script(n: Newcomer, slot: int) -> None:
            """/start, /hours, a booking or a case, /help; each step waits for the bot's reaction."""
            try:
                await n.start()
                await n.say("/hours")
                if n.user in bookers:
                    await n.book(slot)  # two per slot: a slot has two seats
                else:
                    await n.ask_for_person()
                await n.say("/help")
            except Stuck:
                tally.stuck_users += 1

        def texts(user: int) -> list[str]:
            return [m["text"] for m in emulator.chat_messages(user) if m["from_bot"] and not m["deleted"]]

        def total() -> int:
            return sum(emulator.world.chat_state(u).counts[(True, None)] for u in users)

        scripts: asyncio.Future[list[None]] | None = None
        try:
            await asyncio.gather(*(r.start() for r in replicas))
            await asyncio.gather(*(listening(p) for p in ports))
            await wait_until(emulator, lambda: emulator.hub.webhook is not None, START_CEILING, "webhook set")
            scripts = asyncio.gather(*(script(n, i // 2) for i, n in enumerate(scripted.values())))
            # The others' questions come once the bookers and askers are a third of the way through, and the kill
            # when half of those questions are answered: both kinds have updates in flight then.
            steps = 9 * BOOKERS + 7 * ASKERS
            await wait_until(
                emulator, lambda: tally.actions_done >= steps // 3, CEILING, "a third of the steps"
            )
            for command in COMMANDS:
                for user in users:
                    emulator.send_text(user, command)
            expected_total = len(users) * len(COMMANDS)
            await wait_until(emulator, lambda: total() >= expected_total // 2, CEILING, "half the answers")
            assert await replicas[0].stop(signal.SIGKILL) == -signal.SIGKILL
            at_kill, steps_at_kill = total(), tally.actions_done
            await replicas[0].start()
            await scripts  # every step of theirs waits for its reaction (the ceiling is per step)
            await wait_until(
                emulator,
                lambda: all(len(texts(u)) >= len(COMMANDS) for u in users),
                CEILING,
                "every message answered",
            )
            assert await until(emulator, lambda: len(emulator.topics(ADVISORS)) >= ASKERS, CEILING), (
                "a topic per case in the advisors' group"
            )
            await emulator.wait_webhook_drained(CEILING)
            expected_updates = expected_total + steps
            await wait_handled(url, expected_updates, CEILING)
            await emulator.wait_idle(timeout=CEILING)  # a second answer would have been sent by now

            # What /hours and /help answer (the same for every newcomer: one language, one clock; the expected
            # answers alternate, so an answer given twice shows as the same text twice in a row).
            hours, help_ = texts(users[0])[0], texts(users[0])[1]
            assert hours != help_
            expected = [hours if c == "/hours" else help_ for c in COMMANDS]
            twice = 0
            for user in users:
                seen = texts(user)
                collapsed = [t for i, t in enumerate(seen) if i == 0 or t != seen[i - 1]]
                assert collapsed == expected, f"chat {user}: lost or out of order: {seen}"
                # Recorded answers are never sent again; the one a chat had on its way to Telegram at the kill is
                # (no bot can know whether Telegram took it, decision 0014): at most one per chat.
                assert len(seen) - len(expected) <= 1, f"chat {user}: answered twice more than once: {seen}"
                twice += len(seen) - len(expected)

            # The bookers and askers: every step answered, one booking or one case each, never two.
            assert tally.stuck_users == 0, [n.texts() for n in scripted.values() if n.stuck_state is not None]
            for n in scripted.values():
                seen = n.texts()
                assert hours in seen and seen[-1] == help_, f"chat {n.user}: {seen}"
            assert [scripted[u].booked() for u in bookers] == [1] * BOOKERS, (
                "each booker's time confirmed once"
            )
            held = await database_held(url)
            assert held.duplicate_cases == 0 and held.duplicate_bookings == 0, held
            assert held.bookings == dict.fromkeys(bookers, 1), held.bookings
            assert held.cases == dict.fromkeys(askers, 1), held.cases
            assert held.topics == dict.fromkeys(askers, 1), "each case has its topic in the advisors' group"
            # A topic whose creation was on its way at the kill is opened again (decision 0014: in doubt, sent
            # again), which leaves one empty topic; more than that would be a case opened twice.
            assert ASKERS <= len(emulator.topics(ADVISORS)) <= ASKERS + 1, emulator.topics(ADVISORS)
            print(
                f"killed after {at_kill} of {expected_total} answers and {steps_at_kill} of {steps} scripted steps;"
                f" answered twice: {twice}; bookings {sum(held.bookings.values())}, cases {sum(held.cases.values())}"
            )
            assert twice <= MAX_CHATS, "only the chats the killed replica was answering at once"
            await asyncio.gather(*(r.stop() for r in replicas))
        finally:
            if scripts is not None and not scripts.done():
                scripts.cancel()
            for replica in replicas:
                await replica.close()
                print(f"{replica.log.name}:\n{replica.tail()}")  # shown when the test fails
            await balancer.stop()
