"""Talk to a person: consent, the newcomer's description, relaying to the case topic, closing and rating."""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.types import CallbackQuery, Message

from bot.answers.stats import Outcome, StatsService
from bot.cases.desk import CaseDesk
from bot.cases.model import Case, CaseStatus, Opened
from bot.cases.service import CaseService
from bot.config import Settings
from bot.i18n import Localizer, Translator
from handlers.cases.callbacks import CaseConsent, CaseDraft, CaseDraftAction, CaseRate
from handlers.cases.keyboards import consent_keyboard, draft_keyboard
from handlers.cases.transport import incoming
from handlers.cases.views import privacy_cases, what_next
from handlers.common.callbacks import StartCase
from handlers.common.hooks import Hooks
from handlers.common.keyboards import main_menu
from handlers.common.presses import pressed
from handlers.common.privacy import PrivacySection

PERSON_TOPIC = "talk-to-person"


async def offer(
    message: Message, l10n: Localizer, cases: CaseService, topic_id: str | None, urgent: bool
) -> None:
    """The consent question, unless the newcomer is already talking to an advisor."""
    case = await cases.current(message.chat.id)
    if case is not None and case.status == CaseStatus.DRAFT:
        await message.answer(l10n("cases-describe"), reply_markup=draft_keyboard(l10n))
    elif case is not None:
        await message.answer(l10n("cases-already-open"))
    else:
        await message.answer(l10n("cases-consent"), reply_markup=consent_keyboard(l10n, topic_id, urgent))


async def _offer_if_desk(
    message: Message, l10n: Localizer, data: dict[str, Any], topic_id: str | None, urgent: bool
) -> bool:
    desk: CaseDesk = data["desk"]
    if not desk.enabled:
        return False  # no advisors' group: the topic's own text tells how to reach a person
    await offer(message, l10n, data["cases"], topic_id, urgent)
    return True


async def talk_to_person(message: Message, locale: str, data: dict[str, Any]) -> bool:
    return await _offer_if_desk(message, data["translator"](locale), data, None, False)


async def _what_next(desk: CaseDesk, translator: Translator, opened: Opened, cases: CaseService) -> str:
    """What the newcomer is told once their case is in the queue (who is on duty read afresh); while the advisors'
    group is known to be out of reach, that instead, honestly."""
    if not desk.group_reachable:
        await cases.told_unreachable(opened.case)
        return translator(opened.case.locale)("cases-unreachable")
    await desk.duty.refresh()
    return what_next(translator, opened.case, opened.position, desk.duty, desk.clock.now(), desk.settings.tz)


async def start_case(
    query: CallbackQuery, callback_data: StartCase, l10n: Localizer, hooks: Hooks, **data: Any
) -> None:
    """ "Talk to a person" under an answer: the consent question, or without advisors the topic's own text."""
    message = await pressed(query)
    if message is not None and not await _offer_if_desk(
        message, l10n, data, callback_data.t or None, callback_data.u
    ):
        await hooks.show_topic(message, PERSON_TOPIC, l10n.locale, data)


async def consent(
    query: CallbackQuery,
    callback_data: CaseConsent,
    desk: CaseDesk,
    l10n: Localizer,
    cases: CaseService,
    hooks: Hooks,
    translator: Translator,
    **data: Any,
) -> None:
    message = await pressed(query)
    if message is None:
        return
    # What another feature offered to send with consent (a letter's photos): taken either way, sent only with a yes.
    material = [m for step in hooks.case_material for m in await step(data)]
    if not callback_data.yes or not desk.enabled:
        await message.edit_text(l10n("cases-consent-declined"), reply_markup=main_menu(l10n))
        return
    case, outcome = await cases.start(
        query.from_user.id, l10n.locale, callback_data.t or None, callback_data.u
    )
    if outcome == "created" and material:
        opened = None
        for item in material:
            entered = await cases.from_newcomer(case, item)  # the first one puts the draft into the queue
            opened = opened or entered
            case = await cases.current(query.from_user.id) or case
        if opened is not None:
            await message.edit_text(await _what_next(desk, translator, opened, cases))
            return
    if outcome == "created":
        await message.edit_text(l10n("cases-describe"), reply_markup=draft_keyboard(l10n))
    elif outcome == "reopened":
        await message.edit_text(l10n("cases-reopened"))
        for item in material:
            await cases.from_newcomer(case, item)
    else:
        await message.edit_text(l10n("cases-already-open"))


async def draft(
    query: CallbackQuery, callback_data: CaseDraft, l10n: Localizer, cases: CaseService, **data: Any
) -> None:
    """Under "describe your question": cancel, or go ahead without writing anything (the advisors ask)."""
    message = await pressed(query)
    if message is None:
        return
    if callback_data.action == CaseDraftAction.CANCEL:
        await cases.cancel_draft(query.from_user.id)
        await message.edit_text(l10n("cases-cancelled"), reply_markup=main_menu(l10n))
        return
    opened = await cases.open_without_message(query.from_user.id)
    if opened is None:
        await message.edit_text(l10n("common-fallback-stale-button"), reply_markup=main_menu(l10n))
        return
    await message.edit_text(await _what_next(data["desk"], data["translator"], opened, cases))


async def open_case(message: Message, desk: CaseDesk, cases: CaseService) -> dict[str, Case] | bool:
    """Filter: the newcomer has a case open (their messages go to the advisors), commands aside."""
    if not desk.enabled or (message.text or "").startswith("/"):
        return False
    case = await cases.current(message.chat.id)
    return {"case": case} if case is not None else False


async def relay(
    message: Message,
    case: Case,
    desk: CaseDesk,
    translator: Translator,
    cases: CaseService,
    stats: StatsService,
) -> None:
    opened = await cases.from_newcomer(case, incoming(message))
    await stats.outcome(Outcome.PERSON, case.locale)
    if opened is not None:
        await message.answer(await _what_next(desk, translator, opened, cases))


async def relay_edit(
    message: Message, case: Case, desk: CaseDesk, l10n: Localizer, cases: CaseService
) -> None:
    text = message.text or message.caption or ""
    if not text or not await cases.newcomer_edit(case, message.message_id, text):
        await message.answer(l10n("common-fallback-edited"))


async def reply_to_advisor(message: Message, desk: CaseDesk, l10n: Localizer, cases: CaseService) -> None:
    """Answering an advisor's message within a week reopens the case and the answer goes to the advisors."""
    reply = message.reply_to_message
    if not desk.enabled or reply is None or (message.text or "").startswith("/"):
        raise SkipHandler
    case = await cases.reopen_by_reply(message.chat.id, reply.message_id)
    if case is None:
        raise SkipHandler  # an ordinary reply to the bot: the questions router answers it
    await message.answer(l10n("cases-reopened"))
    await cases.from_newcomer(case, incoming(message))


async def rate(
    query: CallbackQuery, callback_data: CaseRate, desk: CaseDesk, l10n: Localizer, cases: CaseService
) -> None:
    rated = await cases.rate(query.from_user.id, callback_data.case, callback_data.stars)
    if not rated:
        await query.answer(l10n("common-fallback-stale-button")[:200])
        return
    await query.answer(l10n("cases-rated")[:200])
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=None)
        await query.message.answer(l10n("cases-rated"), reply_markup=main_menu(l10n))


async def privacy_show(user_id: int, l10n: Localizer, data: dict[str, Any]) -> str | None:
    cases: CaseService = data["cases"]
    settings: Settings = data["settings"]
    return privacy_cases(l10n, await cases.cases_of(user_id), settings.tz, settings.case_retention_days)


async def privacy_forget(user_id: int, data: dict[str, Any]) -> None:
    """Their cases and the cases' topics in the advisors' group go; anonymous statistics stay."""
    cases: CaseService = data["cases"]
    await cases.delete_for_user(user_id)


PRIVACY = PrivacySection("cases", privacy_show, privacy_forget)


def create_router(hooks: Hooks) -> Router:
    router = Router(name=__name__)
    router.callback_query.register(start_case, StartCase.filter())
    router.callback_query.register(consent, CaseConsent.filter())
    router.callback_query.register(draft, CaseDraft.filter())
    router.message.register(relay, open_case)
    router.edited_message.register(relay_edit, open_case)
    router.message.register(reply_to_advisor, F.reply_to_message.from_user.is_bot)
    router.callback_query.register(rate, CaseRate.filter())
    hooks.topics.register(PERSON_TOPIC, talk_to_person)
    return router
