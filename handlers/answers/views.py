"""Turning matcher decisions into what the user sees: text (Fluent + reviewed knowledge) and buttons."""

from __future__ import annotations

from aiogram.types import InlineKeyboardMarkup

from bot.answers.service import QuestionService
from bot.i18n import Translator
from bot.i18n.formatting import user_value
from handlers.answers.keyboards import (
    also_button,
    answer_keyboard,
    categories_keyboard,
    category_topics_keyboard,
    choose_keyboard,
    decline_keyboard,
    unsure_keyboard,
)
from handlers.common.keyboards import person_keyboard, with_person
from handlers.common.views import TELEGRAM_TEXT_LIMIT, View


def topic_view(
    service: QuestionService,
    translator: Translator,
    topic_id: str,
    locale: str,
    *,
    others: tuple[str, ...] = (),
    more: bool = False,
    also: str | None = None,
) -> View | None:
    rendered = service.render(topic_id, locale)
    if rendered is None:
        return None
    l10n = translator(locale)
    parts = []
    if rendered.locale != locale:
        parts.append(l10n("answers-fallback-note", language=translator(rendered.locale).language_name))
    body = rendered.text.more if more and rendered.text.more else rendered.text.answer
    parts.append(f"<b>{rendered.text.title}</b>\n{body}")
    markup = answer_keyboard(
        l10n,
        topic_id,
        locale,
        has_more=bool(rendered.text.more) and not more,
        others=[(o, service.title(o, locale)) for o in others if o != also],
        also=(also, service.title(also, locale)) if also else None,
    )
    return View("\n\n".join(parts)[:TELEGRAM_TEXT_LIMIT], markup)


def urgent_view(translator: Translator, locale: str, topic_id: str | None = None) -> View:
    l10n = translator(locale)
    return View(l10n("answers-urgent"), person_keyboard(l10n, topic_id, urgent=True))


def sorry_view(service: QuestionService, translator: Translator, topic_id: str, locale: str) -> View:
    """After 👎: the topic's related topics, "none of these" and a person."""
    l10n = translator(locale)
    related = tuple(x for x in service.kb.topics[topic_id].related if x != topic_id)[:3]
    buttons = [(o, service.title(o, locale)) for o in related]
    markup = with_person(choose_keyboard(l10n, buttons, locale), l10n, topic_id)
    return View(l10n("answers-sorry-feedback"), markup)


def unsure_view(
    service: QuestionService,
    translator: Translator,
    candidates: tuple[str, ...],
    locale: str,
    *,
    also: str | None = None,
) -> View:
    """One question between the real candidates, in their own words ("your rent, or a Kela decision?").

    Each phrase is escaped and, in Arabic and Dari, isolated so a Latin word in it cannot reorder the sentence."""
    l10n = translator(locale)
    phrases = [user_value(service.about(t, locale), locale) for t in candidates]
    first, second, third = (*phrases, "", "")[:3]
    text = l10n("answers-unsure", count=len(phrases), first=first, second=second, third=third)
    buttons = [(t, service.title(t, locale)) for t in candidates]
    offered = (also, service.title(also, locale)) if also and also not in candidates else None
    return View(text, unsure_keyboard(l10n, buttons, locale, offered))


def also_view(service: QuestionService, translator: Translator, topic_id: str, locale: str) -> View:
    """The second matter's button on its own, when a live feature gave the first answer with its own buttons."""
    l10n = translator(locale)
    text = l10n("answers-also-offer", about=user_value(service.about(topic_id, locale), locale))
    button = also_button(l10n, topic_id, service.title(topic_id, locale), locale)
    return View(text, InlineKeyboardMarkup(inline_keyboard=[[button]]))


def decline_view(translator: Translator, locale: str) -> View:
    l10n = translator(locale)
    return View(l10n("answers-decline"), decline_keyboard(l10n))


def categories_view(translator: Translator, locale: str) -> View:
    l10n = translator(locale)
    return View(l10n("answers-categories"), categories_keyboard(l10n))


def category_view(service: QuestionService, translator: Translator, category: str, locale: str) -> View:
    l10n = translator(locale)
    topics = [(t.id, service.title(t.id, locale)) for t in service.kb.by_category().get(category, [])]
    return View(l10n("answers-category-topics"), category_topics_keyboard(l10n, topics, locale))
