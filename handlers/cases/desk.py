"""The advisors' forum group: case buttons, relaying from case topics, language help, /cases and reports.

In the advisors' group parent router (handlers/__init__.py): the staff router for members of the group and
coordinators, the guard for anyone else, whose presses are refused whatever their callback data says.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message

from bot.answers.service import QuestionService
from bot.cases.desk import CaseDesk
from bot.cases.model import Case, CaseError, NotAllowed
from bot.cases.report import case_report
from bot.cases.service import CaseService
from bot.config import Settings
from bot.i18n import Localizer
from bot.users.roles import Staff
from handlers.cases.callbacks import CaseAct, CaseActionKind, CaseKb, CasePhrase
from handlers.cases.transport import incoming
from handlers.cases.views import cases_list, language_label, report_text
from handlers.common.roles import COORDINATORS, topic_of

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


async def _case_here(service: CaseService, message: object, case_id: int) -> Case | None:
    """The case a button names, if the button sits in that case's topic (anything else is forged or stale)."""
    if not isinstance(message, Message):
        return None
    case = await service.get(case_id)
    if case is None or case.thread_id is None or case.thread_id != topic_of(message):
        return None
    return case


async def _topic_case(message: Message, cases: CaseService) -> tuple[int | None, Case | None]:
    """The topic a command was written in and its case; outside a case topic, says so in the group."""
    thread = topic_of(message)
    case = await cases.by_thread(thread) if thread is not None else None
    if case is None:
        await cases.post(thread, "not-in-topic")
    return thread, case


async def _refuse(query: CallbackQuery, l10n: Localizer, reason: str) -> None:
    await query.answer(l10n(f"cases-desk-refused-{reason}")[:200], show_alert=True)


# -- buttons ------------------------------------------------------------------------------------------
async def _press(
    query: CallbackQuery,
    l10n: Localizer,
    cases: CaseService,
    case_id: int,
    act: Callable[[Case], Awaitable[object]],
) -> None:
    """A case button: `act` on the case its topic holds, then answer "done" or say why not."""
    case = await _case_here(cases, query.message, case_id)
    if case is None:
        await _refuse(query, l10n, "not-found")
        return
    try:
        await act(case)
    except CaseError as exc:
        await _refuse(query, l10n, exc.reason)
        return
    await query.answer(l10n("cases-desk-ok"))


async def case_action(
    query: CallbackQuery,
    callback_data: CaseAct,
    staff: Staff,
    l10n: Localizer,
    questions: QuestionService,
    cases: CaseService,
) -> None:
    action = callback_data.action

    async def act(case: Case) -> None:
        if action == CaseActionKind.TAKE:
            await cases.take(case.id, staff)
        elif action == CaseActionKind.RELEASE:
            await cases.release(case.id, staff)
        elif action == CaseActionKind.CLOSE:
            await cases.close(case.id, staff)
        elif action == CaseActionKind.REOPEN:
            await cases.reopen_by_staff(case.id, staff)
        elif action == CaseActionKind.DELETE:
            await cases.delete(case.id, staff)
        elif action == CaseActionKind.KB:
            await _knowledge_choices(cases, questions, l10n, case, suggestions(questions, case))
        elif action == CaseActionKind.PHRASES:
            await cases.post(case.thread_id, "phrases", case=case.id, locale=case.locale)

    await _press(query, l10n, cases, callback_data.case, act)


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


async def send_to_newcomer(
    query: CallbackQuery,
    callback_data: CaseKb | CasePhrase,
    staff: Staff,
    l10n: Localizer,
    cases: CaseService,
) -> None:
    """A knowledge-base answer (CaseKb) or a ready phrase (CasePhrase) chosen under a case, sent to its newcomer."""
    if isinstance(callback_data, CaseKb):
        topic = callback_data.t
        await _press(
            query, l10n, cases, callback_data.case, lambda c: cases.send_knowledge(c.id, staff, topic)
        )
    else:
        phrase = callback_data.p
        await _press(query, l10n, cases, callback_data.case, lambda c: cases.send_phrase(c.id, staff, phrase))


# -- commands -----------------------------------------------------------------------------------------
async def cases_command(
    message: Message, desk: CaseDesk, l10n: Localizer, questions: QuestionService, cases: CaseService
) -> None:
    text = cases_list(l10n, questions, await cases.open_cases(), desk.clock.now(), desk.group_chat_id)
    await cases.post(topic_of(message), "text", html=text)


async def report_command(
    message: Message,
    command: CommandObject,
    desk: CaseDesk,
    l10n: Localizer,
    questions: QuestionService,
    settings: Settings,
    cases: CaseService,
) -> None:
    days = int(command.args) if command.args and command.args.strip().isdigit() else 30
    report = await case_report(desk.sessionmaker, desk.clock.now(), min(days, 3660), settings.tz)
    await cases.post(topic_of(message), "text", html=report_text(l10n, questions, report))


async def duty_command(
    message: Message,
    command: CommandObject,
    staff: Staff,
    cases: CaseService,
) -> None:
    on_duty = {p[0] for p in await cases.on_duty()}
    arg = (command.args or "").strip().lower()
    on = arg in ("on", "päälle", "1") or (arg not in ("off", "pois", "0") and staff.id not in on_duty)
    await cases.set_duty(staff, on)
    await cases.post(topic_of(message), "duty-on" if on else "duty-off", name=staff.name)


async def kb_command(
    message: Message,
    command: CommandObject,
    staff: Staff,
    l10n: Localizer,
    questions: QuestionService,
    cases: CaseService,
) -> None:
    thread, case = await _topic_case(message, cases)
    if case is None:
        return
    words = (command.args or "").strip()
    if words in questions.kb.topics:
        try:
            await cases.send_knowledge(case.id, staff, words)
        except NotAllowed as exc:
            await cases.post(thread, "refused", reason=l10n(f"cases-desk-refused-{exc.reason}"))
        return
    if not words:
        topics = suggestions(questions, case)
    else:
        match = questions.decide(words, "fi").match
        found = [match.topic] if match.topic and match.action == "answer" else []
        topics = [t for t in (*found, *match.alternatives) if t in questions.kb.topics][:8]
    await _knowledge_choices(cases, questions, l10n, case, topics)


async def phrase_command(message: Message, cases: CaseService) -> None:
    thread, case = await _topic_case(message, cases)
    if case is None:
        return
    await cases.post(thread, "phrases", case=case.id, locale=case.locale)


# -- relaying from case topics --------------------------------------------------------------------------
async def from_topic(
    message: Message, staff: Staff, desk: CaseDesk, l10n: Localizer, cases: CaseService
) -> None:
    thread = topic_of(message)
    if thread is None or message.content_type not in RELAYED or (message.text or "").startswith("/"):
        return  # the General topic is the advisors' own chat; cases messages are not relayed
    case = await cases.by_thread(thread)
    if case is None:
        return
    try:
        await cases.from_advisor(case, staff, incoming(message), desk.group_chat_id)
    except NotAllowed as exc:
        # Another advisor's message in an owned case is an internal note; anything else gets a hint.
        if exc.reason != "not-owner":
            await cases.post(thread, "refused", reason=l10n(f"cases-desk-refused-{exc.reason}"))


async def edited_in_topic(message: Message, staff: Staff, l10n: Localizer, cases: CaseService) -> None:
    thread = topic_of(message)
    text = message.text or message.caption
    if thread is None or not text:
        return
    case = await cases.by_thread(thread)
    if case is None:
        return
    try:
        await cases.advisor_edit(case, staff, message.message_id, text)
    except NotAllowed:
        return


# -- everyone else ------------------------------------------------------------------------------------
async def not_staff(query: CallbackQuery, l10n: Localizer) -> None:
    await _refuse(query, l10n, "not-staff")


async def ignore(_: Message) -> None:
    """Messages in the advisors' group from non-staff (or anonymous admins) are not relayed or answered."""


def create_staff_router() -> Router:
    """Staff in the advisors' group (the parent router checks the group and that the sender is staff)."""
    router = Router(name=__name__)
    router.callback_query.register(case_action, CaseAct.filter())
    router.callback_query.register(send_to_newcomer, CaseKb.filter())
    router.callback_query.register(send_to_newcomer, CasePhrase.filter())
    router.message.register(cases_command, Command("cases"))
    router.message.register(report_command, Command("cases_report"), flags=COORDINATORS)
    router.message.register(duty_command, Command("duty"))
    router.message.register(kb_command, Command("kb"))
    router.message.register(phrase_command, Command("phrase"))
    # Last in the group: every other staff message in a case topic is relayed to the newcomer.
    router.message.register(from_topic)
    router.edited_message.register(edited_in_topic)
    return router


def create_guard_router() -> Router:
    """Anyone else in the advisors' group: buttons are refused whatever their data says, messages ignored."""
    router = Router(name=f"{__name__}.guard")
    router.callback_query.register(not_staff)
    router.message.register(ignore)
    return router
