"""The console's reports: anonymous counts over the last 4, 12 or 52 weeks, as charts with a CSV each.

Everything comes from anonymous tables (daily counts, case statistics, booking statuses, subscribers per language);
the unanswered questions are people's own words, so digits and e-mail addresses in them are masked.
"""

from __future__ import annotations

import asyncio
import csv
import io
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.answers.stats import OUTCOMES, THUMBS_DOWN, THUMBS_UP
from bot.booking.model import HOLDS_SEAT, BookingStatus
from bot.clock import Clock
from bot.db.models import Booking, CaseStat, DailyCount, DailyTopicCount, UnansweredQuestion, User
from bot.i18n import LOCALES

PERIODS = (4, 12, 52)
TOP = 10
UNANSWERED_TOP = 15


@dataclass(frozen=True)
class Series:
    key: str  # a language, an outcome, a measure: the page names it
    values: list[float]
    axis: str = "y"  # "y2": the right-hand axis (minutes next to counts)


@dataclass(frozen=True)
class Chart:
    key: str
    kind: str  # line | stacked | percent | bars | hbar | combo | table
    labels: list[str]
    series: list[Series] = field(default_factory=list)
    extra: list[str] = field(
        default_factory=list
    )  # a second label column (the unanswered questions' language)

    @property
    def empty(self) -> bool:
        return not any(v for s in self.series for v in s.values)

    def csv(self, names: dict[str, str] | None = None, first: str = "label") -> str:
        names = names or {}
        out = io.StringIO()
        writer = csv.writer(out)
        header = (
            [first] + (["language"] if self.extra else []) + [names.get(s.key, s.key) for s in self.series]
        )
        writer.writerow([spreadsheet_text(x) for x in header])
        for i, label in enumerate(self.labels):
            row: list[object] = [spreadsheet_text(label)]
            if self.extra:
                row.append(spreadsheet_text(self.extra[i]))
            row.extend(_number(s.values[i]) for s in self.series)
            writer.writerow(row)
        return out.getvalue()


# A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets (`=HYPERLINK(...)` typed
# to the bot by anyone would reach a coordinator's spreadsheet through the unanswered questions' CSV).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(text: str) -> str:
    """A text cell that a spreadsheet shows as text: a leading apostrophe when it would start a formula (OWASP)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


@dataclass(frozen=True)
class Period:
    weeks: int
    first: date  # a Monday
    last: date  # today

    @property
    def days(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range((self.last - self.first).days + 1)]

    @property
    def mondays(self) -> list[date]:
        return [self.first + timedelta(weeks=i) for i in range(self.weeks)]

    def week_of(self, day: date) -> date:
        return day - timedelta(days=day.weekday())


def week_index(column: Any, p: Period, tz: ZoneInfo) -> Any:
    """The week (0 = the first) of a UTC timestamp column, computed by the database: a CASE over the weeks' local
    Monday midnights, exact across daylight saving and the same SQL on SQLite and PostgreSQL."""
    bounds = [datetime.combine(m, time(), tzinfo=tz).astimezone(UTC) for m in p.mondays[1:]]
    return case(*((column < bound, i) for i, bound in enumerate(bounds)), else_=len(bounds))


def period(clock: Clock, tz: ZoneInfo, weeks: int) -> Period:
    today = clock.now().astimezone(tz).date()
    monday = today - timedelta(days=today.weekday())
    return Period(weeks, monday - timedelta(weeks=weeks - 1), today)


_DIGITS = re.compile(r"\d[\d\s().+-]{3,}\d")
_EMAIL = re.compile(r"\S+@\S+")


def redact(text: str) -> str:
    """Phone numbers, personal identity codes, case numbers and e-mail addresses are not shown."""
    return _EMAIL.sub("…@…", _DIGITS.sub("###", text))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


async def all_reports(
    sessionmaker: async_sessionmaker[AsyncSession], clock: Clock, tz: ZoneInfo, weeks: int
) -> list[Chart]:
    """All the reports at once, each on its own connection: PostgreSQL runs them in parallel, and SQLite's
    queries run in their connections' threads (docs/decisions/0013-console.md has the figures)."""

    async def one(key: str) -> Chart:
        async with sessionmaker() as session:
            chart = await ReportService(session, clock, tz).chart(key, weeks)
        assert chart is not None
        return chart

    return list(await asyncio.gather(*(one(key) for key in CHARTS)))


CHARTS = ("messages", "outcomes", "topics", "feedback", "unanswered", "cases", "bookings", "subscribers")


class ReportService:
    def __init__(self, session: AsyncSession, clock: Clock, tz: ZoneInfo) -> None:
        self._session = session
        self._clock = clock
        self._tz = tz

    def period(self, weeks: int) -> Period:
        return period(self._clock, self._tz, weeks)

    async def all(self, weeks: int) -> list[Chart]:
        p = self.period(weeks)
        return [
            await self.messages(p),
            await self.outcomes(p),
            await self.topics(p),
            await self.feedback(p),
            await self.unanswered(p),
            await self.cases(p),
            await self.bookings(p),
            await self.subscribers(),
        ]

    async def chart(self, key: str, weeks: int) -> Chart | None:
        p = self.period(weeks)
        makers = {
            "messages": self.messages,
            "outcomes": self.outcomes,
            "topics": self.topics,
            "feedback": self.feedback,
            "unanswered": self.unanswered,
            "cases": self.cases,
            "bookings": self.bookings,
        }
        if key == "subscribers":
            return await self.subscribers()
        make = makers.get(key)
        return await make(p) if make else None

    async def messages(self, p: Period) -> Chart:
        """Typed messages per day, by the language they were answered in."""
        rows = await self._session.execute(
            select(DailyCount.day, DailyCount.locale, func.sum(DailyCount.count))
            .where(DailyCount.day >= p.first, DailyCount.day <= p.last)
            .group_by(DailyCount.day, DailyCount.locale)
        )
        counts: dict[str, dict[date, int]] = defaultdict(dict)
        for day, locale, count in rows:
            counts[locale][day] = int(count)
        days = p.days
        locales = [*LOCALES, *sorted(set(counts) - set(LOCALES))]
        series = [Series(loc, [float(counts[loc].get(d, 0)) for d in days]) for loc in locales]
        return Chart(
            "messages", "stacked" if p.weeks <= 12 else "line", [d.isoformat() for d in days], series
        )

    async def outcomes(self, p: Period) -> Chart:
        """Per week, the share of messages answered directly, asked back (unsure), declined, passed to a person."""
        rows = await self._session.execute(
            select(DailyCount.day, DailyCount.kind, func.sum(DailyCount.count))
            .where(DailyCount.day >= p.first, DailyCount.day <= p.last)
            .group_by(DailyCount.day, DailyCount.kind)
        )
        weeks: dict[date, Counter[str]] = {monday: Counter() for monday in p.mondays}
        for day, kind, count in rows:
            if kind in OUTCOMES:
                weeks[p.week_of(day)][kind] += int(count)

        def share(counter: Counter[str], kind: str) -> float:
            total = sum(counter.values())
            return round(100 * counter[kind] / total, 1) if total else 0.0

        series = [Series(kind, [share(weeks[m], kind) for m in p.mondays]) for kind in OUTCOMES]
        return Chart("outcomes", "percent", [m.isoformat() for m in p.mondays], series)

    async def topics(self, p: Period) -> Chart:
        """The topics answered most often."""
        total = func.sum(DailyTopicCount.count)
        rows = await self._session.execute(
            select(DailyTopicCount.topic_id, total)
            .where(
                DailyTopicCount.day >= p.first,
                DailyTopicCount.day <= p.last,
                DailyTopicCount.kind == OUTCOMES[0],
            )
            .group_by(DailyTopicCount.topic_id)
            .order_by(total.desc(), DailyTopicCount.topic_id)
            .limit(TOP)
        )
        found = [(str(t), float(n)) for t, n in rows]
        return Chart("topics", "hbar", [t for t, _ in found], [Series("answered", [n for _, n in found])])

    async def feedback(self, p: Period) -> Chart:
        """👍 and 👎 per topic (the topics with the most votes)."""
        rows = await self._session.execute(
            select(DailyTopicCount.topic_id, DailyTopicCount.kind, func.sum(DailyTopicCount.count))
            .where(
                DailyTopicCount.day >= p.first,
                DailyTopicCount.day <= p.last,
                DailyTopicCount.kind.in_((THUMBS_UP, THUMBS_DOWN)),
            )
            .group_by(DailyTopicCount.topic_id, DailyTopicCount.kind)
        )
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for topic, kind, count in rows:
            votes[str(topic)][str(kind)] += int(count)
        top = sorted(votes, key=lambda t: (-sum(votes[t].values()), t))[:TOP]
        series = [Series(kind, [float(votes[t][kind]) for t in top]) for kind in (THUMBS_UP, THUMBS_DOWN)]
        return Chart("feedback", "hbar", top, series)

    async def unanswered(self, p: Period, top: int = UNANSWERED_TOP) -> Chart:
        """The questions no topic answered, most frequent first (kept 90 days, so at most that far back).

        Counted by the database on each question's key (bot/answers/stats.py question_key; rows from before the key
        count by their exact text), so only the top few rows are read back.
        """
        since = datetime.combine(p.first, time(), tzinfo=self._tz).astimezone(UTC)
        key = func.coalesce(UnansweredQuestion.question_key, UnansweredQuestion.text)
        times = func.count()
        rows = (
            await self._session.execute(
                select(UnansweredQuestion.locale, func.min(UnansweredQuestion.text), times)
                .where(UnansweredQuestion.asked_at >= since)
                .group_by(UnansweredQuestion.locale, key)
                .order_by(times.desc(), key)
                .limit(top)
            )
        ).all()
        return Chart(
            "unanswered",
            "table",
            [redact(str(text)) for _, text, _ in rows],
            [Series("count", [float(n) for _, _, n in rows])],
            extra=[str(locale) for locale, _, _ in rows],
        )

    async def cases(self, p: Period) -> Chart:
        """Cases per week, with the median and 90th-percentile time to the first answer (minutes)."""
        since = datetime.combine(p.first, time(), tzinfo=self._tz).astimezone(UTC)
        week = week_index(CaseStat.opened_at, p, self._tz)
        rows = await self._session.execute(
            select(week, CaseStat.first_answer_seconds).where(CaseStat.opened_at >= since)
        )
        opened: Counter[int] = Counter()
        waits: dict[int, list[float]] = defaultdict(list)
        for index, seconds in rows:
            opened[index] += 1
            if seconds is not None:
                waits[index].append(seconds / 60)

        def measure(index: int, q: float) -> float:
            values = waits.get(index)
            if not values:
                return 0.0
            return round(statistics.median(values) if q == 0.5 else percentile(values, q), 1)

        indexes = range(p.weeks)
        series = [
            Series("cases", [float(opened[i]) for i in indexes]),
            Series("median", [measure(i, 0.5) for i in indexes], axis="y2"),
            Series("p90", [measure(i, 0.9) for i in indexes], axis="y2"),
        ]
        return Chart("cases", "combo", [m.isoformat() for m in p.mondays], series)

    async def bookings(self, p: Period) -> Chart:
        """Booked drop-in times per week: booked (holding a seat), came, did not come (as /bookings_report)."""
        since = datetime.combine(p.first, time(), tzinfo=self._tz).astimezone(UTC)
        until = datetime.combine(p.last + timedelta(days=7 - p.last.weekday()), time(), tzinfo=self._tz)
        week = week_index(Booking.slot_start, p, self._tz)
        rows = await self._session.execute(
            select(week, Booking.status, func.count())
            .where(Booking.slot_start >= since, Booking.slot_start < until.astimezone(UTC))
            .group_by(week, Booking.status)
        )
        counts: dict[int, Counter[str]] = defaultdict(Counter)
        for index, status, n in rows:
            counts[index][str(status)] += int(n)
        indexes = range(p.weeks)
        series = [
            Series("booked", [float(sum(counts[i][s] for s in HOLDS_SEAT)) for i in indexes]),
            Series("attended", [float(counts[i][BookingStatus.ATTENDED]) for i in indexes]),
            Series("no_show", [float(counts[i][BookingStatus.NO_SHOW]) for i in indexes]),
        ]
        return Chart("bookings", "bars", [m.isoformat() for m in p.mondays], series)

    async def subscribers(self) -> Chart:
        """People who get the news now, by language."""
        rows = await self._session.execute(
            select(User.locale, func.count())
            .where(User.consent_announcements.is_(True), User.blocked_at.is_(None))
            .group_by(User.locale)
        )
        counts = {str(loc or "-"): int(n) for loc, n in rows}
        locales = [loc for loc in LOCALES if loc in counts] + sorted(set(counts) - set(LOCALES))
        return Chart(
            "subscribers", "bars", locales, [Series("subscribers", [float(counts[x]) for x in locales])]
        )
