"""interests, announcements and the outbox (one row per recipient, unique per batch and chat)"""

import sqlalchemy as sa
from alembic import op

from bot.db.base import UTCDateTime
from bot.db.migrations.tables import create_table

revision = "0006_announcements_outbox"
down_revision = "0005_cases"


def upgrade() -> None:
    create_table(
        "user_interests",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("interest", sa.String(length=32), nullable=False),
        sa.UniqueConstraint("user_id", "interest", name="uq_user_interests_user_interest"),
        cascade={"user_id": "users.id"},
    )
    op.create_index("ix_user_interests_user_id", "user_interests", ["user_id"])
    create_table(
        "outbox_batches",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("not_before", UTCDateTime(), nullable=False),
        sa.Column("audience", sa.String(length=80), nullable=True),
        sa.Column("report_chat_id", sa.BigInteger(), nullable=True),
        sa.Column("report_locale", sa.String(length=35), nullable=True),
        sa.Column("status_message_id", sa.BigInteger(), nullable=True),
        sa.Column("started_at", UTCDateTime(), nullable=True),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
        sa.Column("reported_at", UTCDateTime(), nullable=True),
        sa.Column("error", sa.String(length=200), nullable=True),
    )
    op.create_index("ix_outbox_batches_status", "outbox_batches", ["status"])
    create_table(
        "announcement_texts",
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("locale", sa.String(length=35), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.UniqueConstraint("batch_id", "locale", name="uq_announcement_texts_batch_locale"),
        cascade={"batch_id": "outbox_batches.id"},
    )
    create_table(
        "outbox_messages",
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("locale", sa.String(length=35), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("fluent_id", sa.String(length=64), nullable=True),
        sa.Column("fluent_args", sa.Text(), nullable=True),
        sa.Column("buttons", sa.Text(), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False, server_default="pending"),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("error", sa.String(length=64), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=True),
        sa.UniqueConstraint("batch_id", "chat_id", name="uq_outbox_messages_batch_chat"),
        cascade={"batch_id": "outbox_batches.id"},
    )
    op.create_index("ix_outbox_messages_batch_state", "outbox_messages", ["batch_id", "state"])
    op.create_index("ix_outbox_messages_state", "outbox_messages", ["state"])


def downgrade() -> None:
    op.drop_index("ix_outbox_messages_state", table_name="outbox_messages")
    op.drop_index("ix_outbox_messages_batch_state", table_name="outbox_messages")
    op.drop_table("outbox_messages")
    op.drop_table("announcement_texts")
    op.drop_index("ix_outbox_batches_status", table_name="outbox_batches")
    op.drop_table("outbox_batches")
    op.drop_index("ix_user_interests_user_id", table_name="user_interests")
    op.drop_table("user_interests")
