"""What cases look like: topic names, the summary, staff notes, newcomers' messages (Fluent + escaped values)."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from aiogram.types import InlineKeyboardMarkup
from babel.dates import format_datetime, format_timedelta, get_day_names
from babel.lists import format_list

from bot.answers.service import QuestionService
from bot.cases.duty import DutyInfo
from bot.cases.model import Case, CaseStatus
from bot.cases.relay import Summary
from bot.cases.report import CaseReport
from bot.cases.service import PHRASES
from bot.i18n import LANGUAGE_NAMES, Localizer, Translator
from bot.i18n.formatting import babel_locale, local_date, user_value
from handlers.cases.keyboards import (
    case_card,
    knowledge_choices,
    phrase_choices,
    posted_buttons,
    rating_keyboard,
)
from handlers.common.views import TELEGRAM_TEXT_LIMIT, View

# Advisors and coordinators work in Finnish (bot/telegram/context.py STAFF_LOCALE).
STAFF_LOCALE = "fi"
TOPIC_NAME_LIMIT = 128


def language_label(l10n: Localizer, locale: str) -> str:
    return l10n(f"cases-desk-language-{locale.lower()}")


def topic_label(l10n: Localizer, questions: QuestionService, topic_id: str | None) -> str:
    if topic_id is None:
        return l10n("cases-desk-no-topic")
    return questions.title(topic_id, l10n.locale)


def duration(delta: timedelta, locale: str) -> str:
    return format_timedelta(max(delta, timedelta(0)), threshold=2, locale=babel_locale(locale))


def mentions(people: Sequence[Sequence[object]]) -> str:
    return ", ".join(f'<a href="tg://user?id={int(str(p[0]))}">{html.escape(str(p[1]))}</a>' for p in people)


def topic_name(l10n: Localizer, questions: QuestionService, case: Case) -> str:
    name = l10n(
        "cases-desk-topic-name",
        urgent="yes" if case.urgent else "no",
        number=str(case.id),
        language=language_label(l10n, case.locale),
        topic=topic_label(l10n, questions, case.topic_id),
    )
    return name[:TOPIC_NAME_LIMIT]


def topic_link(group_chat_id: int, thread_id: int | None) -> str | None:
    """t.me/c links work for members of a supergroup (-100 ids)."""
    text = str(group_chat_id)
    if thread_id is None or not text.startswith("-100"):
        return None
    return f"https://t.me/c/{text[4:]}/{thread_id}"


def summary_view(
    l10n: Localizer, questions: QuestionService, case: Case, info: Summary, now: datetime
) -> View:
    waited = now - (case.waiting_since or case.created_at)
    parts = []
    if info.recreated:
        parts.append(l10n("cases-desk-summary-recreated"))
    parts.append(
        l10n(
            "cases-desk-summary",
            number=str(case.id),
            urgent="yes" if case.urgent else "no",
            language=language_label(l10n, case.locale),
            topic=html.escape(topic_label(l10n, questions, case.topic_id)),
            answered=html.escape(
                questions.title(case.answered_topic_id, l10n.locale)
                if case.answered_topic_id
                else l10n("cases-desk-not-answered")
            ),
            waited=duration(waited, l10n.locale),
            position=info.position,
            owner=html.escape(case.owner_name or "-"),
        )
    )
    if case.urgent:
        if info.on_duty:
            parts.append(l10n("cases-desk-urgent-mention", people=mentions(info.on_duty)))
        else:
            parts.append(l10n("cases-desk-urgent-nobody"))
    return View("\n\n".join(parts), case_card(l10n, case))


def note_view(
    l10n: Localizer,
    translator: Translator,
    questions: QuestionService,
    case: Case | None,
    view: str,
    args: dict[str, object],
    duty: DutyInfo,
    now: datetime,
) -> View:
    """A note in a case topic, or a reply to staff in the group (`view` names an `advisors-note-*` message)."""
    if view == "text":
        return View(str(args.get("html", ""))[:TELEGRAM_TEXT_LIMIT], posted_buttons(args.get("buttons")))
    if view == "kb-choose":
        topics = [str(t) for t in args.get("topics", []) if isinstance(t, str)]  # type: ignore[attr-defined]
        choices = [(t, questions.title(t, l10n.locale)) for t in topics]
        text = l10n("cases-desk-note-kb-choose", language=str(args.get("language", "")))
        return View(text, knowledge_choices(int(str(args["case"])), choices))
    if view == "phrases":
        case_locale = str(args.get("locale", l10n.locale))
        labels = [
            (p, _plain(l10n(f"cases-phrase-{p}", **phrase_args(l10n, case_locale, duty, now))))
            for p in PHRASES
        ]
        text = l10n("cases-desk-note-phrases", language=language_label(l10n, case_locale))
        return View(text, phrase_choices(int(str(args["case"])), labels))
    text_args: dict[str, object] = {
        k: html.escape(str(v)) for k, v in args.items() if isinstance(v, (str, int))
    }
    markup: InlineKeyboardMarkup | None = None
    if case is not None:
        text_args.setdefault("number", str(case.id))
        text_args["language"] = language_label(l10n, case.locale)
    if view == "kb-sent":
        text_args["title"] = html.escape(questions.title(str(args["topic"]), l10n.locale))
    if view == "phrase-sent" and case is not None:
        phrase = l10n(f"cases-phrase-{args['phrase']}", **phrase_args(l10n, case.locale, duty, now))
        text_args["phrase"] = html.escape(_plain(phrase))
    if view == "urgent":
        people = args.get("people")
        text_args["people"] = (
            mentions(people) if isinstance(people, list) and people else l10n("cases-desk-nobody-on-duty")
        )
    if case is not None and view in CARD_VIEWS:
        markup = case_card(l10n, case)
    text = l10n(f"cases-desk-note-{view}", **text_args)
    return View(text[:TELEGRAM_TEXT_LIMIT], markup)


# Notes after which the case's buttons change: they carry a fresh card.
CARD_VIEWS = frozenset(
    {"taken", "taken-over", "released", "closed", "reopened", "reopened-newcomer", "urgent"}
)


def _plain(text: str) -> str:
    return text.replace("<b>", "").replace("</b>", "")


def phrase_args(l10n: Localizer, case_locale: str, duty: DutyInfo, now: datetime) -> dict[str, object]:
    """Arguments of the stock phrases: the next weekday a language assistant for the newcomer's language (or,
    without one, any advisor) is there, named in `l10n`'s language."""
    days = duty.assistant_weekdays(case_locale)
    opening = _next_opening_on(duty, now, set(days)) if days else duty.next_opening(now)
    # Opening times are local (Helsinki): their weekday is the one the newcomer means, closures and holidays skipped.
    day = day_name(opening.weekday(), l10n.locale, "format") if opening else None
    return {
        "assistant": "yes" if days else "no",
        "day": day or "-",
        "language": LANGUAGE_NAMES.get(case_locale, case_locale),
    }


def _next_opening_on(duty: DutyInfo, now: datetime, weekdays: set[int]) -> datetime | None:
    moment: datetime | None = now
    for _ in range(21):  # three weeks of opening days are plenty to meet each weekday once
        moment = duty.next_opening(moment) if moment is not None else None
        if moment is None or moment.weekday() in weekdays:
            return moment
    return None


def day_name(weekday: int, locale: str, context: Literal["format", "stand-alone"] = "stand-alone") -> str:
    """Babel's weekday name; the "format" form fits inside a sentence (Finnish "perjantaina")."""
    return str(get_day_names("wide", context=context, locale=babel_locale(locale))[weekday])


def what_next(
    translator: Translator, case: Case, position: int, duty: DutyInfo, now: datetime, tz: ZoneInfo
) -> str:
    """Honest: on duty now or when they are back, the queue, and the language assistant's days."""
    l10n = translator(case.locale)
    lines = []
    if duty.is_open(now):
        lines.append(l10n("cases-open-now"))
    else:
        opening = duty.next_opening(now)
        if opening is None:
            lines.append(l10n("cases-open-unknown"))
        else:
            when = format_datetime(opening, "EEEE d MMMM HH:mm", tzinfo=tz, locale=babel_locale(case.locale))
            lines.append(l10n("cases-open-later", when=when))
    if position > 0:
        lines.append(l10n("cases-queue", position=position))
    days = duty.assistant_weekdays(case.locale)
    if days:
        names = format_list([day_name(d, case.locale) for d in days], locale=babel_locale(case.locale))
        lines.append(l10n("cases-assistant", language=l10n.language_name, days=names))
    if case.urgent:
        lines.append(l10n("cases-urgent-note"))
    return "\n\n".join(lines)


def newcomer_view(
    translator: Translator,
    questions: QuestionService,
    case: Case,
    kind: str,
    payload: dict[str, object],
    duty: DutyInfo,
    now: datetime,
) -> View:
    l10n = translator(case.locale)
    if kind == "kb":
        rendered = questions.render(str(payload["topic"]), case.locale)
        if rendered is None:
            return View(l10n("cases-kb-from-advisor"))
        body = f"{l10n('cases-kb-from-advisor')}\n\n<b>{rendered.text.title}</b>\n{rendered.text.answer}"
        if rendered.locale != case.locale:
            note = l10n("answers-fallback-note", language=translator(rendered.locale).language_name)
            body = f"{note}\n\n{body}"
        return View(body[:TELEGRAM_TEXT_LIMIT])
    if kind == "phrase":
        return View(l10n(f"cases-phrase-{payload['phrase']}", **phrase_args(l10n, case.locale, duty, now)))
    if kind == "unreachable":
        return View(l10n("cases-unreachable"))
    view = str(payload.get("view"))
    if view == "closed":
        return View(l10n("cases-closed"), rating_keyboard(case.id))
    return View(l10n(f"cases-{view}"))


def edited_text(l10n: Localizer, text: str, to_newcomer: bool) -> str:
    label = l10n("cases-edited") if to_newcomer else l10n("cases-desk-edited")
    return f"{label}\n{user_value(text, l10n.locale)}"[:TELEGRAM_TEXT_LIMIT]


def cases_list(
    l10n: Localizer, questions: QuestionService, cases: Sequence[Case], now: datetime, group_chat_id: int
) -> str:
    if not cases:
        return l10n("cases-desk-cases-none")
    lines = [l10n("cases-desk-cases-title", count=len(cases))]
    for case in cases:
        link = topic_link(group_chat_id, case.thread_id)
        number = f'<a href="{link}">#{case.id}</a>' if link else f"#{case.id}"
        lines.append(
            l10n(
                "cases-desk-cases-line",
                urgent="yes" if case.urgent else "no",
                number=number,
                language=language_label(l10n, case.locale),
                topic=html.escape(topic_label(l10n, questions, case.topic_id)),
                state="active" if case.status == CaseStatus.ACTIVE else "waiting",
                owner=html.escape(case.owner_name or "-"),
                waited=duration(now - (case.waiting_since or case.created_at), l10n.locale),
            )
        )
    return "\n".join(lines)[:TELEGRAM_TEXT_LIMIT]


def report_text(l10n: Localizer, questions: QuestionService, report: CaseReport) -> str:
    def counts(items: dict[str, int], label: Callable[[str], str]) -> str:
        ordered = sorted(items.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
        return ", ".join(f"{label(k)} {v}" for k, v in ordered) or "-"

    median = report.median_first_answer
    average = report.average_rating
    return l10n(
        "cases-desk-report",
        since=report.since.isoformat(),
        until=report.until.isoformat(),
        total=report.total,
        urgent=report.urgent,
        languages=counts(report.per_locale, lambda k: language_label(l10n, k)),
        topics=html.escape(
            counts(report.per_topic, lambda k: topic_label(l10n, questions, None if k == "-" else k))
        ),
        days=counts({d.isoformat(): n for d, n in report.per_day.items()}, str),
        median=duration(median, l10n.locale) if median is not None else "-",
        rating=f"{average:.1f}" if average is not None else "-",
    )[:TELEGRAM_TEXT_LIMIT]


def privacy_cases(l10n: Localizer, cases: Sequence[Case], tz: ZoneInfo, retention_days: int) -> str | None:
    if not cases:
        return None
    lines = [l10n("cases-privacy-title", days=retention_days)]
    for case in cases:
        lines.append(
            l10n(
                "cases-privacy-case",
                number=str(case.id),
                state="closed" if case.status == CaseStatus.CLOSED else "open",
                date=local_date(case.created_at, l10n.locale, tz),
            )
        )
    return "\n".join(lines)
