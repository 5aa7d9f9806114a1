"""automatic notices: keys of enqueued closure notices and digests, the weekly digest opt-in, batch expiry

Revision ID: 0007_notices
Revises: 0006_announcements_outbox
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.db.base import UTCDateTime

revision = "0007_notices"
down_revision = "0006_announcements_outbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notice_keys",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_keys")),
        sa.UniqueConstraint("key", name="uq_notice_keys_key"),
    )
    op.create_index("ix_notice_keys_created_at", "notice_keys", ["created_at"])
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("consent_digest", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("outbox_batches") as batch:
        batch.add_column(sa.Column("expires_at", UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox_batches") as batch:
        batch.drop_column("expires_at")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("consent_digest")
    op.drop_index("ix_notice_keys_created_at", table_name="notice_keys")
    op.drop_table("notice_keys")
