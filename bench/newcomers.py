"""The newcomers of the replica scenario, shared by `bench.scale` and `tests/bot/runtime/test_replicas.py`: people
talking to the bot through the in-process emulator, each step waiting for the bot's visible reaction (woken by the
emulator's changes, within a ceiling), and what the database holds for them afterwards.

Steps: `start` (/start, their language), `burst` (questions without waiting, each about another topic, so the
replies tell which question they answer and in what order), `book` (/book, topic, language, the first day, its first
time: a drop-in seat) and `ask_for_person` ("Talk to a person", consent, a description: a case in the advisors'
group). `database_duplicates` counts what a retried update must never create twice: cases and bookings.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.answers.knowledge.model import load_knowledge
from bot.emulator import TelegramEmulator
from bot.i18n import Translator

HHMM = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
TOPICS = ("housing-allowance", "finnish-courses", "bank-id", "library", "health-centre", "dvv-registration")
DESCRIPTION = "I got a letter from Kela and I do not understand what it wants from me"
EN = Translator()("en")
QUEUED = EN("cases-queue", position=7).split("7", 1)[1]  # " in the queue."
BOOKED = EN("booking-confirmed", code="").split("<b>")[1].split("</b>")[0]  # "Your time is booked."


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    replies: int = 0
    lost: int = 0
    late: int = 0
    stuck_users: int = 0
    duplicates: int = 0
    out_of_order: int = 0
    actions_done: int = 0
    last_reaction: float = 0.0  # when the run's last reaction came: a stuck newcomer's wait is not throughput


class Stuck(Exception):
    """A reaction never came: this newcomer cannot go on with the script."""


async def until(emu: TelegramEmulator, predicate: Callable[[], bool], ceiling: float) -> bool:
    """Wait until `predicate()` holds, checked whenever the emulator's world changes; False after the ceiling."""
    changed = asyncio.Event()
    emu.world.listeners.append(changed.set)
    try:
        async with asyncio.timeout(ceiling):
            while not predicate():
                changed.clear()
                await changed.wait()
    except TimeoutError:
        return False
    finally:
        emu.world.listeners.remove(changed.set)
    return True


class Newcomer:
    def __init__(self, emu: TelegramEmulator, user: int, tally: Tally, ceiling: float) -> None:
        self.emu, self.user, self.tally, self.ceiling = emu, user, tally, ceiling
        self.titles: list[str] = []
        self.stuck_state: list[tuple[Any, ...]] | None = None  # the chat when this newcomer gave up waiting

    def shown(self) -> list[dict[str, Any]]:
        return [m for m in self.emu.chat_messages(self.user) if m["from_bot"] and not m["deleted"]]

    def texts(self) -> list[str]:
        return [m["text"] or "" for m in self.shown()]

    def _state(self) -> list[tuple[Any, ...]]:
        return [(m["message_id"], m["text"], json.dumps(m.get("reply_markup"))) for m in self.shown()]

    async def _until(self, predicate: Callable[[], bool]) -> bool:
        return await until(self.emu, predicate, self.ceiling)

    async def _act(self, do: Callable[[], object], alerted: Callable[[], bool] = lambda: False) -> None:
        """Do something and wait for the bot's reaction: the chat changes (or, for a press, an alert answers it)."""
        before = self._state()
        start = time.perf_counter()
        do()
        if await self._until(lambda: self._state() != before or alerted()):
            self.tally.latencies.append(time.perf_counter() - start)
            self.tally.actions_done += 1
            self.tally.last_reaction = time.perf_counter()
        else:
            self.stuck_state = self._state()
            raise Stuck

    async def say(self, words: str) -> None:
        await self._act(lambda: self.emu.send_text(self.user, words))

    async def press(self, choose: Callable[[str], bool], nth: int = 0) -> None:
        """Press a button of the newest message that has one `choose` accepts: the nth of them (wrapping round)."""
        found: list[tuple[int, str]] = []

        def button() -> bool:
            for m in reversed(self.shown()):
                for row in (m.get("reply_markup") or {}).get("inline_keyboard", []):
                    found.extend(
                        (m["message_id"], b["callback_data"])
                        for b in row
                        if "callback_data" in b and choose(b["text"])
                    )
                if found:
                    return True
            return False

        if not await self._until(button):  # the reaction to the previous step never came in full
            self.stuck_state = self._state()
            raise Stuck
        message_id, data = found[nth % len(found)]
        pressed: list[str] = []

        def alerted() -> bool:  # a refusal ("this time is full now") is an alert, the chat stays as it was
            return any(a["id"] == pressed[0] and a["show_alert"] for a in self.emu.callback_answers)

        await self._act(
            lambda: pressed.append(self.emu.press(self.user, self.user, message_id, data)["id"]), alerted
        )

    async def burst(self, questions: list[tuple[str, str]]) -> None:
        """Send every question at once and go on when all are answered (or after the ceiling); judged in `finish`."""
        self.titles = [title for _, title in questions]
        start = time.perf_counter()
        for words, _ in questions:
            self.emu.send_text(self.user, words)
        answered: set[int] = set()

        def more() -> bool:
            fresh = set(self._answers()) - answered
            for i in fresh:
                answered.add(i)
                self.tally.latencies.append(time.perf_counter() - start)
                self.tally.actions_done += 1
                self.tally.last_reaction = time.perf_counter()
            return len(answered) >= len(self.titles)

        if not await self._until(more):
            self.tally.late += len(self.titles) - len(answered)  # taken back in `finish` if they never come

    def _answers(self) -> list[int]:
        """The burst questions answered so far, in the order their answers stand in the chat."""
        order: list[int] = []
        for m in self.shown():  # an answer starts with its topic's title on a line of its own
            first_line = (m["text"] or "").split("\n", 1)[0]
            order.extend(i for i, title in enumerate(self.titles) if first_line == title)
        return order

    def finish(self) -> None:
        """Once every delivery is over: what never came is lost; what came after the ceiling was only late."""
        if self.stuck_state is not None:
            if self._state() == self.stuck_state:
                self.tally.lost += 1
            else:
                self.tally.late += 1
        order = self._answers()
        missing = len(self.titles) - len(set(order))
        self.tally.lost += missing
        self.tally.late -= missing
        self.tally.duplicates += len(order) - len(set(order))
        highest = -1
        for i in order:
            if i < highest:
                self.tally.out_of_order += 1
            highest = max(highest, i)

    # The steps of the scripts

    async def start(self) -> None:
        await self.say("/start")
        await self.press(lambda t: t == "English")

    async def book(self, slot: int = 0) -> None:
        """A drop-in time: /book, Kela, help in Finnish, the first day offered, its `slot`th time (a slot has two
        seats: give each pair of newcomers a slot of its own, or some find theirs taken)."""
        await self.say("/book")
        await self.press(lambda t: t == EN("booking-topic-kela"))
        await self.press(lambda t: t == "Suomi")
        await self.press(lambda t: bool(re.search(r"\d", t)) and not HHMM.search(t))  # the first day offered
        await self.press(lambda t: bool(HHMM.search(t)), slot)

    async def ask_for_person(self) -> None:
        """ "Talk to a person" (the main menu's button), consent, a description: a case for the advisors."""
        await self.press(lambda t: t == EN("common-menu-person"))
        await self.press(lambda t: t == EN("cases-consent-yes"))
        await self.say(DESCRIPTION)

    def booked(self) -> int:
        """How many of this newcomer's messages say their time is booked."""
        return sum(BOOKED in t for t in self.texts())

    def queued(self) -> int:
        """How many of this newcomer's messages tell their place in the advisors' queue."""
        return sum(QUEUED in t for t in self.texts())


def burst_questions(count: int) -> list[tuple[str, str]]:
    """(an English example question of a topic, that topic's English title) for `count` topics."""
    kb = load_knowledge()
    out = []
    for topic_id in TOPICS[:count]:
        topic = kb.topics[topic_id].text("en")
        assert topic is not None
        out.append((topic.examples[0], topic.title))
    return out


async def newcomer_script(n: Newcomer, questions: list[tuple[str, str]], slot: int = 0) -> None:
    """The benchmark's newcomer: starts, asks, books a time, asks for a person."""
    try:
        await n.start()
        await n.burst(questions)
        await n.book(slot)
        await n.ask_for_person()
    except Stuck:
        n.tally.stuck_users += 1


@dataclass
class Held:
    """What the database holds for a set of newcomers (each booked at most once and asked for a person once)."""

    cases: dict[int, int]  # user -> case rows
    topics: dict[int, int]  # user -> cases with a topic in the advisors' group
    bookings: dict[int, int]  # user -> booking rows (any status)
    per_slot: dict[tuple[int, str], int]  # (user, slot) -> active booking rows

    @property
    def duplicate_cases(self) -> int:
        """Newcomers with more than one case."""
        return sum(1 for n in self.cases.values() if n > 1)

    @property
    def duplicate_bookings(self) -> int:
        """Newcomers with more than one booking, or a slot held twice by one person."""
        return len(
            {u for u, n in self.bookings.items() if n > 1}
            | {u for (u, _), n in self.per_slot.items() if n > 1}
        )


async def database_held(db_url: str) -> Held:
    engine = create_async_engine(db_url)
    try:
        async with engine.connect() as conn:
            cases = await conn.execute(
                text("SELECT user_id, count(*), count(thread_id) FROM cases GROUP BY user_id")
            )
            case_rows = cases.all()
            bookings = (
                await conn.execute(text("SELECT telegram_id, count(*) FROM bookings GROUP BY telegram_id"))
            ).all()
            slots = (
                await conn.execute(
                    text(
                        "SELECT telegram_id, slot_start, count(*) FROM bookings WHERE active_start IS NOT NULL"
                        " GROUP BY telegram_id, slot_start"
                    )
                )
            ).all()
    finally:
        await engine.dispose()
    return Held(
        cases={int(u): int(n) for u, n, _ in case_rows},
        topics={int(u): int(t) for u, _, t in case_rows},
        bookings={int(u): int(n) for u, n in bookings},
        per_slot={(int(u), str(s)): int(n) for u, s, n in slots},
    )
