"""`kototori kb ...` as coordinators and evaluators use it."""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

from bot.answers.knowledge.model import KnowledgeError, load_knowledge, load_topic
from bot.cli.kb import check, problems, run
from bot.config import load_settings

ROOT = Path(__file__).resolve().parents[3]


def test_the_real_knowledge_base_passes_the_check() -> None:
    out = io.StringIO()
    assert check(out) == 0, out.getvalue()
    assert "41 topics, 6 locales" in out.getvalue()
    assert "plain Finnish:" in out.getvalue(), "the readability report is part of the check"


def test_every_topic_id_of_the_shared_list_exists() -> None:
    kb = load_knowledge()
    ids = set(re.findall(r"^\| ([a-z-]+) \|", (ROOT / "docs" / "topics.md").read_text(), re.M)) - {"id"}
    assert len(ids) == 41
    assert ids <= set(kb.topics)


def test_check_finds_broken_topics(tmp_path: Path) -> None:
    kb = load_knowledge()
    topic = kb.topics["tax-card"]
    broken_text = topic.texts["so"].__class__(
        title="X",
        answer="<u>bad</u> & worse",
        more=None,
        examples=("verokortti",),
        keywords=(),
        review=topic.texts["so"].review,
    )
    object.__setattr__(topic, "texts", {**topic.texts, "so": broken_text})
    try:
        errors, _warnings = problems(kb, date(2030, 1, 1))
    finally:
        kb2 = load_knowledge()
        object.__setattr__(topic, "texts", kb2.topics["tax-card"].texts)
    joined = "\n".join(errors)
    assert "tax-card.yaml.so: 1 example questions" in joined
    assert "unescaped &" in joined
    assert "tax-card.yaml: past its review date" in joined, "a passed review date with no note is an error"


def test_review_status_prints_topics_by_locale() -> None:
    out = io.StringIO()
    assert run(argparse.Namespace(kb_command="review-status"), load_settings(), out) == 0
    table = out.getvalue()
    header = table.splitlines()[0].split()
    assert header == ["topic", "en", "fi", "fi-selko", "ar", "fa-AF", "so"]
    assert any(line.startswith("child-welfare !") for line in table.splitlines()), "urgent topics are marked"
    assert "246 draft, 0 native, 0 expert" in table


def test_a_reviewed_text_needs_who_and_when(tmp_path: Path) -> None:
    source = (ROOT / "knowledge" / "topics" / "library.yaml").read_text(encoding="utf-8")
    path = tmp_path / "library.yaml"
    path.write_text(
        source.replace("{status: draft, reviewer: null", "{status: native-reviewed, reviewer: null", 1)
    )
    try:
        load_topic(path)
    except KnowledgeError as exc:
        assert "reviewer and the date" in str(exc)
    else:
        raise AssertionError("a reviewed text without reviewer and date must be refused")


def test_loader_names_the_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "bad-topic.yaml"
    path.write_text("id: bad-topic\ncategory: nowhere\nreview_by: 2027-01-01\nlocales: {}\n")
    try:
        load_topic(path)
    except KnowledgeError as exc:
        assert "bad-topic.yaml" in str(exc) and "category" in str(exc)
    else:
        raise AssertionError("an unknown category must be refused")


def _kototori(*args: str, stdin: str | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "kb", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        check=True,
    )
    return result.stdout


def test_kb_ask_json_one_line_per_question() -> None:
    out = _kototori("ask", "-", "--json", stdin="متى تنزل فلوس asumistuki\nbest pizza in tampere\nsalam\n")
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 3
    for row in rows:
        assert set(row) == {"action", "topic", "alternatives", "also", "language", "confidence"}
        assert 0 <= row["confidence"] <= 1
        assert row["topic"] is None or row["topic"] not in row["alternatives"]
    assert rows[0]["topic"] == "housing-allowance" and rows[0]["language"] == "ar"
    assert rows[1]["action"] == "decline" and rows[1]["topic"] is None
    assert rows[2]["action"] == "smalltalk" and rows[2]["topic"] == "greeting"


def test_kb_ask_language_is_the_messages_own_or_the_users_choice() -> None:
    # Without --locale, as for a newcomer who has not chosen: the message's language, English when it shows none.
    stdin = "صحبت با مشاور\nKela\nmiten haen asumistukea\n"
    rows = [json.loads(line) for line in _kototori("ask", "-", "--json", stdin=stdin).splitlines()]
    assert [r["language"] for r in rows] == ["fa-AF", "en", "fi"]
    # With a chosen language, a message that is not clearly in another one is answered in the chosen one.
    stdin = "صحبت با مشاور\nKela\nmiten haen asumistukea\n"
    chosen = [
        json.loads(line)
        for line in _kototori("ask", "-", "--json", "--locale", "so", stdin=stdin).splitlines()
    ]
    assert [r["language"] for r in chosen] == ["so", "so", "fi"]


def test_kb_eval_reports_every_language(tmp_path: Path) -> None:
    cases = tmp_path / "mini.yaml"
    cases.write_text(
        "- {lang: en, topic: tax-card, style: keyword, q: tax card}\n"
        "- {lang: en, topic: null, style: out-of-scope, q: best pizza in town}\n"
        "- {lang: so, topic: eviction, style: situation, q: guriga waa la iga saarayaa jimcaha}\n"
    )
    report = json.loads(_kototori("eval", str(cases), "--json"))
    assert set(report) == {"dev"}  # no file under heldout/
    languages, styles = report["dev"]["languages"], report["dev"]["styles"]
    assert set(languages) == {"en", "so", "all"} and set(styles) == {"keyword", "out-of-scope", "situation"}
    assert languages["en"]["questions"] == 2 and languages["all"]["questions"] == 3
    assert languages["en"]["out_of_scope_declined"] == 100.0
    assert languages["en"]["direct_correct"] == 100.0  # "tax card" is answered at once


def test_parser_has_help() -> None:
    from bot.cli.main import _parser

    parser = _parser()
    assert isinstance(parser, argparse.ArgumentParser)
    out = _kototori("--help")
    assert "check" in out and "ask" in out and "eval" in out and "gaps" in out


async def test_kb_gaps_groups_unanswered_questions_per_language(tmp_path: Path) -> None:
    import asyncio
    from datetime import UTC, datetime, timedelta

    from bot.answers.stats import StatsService, purge_unanswered
    from bot.cli.kb import gaps
    from bot.clock import FixedClock
    from bot.config import load_settings
    from bot.db.engine import create_engine, create_sessionmaker
    from bot.db.migrate import upgrade

    url = f"sqlite+aiosqlite:///{tmp_path / 'gaps.sqlite3'}"
    await asyncio.to_thread(upgrade, url)
    engine = create_engine(url)
    sessionmaker = create_sessionmaker(engine)
    clock = FixedClock(datetime.now(UTC))
    try:
        async with sessionmaker() as session:
            stats = StatsService(session, clock)
            for text in ("Driving licence?", "driving licence", "fishing licence"):
                await stats.unanswered("en", text)
            await stats.unanswered("so", "shatiga baabuurka")
        out = io.StringIO()
        await gaps(load_settings(database_url=url), days=90, top=5, out=out)
        lines = out.getvalue().splitlines()
        assert lines[0] == "en: 3 unanswered"
        assert lines[1].split() == ["2", "driving", "licence"]
        assert "so: 1 unanswered" in lines
        clock.advance(timedelta(days=91))
        assert await purge_unanswered(sessionmaker, clock) == 4, "deleted after 90 days"
    finally:
        await engine.dispose()
