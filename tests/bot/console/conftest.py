"""The console over real HTTP (aiohttp's test server) on a migrated database, with staff known by a fake group."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.answers.knowledge.model import KnowledgeBase, load_knowledge
from bot.clock import FixedClock
from bot.console.auth import SignInLinks
from bot.console.web import COOKIE, LANGUAGE_COOKIE, RUNNER_OPTIONS, Console, ConsoleSlot, mount
from bot.db.engine import create_engine, create_sessionmaker
from bot.users.roles import Role, RoleResolver, Staff

COORDINATOR = Staff(9003, "Leena", Role.COORDINATOR)
ADVISOR = Staff(9001, "Aino", Role.ADVISOR)
OTHER_ADVISOR = Staff(9002, "Hassan", Role.ADVISOR)
NEWCOMER = 5001


@cache
def repository() -> KnowledgeBase:
    return load_knowledge()


@dataclass
class FakeGroup:
    """The advisors' group as Telegram would answer getChatMember."""

    members: set[int] = field(default_factory=lambda: {ADVISOR.id, OTHER_ADVISOR.id})

    async def status(self, user_id: int) -> str:
        return "member" if user_id in self.members else "left"


@dataclass
class Site:
    client: TestClient[web.Request, web.Application]
    console: Console
    group: FakeGroup
    clock: FixedClock

    async def link(self, staff: Staff) -> str:
        """A one-time link's token (what the bot's /console hands out)."""
        async with self.console.sessionmaker() as session:
            url = await SignInLinks(session, self.clock, "https://console.example.fi").issue(staff)
        assert url is not None and url.startswith("https://console.example.fi/console/sign-in/")
        return url.rsplit("/", 1)[1]

    async def sign_in(self, staff: Staff) -> str:
        """Signs in and returns the session cookie's value."""
        token = await self.link(staff)
        response = await self.client.post("/console/sign-in", data={"token": token}, allow_redirects=False)
        assert response.status == 303, await response.text()
        cookie = response.cookies[COOKIE]
        self.client.session.cookie_jar.update_cookies({COOKIE: cookie.value})
        return cookie.value

    async def csrf(self, path: str = "/console/") -> str:
        page = await (await self.client.get(path)).text()
        found = re.search(r'name="csrf" value="([^"]+)"', page)
        assert found, page[:500]
        return found.group(1)

    def sign_out_locally(self) -> None:
        self.client.session.cookie_jar.clear()
        self.client.session.cookie_jar.update_cookies({LANGUAGE_COOKIE: "en"})


@pytest.fixture
async def site(db_url: str, clock: FixedClock) -> AsyncIterator[Site]:
    engine = create_engine(db_url)
    group = FakeGroup()
    console = Console(
        sessionmaker=create_sessionmaker(engine),
        clock=clock,
        tz=ZoneInfo("Europe/Helsinki"),
        roles=RoleResolver({COORDINATOR.id}, ttl_seconds=0),
        membership=group,
        repository=repository(),
        secure=True,
        public_url="https://console.example.fi",
    )
    app = web.Application()
    mount(app, ConsoleSlot(console))
    server = TestServer(app)
    await server.start_server(**RUNNER_OPTIONS)  # the access log of `kototori console`
    client = TestClient(server)
    await client.start_server()
    client.session.cookie_jar.update_cookies({LANGUAGE_COOKIE: "en"})  # tests read the English pages
    try:
        yield Site(client, console, group, clock)
    finally:
        await client.close()
        await engine.dispose()
