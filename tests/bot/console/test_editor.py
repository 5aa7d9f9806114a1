"""Knowledge-base curation over HTTP: checks on save, escaping, two editors at once, history and revert,
examples from the unanswered queue, and the bot picking the edits up (the reloader) and `kb export`."""

from __future__ import annotations

import html
import io
import re
from datetime import timedelta
from pathlib import Path

import yaml
from sqlalchemy import func, select

from bot.answers.knowledge.matcher import Matcher
from bot.answers.knowledge.model import KNOWLEDGE_DIR, load_topic
from bot.answers.service import QuestionService
from bot.config import load_settings
from bot.console.reload import KnowledgeReloader
from bot.db.models import KnowledgeEdit, UnansweredQuestion
from tests.bot.console.conftest import COORDINATOR, Site, repository

TOPIC = "housing-allowance"


def form_of(page: str) -> dict[str, str]:
    """The editor's fields as a browser would send them back."""

    def value(name: str) -> str:
        found = re.search(
            rf'<(?:input|textarea)[^>]*name="{name}"[^>]*?(?:value="([^"]*)"[^>]*>|>([^<]*)</textarea>)', page
        )
        assert found, name
        return html.unescape(found.group(1) if found.group(1) is not None else found.group(2))

    return {k: value(k) for k in ("csrf", "revision", "title", "answer", "more", "examples", "keywords")}


async def open_editor(site: Site, locale: str = "ar") -> dict[str, str]:
    page = await site.client.get(f"/console/kb/{TOPIC}/{locale}")
    assert page.status == 200
    return form_of(await page.text())


async def test_the_editor_shows_the_repository_text_and_saves_an_edit(site: Site) -> None:
    await site.sign_in(COORDINATOR)
    form = await open_editor(site)
    arabic = repository().topics[TOPIC].texts["ar"]
    assert form["title"] == arabic.title and form["revision"] == "0"
    form["answer"] = "النص الجديد: اتصل بـ <b>كيلا</b> اليوم.\n" + form["answer"]
    saved = await site.client.post(f"/console/kb/{TOPIC}/ar", data=form, allow_redirects=False)
    assert saved.status == 303, await saved.text()
    page = await (await site.client.get(saved.headers["Location"])).text()
    assert "Saved." in page and 'dir="rtl"' in page
    assert "<b>كيلا</b>" in page, "the phone preview shows the allowed tags as formatting"
    again = form_of(page)
    assert again["revision"] == "1" and again["answer"].startswith("النص الجديد")
    assert "edited" in page and "Leena" in page  # history: who and what


async def test_a_script_is_stored_and_shown_as_text(site: Site) -> None:
    await site.sign_in(COORDINATOR)
    form = await open_editor(site, "en")
    form["answer"] = '<script>alert("x")</script> Call & ask <b>today</b>.'
    form["title"] = "Rent <img src=x onerror=alert(1)>"
    saved = await site.client.post(f"/console/kb/{TOPIC}/en", data=form, allow_redirects=False)
    assert saved.status == 303, await saved.text()
    page = await (await site.client.get(f"/console/kb/{TOPIC}/en")).text()
    assert "<script>alert" not in page and "<img" not in page
    assert "&lt;script&gt;alert(" in page
    async with site.console.sessionmaker() as session:
        from bot.console.edits import KnowledgeEditor

        text = (
            (await KnowledgeEditor(session, site.clock, repository(), site.console.tz).current())
            .topics[TOPIC]
            .texts["en"]
        )
    assert text.answer == '&lt;script&gt;alert("x")&lt;/script&gt; Call &amp; ask <b>today</b>.'
    assert text.title == "Rent &lt;img src=x onerror=alert(1)&gt;"
    assert form_of(page)["answer"] == form["answer"], "the editor shows what was typed"


async def test_kb_check_errors_are_shown_next_to_the_field_and_nothing_is_saved(site: Site) -> None:
    await site.sign_in(COORDINATOR)
    form = await open_editor(site)
    form["answer"] = "<b>not closed"
    form["examples"] = "one\ntwo"
    form["more"] = '<a href="http://insecure.example">link</a>'
    response = await site.client.post(f"/console/kb/{TOPIC}/ar", data=form)
    assert response.status == 422
    page = await response.text()
    assert 'data-testid="error-answer"' in page and "unclosed &lt;b&gt;" in page
    assert 'data-testid="error-examples"' in page and "need 8" in page
    assert 'data-testid="error-more"' in page
    assert form_of(page)["answer"] == "<b>not closed", "the typed text stays in the form"
    async with site.console.sessionmaker() as session:
        assert (await session.execute(select(func.count(KnowledgeEdit.id)))).scalar() == 0


async def test_the_second_save_of_the_same_answer_shows_the_first_change(site: Site) -> None:
    await site.sign_in(COORDINATOR)
    first = await open_editor(site)
    second = dict(first)
    first["answer"] = "Leenan versio. " + first["answer"]
    assert (
        await site.client.post(f"/console/kb/{TOPIC}/ar", data=first, allow_redirects=False)
    ).status == 303
    second["answer"] = "Toinen versio. " + second["answer"]
    response = await site.client.post(f"/console/kb/{TOPIC}/ar", data=second)
    assert response.status == 409
    page = await response.text()
    assert 'data-testid="conflict"' in page and "Leena saved this text" in page
    assert "Leenan versio." in page, "their version is shown"
    assert form_of(page)["answer"].startswith("Toinen versio."), "mine is still in the form"
    assert form_of(page)["revision"] == "1", "saving again now replaces theirs knowingly"
    async with site.console.sessionmaker() as session:
        assert (await session.execute(select(func.count(KnowledgeEdit.id)))).scalar() == 1


async def test_history_revert_and_back_to_the_repository(site: Site) -> None:
    await site.sign_in(COORDINATOR)
    original = (await open_editor(site, "en"))["answer"]
    for n in (1, 2):
        form = await open_editor(site, "en")
        form["answer"] = f"Version {n}."
        assert (
            await site.client.post(f"/console/kb/{TOPIC}/en", data=form, allow_redirects=False)
        ).status == 303
    async with site.console.sessionmaker() as session:
        first_id = (
            await session.execute(select(KnowledgeEdit.id).where(KnowledgeEdit.revision == 1))
        ).scalar_one()
    form = await open_editor(site, "en")
    revert = {"csrf": form["csrf"], "revision": form["revision"], "edit": str(first_id)}
    assert (
        await site.client.post(f"/console/kb/{TOPIC}/en/revert", data=revert, allow_redirects=False)
    ).status == 303
    assert (await open_editor(site, "en"))["answer"] == "Version 1."
    form = await open_editor(site, "en")
    back = {"csrf": form["csrf"], "revision": form["revision"], "edit": "0"}
    assert (
        await site.client.post(f"/console/kb/{TOPIC}/en/revert", data=back, allow_redirects=False)
    ).status == 303
    assert (await open_editor(site, "en"))["answer"] == original
    page = await (await site.client.get(f"/console/kb/{TOPIC}/en")).text()
    assert page.count("<li>") == 4 and "back to the repository" in page


async def test_mark_reviewed_writes_who_and_when(site: Site) -> None:
    await site.sign_in(COORDINATOR)
    form = await open_editor(site, "so")
    data = {"csrf": form["csrf"], "revision": form["revision"], "status": "native-reviewed"}
    assert (
        await site.client.post(f"/console/kb/{TOPIC}/so/review", data=data, allow_redirects=False)
    ).status == 303
    async with site.console.sessionmaker() as session:
        from bot.console.edits import KnowledgeEditor

        kb = await KnowledgeEditor(session, site.clock, repository(), site.console.tz).current()
    review = kb.topics[TOPIC].texts["so"].review
    assert (review.status, review.reviewer, review.date) == (
        "native-reviewed",
        "Leena",
        site.clock.now().date(),
    )
    overview = await (await site.client.get("/console/kb")).text()
    assert f'data-testid="cell-{TOPIC}-so">reviewed' in overview
    # Changing the text afterwards makes it a draft again.
    form = await open_editor(site, "so")
    form["answer"] = form["answer"] + " Wax kale."
    await site.client.post(f"/console/kb/{TOPIC}/so", data=form)
    async with site.console.sessionmaker() as session:
        kb = await KnowledgeEditor(session, site.clock, repository(), site.console.tz).current()
    assert kb.topics[TOPIC].texts["so"].review.status == "draft"


async def test_an_unanswered_question_becomes_an_example_in_one_click(site: Site) -> None:
    async with site.console.sessionmaker() as session:
        for _ in range(3):
            session.add(
                UnansweredQuestion(
                    locale="en", text="where do I pay rent 0401234567", asked_at=site.clock.now()
                )
            )
        await session.commit()
    await site.sign_in(COORDINATOR)
    page = await (await site.client.get("/console/unanswered")).text()
    assert "where do I pay rent ###" in page and "0401234567" not in page
    csrf = re.search(r'name="csrf" value="([^"]+)"', page)
    assert csrf
    data = {"csrf": csrf.group(1), "topic": TOPIC, "locale": "en", "question": "where do I pay rent ###"}
    response = await site.client.post("/console/unanswered/example", data=data)
    assert response.status == 200 and "Added to" in await response.text()
    assert "where do I pay rent" in (await open_editor(site, "en"))["examples"].splitlines()


async def test_csv_under_each_chart(site: Site) -> None:
    await site.sign_in(COORDINATOR)
    for key in (
        "messages",
        "outcomes",
        "topics",
        "feedback",
        "unanswered",
        "cases",
        "bookings",
        "subscribers",
    ):
        response = await site.client.get(f"/console/reports/{key}.csv?weeks=4")
        assert response.status == 200 and response.content_type == "text/csv", key
        assert "attachment" in response.headers["Content-Disposition"]
        lines = (await response.read()).decode("utf-8-sig").splitlines()
        assert lines and "," in lines[0], key
    assert (await site.client.get("/console/reports/nothing.csv")).status == 404


async def test_the_bot_picks_up_edits_and_kb_export_writes_them(site: Site, tmp_path: Path) -> None:
    questions = QuestionService(Matcher(repository()))
    reloader = KnowledgeReloader(site.console.sessionmaker, questions)
    assert not await reloader.check(), "no edits: nothing to rebuild"
    await site.sign_in(COORDINATOR)
    form = await open_editor(site, "ar")
    form["answer"] = "جواب جديد من لوحة الموظفين."
    form["examples"] += "\nكيف أدفع الإيجار لكيلا الآن"
    assert (await site.client.post(f"/console/kb/{TOPIC}/ar", data=form, allow_redirects=False)).status == 303
    assert await reloader.check()
    rendered = questions.render(TOPIC, "ar")
    assert rendered is not None and rendered.text.answer == "جواب جديد من لوحة الموظفين."
    assert questions.decide("كيف أدفع الإيجار لكيلا الآن", "ar").match.topic == TOPIC
    assert not await reloader.check(), "unchanged version: no rebuild"

    from bot.cli.kb import export

    site.clock.advance(timedelta(seconds=1))
    bind = site.console.sessionmaker.kw["bind"]
    settings = load_settings(database_url=bind.url.render_as_string(hide_password=False))
    out = io.StringIO()
    assert await export(settings, tmp_path, out) == 0
    assert TOPIC in out.getvalue()
    check_export(tmp_path)


def check_export(target: Path) -> None:
    exported = load_topic(target / "topics" / f"{TOPIC}.yaml")
    assert exported.texts["ar"].answer == "جواب جديد من لوحة الموظفين."
    assert exported.texts["ar"].about == repository().topics[TOPIC].texts["ar"].about, "an edit keeps `about`"
    assert exported.texts["en"] == repository().topics[TOPIC].texts["en"]
    raw = yaml.safe_load((target / "topics" / f"{TOPIC}.yaml").read_text(encoding="utf-8"))
    source = KNOWLEDGE_DIR / "topics"
    assert list(raw) == list(yaml.safe_load((source / f"{TOPIC}.yaml").read_text(encoding="utf-8")))
    assert (target / "topics" / "eviction.yaml").read_bytes() == (source / "eviction.yaml").read_bytes()
