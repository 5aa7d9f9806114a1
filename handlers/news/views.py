"""Automatic notices as newcomers read them: a closure or changed hours, and the weekly overview."""

from __future__ import annotations

from bot.hours.service import DayHours
from bot.i18n import Localizer, Translator
from bot.i18n.dates import day_long, day_range, day_short, time_span
from bot.news.notices import ChangeKind, HoursChange, Week
from handlers.common.calendar import day_text, holiday_text, occurrence_line, reason_text


def _spans(day: DayHours, l10n: Localizer) -> str:
    return ", ".join(time_span(i.opens.time(), i.closes.time(), l10n.locale) for i in day.intervals)


def _reason(day: DayHours, l10n: Localizer) -> str:
    if day.exception is not None:
        return reason_text(day.exception, l10n)
    return holiday_text(day.day, l10n)


def hours_change_message(change: HoursChange, l10n: Localizer) -> tuple[str, dict[str, str]]:
    loc = l10n.locale
    day = change.day
    args = {"day": day_long(day.day, loc), "reason": _reason(day, l10n)}
    if change.kind is ChangeKind.CLOSED:
        if change.reopens is None:
            return "news-notice-closed-no-next", args
        nxt = change.reopens
        return "news-notice-closed", {
            **args,
            "next_day": day_long(nxt.opens.date(), loc),
            "next_hours": time_span(nxt.opens.time(), nxt.closes.time(), loc),
        }
    if change.kind is ChangeKind.HOURS:
        usual = ", ".join(time_span(s.opens, s.closes, loc) for s in day.regular)
        return "news-notice-hours", {**args, "hours": _spans(day, l10n), "usual": usual}
    return "news-notice-extra", {**args, "hours": _spans(day, l10n)}


def digest_message(week: Week, l10n: Localizer) -> tuple[str, dict[str, str]]:
    loc = l10n.locale
    days = [l10n("hours-day-line", day=day_short(d.day, loc), hours=day_text(d, l10n)) for d in week.days]
    events = [occurrence_line(o, l10n) for o in week.events]
    return "news-notice-digest", {
        "dates": day_range(week.first, week.last, loc),
        "days": "\n".join(days) or l10n("news-notice-digest-no-days"),
        "events": "\n".join(events) or l10n("news-notice-digest-no-events"),
    }


class FluentNoticeTexts:
    """The `NoticeTexts` the scheduler gives bot/news/notices.py."""

    def __init__(self, translator: Translator) -> None:
        self._translator = translator

    def hours_change(self, change: HoursChange, locale: str) -> tuple[str, dict[str, str]]:
        return hours_change_message(change, self._translator(locale))

    def digest(self, week: Week, locale: str) -> tuple[str, dict[str, str]]:
        return digest_message(week, self._translator(locale))
