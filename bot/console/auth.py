"""Sign-in without passwords: one-time links from the bot (ten minutes), sessions in the database (eight hours, two
without a request).

Only hashes of the link and session tokens are stored, so a copy of the database opens nothing. Every request asks
the one `roles` object (bot/users/roles.py) again: someone who left the advisors' group is out within the roles'
cache time (a minute), and their sessions end.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.console.repository import Session, SqlConsoleRepository
from bot.users.roles import Membership, Role, RoleResolver, Staff

LINK_VALID = timedelta(minutes=10)
SESSION_VALID = timedelta(hours=8)
# A browser left signed in on a shared computer ends after two idle hours. Not shorter: writing a long answer in the
# editor makes no request, and the text would be lost at "Save".
SESSION_IDLE = timedelta(hours=2)
SEEN_EVERY = timedelta(minutes=1)  # at most one write per session and minute for "last seen"
# Failed sign-ins from one address before it must wait. Tokens have 256 bits, so this is not what keeps guessing
# out; it keeps a flood of forged links from costing a database query each.
SIGN_IN_FAILURES = 20
SIGN_IN_WINDOW = timedelta(minutes=10)
PATH = "/console"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def console_base(url: str) -> str:
    """KOTOTORI_CONSOLE_URL may be given with or without the trailing /console."""
    url = url.rstrip("/")
    return url[: -len(PATH)] if url.endswith(PATH) else url


class Refusal(StrEnum):
    UNKNOWN = "unknown"  # never issued (or forged)
    USED = "used"
    EXPIRED = "expired"
    NOT_STAFF = "not-staff"


@dataclass(frozen=True)
class SignedIn:
    session: Session
    staff: Staff

    @property
    def csrf(self) -> str:
        return self.session.csrf

    def csrf_ok(self, token: str | None) -> bool:
        return token is not None and hmac.compare_digest(token.encode(), self.session.csrf.encode())


class SignInLinks:
    """Issues one-time links; the bot's /console and `kototori console link` use it (only for staff)."""

    def __init__(self, session: AsyncSession, clock: Clock, base_url: str | None) -> None:
        self._session = session
        self._repo = SqlConsoleRepository(session)
        self._clock = clock
        self.base_url = console_base(base_url) if base_url else None

    async def issue(self, staff: Staff) -> str | None:
        """A link for an advisor or coordinator; None when the console has no address (KOTOTORI_CONSOLE_URL)."""
        if self.base_url is None:
            return None
        if staff.role == Role.NONE:
            raise PermissionError("only advisors and coordinators get a sign-in link")
        token = secrets.token_urlsafe(32)
        now = self._clock.now()
        await self._repo.add_sign_in(hash_token(token), staff.id, staff.name, now, now + LINK_VALID)
        await self._session.commit()
        return f"{self.base_url}{PATH}/sign-in/{token}"


class ConsoleAuth:
    def __init__(
        self, session: AsyncSession, clock: Clock, roles: RoleResolver, membership: Membership | None
    ) -> None:
        self._session = session
        self._repo = SqlConsoleRepository(session)
        self._clock = clock
        self._roles = roles
        self._membership = membership

    async def role(self, telegram_id: int) -> Role:
        return await self._roles.role(telegram_id, self._membership)

    async def redeem(self, token: str, previous: str | None = None) -> tuple[str, SignedIn] | Refusal:
        """A link's token -> a new session's cookie token, or why not. The session of the cookie the browser had
        before (`previous`) ends: a sign-in always starts a new session, never continues an old one."""
        now = self._clock.now()
        sign_in = await self._repo.use_sign_in(hash_token(token), now)
        await self._session.commit()
        if sign_in is None:
            return Refusal.UNKNOWN
        if sign_in.used_at is not None:
            return Refusal.USED
        if sign_in.expires_at <= now:
            return Refusal.EXPIRED
        role = await self.role(sign_in.telegram_id)
        if role == Role.NONE:
            return Refusal.NOT_STAFF
        if previous:
            old = await self._repo.session(hash_token(previous))
            if old is not None:
                await self._repo.end_session(old.id, now)
        cookie = secrets.token_urlsafe(32)
        csrf = secrets.token_urlsafe(32)
        await self._repo.add_session(
            hash_token(cookie), sign_in.telegram_id, sign_in.name, csrf, now, now + SESSION_VALID
        )
        await self._session.commit()
        session = await self._repo.session(hash_token(cookie))
        assert session is not None
        return cookie, SignedIn(session, Staff(sign_in.telegram_id, sign_in.name, role))

    async def current(self, cookie: str | None) -> SignedIn | None:
        """The session of this cookie if it is still valid and its person is still staff."""
        if not cookie:
            return None
        session = await self._repo.session(hash_token(cookie))
        now = self._clock.now()
        if session is None or session.ended_at is not None or session.expires_at <= now:
            return None
        if now - session.last_seen_at >= SESSION_IDLE:
            await self._repo.end_session(session.id, now)
            await self._session.commit()
            return None
        role = await self.role(session.telegram_id)
        if role == Role.NONE:
            await self._repo.end_sessions_of(session.telegram_id, now)
            await self._session.commit()
            return None
        if now - session.last_seen_at >= SEEN_EVERY:
            await self._repo.seen(session.id, now)
            await self._session.commit()
        return SignedIn(session, Staff(session.telegram_id, session.name, role))

    async def sign_out(self, signed_in: SignedIn) -> None:
        await self._repo.end_session(signed_in.session.id, self._clock.now())
        await self._session.commit()


class SignInAttempts:
    """Failed sign-ins per client address in the last ten minutes (in memory: per process, lost at a restart)."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._failures: dict[str, list[datetime]] = {}

    def _recent(self, address: str) -> list[datetime]:
        since = self._clock.now() - SIGN_IN_WINDOW
        recent = [at for at in self._failures.get(address, []) if at > since]
        if recent:
            self._failures[address] = recent
        else:
            self._failures.pop(address, None)
        return recent

    def blocked(self, address: str) -> bool:
        return len(self._recent(address)) >= SIGN_IN_FAILURES

    def failed(self, address: str) -> None:
        self._recent(address)
        self._failures.setdefault(address, []).append(self._clock.now())
        if len(self._failures) > 10_000:  # a flood from many addresses: forget the oldest rather than grow
            self._failures.pop(next(iter(self._failures)))
