"""Keyboards of cases, for newcomers and for advisors: pure functions of (l10n, data)."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.cases.model import Case, CaseStatus
from bot.i18n import Localizer
from handlers.cases.callbacks import (
    CaseAct,
    CaseActionKind,
    CaseConsent,
    CaseDraft,
    CaseDraftAction,
    CaseKb,
    CasePhrase,
    CaseRate,
)


def _button(text: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text[:64], callback_data=data)


# -- newcomers ------------------------------------------------------------------------------------------
def consent_keyboard(l10n: Localizer, topic_id: str | None, urgent: bool) -> InlineKeyboardMarkup:
    t = topic_id or ""
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [_button(l10n("cases-consent-yes"), CaseConsent(yes=True, t=t, u=urgent).pack())],
            [_button(l10n("cases-consent-no"), CaseConsent(yes=False).pack())],
        ]
    )


def draft_keyboard(l10n: Localizer) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [_button(l10n("cases-send-without"), CaseDraft(action=CaseDraftAction.SEND).pack())],
            [_button(l10n("cases-cancel"), CaseDraft(action=CaseDraftAction.CANCEL).pack())],
        ]
    )


def rating_keyboard(case_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                _button("⭐" * n if n < 3 else f"{n} ⭐", CaseRate(case=case_id, stars=n).pack())
                for n in range(1, 6)
            ]
        ]
    )


# -- advisors -------------------------------------------------------------------------------------------
def case_card(l10n: Localizer, case: Case) -> InlineKeyboardMarkup:
    """The buttons that fit the case's state; older cards keep theirs, and the service checks the state anyway."""

    def act(msg_id: str, action: CaseActionKind) -> InlineKeyboardButton:
        return _button(l10n(msg_id), CaseAct(action=action, case=case.id).pack())

    if case.status == CaseStatus.CLOSED:
        rows = [
            [
                act("cases-desk-button-reopen", CaseActionKind.REOPEN),
                act("cases-desk-button-delete", CaseActionKind.DELETE),
            ]
        ]
    elif case.status == CaseStatus.ACTIVE:
        rows = [
            [
                act("cases-desk-button-kb", CaseActionKind.KB),
                act("cases-desk-button-phrases", CaseActionKind.PHRASES),
            ],
            [
                act("cases-desk-button-release", CaseActionKind.RELEASE),
                act("cases-desk-button-close", CaseActionKind.CLOSE),
            ],
            [act("cases-desk-button-take", CaseActionKind.TAKE)],
        ]
    else:
        rows = [
            [
                act("cases-desk-button-take", CaseActionKind.TAKE),
                act("cases-desk-button-close", CaseActionKind.CLOSE),
            ]
        ]
    return InlineKeyboardMarkup(inline_keyboard=rows)


def knowledge_choices(case_id: int, topics: Sequence[tuple[str, str]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [_button(f"📚 {title}", CaseKb(case=case_id, t=topic_id).pack())] for topic_id, title in topics
        ]
    )


def phrase_choices(case_id: int, phrases: Sequence[tuple[str, str]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [_button(label, CasePhrase(case=case_id, p=phrase).pack())] for phrase, label in phrases
        ]
    )


def posted_buttons(rows: object) -> InlineKeyboardMarkup | None:
    """Buttons another feature posts with a "text" note (bookings' marks): [[label, callback data], ...] rows,
    stored as JSON in the case outbox until sent."""
    if not isinstance(rows, list) or not rows:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[[_button(str(label), str(data)) for label, data in row] for row in rows]
    )
