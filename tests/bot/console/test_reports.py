"""The reports' numbers from anonymous tables: messages per day and language, outcome shares per week, top topics,
votes, cases with median and 90th-percentile wait, subscribers by language; masking in unanswered questions."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from bot.answers.stats import question_key
from bot.clock import FixedClock
from bot.console.reports import ReportService, percentile, redact
from bot.db.engine import create_engine, create_sessionmaker
from bot.db.models import CaseStat, DailyCount, DailyTopicCount, UnansweredQuestion, User
from tests.bot.console.conftest import Site


def test_percentile_redact_and_question_key() -> None:
    assert percentile([10.0], 0.9) == 10.0
    assert percentile([float(x) for x in range(1, 11)], 0.9) == 9.1
    assert redact("call me 040 123 4567 or mail a.b@example.fi") == "call me ### or mail …@…"
    assert redact("henkilötunnus 010190-123A") == "henkilötunnus ###A"
    assert question_key("Where is  the SAUNA?") == question_key("where is the sauna")


async def test_reports_count_what_the_tables_hold(site: Site) -> None:
    clock: FixedClock = site.clock
    tz = site.console.tz
    today = clock.now().astimezone(tz).date()
    yesterday = today - timedelta(days=1)
    async with site.console.sessionmaker() as session:
        rows = [
            (today, "answered", "ar", 5),
            (today, "answered", "fi", 2),
            (today, "choose", "ar", 2),
            (yesterday, "declined", "so", 1),
            (today, "person", "fa-AF", 1),
            (today - timedelta(weeks=20), "answered", "en", 50),  # outside 4 and 12 weeks
        ]
        for day, kind, locale, n in rows:
            session.add(DailyCount(day=day, kind=kind, locale=locale, count=n))
        topic_rows = [
            (today, "housing-allowance", "answered", 5),
            (today, "eviction", "answered", 2),
            (today, "housing-allowance", "up", 3),
            (today, "eviction", "down", 1),
            (today - timedelta(weeks=20), "eviction", "answered", 50),
        ]
        for day, topic, kind, n in topic_rows:
            session.add(DailyTopicCount(day=day, topic_id=topic, kind=kind, count=n))
        for i, wait in enumerate((60, 120, 600, None)):
            session.add(
                CaseStat(
                    case_id=i, opened_at=clock.now(), locale="ar", first_answer_seconds=wait, urgent=False
                )
            )
        for tid, locale, consent in ((1, "ar", True), (2, "ar", True), (3, "so", True), (4, "fi", False)):
            session.add(
                User(
                    telegram_id=tid,
                    locale=locale,
                    first_seen=clock.now(),
                    last_seen=clock.now(),
                    consent_announcements=consent,
                )
            )
        for text in ("Sauna?", "sauna"):
            session.add(
                UnansweredQuestion(
                    locale="so", text=text, asked_at=clock.now(), question_key=question_key(text)
                )
            )
        await session.commit()
        reports = ReportService(session, clock, tz)
        charts = {c.key: c for c in await reports.all(4)}
        year = {c.key: c for c in await reports.all(52)}

    messages = charts["messages"]
    assert messages.labels[-1] == today.isoformat() and len(messages.labels) >= 22
    by_locale = {s.key: s.values for s in messages.series}
    assert by_locale["ar"][-1] == 7 and by_locale["fi"][-1] == 2 and by_locale["so"][-2] == 1
    assert sum(by_locale["en"]) == 0
    assert sum(sum(s.values) for s in year["messages"].series) == 61

    outcomes = {s.key: s.values[-1] for s in charts["outcomes"].series}
    assert today.weekday() == 1, "T0 is a Tuesday: yesterday is in this week"
    assert outcomes["answered"] == round(100 * 7 / 11, 1)
    assert round(sum(outcomes.values())) == 100

    assert charts["topics"].labels == ["housing-allowance", "eviction"]
    assert year["topics"].labels[0] == "eviction"
    feedback = charts["feedback"]
    assert feedback.labels == ["housing-allowance", "eviction"]
    assert [s.values for s in feedback.series] == [[3.0, 0.0], [0.0, 1.0]]

    cases = {s.key: s.values[-1] for s in charts["cases"].series}
    assert cases == {"cases": 4.0, "median": 2.0, "p90": 8.4}

    subscribers = charts["subscribers"]
    assert dict(zip(subscribers.labels, subscribers.series[0].values, strict=True))["ar"] == 2
    assert charts["unanswered"].series[0].values == [2.0]
    csv = charts["cases"].csv({"cases": "cases"}, "week")
    assert csv.splitlines()[0] == "week,cases,median,p90"


async def test_messages_are_counted_without_a_user(db_url: str, clock: FixedClock) -> None:
    from sqlalchemy import select

    from bot.answers.stats import Outcome, StatsService

    engine = create_engine(db_url)
    try:
        async with create_sessionmaker(engine)() as session:
            stats = StatsService(session, clock)
            await stats.outcome(Outcome.ANSWERED, "ar", "eviction")
            await stats.outcome(Outcome.ANSWERED, "ar", "eviction")
            await stats.outcome(Outcome.DECLINED, "so")
            await stats.feedback("eviction", "ar", up=False)
            rows = (await session.execute(select(DailyCount))).scalars().all()
            topics = (await session.execute(select(DailyTopicCount))).scalars().all()
        assert {(r.kind, r.locale): r.count for r in rows} == {("answered", "ar"): 2, ("declined", "so"): 1}
        found = {(r.topic_id, r.kind): r.count for r in topics}
        assert found == {("eviction", "answered"): 2, ("eviction", "down"): 1}
        assert {r.day for r in rows} == {clock.now().astimezone(ZoneInfo("Europe/Helsinki")).date()}
    finally:
        await engine.dispose()
