"""Access to the real PostgreSQL and Redis for tests: skip with a clear reason on a laptop, fail in CI."""

from __future__ import annotations

import asyncio
import os
import socket
import uuid
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, NoReturn

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection

from bot.db.base import Base
from bot.db.engine import create_engine
from bot.db.migrate import upgrade

PG_HOST, PG_PORT = "127.0.0.1", 5432
REDIS_URL = "redis://127.0.0.1:6379/0"
REQUIRED = os.environ.get("KOTOTORI_REQUIRE_SERVICES") == "1"


def _reachable(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def missing(reason: str, hint: str = "") -> NoReturn:
    """Something a test needs is not here: skip with the reason (and the hint) on a laptop, fail in CI."""
    if REQUIRED:
        pytest.fail(f"{reason}, and KOTOTORI_REQUIRE_SERVICES=1 (CI) requires it")
    pytest.skip(reason + hint)


def need(service: str, port: int) -> None:
    if not _reachable(port):
        missing(
            f"{service} is not listening on 127.0.0.1:{port}",
            f": start it to run the {service} tests (CI requires it)",
        )


@asynccontextmanager
async def throwaway_postgres() -> AsyncIterator[str]:
    """A fresh database on the local server, dropped afterwards."""
    import asyncpg

    need("PostgreSQL", PG_PORT)
    name = f"kototori_test_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(host=PG_HOST, port=PG_PORT, user="postgres", database="postgres")
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    try:
        yield f"postgresql+asyncpg://postgres@{PG_HOST}:{PG_PORT}/{name}"
    finally:
        admin = await asyncpg.connect(host=PG_HOST, port=PG_PORT, user="postgres", database="postgres")
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()


async def migrated_sqlite(path: Path) -> str:
    """A SQLite database in the file `path`, migrated to the newest revision; its URL."""
    url = f"sqlite+aiosqlite:///{path}"
    await asyncio.to_thread(upgrade, url)
    return url


async def model_drift(db_url: str, names: Iterable[str]) -> list[Any]:
    """What Alembic's autogenerate would still change in the migrated database at `db_url` to match the models,
    among the changes that mention one of `names` (tables or columns): empty when migrations and models agree."""

    def diff(connection: Connection) -> list[Any]:
        return list(
            compare_metadata(
                MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
            )
        )

    engine = create_engine(db_url)
    try:
        async with engine.connect() as conn:
            changes = await conn.run_sync(diff)
    finally:
        await engine.dispose()
    names = tuple(names)
    return [c for c in changes if any(name in repr(c) for name in names)]
