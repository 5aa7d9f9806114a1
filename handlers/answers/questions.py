"""Typed questions, the question back when unsure, a second matter, the topic menu, urgent answers and feedback."""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.types import CallbackQuery, Message

from bot.answers.service import QuestionService
from bot.answers.stats import Outcome, StatsService
from bot.i18n import LOCALES, Localizer, Translator
from bot.users.model import UserProfile
from bot.users.service import UserService
from handlers.answers.callbacks import (
    AlsoTopic,
    Candidate,
    Category,
    Feedback,
    MoreTopic,
    NoneOfThese,
    ShowTopic,
    SwitchLanguage,
    TopicsMenu,
)
from handlers.answers.keyboards import switch_language_keyboard
from handlers.answers.views import (
    also_view,
    categories_view,
    category_view,
    decline_view,
    sorry_view,
    topic_view,
    unsure_view,
    urgent_view,
)
from handlers.common.callbacks import Menu, MenuAction
from handlers.common.fallback import MAX_QUESTION_CHARS
from handlers.common.hooks import Hooks
from handlers.common.keyboards import language_picker, main_menu
from handlers.common.presses import pressed
from handlers.common.views import View, picker_text

# Topics a menu button opens directly (their live features replace the static text in later issues).
MENU_TOPICS = {MenuAction.PERSON: "talk-to-person", MenuAction.HOURS: "opening-hours"}


async def _send(message: Message, view: View | None) -> None:
    if view is not None:
        await message.answer(view.text, reply_markup=view.markup)


async def _reply(query: CallbackQuery, view: View | None) -> None:
    """Answer the press and send the view under its message (if the app still has it)."""
    if (message := await pressed(query)) is not None:
        await _send(message, view)


async def question(
    message: Message,
    l10n: Localizer,
    translator: Translator,
    questions: QuestionService,
    stats: StatsService,
    profile: UserProfile | None,
    hooks: Hooks,
    **data: Any,
) -> None:
    data.update(questions=questions, stats=stats, profile=profile, translator=translator, l10n=l10n)
    decision = questions.decide(message.text or "", l10n.locale)
    match, locale = decision.match, decision.answer_locale
    if match.action == "smalltalk" and match.topic is not None:
        await _smalltalk(message, match.topic, translator(locale), translator, profile)
        await stats.outcome(Outcome.ANSWERED, locale)
    elif match.action == "answer" and match.topic is not None:
        if match.urgent:
            await _send(message, urgent_view(translator, locale, match.topic))
        also = questions.second_matter(match)
        if await hooks.topics.answer(match.topic, message, locale, data):
            if also:  # the live answer has its own buttons: the second matter comes as its own message
                await _send(message, also_view(questions, translator, also, locale))
        else:
            view = topic_view(
                questions, translator, match.topic, locale, others=match.alternatives, also=also
            )
            await _send(message, view)
        await stats.outcome(Outcome.ANSWERED, locale, match.topic)
    elif match.action == "choose" and (candidates := questions.candidates(match)):
        also = questions.second_matter(match)
        await _send(message, unsure_view(questions, translator, candidates, locale, also=also))
        await stats.outcome(Outcome.CHOOSE, locale)
    else:
        await stats.unanswered(locale, message.text or "")
        await _send(message, decline_view(translator, locale))
        await stats.outcome(Outcome.DECLINED, locale)
    if decision.offer_switch:
        target = translator(decision.offer_switch)
        await message.answer(
            target("onboarding-choose-language"), reply_markup=switch_language_keyboard(target, target.locale)
        )


async def _smalltalk(
    message: Message, kind: str, l10n: Localizer, translator: Translator, profile: UserProfile | None
) -> None:
    if kind == "change-language":
        current = profile.locale if profile else None
        await message.answer(picker_text(translator, current), reply_markup=language_picker(current, current))
    elif kind == "menu":
        await message.answer(l10n("common-menu-title"), reply_markup=main_menu(l10n))
    else:
        await message.answer(l10n(f"answers-smalltalk-{kind}"), reply_markup=main_menu(l10n))


async def show_topic(
    query: CallbackQuery,
    callback_data: ShowTopic | Candidate | AlsoTopic,
    questions: QuestionService,
    translator: Translator,
    hooks: Hooks,
    **data: Any,
) -> None:
    if callback_data.id not in questions.kb.topics:
        raise SkipHandler  # a topic removed since the button was sent, or forged data: the stale-button reply
    await query.answer()
    if isinstance(query.message, Message):
        data.update(questions=questions, translator=translator, query=query)
        if not await hooks.topics.answer(callback_data.id, query.message, callback_data.lc, data):
            await _send(query.message, topic_view(questions, translator, callback_data.id, callback_data.lc))


async def chosen_topic(
    query: CallbackQuery,
    callback_data: Candidate | AlsoTopic,
    questions: QuestionService,
    translator: Translator,
    hooks: Hooks,
    stats: StatsService,
    **data: Any,
) -> None:
    """A candidate of the question back, or a message's second matter: answered (an urgent topic with the emergency
    numbers first, as when typed), and counted as the topic's answer (the message was counted when it came)."""
    topic = questions.kb.topics.get(callback_data.id)
    if topic is not None and topic.urgent and isinstance(query.message, Message):
        await _send(query.message, urgent_view(translator, callback_data.lc, topic.id))
    await show_topic(query, callback_data, questions, translator, hooks, **data)
    await stats.topic_answered(callback_data.id)


async def more(
    query: CallbackQuery, callback_data: MoreTopic, questions: QuestionService, translator: Translator
) -> None:
    await _reply(query, topic_view(questions, translator, callback_data.id, callback_data.lc, more=True))


async def feedback(
    query: CallbackQuery,
    callback_data: Feedback,
    stats: StatsService,
    questions: QuestionService,
    translator: Translator,
) -> None:
    topic = questions.kb.topics.get(callback_data.id)
    if topic is None:
        await query.answer()
        return
    await stats.feedback(topic.id, callback_data.lc, callback_data.up)
    l10n = translator(callback_data.lc)
    if callback_data.up:
        await query.answer(l10n("answers-thanks-feedback"))
        return
    await _reply(query, sorry_view(questions, translator, topic.id, callback_data.lc))


async def topics_menu(query: CallbackQuery, l10n: Localizer, translator: Translator) -> None:
    await _reply(query, categories_view(translator, l10n.locale))


async def topics_button(query: CallbackQuery, l10n: Localizer, translator: Translator) -> None:
    await topics_menu(query, l10n, translator)


async def menu_topic(
    query: CallbackQuery,
    callback_data: Menu,
    l10n: Localizer,
    questions: QuestionService,
    translator: Translator,
    hooks: Hooks,
    **data: Any,
) -> None:
    await query.answer()
    if isinstance(query.message, Message):
        topic_id = MENU_TOPICS[callback_data.action]
        data.update(questions=questions, translator=translator, l10n=l10n, query=query)
        if not await hooks.topics.answer(topic_id, query.message, l10n.locale, data):
            await _send(query.message, topic_view(questions, translator, topic_id, l10n.locale))


async def category(
    query: CallbackQuery,
    callback_data: Category,
    l10n: Localizer,
    questions: QuestionService,
    translator: Translator,
) -> None:
    await _reply(query, category_view(questions, translator, callback_data.id, l10n.locale))


async def none_of_these(query: CallbackQuery, l10n: Localizer, translator: Translator) -> None:
    await _reply(query, decline_view(translator, l10n.locale))


async def switch_language(
    query: CallbackQuery, callback_data: SwitchLanguage, users: UserService, translator: Translator
) -> None:
    profile = await users.choose_locale(query.from_user.id, callback_data.locale)
    l10n = translator(profile.locale)
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.edit_text(l10n("onboarding-language-saved", language=l10n.language_name))


async def static_topic(message: Message, topic_id: str, locale: str, data: dict[str, Any]) -> None:
    """A topic's reviewed text with its buttons, for features that cannot answer live (the `show_topic` hook)."""
    await _send(message, topic_view(data["questions"], data["translator"], topic_id, locale))


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.register(question, F.text, ~F.text.startswith("/"), F.text.len() <= MAX_QUESTION_CHARS)
    router.callback_query.register(show_topic, ShowTopic.filter(F.lc.in_(LOCALES)))
    router.callback_query.register(chosen_topic, Candidate.filter(F.lc.in_(LOCALES)))
    router.callback_query.register(chosen_topic, AlsoTopic.filter(F.lc.in_(LOCALES)))
    router.callback_query.register(more, MoreTopic.filter(F.lc.in_(LOCALES)))
    router.callback_query.register(feedback, Feedback.filter(F.lc.in_(LOCALES)))
    router.callback_query.register(topics_menu, TopicsMenu.filter())
    router.callback_query.register(topics_button, Menu.filter(F.action == MenuAction.TOPICS))
    router.callback_query.register(menu_topic, Menu.filter(F.action.in_(set(MENU_TOPICS))))
    router.callback_query.register(category, Category.filter())
    router.callback_query.register(none_of_these, NoneOfThese.filter())
    router.callback_query.register(switch_language, SwitchLanguage.filter(F.locale.in_(LOCALES)))
    return router
