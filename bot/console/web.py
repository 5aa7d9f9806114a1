"""The console's aiohttp application: security headers, sessions and CSRF on every request, sign-in and sign-out.

Mounted at /console by `kototori console` (bot/runtime/console.py) and by the demo. The pages themselves are in
bot/console/pages.py; templates and static files (Chart.js included, no CDN) ship in this package.
"""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger
from aiohttp.http_exceptions import HttpProcessingError
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from yarl import URL

from bot.answers.knowledge.model import KnowledgeBase
from bot.clock import Clock
from bot.console.auth import PATH, SESSION_VALID, ConsoleAuth, Refusal, SignedIn, SignInAttempts, SignInLinks
from bot.console.texts import PAGE_LANGUAGES, page_language, texts
from bot.users.roles import Membership, Role, RoleResolver, Staff

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
COOKIE = "kototori_console"
LANGUAGE_COOKIE = "kototori_console_lang"

# No inline scripts or styles, nothing from elsewhere, never inside a frame.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    # A sign-in link's token must not leave in a Referer header; within the console, forms then carry their real
    # Origin (with no-referrer, browsers send `Origin: null` on every POST and the Origin check could not tell).
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


@dataclass
class Console:
    """What the console's requests share (one per process)."""

    sessionmaker: async_sessionmaker[AsyncSession]
    clock: Clock
    tz: ZoneInfo
    roles: RoleResolver
    membership: Membership | None
    repository: KnowledgeBase  # the YAML as loaded at start-up; edits come from the database per request
    secure: bool  # behind HTTPS: Secure cookies
    public_url: str | None = None
    # The bot in the same process (the demo) rebuilds at once instead of at its next poll.
    on_knowledge_changed: Callable[[], None] | None = None
    # The demo's coordinator persona, signed in with one click (never set outside the demo).
    demo_user: Staff | None = None
    env: Environment = field(init=False)
    attempts: SignInAttempts = field(init=False)

    def __post_init__(self) -> None:
        self.env = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.attempts = SignInAttempts(self.clock)

    def knowledge_changed(self) -> None:
        if self.on_knowledge_changed is not None:
            self.on_knowledge_changed()


class ConsoleSlot:
    """Filled once the process has its database and bot (the demo mounts the app before those exist)."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console

    def get(self) -> Console:
        if self.console is None:
            raise web.HTTPServiceUnavailable(text="the console is starting")
        return self.console


SLOT = web.AppKey("console_slot", ConsoleSlot)
SIGNED_IN = web.RequestKey("console_signed_in", SignedIn)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def console_of(request: web.Request) -> Console:
    return request.app[SLOT].get()


def signed_in(request: web.Request) -> SignedIn:
    return request[SIGNED_IN]


def language(request: web.Request) -> str:
    return page_language(request.cookies.get(LANGUAGE_COOKIE))


def render(request: web.Request, template: str, status: int = 200, **context: Any) -> web.Response:
    console = console_of(request)
    lang = language(request)
    who = request.get(SIGNED_IN)
    page = console.env.get_template(template).render(
        t=texts(lang),
        lang=lang,
        other_language=next(x for x in PAGE_LANGUAGES if x != lang),
        me=who,
        coordinator=isinstance(who, SignedIn) and who.staff.role == Role.COORDINATOR,
        csrf=who.csrf if isinstance(who, SignedIn) else "",
        base=PATH,
        here=quote(request.path_qs, safe="/?=&"),
        **context,
    )
    return web.Response(text=page, status=status, content_type="text/html", charset="utf-8")


def message(request: web.Request, status: int, title: str, key: str) -> web.Response:
    """A page with one sentence (refusals and errors), in the page's language."""
    return render(request, "message.html", status=status, title=texts(language(request))(title), key=key)


def forbidden(request: web.Request, key: str = "forbidden") -> web.Response:
    return message(request, 403, "forbidden-title", key)


def requires(role: Role) -> Callable[[Handler], Handler]:
    """Advisors see reports and the unanswered queue; coordinators also edit."""

    def wrap(handler: Handler) -> Handler:
        async def checked(request: web.Request) -> web.StreamResponse:
            who = signed_in(request)
            if role == Role.COORDINATOR and who.staff.role != Role.COORDINATOR:
                return forbidden(request)
            return await handler(request)

        return checked

    return wrap


# Reachable without a session; every other route needs one, and every POST among them its CSRF token.
PUBLIC = {f"{PATH}/sign-in", f"{PATH}/demo-sign-in"}


def _public(path: str) -> bool:
    return path in PUBLIC or path.startswith((f"{PATH}/sign-in/", f"{PATH}/static/", f"{PATH}/language/"))


SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})  # never change anything; every other method needs CSRF


def _route(request: web.Request) -> str:
    """The route's pattern (`/kb/{topic}/{locale}`) for logs: never what the request carried."""
    info = request.match_info.get_info()
    return str(info.get("formatter") or info.get("path") or info.get("prefix") or "?")


def _origin(url: str) -> str:
    return str(URL(url).origin())


def _same_site(request: web.Request, console: Console) -> bool:
    """A browser names the page a form came from (Origin); a form from another site is refused before it is read.
    Without the header (not a browser, or a very old one) the CSRF token alone decides."""
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    allowed = {f"{request.scheme}://{request.host}"}
    if console.public_url:
        allowed.add(_origin(console.public_url))
    return origin in allowed


@web.middleware
async def errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Anything unexpected is a page saying so, never a stack trace; the log gets the route and where it happened in
    the code, not the exception's message (it may quote what was sent: a name, a question, a text)."""
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception as exc:
        log.error(
            "console: %s on %s %s\n%s",
            type(exc).__name__,
            request.method,
            _route(request),
            "".join(traceback.format_tb(exc.__traceback__)),
        )
        return message(request, 500, "error-title", "error")


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        response = await handler(request)
    except (
        web.HTTPException
    ) as exc:  # redirects and errors are raised (aiohttp's way): they get the headers too
        _headers(request, exc)
        raise
    _headers(request, response)
    return response


def _headers(request: web.Request, response: web.StreamResponse) -> None:
    response.headers.update(SECURITY_HEADERS)
    console = request.app[SLOT].console
    if console is not None and console.secure:  # behind HTTPS: browsers never try plain HTTP again for a year
        response.headers["Strict-Transport-Security"] = "max-age=31536000"
    if not request.path.startswith(f"{PATH}/static/"):
        response.headers["Cache-Control"] = "no-store"


@web.middleware
async def sessions(request: web.Request, handler: Handler) -> web.StreamResponse:
    """The session (re-checking the person's role) and, for forms, the CSRF token."""
    console = console_of(request)
    unsafe = request.method not in SAFE_METHODS
    if unsafe:
        if not _same_site(request, console):
            log.warning("console: a form from another site was refused (%s)", _route(request))
            return forbidden(request, "other-site")
        try:
            form = await request.post()
        except (
            ValueError,
            LookupError,
            HttpProcessingError,
        ) as exc:  # a charset, broken multipart, bad UTF-8
            log.info("console: an unreadable form on %s (%s)", _route(request), type(exc).__name__)
            return message(request, 400, "bad-request-title", "bad-request")
    if _public(request.path):
        return await handler(request)
    async with console.sessionmaker() as session:
        who = await ConsoleAuth(session, console.clock, console.roles, console.membership).current(
            request.cookies.get(COOKIE)
        )
    if who is None:
        if unsafe:  # a form sent after the session ended (two idle hours): say so, nothing was done
            return message(request, 403, "session-ended-title", "session-ended")
        redirect = web.HTTPSeeOther(f"{PATH}/sign-in")
        if COOKIE in request.cookies:
            redirect.del_cookie(
                COOKIE, path=PATH
            )  # an ended or expired session's cookie is of no use any more
        raise redirect
    request[SIGNED_IN] = who
    if unsafe:
        token = form.get("csrf")
        if not who.csrf_ok(token if isinstance(token, str) else None):
            log.warning("console: a form without a valid CSRF token from user %s", who.staff.id)
            return forbidden(request, "csrf")
    return await handler(request)


# --- sign-in, sign-out, page language -------------------------------------------------------------------------


async def sign_in_page(request: web.Request) -> web.Response:
    return render(request, "sign_in.html", token=None, refusal=request.query.get("refused"))


async def sign_in_link(request: web.Request) -> web.Response:
    """Opening a link does not use it (link previews and scanners open links too): the button does."""
    return render(request, "sign_in.html", token=request.match_info["token"], refusal=None)


async def sign_in(request: web.Request) -> web.StreamResponse:
    console = console_of(request)
    address = request.remote or "?"
    if console.attempts.blocked(address):
        log.warning("console: sign-in attempts from one address are held back for a while")
        response = message(request, 429, "too-many-title", "too-many")
        response.headers["Retry-After"] = "600"
        return response
    form = await request.post()
    token = form.get("token")
    if not isinstance(token, str) or not token:
        console.attempts.failed(address)
        return render(request, "sign_in.html", status=403, token=None, refusal=Refusal.UNKNOWN.value)
    async with console.sessionmaker() as session:
        result = await ConsoleAuth(session, console.clock, console.roles, console.membership).redeem(
            token, request.cookies.get(COOKIE)
        )
    if isinstance(result, Refusal):
        console.attempts.failed(address)
        log.info("console: a sign-in link was refused (%s)", result.value)
        return render(request, "sign_in.html", status=403, token=None, refusal=result.value)
    cookie, who = result
    log.info("console: user %s signed in as %s", who.staff.id, who.staff.role.value)
    return _signed_in(console, cookie)


def _signed_in(console: Console, cookie: str) -> web.StreamResponse:
    """Raises the redirect to the dashboard with the session cookie."""
    response = web.HTTPSeeOther(f"{PATH}/")
    response.set_cookie(
        COOKIE,
        cookie,
        max_age=int(SESSION_VALID.total_seconds()),
        path=PATH,
        httponly=True,
        samesite="Lax",
        secure=console.secure,
    )
    raise response


async def demo_sign_in(request: web.Request) -> web.StreamResponse:
    """The demo only: a one-time link for the coordinator persona, used at once (one click from the demo page)."""
    console = console_of(request)
    if console.demo_user is None:
        raise web.HTTPNotFound()
    async with console.sessionmaker() as session:
        url = await SignInLinks(session, console.clock, "http://demo").issue(console.demo_user)
        assert url is not None
        result = await ConsoleAuth(session, console.clock, console.roles, console.membership).redeem(
            url.rsplit("/", 1)[1]
        )
    if isinstance(result, Refusal):
        raise web.HTTPForbidden(text=result.value)
    return _signed_in(console, result[0])


async def sign_out(request: web.Request) -> web.StreamResponse:
    console = console_of(request)
    async with console.sessionmaker() as session:
        await ConsoleAuth(session, console.clock, console.roles, console.membership).sign_out(
            signed_in(request)
        )
    response = web.HTTPSeeOther(f"{PATH}/sign-in?refused=signed-out")
    response.del_cookie(COOKIE, path=PATH)
    raise response


async def switch_language(request: web.Request) -> web.StreamResponse:
    lang = page_language(request.match_info["lang"])
    target = request.query.get("next", f"{PATH}/")
    if not target.startswith(f"{PATH}/") or target.startswith("//"):
        target = f"{PATH}/"  # never a redirect to elsewhere
    response = web.HTTPSeeOther(target)
    response.set_cookie(LANGUAGE_COOKIE, lang, max_age=365 * 86400, path=PATH, samesite="Lax", httponly=True)
    raise response


def create_console_app(slot: ConsoleSlot) -> web.Application:
    from bot.console import pages

    app = web.Application(middlewares=[security_headers, errors, sessions])
    app[SLOT] = slot
    app.router.add_get("/sign-in", sign_in_page)
    app.router.add_post("/sign-in", sign_in)
    app.router.add_get("/sign-in/{token}", sign_in_link)
    app.router.add_get("/demo-sign-in", demo_sign_in)
    app.router.add_post("/sign-out", sign_out)
    app.router.add_get("/language/{lang}", switch_language)
    app.router.add_static("/static/", STATIC)
    # The staff's pages (bot/console/pages.py).
    app.router.add_get("", pages.home)
    app.router.add_get("/", pages.dashboard)
    app.router.add_get("/reports/{key}.csv", pages.report_csv)
    app.router.add_get("/unanswered", pages.unanswered)
    app.router.add_post("/unanswered/example", pages.add_example)
    app.router.add_get("/kb", pages.knowledge)
    app.router.add_get("/kb/{topic}/{locale}", pages.edit_page)
    app.router.add_post("/kb/{topic}/{locale}", pages.save)
    app.router.add_post("/kb/{topic}/{locale}/review", pages.review)
    app.router.add_post("/kb/{topic}/{locale}/revert", pages.revert)
    return app


def mount(parent: web.Application, slot: ConsoleSlot) -> None:
    """The console at /console of another aiohttp application (the demo's, or the standalone server's)."""
    parent.add_subapp(PATH, create_console_app(slot))


_LINK_TOKEN = re.compile(r"(/sign-in/)[^/?#\s]+")


class AccessLog(AbstractAccessLogger):
    """aiohttp's access log without sign-in links' tokens (a log line must not hold a link that still works) and
    without query strings."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        path = _LINK_TOKEN.sub(r"\1…", request.path)
        self.logger.info('%s "%s %s" %s %.3fs', request.remote, request.method, path, response.status, time)

    @property
    def enabled(self) -> bool:
        return self.logger.isEnabledFor(logging.INFO)


# For the runner that serves the console (bot/runtime/console.py, the demo, the tests).
RUNNER_OPTIONS: dict[str, Any] = {"access_log_class": AccessLog}
