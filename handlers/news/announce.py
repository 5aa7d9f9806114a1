"""Coordinators' announcements: languages -> a text per language -> audience -> preview and count -> send or
schedule. Only ids in KOTOTORI_COORDINATOR_IDS, checked on every message and button (forged ones are refused)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from aiogram import F, Router
from aiogram.filters import Command, StateFilter, or_f
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message
from babel.dates import format_skeleton, format_time

from bot.clock import Clock
from bot.config import Settings
from bot.i18n import LANGUAGE_NAMES, LOCALES, Localizer, Translator
from bot.i18n.formatting import babel_locale
from bot.news.announcements import MAX_BODY, AnnouncementService, TextTooLong, check_body, render
from bot.news.audience import Audience, UnknownAudience
from handlers.common.presses import pressed
from handlers.common.roles import IsCoordinator
from handlers.news.announce_keyboards import (
    DAYS,
    HOURS,
    audience_keyboard,
    choice_label,
    choices_keyboard,
    confirm_keyboard,
    days_keyboard,
    hours_keyboard,
    languages_keyboard,
    stop_keyboard,
)
from handlers.news.callbacks import (
    AnnounceAction,
    AnnounceAudience,
    AnnounceLanguage,
    AnnounceStep,
    AnnounceTime,
    OutboxStop,
)

log = logging.getLogger(__name__)


class Compose(StatesGroup):
    languages = State()
    text = State()
    audience = State()
    preview = State()
    schedule = State()


STAFF_BUTTONS = or_f(
    AnnounceStep.filter(),
    AnnounceLanguage.filter(),
    AnnounceAudience.filter(),
    AnnounceTime.filter(),
    OutboxStop.filter(),
)


# -- refusals first: a non-coordinator never reaches the handlers below ------------------------------------
async def refuse_command(message: Message, l10n: Localizer) -> None:
    await message.answer(l10n("news-announce-only-coordinators"))


async def refuse_button(query: CallbackQuery, l10n: Localizer) -> None:
    log.warning("user %s pressed a coordinator's button", query.from_user.id)
    await query.answer(l10n("news-announce-only-coordinators"), show_alert=True)


async def refuse_in_flow(message: Message, state: FSMContext, l10n: Localizer) -> None:
    """No longer a coordinator in the middle of a draft: the draft is dropped."""
    await state.clear()
    await message.answer(l10n("news-announce-only-coordinators"))


# -- the flow ---------------------------------------------------------------------------------------
async def start(message: Message, state: FSMContext, l10n: Localizer) -> None:
    await state.clear()
    await state.set_state(Compose.languages)
    await state.update_data(langs=[], texts={})
    await message.answer(l10n("news-announce-choose-languages"), reply_markup=languages_keyboard(l10n, []))


async def cancel(query: CallbackQuery, state: FSMContext, l10n: Localizer) -> None:
    await state.clear()
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.edit_text(l10n("news-announce-cancelled"))


async def toggle_language(
    query: CallbackQuery, callback_data: AnnounceLanguage, state: FSMContext, l10n: Localizer
) -> None:
    langs: list[str] = (await state.get_data())["langs"]
    langs = (
        [x for x in langs if x != callback_data.locale]
        if callback_data.locale in langs
        else [*langs, callback_data.locale]
    )
    await state.update_data(langs=langs)
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=languages_keyboard(l10n, langs))


async def languages_chosen(query: CallbackQuery, state: FSMContext, l10n: Localizer) -> None:
    langs: list[str] = (await state.get_data())["langs"]
    if not langs:
        await query.answer(l10n("news-announce-need-language"), show_alert=True)
        return
    await query.answer()
    await state.set_state(Compose.text)
    if isinstance(query.message, Message):
        names = ", ".join(LANGUAGE_NAMES[x] for x in langs)
        await query.message.edit_text(l10n("news-announce-languages-chosen", languages=names))
        await query.message.answer(l10n("news-announce-ask-text", language=LANGUAGE_NAMES[langs[0]]))


async def text_received(
    message: Message, state: FSMContext, l10n: Localizer, announcements: AnnouncementService
) -> None:
    data = await state.get_data()
    langs: list[str] = data["langs"]
    texts: dict[str, str] = data["texts"]
    try:
        body = check_body(message.text or "")
    except TextTooLong as exc:
        await message.answer(l10n("news-announce-too-long", length=exc.length, limit=MAX_BODY))
        return
    if not body:
        await message.answer(l10n("news-announce-text-only"))
        return
    texts[langs[len(texts)]] = body
    await state.update_data(texts=texts)
    if len(texts) < len(langs):
        await message.answer(l10n("news-announce-ask-text", language=LANGUAGE_NAMES[langs[len(texts)]]))
        return
    await state.set_state(Compose.audience)
    await message.answer(
        l10n("news-announce-choose-audience"), reply_markup=audience_keyboard(l10n, announcements.kinds())
    )


async def not_text(message: Message, l10n: Localizer) -> None:
    await message.answer(l10n("news-announce-text-only"))


async def audience_chosen(
    query: CallbackQuery,
    callback_data: AnnounceAudience,
    state: FSMContext,
    l10n: Localizer,
    translator: Translator,
    announcements: AnnouncementService,
) -> None:
    message = await pressed(query)
    if message is None:
        return
    try:
        kind, choices = await announcements.choices(callback_data.kind, l10n.locale)
    except UnknownAudience:
        return
    if choices and not callback_data.value:
        await message.edit_text(
            l10n("news-announce-choose-value"), reply_markup=choices_keyboard(l10n, kind.key, choices)
        )
        return
    label = l10n(kind.label_id)
    if choices:
        chosen = [c for c in choices if c.value == callback_data.value]
        if not chosen:
            return
        label = l10n("news-announce-audience-with-value", kind=label, value=choice_label(l10n, chosen[0]))
    audience = Audience(kind.key, callback_data.value)
    await state.update_data(audience=audience.encode(), audience_label=label)
    await message.edit_text(l10n("news-announce-audience-chosen", audience=label))
    await _preview(message, state, l10n, translator, announcements)


async def _preview(
    message: Message,
    state: FSMContext,
    l10n: Localizer,
    translator: Translator,
    announcements: AnnouncementService,
) -> None:
    data = await state.get_data()
    texts: dict[str, str] = data["texts"]
    audience = Audience.decode(data["audience"])
    preview = await announcements.preview(list(texts), audience)
    if preview.total == 0:
        await message.answer(
            l10n("news-announce-summary-none"), reply_markup=audience_keyboard(l10n, announcements.kinds())
        )
        return
    for loc in texts:
        await message.answer(render(translator, loc, texts))
    lines = [
        l10n("news-announce-summary-line", language=LANGUAGE_NAMES.get(x.locale, x.locale), count=x.count)
        if x.locale == x.text_locale
        else l10n(
            "news-announce-summary-line-fallback",
            language=LANGUAGE_NAMES.get(x.locale, x.locale),
            count=x.count,
            text_language=LANGUAGE_NAMES[x.text_locale],
        )
        for x in preview.lines
    ]
    await state.set_state(Compose.preview)
    await message.answer(
        l10n(
            "news-announce-summary",
            total=preview.total,
            audience=data["audience_label"],
            lines="\n".join(lines),
        ),
        reply_markup=confirm_keyboard(l10n),
    )


async def _schedule(
    query: CallbackQuery,
    state: FSMContext,
    l10n: Localizer,
    at: datetime | None,
    announcements: AnnouncementService,
) -> int:
    data: dict[str, Any] = await state.get_data()
    batch_id = await announcements.schedule(
        data["texts"],
        Audience.decode(data["audience"]),
        created_by=query.from_user.id,
        report_locale=l10n.locale,
        not_before=at,
    )
    await state.clear()
    log.info("coordinator %s scheduled announcement %s", query.from_user.id, batch_id)
    return batch_id


async def send_now(
    query: CallbackQuery, state: FSMContext, l10n: Localizer, announcements: AnnouncementService
) -> None:
    await _schedule(query, state, l10n, None, announcements)
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=None)
        await query.message.answer(l10n("news-announce-sending"))


def _local_today(clock: Clock, settings: Settings) -> datetime:
    return clock.now().astimezone(settings.tz)


def _free_hours(now_local: datetime, day: int) -> list[int]:
    return [h for h in HOURS if day > 0 or h > now_local.hour]


async def choose_day(
    query: CallbackQuery, state: FSMContext, l10n: Localizer, settings: Settings, clock: Clock
) -> None:
    await query.answer()
    await state.set_state(Compose.schedule)
    now_local = _local_today(clock, settings)
    first = 0 if _free_hours(now_local, 0) else 1
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=None)
        await query.message.answer(
            l10n("news-announce-choose-day"), reply_markup=days_keyboard(l10n, now_local.date(), first)
        )


async def choose_time(
    query: CallbackQuery,
    callback_data: AnnounceTime,
    state: FSMContext,
    l10n: Localizer,
    settings: Settings,
    clock: Clock,
    announcements: AnnouncementService,
) -> None:
    now_local = _local_today(clock, settings)
    day = now_local.date() + timedelta(days=callback_data.day)
    if not isinstance(query.message, Message):
        return
    if callback_data.hour < 0:
        await query.answer()
        hours = _free_hours(now_local, callback_data.day)
        label = format_skeleton("MMMEd", day, locale=babel_locale(l10n.locale))
        await query.message.edit_text(
            l10n("news-announce-choose-hour", day=label),
            reply_markup=hours_keyboard(l10n, callback_data.day, hours),
        )
        return
    at = datetime(day.year, day.month, day.day, callback_data.hour, tzinfo=settings.tz)
    if callback_data.hour not in HOURS or at <= clock.now():
        await query.answer(l10n("news-announce-time-past"), show_alert=True)
        return
    batch_id = await _schedule(query, state, l10n, at, announcements)
    await query.answer()
    locale = babel_locale(l10n.locale)
    await query.message.edit_text(
        l10n(
            "news-announce-scheduled",
            id=batch_id,
            day=format_skeleton("MMMEd", at, locale=locale),
            time=format_time(at, "HH:mm", locale=locale),
        ),
        reply_markup=stop_keyboard(l10n, batch_id, "news-announce-cancel-scheduled"),
    )


async def stop_batch(
    query: CallbackQuery, callback_data: OutboxStop, l10n: Localizer, announcements: AnnouncementService
) -> None:
    """Cancel a scheduled announcement, or stop one while it is sending (rows in flight still finish)."""
    stopped = await announcements.stop(callback_data.id)
    log.info("coordinator %s stopped batch %s: %s", query.from_user.id, callback_data.id, stopped)
    await query.answer(
        l10n("news-announce-stopped" if stopped else "news-announce-stop-too-late"), show_alert=True
    )
    if stopped and isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=None)


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.register(refuse_command, Command("announce"), ~IsCoordinator())
    router.callback_query.register(refuse_button, STAFF_BUTTONS, ~IsCoordinator())
    router.message.register(refuse_in_flow, StateFilter(Compose), ~IsCoordinator())
    router.message.register(start, Command("announce"), IsCoordinator())
    router.callback_query.register(
        cancel, AnnounceStep.filter(F.action == AnnounceAction.CANCEL), IsCoordinator()
    )
    router.callback_query.register(
        toggle_language, AnnounceLanguage.filter(F.locale.in_(LOCALES)), Compose.languages, IsCoordinator()
    )
    router.callback_query.register(
        languages_chosen,
        AnnounceStep.filter(F.action == AnnounceAction.NEXT),
        Compose.languages,
        IsCoordinator(),
    )
    router.message.register(text_received, Compose.text, F.text, ~F.text.startswith("/"), IsCoordinator())
    router.message.register(not_text, Compose.text, IsCoordinator())
    router.callback_query.register(
        audience_chosen, AnnounceAudience.filter(), Compose.audience, IsCoordinator()
    )
    router.callback_query.register(
        send_now, AnnounceStep.filter(F.action == AnnounceAction.SEND), Compose.preview, IsCoordinator()
    )
    router.callback_query.register(
        choose_day, AnnounceStep.filter(F.action == AnnounceAction.SCHEDULE), Compose.preview, IsCoordinator()
    )
    router.callback_query.register(
        choose_time, AnnounceTime.filter((F.day >= 0) & (F.day < DAYS)), Compose.schedule, IsCoordinator()
    )
    router.callback_query.register(stop_batch, OutboxStop.filter(), IsCoordinator())
    return router
