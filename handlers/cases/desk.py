"""The advisors' forum group: case buttons, relaying from case topics, language help, /cases and reports.

Scoped with router-level filters: the advisors' group only, and staff only (members of the group and configured
coordinators). Presses by anyone else are refused whatever their callback data says.
"""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.answers.service import QuestionService
from bot.cases.desk import CaseDesk
from bot.cases.model import Case, CaseError, NotAllowed
from bot.cases.report import case_report
from bot.cases.service import CaseService
from bot.config import Settings
from bot.i18n import Localizer
from bot.telegram.membership import TelegramMembership
from bot.users.roles import Staff
from handlers.cases.callbacks import CaseAct, CaseActionKind, CaseKb, CasePhrase
from handlers.cases.transport import incoming
from handlers.cases.views import cases_list, language_label, report_text

RELAYED = frozenset(
    {
        "text",
        "photo",
        "document",
        "voice",
        "video",
        "audio",
        "animation",
        "sticker",
        "video_note",
        "location",
        "contact",
    }
)


def in_advisors_group(event: Message | CallbackQuery, settings: Settings) -> bool:
    chat = event.chat if isinstance(event, Message) else event.message.chat if event.message else None
    return chat is not None and settings.advisors_chat_id is not None and chat.id == settings.advisors_chat_id


async def is_staff(event: Message | CallbackQuery, bot: Bot, desk: CaseDesk) -> dict[str, Staff] | bool:
    user = event.from_user
    if user is None or user.is_bot:
        return False
    staff = await desk.staff(user.id, user.first_name, TelegramMembership(bot, desk.group_chat_id))
    return {"staff": staff} if staff is not None else False


def _thread(message: Message) -> int | None:
    return message.message_thread_id if message.is_topic_message else None


async def _case_here(service: CaseService, message: object, case_id: int) -> Case | None:
    """The case a button names, if the button sits in that case's topic (anything else is forged or stale)."""
    if not isinstance(message, Message):
        return None
    case = await service.get(case_id)
    if case is None or case.thread_id is None or case.thread_id != _thread(message):
        return None
    return case


async def _refuse(query: CallbackQuery, l10n: Localizer, reason: str) -> None:
    await query.answer(l10n(f"advisors-refused-{reason}")[:200], show_alert=True)


# -- buttons ------------------------------------------------------------------------------------------
async def case_action(
    query: CallbackQuery,
    callback_data: CaseAct,
    staff: Staff,
    desk: CaseDesk,
    session: AsyncSession,
    l10n: Localizer,
    questions: QuestionService,
) -> None:
    service = desk.service(session)
    case = await _case_here(service, query.message, callback_data.case)
    if case is None:
        await _refuse(query, l10n, "not-found")
        return
    action = callback_data.action
    try:
        if action == CaseActionKind.TAKE:
            await service.take(case.id, staff)
        elif action == CaseActionKind.RELEASE:
            await service.release(case.id, staff)
        elif action == CaseActionKind.CLOSE:
            await service.close(case.id, staff)
        elif action == CaseActionKind.REOPEN:
            await service.reopen_by_staff(case.id, staff)
        elif action == CaseActionKind.DELETE:
            await service.delete(case.id, staff)
        elif action == CaseActionKind.KB:
            await _knowledge_choices(service, questions, l10n, case, suggestions(questions, case))
        elif action == CaseActionKind.PHRASES:
            await service.post(case.thread_id, "phrases", case=case.id, locale=case.locale)
    except CaseError as exc:
        await _refuse(query, l10n, exc.reason)
        return
    await query.answer(l10n("advisors-ok"))


def suggestions(questions: QuestionService, case: Case) -> list[str]:
    """Knowledge-base topics worth offering for this case: its own, what the bot answered, and related ones."""
    out: list[str] = []
    for topic_id in (case.topic_id, case.answered_topic_id):
        topic = questions.kb.topics.get(topic_id or "")
        if topic is not None:
            out.extend([topic.id, *topic.related])
    if not out:
        out = ["talk-to-person", "opening-hours", "kela-benefits", "residence-permit", "housing-search"]
    return [t for i, t in enumerate(out) if t in questions.kb.topics and t not in out[:i]][:8]


async def _knowledge_choices(
    service: CaseService, questions: QuestionService, l10n: Localizer, case: Case, topics: list[str]
) -> None:
    if not topics:
        await service.post(case.thread_id, "kb-none")
        return
    await service.post(
        case.thread_id, "kb-choose", case=case.id, topics=topics, language=language_label(l10n, case.locale)
    )


async def send_knowledge(
    query: CallbackQuery,
    callback_data: CaseKb,
    staff: Staff,
    desk: CaseDesk,
    session: AsyncSession,
    l10n: Localizer,
) -> None:
    service = desk.service(session)
    case = await _case_here(service, query.message, callback_data.case)
    if case is None:
        await _refuse(query, l10n, "not-found")
        return
    try:
        await service.send_knowledge(case.id, staff, callback_data.t)
    except CaseError as exc:
        await _refuse(query, l10n, exc.reason)
        return
    await query.answer(l10n("advisors-ok"))


async def send_phrase(
    query: CallbackQuery,
    callback_data: CasePhrase,
    staff: Staff,
    desk: CaseDesk,
    session: AsyncSession,
    l10n: Localizer,
) -> None:
    service = desk.service(session)
    case = await _case_here(service, query.message, callback_data.case)
    if case is None:
        await _refuse(query, l10n, "not-found")
        return
    try:
        await service.send_phrase(case.id, staff, callback_data.p)
    except CaseError as exc:
        await _refuse(query, l10n, exc.reason)
        return
    await query.answer(l10n("advisors-ok"))


# -- commands -----------------------------------------------------------------------------------------
async def cases_command(
    message: Message, desk: CaseDesk, session: AsyncSession, l10n: Localizer, questions: QuestionService
) -> None:
    service = desk.service(session)
    text = cases_list(l10n, questions, await service.open_cases(), desk.clock.now(), desk.group_chat_id)
    await service.post(_thread(message), "text", html=text)


async def report_command(
    message: Message,
    command: CommandObject,
    staff: Staff,
    desk: CaseDesk,
    session: AsyncSession,
    l10n: Localizer,
    questions: QuestionService,
    settings: Settings,
) -> None:
    service = desk.service(session)
    if not staff.coordinator:
        await service.post(_thread(message), "refused", reason=l10n("advisors-refused-coordinators-only"))
        return
    days = int(command.args) if command.args and command.args.strip().isdigit() else 30
    report = await case_report(desk.sessionmaker, desk.clock.now(), min(days, 3660), settings.tz)
    await service.post(_thread(message), "text", html=report_text(l10n, questions, report))


async def duty_command(
    message: Message, command: CommandObject, staff: Staff, desk: CaseDesk, session: AsyncSession
) -> None:
    service = desk.service(session)
    on_duty = {p[0] for p in await service.on_duty()}
    arg = (command.args or "").strip().lower()
    on = arg in ("on", "päälle", "1") or (arg not in ("off", "pois", "0") and staff.id not in on_duty)
    await service.set_duty(staff, on)
    await service.post(_thread(message), "duty-on" if on else "duty-off", name=staff.name)


async def kb_command(
    message: Message,
    command: CommandObject,
    staff: Staff,
    desk: CaseDesk,
    session: AsyncSession,
    l10n: Localizer,
    questions: QuestionService,
) -> None:
    service = desk.service(session)
    thread = _thread(message)
    case = await service.by_thread(thread) if thread is not None else None
    if case is None:
        await service.post(thread, "not-in-topic")
        return
    words = (command.args or "").strip()
    if words in questions.kb.topics:
        try:
            await service.send_knowledge(case.id, staff, words)
        except NotAllowed as exc:
            await service.post(thread, "refused", reason=l10n(f"advisors-refused-{exc.reason}"))
        return
    if not words:
        topics = suggestions(questions, case)
    else:
        match = questions.decide(words, "fi").match
        found = [match.topic] if match.topic and match.action == "answer" else []
        topics = [t for t in (*found, *match.alternatives) if t in questions.kb.topics][:8]
    await _knowledge_choices(service, questions, l10n, case, topics)


async def phrase_command(message: Message, desk: CaseDesk, session: AsyncSession) -> None:
    service = desk.service(session)
    thread = _thread(message)
    case = await service.by_thread(thread) if thread is not None else None
    if case is None:
        await service.post(thread, "not-in-topic")
        return
    await service.post(thread, "phrases", case=case.id, locale=case.locale)


# -- relaying from case topics --------------------------------------------------------------------------
async def from_topic(
    message: Message, staff: Staff, desk: CaseDesk, session: AsyncSession, l10n: Localizer
) -> None:
    thread = _thread(message)
    if thread is None or message.content_type not in RELAYED or (message.text or "").startswith("/"):
        return  # the General topic is the advisors' own chat; service messages are not relayed
    service = desk.service(session)
    case = await service.by_thread(thread)
    if case is None:
        return
    try:
        await service.from_advisor(case, staff, incoming(message), desk.group_chat_id)
    except NotAllowed as exc:
        # Another advisor's message in an owned case is an internal note; anything else gets a hint.
        if exc.reason != "not-owner":
            await service.post(thread, "refused", reason=l10n(f"advisors-refused-{exc.reason}"))


async def edited_in_topic(
    message: Message, staff: Staff, desk: CaseDesk, session: AsyncSession, l10n: Localizer
) -> None:
    thread = _thread(message)
    text = message.text or message.caption
    if thread is None or not text:
        return
    service = desk.service(session)
    case = await service.by_thread(thread)
    if case is None:
        return
    try:
        await service.advisor_edit(case, staff, message.message_id, text)
    except NotAllowed:
        return


# -- everyone else ------------------------------------------------------------------------------------
async def not_staff(query: CallbackQuery, l10n: Localizer) -> None:
    await _refuse(query, l10n, "not-staff")


async def ignore(_: Message) -> None:
    """Messages in the advisors' group from non-staff (or anonymous admins) are not relayed or answered."""


def create_router() -> Router:
    router = Router(name=__name__)
    _staff = Router(name=f"{__name__}.staff")
    _guard = Router(name=f"{__name__}.guard")
    for observer in (router.message, router.edited_message, router.callback_query):
        observer.filter(in_advisors_group)
    for observer in (_staff.message, _staff.edited_message, _staff.callback_query):
        observer.filter(is_staff)
    router.include_routers(_staff, _guard)
    _staff.callback_query.register(case_action, CaseAct.filter())
    _staff.callback_query.register(send_knowledge, CaseKb.filter())
    _staff.callback_query.register(send_phrase, CasePhrase.filter())
    _staff.message.register(cases_command, Command("cases"))
    _staff.message.register(report_command, Command("cases_report"))
    _staff.message.register(duty_command, Command("duty"))
    _staff.message.register(kb_command, Command("kb"))
    _staff.message.register(phrase_command, Command("phrase"))
    _staff.message.register(from_topic)
    _staff.edited_message.register(edited_in_topic)
    _guard.callback_query.register(not_staff)
    _guard.message.register(ignore)
    return router
