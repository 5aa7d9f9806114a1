"""automatic notices: keys of enqueued closure notices and digests, the weekly digest opt-in, batch expiry"""

import sqlalchemy as sa
from alembic import op

from bot.db.base import UTCDateTime
from bot.db.migrations.tables import create_table

revision = "0007_notices"
down_revision = "0006_announcements_outbox"


def upgrade() -> None:
    create_table(
        "notice_keys",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
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
