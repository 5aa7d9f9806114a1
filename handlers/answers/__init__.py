"""Answers from the knowledge base: typed questions, the topic menu, the question back when unsure, urgent answers, feedback."""

from __future__ import annotations

from aiogram import Router

from handlers.answers import questions
from handlers.common.hooks import Hooks


def create_router(hooks: Hooks) -> Router:
    hooks.show_topic = questions.static_topic
    return questions.create_router()
