"""Feature routers in a fixed order."""

from __future__ import annotations

from aiogram import Router

from handlers.answers import questions
from handlers.booking import desk as booking_desk
from handlers.booking import mine as my_bookings
from handlers.booking import newcomer as booking
from handlers.cases import desk as advisors
from handlers.cases import newcomer as escalation
from handlers.common import errors, fallback, membership
from handlers.events import admin as events_admin
from handlers.events import newcomer as events
from handlers.events import wizard as event_wizard
from handlers.hours import admin as hours_admin
from handlers.hours import newcomer as hours
from handlers.news import announce, subscribe
from handlers.onboarding import menu, start
from handlers.privacy import newcomer as privacy


def get_routers() -> list[Router]:
    routers = [
        errors.router,
        membership.router,
        start.router,
        menu.router,
        privacy.router,
        subscribe.router,
        # Before questions: a coordinator's announcement text must not be read as a question.
        announce.router,
        # Before questions: while a newcomer talks to an advisor their messages are relayed, not answered.
        escalation.router,
        # Before advisors: its catch-all takes every staff message in the advisors' group.
        booking_desk.router,
        advisors.router,
        # Coordinators' flows before questions: their typed steps (titles, reasons) are not questions.
        hours_admin.router,
        events_admin.router,
        event_wizard.router,
        hours.router,
        events.router,
        booking.router,
        my_bookings.router,
        questions.router,
        # Last: it answers everything the routers above did not take (media, unknown commands, stale buttons).
        fallback.router,
    ]
    for router in routers:
        _detach(router)
    return routers


def _detach(router: Router) -> None:
    """Module routers are singletons; a new dispatcher in the same process (tests, a restart) takes them over."""
    parent = router.parent_router
    if parent is not None:
        parent.sub_routers.remove(router)
        router._parent_router = None
