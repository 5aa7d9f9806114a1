"""Every router of the bot, assembled per chat type in a fixed order (the composition root, bot/app.py, includes
them in the dispatcher).

aiogram gives an update to the first handler whose filters match, so order is behaviour:
- the one error router, then chat-member changes (any chat);
- private chats: flows that read typed text (a coordinator's announcement, a newcomer talking to an advisor, the
  coordinators' hours and events steps) before answers, which read any text as a question; the fallback last,
  because it takes everything (media, unknown commands, stale buttons);
- the advisors' group: staff (booking lists before the cases desk, whose catch-all relays every staff message in a
  case topic), then the guard for anyone else.
"""

from __future__ import annotations

from aiogram import Router

from handlers import answers, booking, cases, console, events, hours, letters, news, onboarding, privacy
from handlers.common import coordinator, errors, fallback, membership
from handlers.common.hooks import Hooks
from handlers.common.roles import CoordinatorCommands, in_advisors_group, in_private_chat, scope, staff_only


def build_routers(hooks: Hooks) -> list[Router]:
    return [errors.create_router(), membership.create_router(), private_chats(hooks), advisors_group()]


def private_chats(hooks: Hooks) -> Router:
    router = scope(Router(name="private"), in_private_chat)
    router.include_routers(
        onboarding.create_router(),
        privacy.create_router(),
        news.create_router(hooks),
        cases.create_private_router(hooks),
        coordinator.create_router(),
        hours.create_router(hooks),
        events.create_router(hooks),
        booking.create_private_router(hooks),
        # Photos and files outside a case are letters to explain (inside one, cases above relays them).
        letters.create_router(hooks),
        # /console for staff; for anyone else it falls through to the fallback's "unknown command".
        console.create_router(),
        answers.create_router(hooks),
        fallback.create_router(),
    )
    return router


def advisors_group() -> Router:
    router = scope(Router(name="advisors-group"), in_advisors_group)
    staff = scope(Router(name="staff"), staff_only)
    staff.message.middleware(CoordinatorCommands())
    staff.include_routers(booking.create_staff_router(), cases.create_staff_router())
    router.include_routers(staff, cases.create_guard_router())
    return router
