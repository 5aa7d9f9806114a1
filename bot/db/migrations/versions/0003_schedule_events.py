"""schedule exceptions; events with texts, skipped dates, subscriptions and sent notices"""

import sqlalchemy as sa
from alembic import op

from bot.db.base import UTCDateTime
from bot.db.migrations.tables import create_table

revision = "0003_schedule_events"
down_revision = "0002_feedback_unanswered"


def upgrade() -> None:
    create_table(
        "schedule_exceptions",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("opens", sa.Time(), nullable=True),
        sa.Column("closes", sa.Time(), nullable=True),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("created_by", sa.BigInteger(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("day", name=op.f("uq_schedule_exceptions_day")),
    )
    create_table(
        "events",
        sa.Column("seed_key", sa.String(length=64), nullable=True),
        sa.Column("repeat", sa.String(length=10), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("weekdays", sa.String(length=30), nullable=False, server_default=""),
        sa.Column("nth", sa.Integer(), nullable=True),
        sa.Column("starts", sa.Time(), nullable=False),
        sa.Column("ends", sa.Time(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("finnish", sa.String(length=10), nullable=False),
        sa.Column("audience", sa.String(length=20), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("seed_key", name=op.f("uq_events_seed_key")),
    )
    create_table(
        "event_texts",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("locale", sa.String(length=35), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("description", sa.String(length=1000), nullable=False, server_default=""),
        sa.UniqueConstraint("event_id", "locale", name="uq_event_texts_event_locale"),
        cascade={"event_id": "events.id"},
    )
    create_table(
        "event_skips",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.UniqueConstraint("event_id", "day", name="uq_event_skips_event_day"),
        cascade={"event_id": "events.id"},
    )
    create_table(
        "event_subscriptions",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("event_id", "telegram_id", name="uq_event_subscriptions_event_user"),
        cascade={"event_id": "events.id", "telegram_id": "users.telegram_id"},
    )
    op.create_index("ix_event_subscriptions_telegram_id", "event_subscriptions", ["telegram_id"])
    create_table(
        "event_notices",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.UniqueConstraint(
            "event_id", "day", "telegram_id", "kind", name="uq_event_notices_occurrence_user"
        ),
        cascade={"event_id": "events.id", "telegram_id": "users.telegram_id"},
    )
    op.create_index("ix_event_notices_status", "event_notices", ["status"])


def downgrade() -> None:
    op.drop_index("ix_event_notices_status", table_name="event_notices")
    op.drop_table("event_notices")
    op.drop_index("ix_event_subscriptions_telegram_id", table_name="event_subscriptions")
    op.drop_table("event_subscriptions")
    op.drop_table("event_skips")
    op.drop_table("event_texts")
    op.drop_table("events")
    op.drop_table("schedule_exceptions")
