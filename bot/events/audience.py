"""The announcement audience "subscribers of an event": people who asked for that event's reminders.

Asking for an event's reminders is consent to hear about that event, so this audience does not require the
general news opt-in; blocked users are left out as everywhere.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import EventSubscription, User
from bot.events.repository import SqlEventRepository
from bot.i18n import DEFAULT_LOCALE
from bot.news.audience import AudienceChoice, Recipient, UnknownAudience


class EventSubscribers:
    key = "ev"
    label_id = "news-announce-audience-event"

    async def choices(self, session: AsyncSession, locale: str) -> list[AudienceChoice]:
        events = await SqlEventRepository(session).all(include_cancelled=False)
        return [AudienceChoice(str(e.id), e.text(locale)[0].title) for e in events]

    async def recipients(self, session: AsyncSession, value: str) -> list[Recipient]:
        if not value.isdigit():
            raise UnknownAudience(f"ev:{value}")
        rows = await session.execute(
            select(User.telegram_id, User.locale)
            .join(EventSubscription, EventSubscription.telegram_id == User.telegram_id)
            .where(EventSubscription.event_id == int(value), User.blocked_at.is_(None))
            .order_by(User.id)
        )
        return [Recipient(int(r[0]), r[1] or DEFAULT_LOCALE) for r in rows]
