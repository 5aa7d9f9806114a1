"""Talk to a person: consent, the newcomer's description, relaying to the case topic, closing and rating."""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.answers.service import QuestionService
from bot.cases.desk import CaseDesk
from bot.cases.model import Case, CaseStatus
from bot.config import Settings
from bot.i18n import Localizer, Translator
from handlers.answers.views import topic_view
from handlers.cases.callbacks import CaseConsent, CaseDraft, CaseDraftAction, CaseRate
from handlers.cases.keyboards import consent_keyboard, draft_keyboard
from handlers.cases.transport import incoming
from handlers.cases.views import what_next
from handlers.common.callbacks import StartCase
from handlers.common.dynamic import DynamicTopics
from handlers.common.keyboards import main_menu

PERSON_TOPIC = "talk-to-person"


async def offer(
    message: Message,
    l10n: Localizer,
    desk: CaseDesk,
    session: AsyncSession,
    topic_id: str | None,
    urgent: bool,
) -> None:
    """The consent question, unless the newcomer is already talking to an advisor."""
    case = await desk.service(session).current(message.chat.id)
    if case is not None and case.status == CaseStatus.DRAFT:
        await message.answer(l10n("escalation-describe"), reply_markup=draft_keyboard(l10n))
    elif case is not None:
        await message.answer(l10n("escalation-already-open"))
    else:
        await message.answer(
            l10n("escalation-consent"), reply_markup=consent_keyboard(l10n, topic_id, urgent)
        )


async def talk_to_person(message: Message, locale: str, data: dict[str, Any]) -> bool:
    desk: CaseDesk | None = data.get("desk")
    session: AsyncSession | None = data.get("session")
    translator: Translator | None = data.get("translator")
    if desk is None or not desk.enabled or session is None or translator is None:
        return False  # no advisors' group: the topic's own text tells how to reach a person
    await offer(message, translator(locale), desk, session, None, False)
    return True


async def start_case(
    query: CallbackQuery,
    callback_data: StartCase,
    desk: CaseDesk,
    session: AsyncSession,
    l10n: Localizer,
    translator: Translator,
    questions: QuestionService,
) -> None:
    await query.answer()
    if not isinstance(query.message, Message):
        return
    if not desk.enabled:
        view = topic_view(questions, translator, PERSON_TOPIC, l10n.locale)
        if view is not None:
            await query.message.answer(view.text, reply_markup=view.markup)
        return
    await offer(query.message, l10n, desk, session, callback_data.t or None, callback_data.u)


async def consent(
    query: CallbackQuery, callback_data: CaseConsent, desk: CaseDesk, session: AsyncSession, l10n: Localizer
) -> None:
    await query.answer()
    if not isinstance(query.message, Message):
        return
    if not callback_data.yes or not desk.enabled:
        await query.message.edit_text(l10n("escalation-consent-declined"), reply_markup=main_menu(l10n))
        return
    _, outcome = await desk.service(session).start(
        query.from_user.id, l10n.locale, callback_data.t or None, callback_data.u
    )
    if outcome == "created":
        await query.message.edit_text(l10n("escalation-describe"), reply_markup=draft_keyboard(l10n))
    elif outcome == "reopened":
        await query.message.edit_text(l10n("escalation-reopened"))
    else:
        await query.message.edit_text(l10n("escalation-already-open"))


async def draft(
    query: CallbackQuery,
    callback_data: CaseDraft,
    desk: CaseDesk,
    session: AsyncSession,
    l10n: Localizer,
    translator: Translator,
    settings: Settings,
) -> None:
    await query.answer()
    if not isinstance(query.message, Message):
        return
    service = desk.service(session)
    if callback_data.action == CaseDraftAction.CANCEL:
        await service.cancel_draft(query.from_user.id)
        await query.message.edit_text(l10n("escalation-cancelled"), reply_markup=main_menu(l10n))
        return
    opened = await service.open_without_message(query.from_user.id)
    if opened is None:
        await query.message.edit_text(l10n("fallback-stale-button"), reply_markup=main_menu(l10n))
        return
    await desk.duty.refresh()
    await query.message.edit_text(
        what_next(translator, opened.case, opened.position, desk.duty, desk.clock.now(), settings.tz)
    )


async def open_case(message: Message, desk: CaseDesk, session: AsyncSession) -> dict[str, Case] | bool:
    """Filter: the newcomer has a case open (their messages go to the advisors), commands aside."""
    if not desk.enabled or (message.text or "").startswith("/"):
        return False
    case = await desk.service(session).current(message.chat.id)
    return {"case": case} if case is not None else False


async def relay(
    message: Message,
    case: Case,
    desk: CaseDesk,
    session: AsyncSession,
    translator: Translator,
    settings: Settings,
) -> None:
    opened = await desk.service(session).from_newcomer(case, incoming(message))
    if opened is not None:
        await desk.duty.refresh()
        await message.answer(
            what_next(translator, opened.case, opened.position, desk.duty, desk.clock.now(), settings.tz)
        )


async def relay_edit(
    message: Message, case: Case, desk: CaseDesk, session: AsyncSession, l10n: Localizer
) -> None:
    text = message.text or message.caption or ""
    if not text or not await desk.service(session).newcomer_edit(case, message.message_id, text):
        await message.answer(l10n("fallback-edited"))


async def reply_to_advisor(message: Message, desk: CaseDesk, session: AsyncSession, l10n: Localizer) -> None:
    """Answering an advisor's message within a week reopens the case and the answer goes to the advisors."""
    reply = message.reply_to_message
    if not desk.enabled or reply is None or (message.text or "").startswith("/"):
        raise SkipHandler
    service = desk.service(session)
    case = await service.reopen_by_reply(message.chat.id, reply.message_id)
    if case is None:
        raise SkipHandler  # an ordinary reply to the bot: the questions router answers it
    await message.answer(l10n("escalation-reopened"))
    await service.from_newcomer(case, incoming(message))


async def rate(
    query: CallbackQuery, callback_data: CaseRate, desk: CaseDesk, session: AsyncSession, l10n: Localizer
) -> None:
    rated = await desk.service(session).rate(query.from_user.id, callback_data.case, callback_data.stars)
    if not rated:
        await query.answer(l10n("fallback-stale-button")[:200])
        return
    await query.answer(l10n("escalation-rated")[:200])
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=None)
        await query.message.answer(l10n("escalation-rated"), reply_markup=main_menu(l10n))


def create_router(dynamic: DynamicTopics) -> Router:
    router = Router(name=__name__)
    router.callback_query.register(start_case, StartCase.filter())
    router.callback_query.register(consent, CaseConsent.filter())
    router.callback_query.register(draft, CaseDraft.filter())
    router.message.register(relay, open_case)
    router.edited_message.register(relay_edit, open_case)
    router.message.register(reply_to_advisor, F.reply_to_message.from_user.is_bot)
    router.callback_query.register(rate, CaseRate.filter())
    dynamic.register(PERSON_TOPIC, talk_to_person)
    return router
