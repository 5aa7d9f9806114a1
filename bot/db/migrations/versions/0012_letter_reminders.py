"""letters: reminders before a letter's deadline (date, next step, sender and kind; never the letter), and
anonymous daily counts of letters read per sender, kind and language"""

import sqlalchemy as sa
from alembic import op

from bot.db.base import UTCDateTime
from bot.db.migrations.tables import create_table

revision = "0012_letter_reminders"
down_revision = "0011_inbox"


def upgrade() -> None:
    create_table(
        "letter_reminders",
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("topic_id", sa.String(64), nullable=False),
        sa.Column("sender", sa.String(24), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("soon_at", UTCDateTime(), nullable=True),
        sa.Column("day_at", UTCDateTime(), nullable=True),
        cascade={"telegram_id": "users.telegram_id"},
    )
    op.create_index("ix_letter_reminders_telegram_id", "letter_reminders", ["telegram_id"])
    op.create_index("ix_letter_reminders_due", "letter_reminders", ["due"])
    create_table(
        "letter_counts",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("sender", sa.String(24), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("locale", sa.String(35), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False, server_default="0"),
        sa.UniqueConstraint(
            "day", "sender", "kind", "locale", name="uq_letter_counts_day_sender_kind_locale"
        ),
    )


def downgrade() -> None:
    op.drop_table("letter_counts")
    op.drop_index("ix_letter_reminders_due", table_name="letter_reminders")
    op.drop_index("ix_letter_reminders_telegram_id", table_name="letter_reminders")
    op.drop_table("letter_reminders")
