"""`kototori bookings report`: booked, came, did not come, unmarked and cancelled per week; the no-show rate."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import TextIO

from bot.booking.staff import BookingStaffService, WeekRow
from bot.cli import SubParsers, command_group
from bot.clock import SystemClock
from bot.config import Settings
from bot.db.engine import create_engine, create_sessionmaker


def add_parser(sub: SubParsers) -> None:
    bookings_sub = command_group(sub, "bookings", "booked drop-in times")
    report = bookings_sub.add_parser(
        "report",
        help="bookings and the no-show rate per week",
        description="Per week (Monday to Sunday, local time): booked, came, did not come, not marked, cancelled, "
        "closed; the no-show rate is 'did not come' divided by the marked ones. Anonymous counts.",
    )
    report.add_argument("--weeks", type=int, default=8, help="how many weeks back (default: %(default)s)")
    report.add_argument("--json", action="store_true", help="one JSON object per week, one per line")


def run(args: argparse.Namespace, settings: Settings, out: TextIO | None = None) -> int:
    # sys.stdout read at call time, not import time (tests swap it; a default would keep a closed stream).
    out = out or sys.stdout
    rows = asyncio.run(_weekly(settings, max(1, min(args.weeks, 520))))
    for row in rows:
        out.write(json.dumps(row.as_json()) + "\n" if args.json else _line(row))
    return 0


async def _weekly(settings: Settings, weeks: int) -> list[WeekRow]:
    engine = create_engine(settings.database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            return await BookingStaffService(session, SystemClock(), settings.tz).weekly(weeks)
    finally:
        await engine.dispose()


def _line(row: WeekRow) -> str:
    rate = row.no_show_rate
    shown = f"{rate:.0%}" if rate is not None else "-"
    return (
        f"week of {row.week.isoformat()}: booked {row.booked}, came {row.attended}, did not come {row.no_show}, "
        f"not marked {row.unmarked}, cancelled {row.cancelled}, closed {row.closed}; no-show rate {shown}\n"
    )
