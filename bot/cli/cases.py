"""`kototori cases report | audit`: case counts and the median time to first answer; the advisors' audit log."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import datetime
from typing import TextIO

from bot.cases.report import CaseReport, case_report
from bot.cases.repository import SqlCaseRepository
from bot.cli import SubParsers, command_group
from bot.clock import SystemClock
from bot.config import Settings
from bot.db.engine import create_engine, create_sessionmaker


def add_parser(sub: SubParsers) -> None:
    cases_sub = command_group(sub, "cases", "advisors' cases")
    report = cases_sub.add_parser(
        "report",
        help="cases per day, language and topic; median time to first answer",
        description="Anonymous case statistics (they outlive deleted cases).",
    )
    report.add_argument("--days", type=int, default=30, help="how far back (default: %(default)s)")
    report.add_argument("--json", action="store_true", help="one JSON object")
    audit = cases_sub.add_parser(
        "audit",
        help="who took over, released, closed, reopened or deleted which case, and when",
        description="The audit log of advisors' actions (ids and times, no message content).",
    )
    audit.add_argument("--case", type=int, help="only this case number")


def run(args: argparse.Namespace, settings: Settings, out: TextIO | None = None) -> int:
    # sys.stdout read at call time, not import time (tests swap it; a default would keep a closed stream).
    out = out or sys.stdout
    if args.cases_command == "audit":
        for case_id, actor, action, at in asyncio.run(_audit(settings, args.case)):
            who = actor if actor is not None else "-"
            out.write(
                f"{at.astimezone(settings.tz).isoformat(timespec='seconds')}  #{case_id:<6} {action:<8} {who}\n"
            )
        return 0
    report = asyncio.run(_report(settings, args.days))
    if args.json:
        out.write(json.dumps(report.as_json(), ensure_ascii=False) + "\n")
    else:
        out.write(_text(report))
    return 0


async def _report(settings: Settings, days: int) -> CaseReport:
    engine = create_engine(settings.database_url)
    try:
        return await case_report(create_sessionmaker(engine), SystemClock().now(), days, settings.tz)
    finally:
        await engine.dispose()


async def _audit(settings: Settings, case_id: int | None) -> list[tuple[int, int | None, str, datetime]]:
    engine = create_engine(settings.database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            return await SqlCaseRepository(session).audit_log(case_id)
    finally:
        await engine.dispose()


def _text(report: CaseReport) -> str:
    data = report.as_json()
    lines = [f"cases {data['since']} .. {data['until']}: {report.total} (urgent {report.urgent})"]
    for title, key in (("per day", "per_day"), ("per language", "per_language"), ("per topic", "per_topic")):
        lines.append(f"{title}:")
        counts = data[key]
        assert isinstance(counts, dict)
        lines.extend(f"  {k:<28} {v}" for k, v in counts.items())
    median = data["median_first_answer_seconds"]
    lines.append(
        f"median time to first answer: {median // 60} min"
        if isinstance(median, int)
        else "median time to first answer: -"
    )
    average = report.average_rating
    lines.append(f"average rating: {average:.1f}" if average is not None else "average rating: -")
    return "\n".join(lines) + "\n"
