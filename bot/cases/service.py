"""The case service handlers use: the newcomer's side and the advisors' side over one session.

The rules live in base.py (shared), newcomer.py and staff.py; this module puts them together and is what the rest of
the application imports.
"""

from __future__ import annotations

from bot.cases.base import (
    DRAFT_LIFETIME,
    PHRASES,
    REOPEN_WINDOW,
    URGENT_TOPIC_IDS,
    CaseContext,
    NoCaseHint,
)
from bot.cases.newcomer import NewcomerCases
from bot.cases.staff import StaffCases

__all__ = [
    "DRAFT_LIFETIME",
    "PHRASES",
    "REOPEN_WINDOW",
    "URGENT_TOPIC_IDS",
    "CaseContext",
    "CaseService",
    "NoCaseHint",
]


class CaseService(NewcomerCases, StaffCases):
    """All case rules for one database session (one update, or one job)."""
