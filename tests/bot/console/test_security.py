"""The console's security over HTTP: sign-in links (used, expired, forged), sessions, CSRF, roles, headers."""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy import select

from bot.console.web import COOKIE
from bot.db.models import ConsoleSession, ConsoleSignIn
from tests.bot.console.conftest import ADVISOR, COORDINATOR, NEWCOMER, Site

TOPIC = "housing-allowance"


async def test_without_a_session_every_page_is_the_sign_in_page(site: Site) -> None:
    for path in (
        "/console/",
        "/console/unanswered",
        f"/console/kb/{TOPIC}/ar",
        "/console/reports/topics.csv",
    ):
        response = await site.client.get(path, allow_redirects=False)
        assert response.status == 303 and response.headers["Location"] == "/console/sign-in", path
    page = await site.client.get("/console/sign-in")
    assert page.status == 200
    assert "/console" in await page.text()  # how to get a link: send /console to the bot
    refused = await site.client.post(f"/console/kb/{TOPIC}/ar", data={"answer": "x"}, allow_redirects=False)
    assert refused.status == 403


async def test_a_link_signs_in_once_with_a_safe_cookie(site: Site) -> None:
    token = await site.link(COORDINATOR)
    opened = await site.client.get(f"/console/sign-in/{token}")
    assert opened.status == 200 and f'value="{token}"' in await opened.text()  # opening does not use it
    response = await site.client.post("/console/sign-in", data={"token": token}, allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == "/console/"
    header = response.headers["Set-Cookie"]
    assert (
        "HttpOnly" in header and "SameSite=Lax" in header and "Secure" in header and "Path=/console" in header
    )
    assert "Max-Age=28800" in header  # eight hours
    again = await site.client.post("/console/sign-in", data={"token": token}, allow_redirects=False)
    assert again.status == 403 and "already been used" in await again.text()
    async with site.console.sessionmaker() as session:
        stored = (await session.execute(select(ConsoleSignIn.token_hash))).scalars().all()
        sessions = (await session.execute(select(ConsoleSession))).scalars().all()
    assert token not in stored, "only a hash of the link's token is kept"
    assert len(sessions) == 1 and sessions[0].token_hash != response.cookies[COOKIE].value


async def test_expired_and_forged_links_are_refused(site: Site) -> None:
    token = await site.link(ADVISOR)
    site.clock.advance(timedelta(minutes=10, seconds=1))
    expired = await site.client.post("/console/sign-in", data={"token": token}, allow_redirects=False)
    assert expired.status == 403 and "expired" in await expired.text()
    forged = await site.client.post(
        "/console/sign-in", data={"token": secrets.token_urlsafe(32)}, allow_redirects=False
    )
    assert forged.status == 403 and "not valid" in await forged.text()
    empty = await site.client.post("/console/sign-in", data={}, allow_redirects=False)
    assert empty.status == 403
    assert COOKIE not in expired.cookies and COOKIE not in forged.cookies


async def test_only_staff_get_links_and_sessions(site: Site) -> None:
    from bot.console.auth import SignInLinks
    from bot.users.roles import Role, Staff

    async with site.console.sessionmaker() as session:
        links = SignInLinks(session, site.clock, "https://console.example.fi")
        try:
            await links.issue(Staff(NEWCOMER, "Zahra", Role.NONE))
        except PermissionError:
            pass
        else:
            raise AssertionError("a newcomer got a sign-in link")
    # A link issued while staff, used after leaving the group: refused.
    token = await site.link(ADVISOR)
    site.group.members.discard(ADVISOR.id)
    response = await site.client.post("/console/sign-in", data={"token": token}, allow_redirects=False)
    assert response.status == 403 and COOKIE not in response.cookies


async def test_sign_out_ends_the_session(site: Site) -> None:
    cookie = await site.sign_in(ADVISOR)
    assert (await site.client.get("/console/", allow_redirects=False)).status == 200
    csrf = await site.csrf()
    out = await site.client.post("/console/sign-out", data={"csrf": csrf}, allow_redirects=False)
    assert out.status == 303
    site.client.session.cookie_jar.update_cookies({COOKIE: cookie})  # the old cookie, kept by someone
    after = await site.client.get("/console/", allow_redirects=False)
    assert after.status == 303 and after.headers["Location"] == "/console/sign-in"


async def test_a_form_without_its_csrf_token_is_refused(site: Site) -> None:
    await site.sign_in(COORDINATOR)
    state = await site.client.get(f"/console/kb/{TOPIC}/ar")
    assert state.status == 200
    form = {"title": "x", "answer": "y", "more": "", "examples": "", "keywords": "", "revision": "0"}
    for data in (form, {**form, "csrf": "forged"}, {**form, "csrf": ""}):
        response = await site.client.post(f"/console/kb/{TOPIC}/ar", data=data, allow_redirects=False)
        assert response.status == 403
    for path, data in (
        ("/console/sign-out", {}),
        (f"/console/kb/{TOPIC}/ar/review", {"status": "native-reviewed", "revision": "0"}),
        (f"/console/kb/{TOPIC}/ar/revert", {"edit": "0", "revision": "0"}),
        ("/console/unanswered/example", {"topic": TOPIC, "locale": "ar", "question": "x"}),
    ):
        response = await site.client.post(path, data=data, allow_redirects=False)
        assert response.status == 403, path
    assert (await site.client.get("/console/", allow_redirects=False)).status == 200, "still signed in"


async def test_advisors_see_reports_and_the_queue_coordinators_also_edit(site: Site) -> None:
    await site.sign_in(ADVISOR)
    assert (await site.client.get("/console/")).status == 200
    assert (await site.client.get("/console/unanswered")).status == 200
    assert (await site.client.get("/console/reports/messages.csv")).status == 200
    assert (await site.client.get("/console/kb")).status == 403
    assert (await site.client.get(f"/console/kb/{TOPIC}/ar")).status == 403
    csrf = await site.csrf()
    save = await site.client.post(
        f"/console/kb/{TOPIC}/ar",
        data={"csrf": csrf, "title": "x", "answer": "y", "revision": "0"},
        allow_redirects=False,
    )
    assert save.status == 403
    site.sign_out_locally()
    await site.sign_in(COORDINATOR)
    assert (await site.client.get("/console/kb")).status == 200
    assert (await site.client.get(f"/console/kb/{TOPIC}/ar")).status == 200


async def test_someone_who_left_the_advisors_group_is_out(site: Site) -> None:
    """The roles object is asked on every request (its cache is a minute in production, none here)."""
    await site.sign_in(ADVISOR)
    assert (await site.client.get("/console/", allow_redirects=False)).status == 200
    site.group.members.discard(ADVISOR.id)
    assert (await site.client.get("/console/", allow_redirects=False)).status == 303
    site.group.members.add(ADVISOR.id)  # back in the group: the old session stays ended
    assert (await site.client.get("/console/", allow_redirects=False)).status == 303


async def test_security_headers_on_every_response(site: Site) -> None:
    await site.sign_in(COORDINATOR)
    for path in ("/console/", "/console/sign-in", "/console/static/console.js", f"/console/kb/{TOPIC}/ar"):
        response = await site.client.get(path)
        csp = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp, path
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "same-origin"  # no Referer to other sites
    redirect = await site.client.get("/console", allow_redirects=False)
    assert "Content-Security-Policy" in redirect.headers
    page = await (await site.client.get("/console/")).text()
    assert "<script>" not in page and "onclick" not in page and "style=" not in page, (
        "no inline scripts or styles"
    )


async def test_the_language_switch_stays_on_the_console(site: Site) -> None:
    await site.sign_in(ADVISOR)
    response = await site.client.get("/console/language/en?next=//evil.example/", allow_redirects=False)
    assert response.headers["Location"] == "/console/"
    response = await site.client.get("/console/language/en?next=/console/unanswered", allow_redirects=False)
    assert response.headers["Location"] == "/console/unanswered"
    assert "Unanswered questions" in await (await site.client.get("/console/unanswered")).text()
    await site.client.get("/console/language/fi?next=/console/unanswered")
    assert "Vastaamattomat kysymykset" in await (await site.client.get("/console/unanswered")).text()
