"""bookings of drop-in slots (a seat per row, unique per active slot start), reminders sent once, waiting list"""

import sqlalchemy as sa
from alembic import op

from bot.db.base import UTCDateTime
from bot.db.migrations.tables import create_table

revision = "0008_bookings"
down_revision = "0007_notices"


def upgrade() -> None:
    create_table(
        "bookings",
        sa.Column("code", sa.String(length=8), nullable=True),
        sa.Column("telegram_id", sa.BigInteger(), nullable=True),
        sa.Column("locale", sa.String(length=35), nullable=False),
        sa.Column("language", sa.String(length=35), nullable=False),
        sa.Column("topic", sa.String(length=16), nullable=False),
        sa.Column("slot_start", UTCDateTime(), nullable=False),
        sa.Column("seat", sa.Integer(), nullable=False),
        sa.Column("active_start", UTCDateTime(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("confirmed_at", UTCDateTime(), nullable=True),
        sa.Column("ended_at", UTCDateTime(), nullable=True),
        sa.Column("marked_by", sa.BigInteger(), nullable=True),
        sa.UniqueConstraint("code", name=op.f("uq_bookings_code")),
        sa.UniqueConstraint("active_start", "seat", name="uq_bookings_active_start_seat"),
        sa.UniqueConstraint("active_start", "telegram_id", name="uq_bookings_active_start_telegram_id"),
    )
    op.create_index("ix_bookings_telegram_id", "bookings", ["telegram_id"])
    op.create_index("ix_bookings_slot_start", "bookings", ["slot_start"])
    op.create_index("ix_bookings_status", "bookings", ["status"])
    create_table(
        "booking_reminders",
        sa.Column("booking_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("queued_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("booking_id", "kind", name="uq_booking_reminders_booking_kind"),
        cascade={"booking_id": "bookings.id"},
    )
    create_table(
        "booking_waitlist",
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("locale", sa.String(length=35), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("language", sa.String(length=35), nullable=False),
        sa.Column("topic", sa.String(length=16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("telegram_id", "day", name="uq_booking_waitlist_telegram_id_day"),
    )
    op.create_index("ix_booking_waitlist_day", "booking_waitlist", ["day"])


def downgrade() -> None:
    op.drop_index("ix_booking_waitlist_day", table_name="booking_waitlist")
    op.drop_table("booking_waitlist")
    op.drop_table("booking_reminders")
    op.drop_index("ix_bookings_status", table_name="bookings")
    op.drop_index("ix_bookings_slot_start", table_name="bookings")
    op.drop_index("ix_bookings_telegram_id", table_name="bookings")
    op.drop_table("bookings")
