"""`kototori kb ...`: check the knowledge base, ask it questions, evaluate the matcher, list unanswered gaps."""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import TextIO

from bot.answers.knowledge.checks import review_overdue
from bot.answers.knowledge.model import KB_LOCALES, KnowledgeBase, KnowledgeError, load_knowledge
from bot.answers.knowledge.normalize import normalize
from bot.answers.knowledge.review import table as review_table
from bot.cli import SubParsers, command_group
from bot.clock import SystemClock
from bot.config import Settings

TELEGRAM_TEXT_LIMIT = 4096
ANSWER_SOFT_LIMIT = 900  # "fits one phone screen"
ALLOWED_TAGS = {"b", "i", "a"}
MIN_EXAMPLES = 8
URL = re.compile(r"^https://[a-z0-9.-]+\.[a-z]{2,}(/[^\s<>\"']*)?$")


def add_parser(sub: SubParsers) -> None:
    kb_sub = command_group(sub, "kb", "knowledge-base tools")
    kb_sub.add_parser(
        "check", help="validate every topic in every locale", description="Validate the knowledge base."
    )
    kb_sub.add_parser(
        "review-status",
        help="which texts are drafts, native-reviewed or expert-checked",
        description="Print the review status of every topic in every locale.",
    )
    ask = kb_sub.add_parser(
        "ask", help="what the bot would do with a message", description="Match one message."
    )
    ask.add_argument("text", help='the message, or "-" to read one message per line from standard input')
    ask.add_argument("--json", action="store_true", help="print one JSON object per message")
    ask.add_argument(
        "--locale",
        help="the user's chosen language; without it, as for a newcomer who has not chosen one: the message's own "
        "language (English when the message shows none)",
    )
    ask.add_argument("--no-embeddings", action="store_true", help="n-gram matcher only")
    ev = kb_sub.add_parser(
        "eval", help="accuracy on YAML evaluation sets", description="Evaluate the matcher."
    )
    ev.add_argument("files", nargs="+", type=Path)
    ev.add_argument("--json", action="store_true")
    ev.add_argument("--no-embeddings", action="store_true", help="n-gram matcher only")
    gaps = kb_sub.add_parser(
        "gaps", help="most frequent unanswered questions", description="Unanswered questions."
    )
    gaps.add_argument("--days", type=int, default=90)
    gaps.add_argument("--top", type=int, default=15)
    export = kb_sub.add_parser(
        "export",
        help="write the current knowledge base (with the console's edits) as YAML",
        description="Write knowledge/topics/*.yaml with the staff console's edits applied, in the repository's "
        "format, into DIR (e.g. the repository's knowledge/ to take the edits in). Unedited topics are copied as "
        "they are.",
    )
    export.add_argument("dir", type=Path)


def run(args: argparse.Namespace, settings: Settings, out: TextIO | None = None) -> int:
    # sys.stdout read at call time, not import time (tests swap it; a default would keep a closed stream).
    out = out or sys.stdout
    if args.kb_command == "check":
        return check(out)
    if args.kb_command == "review-status":
        return review_status(out)
    if args.kb_command == "ask":
        return ask(args, out)
    if args.kb_command == "eval":
        return evaluate_files(args, out)
    if args.kb_command == "gaps":
        return asyncio.run(gaps(settings, args.days, args.top, out))
    if args.kb_command == "export":
        return asyncio.run(export(settings, args.dir, out))
    return 2


class _TagChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.stack: list[str] = []
        self.length = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag <{tag}> is not allowed")
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if not URL.match(href):
                self.problems.append(f"malformed link {href!r}")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.problems.append(f"unbalanced </{tag}>")

    def handle_data(self, data: str) -> None:
        self.length += len(data.encode("utf-16-le")) // 2


def _html_problems(text: str) -> tuple[list[str], int]:
    if re.search(r"&(?!(amp|lt|gt|quot|#\d+);)", text):
        return ["unescaped & (write &amp;)"], 0
    checker = _TagChecker()
    checker.feed(text)
    checker.close()
    if checker.stack:
        checker.problems.append(f"unclosed <{checker.stack[-1]}>")
    return checker.problems, checker.length


def problems(
    kb: KnowledgeBase, today: date, render: Callable[[str, str], str] | None = None
) -> tuple[list[str], list[str]]:
    """`render` fills in placeholders first, so HTML and length are checked as people will read the text."""
    errors: list[str] = []
    warnings: list[str] = []
    seen: dict[str, str] = {}
    for topic in kb.topics.values():
        where = f"{topic.id}.yaml"
        for source in topic.sources:
            if not URL.match(source.url):
                errors.append(f"{where}: malformed source link {source.url!r}")
        if not topic.sources:
            errors.append(f"{where}: no official source link")
        late_errors, late_warnings = review_overdue(where, topic.review_by, topic.overdue_note, today)
        errors += late_errors
        warnings += late_warnings
        for locale in KB_LOCALES:
            text = topic.text(locale)
            if text is None:
                errors.append(f"{where}: missing locale {locale}")
                continue
            if len(text.examples) < MIN_EXAMPLES:
                errors.append(
                    f"{where}.{locale}: {len(text.examples)} example questions, need {MIN_EXAMPLES}"
                )
            for field_name, body in (("answer", text.answer), ("more", text.more)):
                if body is None:
                    continue
                body = render(body, locale) if render else body
                issues, length = _html_problems(f"<b>{text.title}</b>\n{body}")
                errors.extend(f"{where}.{locale}.{field_name}: {issue}" for issue in issues)
                if length > TELEGRAM_TEXT_LIMIT:
                    errors.append(f"{where}.{locale}.{field_name}: {length} characters, Telegram allows 4096")
                elif field_name == "answer" and length > ANSWER_SOFT_LIMIT:
                    warnings.append(
                        f"{where}.{locale}.answer: {length} characters, longer than one phone screen"
                    )
            for example in text.examples:
                key = normalize(example)
                if key in seen and seen[key] != topic.id:
                    errors.append(f"{where}.{locale}: example {example!r} is also in {seen[key]}")
                seen[key] = topic.id
    return errors, warnings


def schedule_problems() -> list[str]:
    """knowledge/schedule.yaml and knowledge/events.yaml (the hours and events features read them)."""
    from bot.booking.rules import read_booking_rules
    from bot.events.data import EventError, read_event_seeds
    from bot.hours.data import ScheduleError, read_schedule

    found = []
    for read in (read_schedule, read_event_seeds, read_booking_rules):
        try:
            read()
        except (ScheduleError, EventError) as exc:
            found.append(f"{read.__name__}: {exc}")
    return found


def check(out: TextIO) -> int:
    from bot.answers.knowledge.checks import check_content
    from bot.answers.knowledge.placeholders import Placeholders
    from bot.i18n import Translator
    from bot.profile.loading import read_profile
    from bot.profile.model import ProfileError

    try:
        kb = load_knowledge()
        profile = read_profile()
    except (KnowledgeError, ProfileError) as exc:
        out.write(f"error: {exc}\n")
        return 1
    today = SystemClock().now().date()
    translator = Translator()
    errors, warnings = problems(kb, today, Placeholders(profile, translator).render)
    errors += schedule_problems()
    content = check_content(kb, profile, translator, today)
    errors += content.errors
    warnings += content.warnings + example_events()
    for line in content.report:
        out.write(f"{line}\n")
    for line in warnings:
        out.write(f"warning: {line}\n")
    for line in errors:
        out.write(f"error: {line}\n")
    examples = sum(len(t.examples) for topic in kb.topics.values() for t in topic.texts.values())
    out.write(
        f"{len(kb.topics)} topics, {len(KB_LOCALES)} locales, {examples} example questions: "
        f"{len(errors)} errors, {len(warnings)} warnings\n"
    )
    return 1 if errors else 0


def review_status(out: TextIO) -> int:
    try:
        kb = load_knowledge()
    except KnowledgeError as exc:
        out.write(f"error: {exc}\n")
        return 1
    out.write(review_table(kb, KB_LOCALES) + "\n")
    return 0


def example_events() -> list[str]:
    """Groups and events of the demo that nobody has confirmed (`example: true` in knowledge/events.yaml)."""
    from bot.events.data import EventError, read_event_seeds

    try:
        examples = [d.seed_key or "?" for d in read_event_seeds() if d.example]
    except EventError:
        return []  # reported by schedule_problems
    if not examples:
        return []
    return [
        f"events.yaml: {len(examples)} events are demo examples, not confirmed ({', '.join(examples)}): confirm "
        "them (remove `example: true`) or remove them before a real deployment"
    ]


def _service(no_embeddings: bool):  # type: ignore[no-untyped-def]
    from bot.answers.knowledge.build import build_matcher
    from bot.answers.service import QuestionService

    return QuestionService(build_matcher(with_embeddings=not no_embeddings))


def ask(args: argparse.Namespace, out: TextIO) -> int:
    from bot.answers.knowledge.evaluate import as_json

    service = _service(args.no_embeddings)
    lines = sys.stdin.read().splitlines() if args.text == "-" else [args.text]
    for line in lines:
        if not line.strip():
            continue
        decision = service.decide(line, args.locale or "en")
        language = decision.answer_locale if args.locale else decision.match.detected.language or "en"
        payload = as_json(decision.match, language)
        if args.json:
            out.write(json.dumps(payload, ensure_ascii=False) + "\n")
        else:
            out.write(
                f"{payload['action']:<9} {payload['topic'] or '-':<22} {payload['language']:<8} "
                f"{payload['confidence']:.2f}  {', '.join(payload['alternatives'])}\n"
            )
    return 0


def evaluate_files(args: argparse.Namespace, out: TextIO) -> int:
    from bot.answers.knowledge.evaluate import HELD_OUT, evaluate_splits, load_cases

    service = _service(args.no_embeddings)
    report = evaluate_splits(service.matcher, load_cases(args.files))
    if args.json:
        out.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
        return 0
    for split, sections in report.items():
        note = "never used to tune or train" if split == HELD_OUT else "used to develop and tune"
        out.write(f"== {split} set ({note}) ==\n")
        for title, rows in (("language", sections["languages"]), ("style", sections["styles"])):
            out.write(
                f"{title:<13}{'n':>5}{'top1%':>7}{'top3%':>7}{'direct%':>9}{'wrong%':>8}{'oos-decl%':>10}"
                f"{'both%':>7}{'langid%':>9}\n"
            )
            for name, row in rows.items():
                out.write(
                    f"{name:<13}{row['questions']:>5}{_f(row['top1']):>7}{_f(row['top3']):>7}"
                    f"{_f(row['direct_correct']):>9}{_f(row['wrong_direct_answers']):>8}"
                    f"{_f(row['out_of_scope_declined']):>10}{_f(row['two_topic_both_shown']):>7}"
                    f"{_f(row['language_id']):>9}\n"
                )
        confused = sections["languages"]["all"]["confused"]
        out.write("most confused (expected -> got): " + "; ".join(confused) + "\n")
    return 0


def _f(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


async def gaps(settings: Settings, days: int, top: int, out: TextIO) -> int:
    from bot.answers.repository import SqlKnowledgeStats
    from bot.db.engine import create_engine, create_sessionmaker

    engine = create_engine(settings.database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            rows = await SqlKnowledgeStats(session).unanswered(SystemClock().now() - timedelta(days=days))
    finally:
        await engine.dispose()
    grouped: dict[str, Counter[str]] = defaultdict(Counter)
    for locale, text in rows:
        grouped[locale][normalize(text)] += 1
    if not rows:
        out.write(f"no unanswered questions in the last {days} days\n")
    for locale in sorted(grouped):
        out.write(f"{locale}: {sum(grouped[locale].values())} unanswered\n")
        for text, count in grouped[locale].most_common(top):
            out.write(f"  {count:>4}  {text}\n")
    return 0


async def export(settings: Settings, target: Path, out: TextIO) -> int:
    from bot.answers.knowledge.edits import apply_edits, export_knowledge
    from bot.console.repository import SqlConsoleRepository
    from bot.db.engine import create_engine, create_sessionmaker

    kb = load_knowledge()
    engine = create_engine(settings.database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            edits = await SqlConsoleRepository(session).current_edits()
    finally:
        await engine.dispose()
    changed = export_knowledge(apply_edits(kb, [e.as_text_edit() for e in edits]), target)
    out.write(
        f"{len(kb.topics)} topics written to {target / 'topics'}; edited in the console: "
        f"{', '.join(changed) if changed else 'none'}\n"
    )
    return 0
