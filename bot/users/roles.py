"""Who is staff, the one place that says it: coordinators are KOTOTORI_COORDINATOR_IDS, advisors the members of the
advisors' group (asked from Telegram through a small Membership protocol and cached briefly)."""

from __future__ import annotations

import time
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class Role(StrEnum):
    NONE = "none"
    ADVISOR = "advisor"
    COORDINATOR = "coordinator"


@dataclass(frozen=True, slots=True)
class Staff:
    """An advisor or coordinator acting in the advisors' group."""

    id: int
    name: str
    role: Role

    @property
    def coordinator(self) -> bool:
        return self.role == Role.COORDINATOR


MEMBER_STATUSES = frozenset({"creator", "administrator", "member"})


class Membership(Protocol):
    async def status(self, user_id: int) -> str:
        """The user's status in the advisors' group: creator, administrator, member, left, kicked, ..."""
        ...


class RoleResolver:
    """Membership answers are cached briefly (per process): one Telegram request per advisor per minute at most.

    A person removed from the group loses access within `ttl_seconds`; the cache is monotonic-time based because
    it is about request volume, not a rule of the service.
    """

    def __init__(self, coordinators: Collection[int], ttl_seconds: float = 60.0) -> None:
        self.coordinators = frozenset(coordinators)
        self.ttl = ttl_seconds
        self._cache: dict[int, tuple[float, Role]] = {}

    def is_coordinator(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.coordinators

    async def role(self, user_id: int, membership: Membership | None) -> Role:
        """Coordinator, advisor (a member of the advisors' group) or nobody; no group configured: no advisors."""
        if user_id in self.coordinators:
            return Role.COORDINATOR
        if membership is None:
            return Role.NONE
        cached = self._cache.get(user_id)
        if cached is not None and time.monotonic() - cached[0] < self.ttl:
            return cached[1]
        try:
            status = await membership.status(user_id)
        except Exception:  # Telegram unreachable: nobody gets in on a guess
            return Role.NONE
        role = Role.ADVISOR if status in MEMBER_STATUSES else Role.NONE
        self._cache[user_id] = (time.monotonic(), role)
        if len(self._cache) > 1000:
            self._cache.clear()
        return role

    def forget(self, user_id: int | None = None) -> None:
        if user_id is None:
            self._cache.clear()
        else:
            self._cache.pop(user_id, None)
