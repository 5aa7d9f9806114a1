"""Feature routers in a fixed order."""

from __future__ import annotations

from aiogram import Router

from handlers import (
    advisors,
    announce,
    booking,
    booking_desk,
    errors,
    escalation,
    event_wizard,
    events,
    events_admin,
    fallback,
    hours,
    hours_admin,
    membership,
    menu,
    my_bookings,
    privacy,
    questions,
    start,
    subscribe,
)


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
