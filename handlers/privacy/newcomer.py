"""/privacy: what the bot stores about the user, and deleting it."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message
from babel.lists import format_list
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.desk import CaseDesk
from bot.clock import Clock
from bot.config import Settings
from bot.i18n import Localizer
from bot.i18n.formatting import babel_locale, local_date
from bot.news.subscriptions import INTERESTS, SubscriptionService
from bot.users.service import UserService
from handlers.booking.mine import forget as forget_bookings
from handlers.booking.mine import privacy_section as booking_privacy
from handlers.cases.views import privacy_cases
from handlers.common.callbacks import Menu, MenuAction
from handlers.common.keyboards import privacy_confirm, privacy_menu
from handlers.privacy.callbacks import Privacy, PrivacyAction


async def _report(
    user_id: int,
    users: UserService,
    settings: Settings,
    l10n: Localizer,
    desk: CaseDesk,
    session: AsyncSession,
    clock: Clock,
) -> str:
    profile = await users.get(user_id)
    cases = privacy_cases(
        l10n, await desk.service(session).cases_of(user_id), settings.tz, settings.case_retention_days
    )
    bookings = await booking_privacy(user_id, l10n, session, clock, settings)
    cases = "\n\n".join(part for part in (cases, bookings) if part)
    if profile is None:
        return cases or l10n("privacy-nothing-stored")
    sub = await SubscriptionService(session, clock).get(user_id)
    topics = [l10n(f"subscribe-interest-{i}") for i in INTERESTS if i in sub.interests]
    summary = l10n(
        "privacy-summary",
        language=l10n.language_name,
        first_seen=local_date(profile.first_seen, l10n.locale, settings.tz),
        last_seen=local_date(profile.last_seen, l10n.locale, settings.tz),
        consent_advisor="yes" if profile.consent_advisor else "no",
        announcements="yes" if sub.announcements else "no",
        digest="yes" if sub.digest else "no",
        interests=format_list(topics, locale=babel_locale(l10n.locale)) if topics else "-",
    )
    return f"{summary}\n\n{cases}" if cases else summary


async def privacy_command(
    message: Message,
    users: UserService,
    settings: Settings,
    l10n: Localizer,
    desk: CaseDesk,
    session: AsyncSession,
    clock: Clock,
) -> None:
    if message.from_user is None:
        return
    text = await _report(message.from_user.id, users, settings, l10n, desk, session, clock)
    await message.answer(text, reply_markup=privacy_menu(l10n, has_data=True))


async def privacy_button(
    query: CallbackQuery,
    users: UserService,
    settings: Settings,
    l10n: Localizer,
    desk: CaseDesk,
    session: AsyncSession,
    clock: Clock,
) -> None:
    await query.answer()
    text = await _report(query.from_user.id, users, settings, l10n, desk, session, clock)
    if isinstance(query.message, Message):
        await query.message.answer(text, reply_markup=privacy_menu(l10n, has_data=True))


async def delete_command(message: Message, l10n: Localizer) -> None:
    await message.answer(l10n("privacy-delete-confirm"), reply_markup=privacy_confirm(l10n))


async def ask_delete(query: CallbackQuery, l10n: Localizer) -> None:
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.answer(l10n("privacy-delete-confirm"), reply_markup=privacy_confirm(l10n))


async def delete(
    query: CallbackQuery,
    users: UserService,
    l10n: Localizer,
    desk: CaseDesk,
    session: AsyncSession,
    clock: Clock,
    settings: Settings,
) -> None:
    # Cases too: their topics in the advisors' group are deleted; anonymous statistics stay. Bookings likewise.
    await desk.service(session).delete_for_user(query.from_user.id)
    await forget_bookings(query.from_user.id, session, clock, settings)
    await users.delete_data(query.from_user.id)
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.edit_text(l10n("privacy-deleted"))


async def keep(query: CallbackQuery, l10n: Localizer) -> None:
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.edit_text(l10n("privacy-kept"))


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.register(privacy_command, Command("privacy"))
    router.callback_query.register(privacy_button, Menu.filter(F.action == MenuAction.PRIVACY))
    router.message.register(delete_command, Command("delete_my_data"))
    router.callback_query.register(ask_delete, Privacy.filter(F.action == PrivacyAction.ASK_DELETE))
    router.callback_query.register(delete, Privacy.filter(F.action == PrivacyAction.DELETE))
    router.callback_query.register(keep, Privacy.filter(F.action == PrivacyAction.KEEP))
    return router
