"""Domain objects shared by services and repositories (no framework imports)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class UserProfile:
    telegram_id: int
    locale: str | None
    first_seen: datetime
    last_seen: datetime
    consent_advisor: bool
    consent_announcements: bool
    blocked: bool
