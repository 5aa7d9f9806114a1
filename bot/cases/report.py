"""Numbers for coordinators' reports: cases per day, language and topic, median time to first answer, ratings.

Read from the anonymous statistics, so deleted cases still count and no one can be recognised from the report.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.cases.repository import SqlCaseRepository


@dataclass(frozen=True)
class CaseReport:
    since: date
    until: date
    total: int
    urgent: int
    per_day: dict[date, int] = field(default_factory=dict)
    per_locale: dict[str, int] = field(default_factory=dict)
    per_topic: dict[str, int] = field(default_factory=dict)
    answered: int = 0
    median_first_answer: timedelta | None = None
    ratings: dict[int, int] = field(default_factory=dict)

    @property
    def average_rating(self) -> float | None:
        count = sum(self.ratings.values())
        return sum(k * v for k, v in self.ratings.items()) / count if count else None

    def as_json(self) -> dict[str, object]:
        median = self.median_first_answer
        return {
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "total": self.total,
            "urgent": self.urgent,
            "per_day": {d.isoformat(): n for d, n in sorted(self.per_day.items())},
            "per_language": dict(sorted(self.per_locale.items())),
            "per_topic": dict(sorted(self.per_topic.items(), key=lambda kv: (-kv[1], kv[0]))),
            "answered": self.answered,
            "median_first_answer_seconds": int(median.total_seconds()) if median is not None else None,
            "ratings": {str(k): v for k, v in sorted(self.ratings.items())},
            "average_rating": self.average_rating,
        }


async def case_report(
    sessionmaker: async_sessionmaker[AsyncSession], now: datetime, days: int, tz: ZoneInfo
) -> CaseReport:
    since = now - timedelta(days=days)
    async with sessionmaker() as session:
        rows = await SqlCaseRepository(session).stats_since(since)
    per_day: Counter[date] = Counter()
    per_locale: Counter[str] = Counter()
    per_topic: Counter[str] = Counter()
    ratings: Counter[int] = Counter()
    waits: list[int] = []
    urgent = 0
    for opened_at, locale, topic, is_urgent, first_answer, rating in rows:
        per_day[opened_at.astimezone(tz).date()] += 1
        per_locale[locale] += 1
        per_topic[topic or "-"] += 1
        urgent += bool(is_urgent)
        if first_answer is not None:
            waits.append(first_answer)
        if rating is not None:
            ratings[rating] += 1
    median = timedelta(seconds=statistics.median(waits)) if waits else None
    return CaseReport(
        since=since.astimezone(tz).date(),
        until=now.astimezone(tz).date(),
        total=len(rows),
        urgent=urgent,
        per_day=dict(per_day),
        per_locale=dict(per_locale),
        per_topic=dict(per_topic),
        answered=len(waits),
        median_first_answer=median,
        ratings=dict(ratings),
    )
