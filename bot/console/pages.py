"""The console's pages: reports (advisors), the unanswered queue (advisors; coordinators add examples), and the
knowledge-base editor (coordinators)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from aiohttp import web

from bot.answers.knowledge.model import KB_LOCALES, REVIEW_STATUSES, KnowledgeBase, TopicText
from bot.console.auth import PATH
from bot.console.edits import KnowledgeEditor, SaveResult, TextForm, TextState, UnknownText
from bot.console.markup import preview, to_editor
from bot.console.reports import PERIODS, Chart, ReportService, all_reports, redact
from bot.console.texts import texts
from bot.console.web import Console, console_of, language, render, requires, signed_in
from bot.i18n import LANGUAGE_NAMES, RTL_LOCALES
from bot.users.roles import Role

QUEUE_WEEKS = 13  # the unanswered questions are kept 90 days
QUEUE_TOP = 100
FIRST_COLUMN = {
    "messages": "day",
    "outcomes": "week",
    "topics": "topic",
    "feedback": "topic",
    "unanswered": "question",
    "cases": "week",
    "bookings": "week",
    "subscribers": "language",
}


def _weeks(request: web.Request) -> int:
    try:
        weeks = int(request.query.get("weeks", "12"))
    except ValueError:
        weeks = 12
    return weeks if weeks in PERIODS else 12


def _title(kb: KnowledgeBase, topic_id: str, lang: str) -> str:
    topic = kb.topics.get(topic_id)
    text = topic.text(lang) or topic.text("en") if topic else None
    return to_editor(text.title) if text else topic_id


def _series_name(t: Any, chart: Chart, key: str) -> str:
    if chart.key in ("messages", "subscribers") and key in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[key]
    return str(t(f"series-{key}"))


def _chart_json(chart: Chart, console: Console, lang: str) -> dict[str, Any]:
    t = texts(lang)
    labels = chart.labels
    if chart.key in ("topics", "feedback"):
        labels = [_title(console.repository, x, lang) for x in labels]
    elif chart.key == "subscribers":
        labels = [LANGUAGE_NAMES.get(x, x) for x in labels]
    return {
        "key": chart.key,
        "kind": chart.kind,
        "labels": labels,
        "series": [
            {"key": s.key, "label": _series_name(t, chart, s.key), "values": s.values, "axis": s.axis}
            for s in chart.series
        ],
    }


@requires(Role.ADVISOR)
async def dashboard(request: web.Request) -> web.Response:
    console = console_of(request)
    weeks = _weeks(request)
    charts = await all_reports(console.sessionmaker, console.clock, console.tz, weeks)
    lang = language(request)
    data = [_chart_json(c, console, lang) for c in charts if c.kind != "table"]
    return render(
        request,
        "dashboard.html",
        charts=charts,
        data=data,
        weeks=weeks,
        periods=PERIODS,
        language_names=LANGUAGE_NAMES,
    )


@requires(Role.ADVISOR)
async def report_csv(request: web.Request) -> web.Response:
    console = console_of(request)
    weeks = _weeks(request)
    key = request.match_info["key"]
    async with console.sessionmaker() as session:
        service = ReportService(session, console.clock, console.tz)
        chart = await service.chart(key, weeks)
        today = service.period(weeks).last
    if chart is None:
        raise web.HTTPNotFound()
    t = texts(language(request))
    names = {s.key: _series_name(t, chart, s.key) for s in chart.series}
    body = chart.csv(names, FIRST_COLUMN.get(key, "label"))
    filename = f"kototori-{key}-{weeks}w-{today.isoformat()}.csv"
    return web.Response(
        body=body.encode("utf-8-sig"),  # a byte-order mark: spreadsheet programs then read ä and ö right
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@requires(Role.ADVISOR)
async def unanswered(request: web.Request) -> web.Response:
    console = console_of(request)
    async with console.sessionmaker() as session:
        service = ReportService(session, console.clock, console.tz)
        chart = await service.unanswered(service.period(QUEUE_WEEKS), top=QUEUE_TOP)
    lang = language(request)
    topics = sorted(
        ((tid, _title(console.repository, tid, lang)) for tid in console.repository.topics),
        key=lambda item: item[1].casefold(),
    )
    rows = [
        {"question": q, "locale": chart.extra[i], "count": int(chart.series[0].values[i])}
        for i, q in enumerate(chart.labels)
    ]
    added = request.query.get("added", "")
    added_topic, _, added_locale = added.partition(":")
    return render(
        request,
        "unanswered.html",
        rows=rows,
        topics=topics,
        days=QUEUE_WEEKS * 7,
        language_names=LANGUAGE_NAMES,
        added_title=_title(console.repository, added_topic, lang)
        if added_topic in console.repository.topics
        else None,
        added_language=LANGUAGE_NAMES.get(added_locale, ""),
    )


@requires(Role.COORDINATOR)
async def add_example(request: web.Request) -> web.StreamResponse:
    console = console_of(request)
    form = await request.post()
    topic, locale, question = (str(form.get(k, "")) for k in ("topic", "locale", "question"))
    if topic not in console.repository.topics or locale not in KB_LOCALES:
        raise web.HTTPSeeOther(f"{PATH}/unanswered")
    # The shown (masked) question: hidden numbers are left out of the example.
    example = " ".join(redact(question).replace("###", " ").replace("…@…", " ").split())
    async with console.sessionmaker() as session:
        editor = KnowledgeEditor(session, console.clock, console.repository, console.tz)
        result = await editor.add_example(topic, locale, example, signed_in(request).staff)
    if result.saved:
        console.knowledge_changed()
    raise web.HTTPSeeOther(f"{PATH}/unanswered?added={topic}:{locale}")


@requires(Role.COORDINATOR)
async def knowledge(request: web.Request) -> web.Response:
    console = console_of(request)
    async with console.sessionmaker() as session:
        editor = KnowledgeEditor(session, console.clock, console.repository, console.tz)
        overview = await editor.overview()
    lang = language(request)
    titles = {tid: _title(console.repository, tid, lang) for tid in overview}
    return render(
        request,
        "kb.html",
        overview=overview,
        titles=titles,
        locales=KB_LOCALES,
        language_names=LANGUAGE_NAMES,
    )


def _form_of(text: TopicText | None) -> dict[str, str]:
    if text is None:
        return {"title": "", "answer": "", "more": "", "examples": "", "keywords": ""}
    return {
        "title": to_editor(text.title),
        "answer": to_editor(text.answer),
        "more": to_editor(text.more or ""),
        "examples": "\n".join(text.examples),
        "keywords": ", ".join(text.keywords),
    }


def _editor_page(
    request: web.Request,
    state: TextState,
    *,
    form: dict[str, str] | None = None,
    result: SaveResult | None = None,
    status: int = 200,
    notice: str | None = None,
) -> web.Response:
    lang = language(request)
    text = state.text
    theirs = result.conflict_text if result is not None and result.conflict is not None else None
    return render(
        request,
        "editor.html",
        status=status,
        state=state,
        topic_title=_title(console_of(request).repository, state.topic.id, lang),
        language_name=LANGUAGE_NAMES.get(state.locale, state.locale),
        rtl=state.locale in RTL_LOCALES,
        form=form or _form_of(text),
        result=result,
        notice=notice,
        preview_title=preview(text.title) if text else "",
        preview_answer=preview(text.answer) if text else "",
        preview_more=preview(text.more) if text and text.more else "",
        theirs=theirs,
        theirs_form=_form_of(theirs) if theirs else None,
        repository_form=_form_of(state.repository) if state.repository_changed else None,
        statuses=REVIEW_STATUSES,
        history_time=_local_time(console_of(request)),
    )


def _local_time(console: Console) -> Any:
    def shown(at: datetime) -> str:
        return at.astimezone(console.tz).strftime("%Y-%m-%d %H:%M")

    return shown


async def _state(request: web.Request) -> TextState:
    console = console_of(request)
    async with console.sessionmaker() as session:
        editor = KnowledgeEditor(session, console.clock, console.repository, console.tz)
        try:
            return await editor.state(request.match_info["topic"], request.match_info["locale"])
        except UnknownText:
            raise web.HTTPNotFound() from None


@requires(Role.COORDINATOR)
async def edit_page(request: web.Request) -> web.Response:
    state = await _state(request)
    return _editor_page(request, state, notice=request.query.get("done"))


def _revision(form: Any) -> int:
    try:
        return int(str(form.get("revision", "")))
    except ValueError:
        return -1


async def _change_text(
    request: web.Request,
    change: Callable[[KnowledgeEditor, str, str, Any], Awaitable[SaveResult]],
    done: str,
    fields: dict[str, str] | None = None,
) -> web.StreamResponse:
    """A change to one text from the editor page's forms: back to the page with `done` when it is stored, else
    the page again with what went wrong (409 for someone else's save in between, 422 for the text)."""
    console = console_of(request)
    topic, locale = request.match_info["topic"], request.match_info["locale"]
    form = await request.post()
    async with console.sessionmaker() as session:
        editor = KnowledgeEditor(session, console.clock, console.repository, console.tz)
        try:
            result = await change(editor, topic, locale, form)
            state = await editor.state(topic, locale)
        except UnknownText:
            raise web.HTTPNotFound() from None
    if result.saved:
        console.knowledge_changed()
        raise web.HTTPSeeOther(f"{PATH}/kb/{topic}/{locale}?done={done}")
    return _editor_page(request, state, form=fields, result=result, status=409 if result.conflict else 422)


@requires(Role.COORDINATOR)
async def save(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    fields = {k: str(form.get(k, "")) for k in ("title", "answer", "more", "examples", "keywords")}
    staff = signed_in(request).staff

    def change(editor: KnowledgeEditor, topic: str, locale: str, form: Any) -> Awaitable[SaveResult]:
        return editor.save(topic, locale, TextForm(**fields), _revision(form), staff)

    return await _change_text(request, change, "saved", fields)


@requires(Role.COORDINATOR)
async def review(request: web.Request) -> web.StreamResponse:
    staff = signed_in(request).staff

    def change(editor: KnowledgeEditor, topic: str, locale: str, form: Any) -> Awaitable[SaveResult]:
        return editor.mark(topic, locale, str(form.get("status", "")), _revision(form), staff)

    return await _change_text(request, change, "reviewed")


@requires(Role.COORDINATOR)
async def revert(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    try:
        edit_id = int(str(form.get("edit", "")))
    except ValueError:
        raise web.HTTPNotFound() from None
    staff = signed_in(request).staff

    def change(editor: KnowledgeEditor, topic: str, locale: str, form: Any) -> Awaitable[SaveResult]:
        return editor.revert(topic, locale, edit_id, _revision(form), staff)

    return await _change_text(request, change, "restored")


async def home(request: web.Request) -> web.StreamResponse:
    raise web.HTTPSeeOther(f"{PATH}/")
