"""The coordinators' event wizard (aiogram FSM): a new event, or one section of an existing one, step by step."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date, datetime, timedelta
from typing import Any

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message

from bot.events.data import (
    AUDIENCES,
    BASE_LOCALE,
    DESCRIPTION_MAX,
    FINNISH_LEVELS,
    PLACE_MAX,
    REPEATS,
    TITLE_MAX,
    EventError,
    EventInfo,
    draft_from_dict,
    draft_to_dict,
)
from bot.events.service import EventNotFound, EventService, load_event_seeds
from bot.hours.data import load_schedule
from bot.i18n import LANGUAGE_NAMES, LOCALES, Localizer
from bot.i18n.dates import day_long
from handlers.common.coordinator import edit_step
from handlers.common.pickers import DAYS_PER_PAGE, PAGES, date_picker, half_hours, time_picker
from handlers.common.presses import pressed
from handlers.common.roles import coordinators_only
from handlers.events import admin_keyboards as kb
from handlers.events.admin import send_card
from handlers.events.callbacks import EventAdmin
from handlers.events.views import card_text

ORDER = ("texts", "when", "place", "details")
WEEKDAYS = tuple(str(i) for i in range(7))
NTHS = ("1", "2", "3", "4", "-1")


def place_presets() -> list[str]:
    schedule = load_schedule()
    places = [f"{schedule.place_name['fi']}, {schedule.address}"]
    places += [d.place for d in load_event_seeds()]
    return list(dict.fromkeys(places))


class EventStates(StatesGroup):
    title = State()
    description = State()
    place = State()


# -- the wizard: new event, or one section of an existing one --------------------------------------------------
async def _start(message: Message, section: str, state: FSMContext, l10n: Localizer) -> None:
    await state.update_data(section=section)
    if section == "texts":
        await state.update_data(loc=BASE_LOCALE)
        await state.set_state(EventStates.title)
        await message.answer(l10n("events-admin-ask-title", language=LANGUAGE_NAMES[BASE_LOCALE]))
    elif section == "when":
        await state.set_state(None)
        await message.answer(l10n("events-admin-ask-repeat"), reply_markup=kb.repeat_keyboard(l10n))
    elif section == "place":
        await state.set_state(EventStates.place)
        await message.answer(
            l10n("events-admin-ask-place"), reply_markup=kb.place_keyboard(l10n, place_presets())
        )
    else:
        await state.set_state(None)
        await message.answer(l10n("events-admin-ask-finnish"), reply_markup=kb.finnish_keyboard(l10n))


async def _next(message: Message, state: FSMContext, l10n: Localizer, service: EventService) -> None:
    """A section is complete: save an edit, or go on to the next section / the preview."""
    data = await state.get_data()
    section = str(data["section"])
    if data.get("edit"):
        await state.clear()
        try:
            await service.update(int(data["edit"]), draft_from_dict(data))
        except EventError:
            await message.answer(l10n("events-admin-invalid"))
            return
        await message.answer(l10n("events-admin-saved"))
        await send_card(message, service, int(data["edit"]), l10n)
        return
    if section != ORDER[-1]:
        await _start(message, ORDER[ORDER.index(section) + 1], state, l10n)
        return
    await state.set_state(None)
    try:
        draft = draft_from_dict(data)
        draft.validate()
    except (EventError, KeyError, ValueError):
        await state.clear()
        await message.answer(l10n("events-admin-invalid"))
        return
    preview = card_text(EventInfo(0, draft, False), [], l10n)
    await message.answer(
        l10n("events-admin-preview") + "\n\n" + preview, reply_markup=kb.preview_keyboard(l10n)
    )


async def _wizard(query: CallbackQuery, state: FSMContext, l10n: Localizer) -> dict[str, Any] | None:
    """The wizard's data, or None (and a note) when the button is from a flow that has ended."""
    data = await state.get_data()
    if "texts" not in data:
        await query.answer(l10n("events-admin-expired"), show_alert=True)
        return None
    return data


async def _choose(
    query: CallbackQuery,
    state: FSMContext,
    l10n: Localizer,
    value: str | None = None,
    allowed: Collection[str] = (),
    **store: Callable[[str], Any],
) -> Message | None:
    """A wizard step answered by a button: when the flow is alive and the button's `value` (if any) is one of
    `allowed`, store each key as its function of the value and answer the press; returns the message to ask the
    next step under, or None."""
    if await _wizard(query, state, l10n) is None or (value is not None and value not in allowed):
        return None
    if value is not None and store:
        await state.update_data({key: convert(value) for key, convert in store.items()})
    return await pressed(query)


async def new_event(query: CallbackQuery, l10n: Localizer, state: FSMContext, events: EventService) -> None:
    await query.answer()
    today = events.today()
    await state.set_data(
        {"edit": 0, "texts": {}, "date": today.isoformat(), "weekdays": [], "nth": None, "until": None}
    )
    if isinstance(query.message, Message):
        await _start(query.message, "texts", state, l10n)


async def edit_event(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, state: FSMContext, events: EventService
) -> None:
    await query.answer()
    if callback_data.v not in ORDER or not isinstance(query.message, Message):
        return
    try:
        event = await events.get(callback_data.id)
    except EventNotFound:
        await query.message.answer(l10n("events-gone"))
        return
    await state.set_data({**draft_to_dict(event.draft), "edit": event.id})
    await _start(query.message, callback_data.v, state, l10n)


async def abort(query: CallbackQuery, l10n: Localizer, state: FSMContext) -> None:
    await state.clear()
    await edit_step(query, l10n("events-admin-aborted"))


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


async def typed_title(message: Message, l10n: Localizer, state: FSMContext) -> None:
    title = _clean(message.text)
    if len(title) > TITLE_MAX:
        await message.answer(l10n("events-admin-too-long", max=TITLE_MAX))
        return
    data = await state.get_data()
    texts = dict(data["texts"])
    texts[data["loc"]] = {"title": title, "description": ""}
    await state.update_data(texts=texts)
    await state.set_state(EventStates.description)
    language = LANGUAGE_NAMES[str(data["loc"])]
    await message.answer(
        l10n("events-admin-ask-description", language=language),
        reply_markup=kb.skip_description_keyboard(l10n),
    )


async def _after_description(message: Message, state: FSMContext, l10n: Localizer) -> None:
    await state.set_state(None)
    texts = (await state.get_data())["texts"]
    await message.answer(
        l10n("events-admin-more-languages"), reply_markup=kb.languages_keyboard(l10n, list(texts))
    )


async def typed_description(message: Message, l10n: Localizer, state: FSMContext) -> None:
    description = (message.text or "").strip()
    if len(description) > DESCRIPTION_MAX:
        await message.answer(l10n("events-admin-too-long", max=DESCRIPTION_MAX))
        return
    data = await state.get_data()
    texts = dict(data["texts"])
    texts[data["loc"]] = {**texts[data["loc"]], "description": description}
    await state.update_data(texts=texts)
    await _after_description(message, state, l10n)


async def no_description(query: CallbackQuery, l10n: Localizer, state: FSMContext) -> None:
    if message := await _choose(query, state, l10n):
        await _after_description(message, state, l10n)


async def other_language(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, state: FSMContext
) -> None:
    if message := await _choose(query, state, l10n, callback_data.v, LOCALES, loc=str):
        await state.set_state(EventStates.title)
        await message.answer(l10n("events-admin-ask-title", language=LANGUAGE_NAMES[callback_data.v]))


async def section_done(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, state: FSMContext, events: EventService
) -> None:
    data = await _wizard(query, state, l10n)
    if data is None:
        return
    if callback_data.act == "langsdone" and BASE_LOCALE not in data["texts"]:
        await query.answer(l10n("events-admin-need-finnish"), show_alert=True)
        return
    if callback_data.act == "wddone" and not data.get("weekdays"):
        await query.answer(l10n("events-admin-ask-weekdays"), show_alert=True)
        return
    message = await pressed(query)
    if message is None:
        return
    if callback_data.act == "wddone":
        await _ask_starts(message, l10n)
    else:
        await _next(message, state, l10n, events)


async def repeat(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, state: FSMContext, events: EventService
) -> None:
    data = await _wizard(query, state, l10n)
    if data is None or callback_data.v not in REPEATS or not isinstance(query.message, Message):
        return
    await query.answer()
    await state.update_data(repeat=callback_data.v)
    if callback_data.v == "once":
        await query.message.answer(
            l10n("events-admin-ask-date"), reply_markup=_dates(l10n, events.today(), 0)
        )
    elif callback_data.v == "weekly":
        chosen = data.get("weekdays") if data.get("repeat") == "weekly" else []
        await state.update_data(weekdays=chosen or [], nth=None)
        await query.message.answer(
            l10n("events-admin-ask-weekdays"), reply_markup=kb.weekdays_keyboard(l10n, chosen or [])
        )
    else:
        await query.message.answer(l10n("events-admin-ask-nth"), reply_markup=kb.nth_keyboard(l10n))


def _dates(l10n: Localizer, today: date, page: int) -> Any:
    page = max(0, min(page, PAGES - 1))
    first = today + timedelta(days=page * DAYS_PER_PAGE)
    days = [first + timedelta(days=i) for i in range(DAYS_PER_PAGE)]
    nav = []
    if page > 0:
        nav.append((l10n("hours-admin-earlier"), EventAdmin(act="dpage", v=str(page - 1))))
    if page < PAGES - 1:
        nav.append((l10n("hours-admin-later"), EventAdmin(act="dpage", v=str(page + 1))))
    nav.append((l10n("events-admin-abort"), EventAdmin(act="abort")))
    return date_picker(
        l10n.locale, days, lambda d: False, lambda d: EventAdmin(act="date", v=d.strftime("%Y%m%d")), nav
    )


async def date_page(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, state: FSMContext, events: EventService
) -> None:
    if await _wizard(query, state, l10n) is None or not callback_data.v.isdigit():
        return
    await edit_step(query, l10n("events-admin-ask-date"), _dates(l10n, events.today(), int(callback_data.v)))


async def _ask_starts(message: Message, l10n: Localizer) -> None:
    markup = time_picker(
        l10n.locale, half_hours(7 * 60, 21 * 60), lambda m: EventAdmin(act="starts", v=str(m)), []
    )
    await message.answer(l10n("events-admin-ask-starts"), reply_markup=markup)


async def pick_date(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, state: FSMContext, events: EventService
) -> None:
    if await _wizard(query, state, l10n) is None or not isinstance(query.message, Message):
        return
    try:
        day = datetime.strptime(callback_data.v, "%Y%m%d").date()  # noqa: DTZ007 - a calendar date
    except ValueError:
        await query.answer()
        return
    if day < events.today():
        await query.answer(l10n("events-admin-ask-date"), show_alert=True)
        return
    await query.answer()
    await state.update_data(date=day.isoformat(), weekdays=[], nth=None)
    await query.message.answer(day_long(day, l10n.locale))
    await _ask_starts(query.message, l10n)


async def toggle_weekday(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, state: FSMContext
) -> None:
    data = await _wizard(query, state, l10n)
    if data is None or callback_data.v not in WEEKDAYS:
        return
    chosen = set(data.get("weekdays") or [])
    chosen ^= {int(callback_data.v)}
    await state.update_data(weekdays=sorted(chosen))
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=kb.weekdays_keyboard(l10n, sorted(chosen)))


async def pick_nth(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, state: FSMContext
) -> None:
    if message := await _choose(query, state, l10n, callback_data.v, NTHS, nth=int):
        await message.answer(
            l10n("events-admin-ask-weekday"), reply_markup=kb.weekdays_keyboard(l10n, [], act="mwd")
        )


async def monthly_weekday(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, state: FSMContext
) -> None:
    if message := await _choose(query, state, l10n, callback_data.v, WEEKDAYS, weekdays=lambda v: [int(v)]):
        await _ask_starts(message, l10n)


async def pick_starts(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, state: FSMContext
) -> None:
    if await _wizard(query, state, l10n) is None or not callback_data.v.isdigit():
        return
    starts = int(callback_data.v)
    await state.update_data(starts=starts)
    await query.answer()
    if isinstance(query.message, Message):
        markup = time_picker(
            l10n.locale,
            half_hours(starts + 30, min(starts + 8 * 60, 23 * 60 + 30)),
            lambda m: EventAdmin(act="ends", v=str(m)),
            [],
        )
        await query.message.answer(l10n("events-admin-ask-ends"), reply_markup=markup)


async def pick_ends(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, state: FSMContext, events: EventService
) -> None:
    data = await _wizard(query, state, l10n)
    if data is None or not callback_data.v.isdigit() or int(callback_data.v) <= int(data.get("starts", 0)):
        return
    await state.update_data(ends=int(callback_data.v))
    message = await pressed(query)
    if message is None:
        return
    if data.get("repeat") == "once":
        await state.update_data(on_holidays=False)
        await _next(message, state, l10n, events)
    else:
        await message.answer(l10n("events-admin-ask-holidays"), reply_markup=kb.holidays_keyboard(l10n))


async def pick_holidays(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, state: FSMContext, events: EventService
) -> None:
    if message := await _choose(
        query, state, l10n, callback_data.v, ("0", "1"), on_holidays=lambda v: v == "1"
    ):
        await _next(message, state, l10n, events)


async def _set_place(
    place: str, message: Message, state: FSMContext, l10n: Localizer, service: EventService
) -> None:
    await state.update_data(place=place)
    await _next(message, state, l10n, service)


async def pick_place(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, state: FSMContext, events: EventService
) -> None:
    presets = place_presets()
    if await _wizard(query, state, l10n) is None or not callback_data.v.isdigit():
        return
    index = int(callback_data.v)
    await query.answer()
    if index < len(presets) and isinstance(query.message, Message):
        await _set_place(presets[index], query.message, state, l10n, events)


async def typed_place(message: Message, l10n: Localizer, state: FSMContext, events: EventService) -> None:
    place = _clean(message.text)
    if len(place) > PLACE_MAX:
        await message.answer(l10n("events-admin-too-long", max=PLACE_MAX))
        return
    await _set_place(place, message, state, l10n, events)


async def pick_finnish(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, state: FSMContext
) -> None:
    if message := await _choose(query, state, l10n, callback_data.v, FINNISH_LEVELS, finnish=str):
        await message.answer(l10n("events-admin-ask-audience"), reply_markup=kb.audience_keyboard(l10n))


async def pick_audience(
    query: CallbackQuery, callback_data: EventAdmin, l10n: Localizer, state: FSMContext, events: EventService
) -> None:
    if message := await _choose(query, state, l10n, callback_data.v, AUDIENCES, audience=str):
        await _next(message, state, l10n, events)


async def save(query: CallbackQuery, l10n: Localizer, state: FSMContext, events: EventService) -> None:
    data = await _wizard(query, state, l10n)
    if data is None or not isinstance(query.message, Message):
        return
    await state.clear()
    try:
        event_id = await events.create(draft_from_dict(data))
    except (EventError, KeyError, ValueError):
        await edit_step(query, l10n("events-admin-invalid"))
        return
    await edit_step(query, l10n("events-admin-saved"))
    await send_card(query.message, events, event_id, l10n)


def create_router() -> Router:
    router = coordinators_only(Router(name=__name__))
    router.callback_query.register(new_event, EventAdmin.filter(F.act == "new"))
    router.callback_query.register(edit_event, EventAdmin.filter(F.act == "edit"))
    router.callback_query.register(abort, EventAdmin.filter(F.act == "abort"))
    router.message.register(typed_title, EventStates.title, F.text, ~F.text.startswith("/"))
    router.message.register(typed_description, EventStates.description, F.text, ~F.text.startswith("/"))
    router.callback_query.register(no_description, EventAdmin.filter(F.act == "nodesc"))
    router.callback_query.register(other_language, EventAdmin.filter(F.act == "lang"))
    router.callback_query.register(section_done, EventAdmin.filter(F.act.in_({"langsdone", "wddone"})))
    router.callback_query.register(repeat, EventAdmin.filter(F.act == "repeat"))
    router.callback_query.register(date_page, EventAdmin.filter(F.act == "dpage"))
    router.callback_query.register(pick_date, EventAdmin.filter(F.act == "date"))
    router.callback_query.register(toggle_weekday, EventAdmin.filter(F.act == "wd"))
    router.callback_query.register(pick_nth, EventAdmin.filter(F.act == "nth"))
    router.callback_query.register(monthly_weekday, EventAdmin.filter(F.act == "mwd"))
    router.callback_query.register(pick_starts, EventAdmin.filter(F.act == "starts"))
    router.callback_query.register(pick_ends, EventAdmin.filter(F.act == "ends"))
    router.callback_query.register(pick_holidays, EventAdmin.filter(F.act == "hol"))
    router.callback_query.register(pick_place, EventAdmin.filter(F.act == "place"))
    router.message.register(typed_place, EventStates.place, F.text, ~F.text.startswith("/"))
    router.callback_query.register(pick_finnish, EventAdmin.filter(F.act == "fin"))
    router.callback_query.register(pick_audience, EventAdmin.filter(F.act == "aud"))
    router.callback_query.register(save, EventAdmin.filter(F.act == "save"))
    return router
