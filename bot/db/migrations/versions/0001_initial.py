"""users: Telegram id, chosen locale, first and last seen, consent flags"""

import sqlalchemy as sa
from alembic import op

from bot.db.base import UTCDateTime
from bot.db.migrations.tables import create_table

revision = "0001_initial"
down_revision = None


def upgrade() -> None:
    create_table(
        "users",
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("locale", sa.String(length=35), nullable=True),
        sa.Column("first_seen", UTCDateTime(), nullable=False),
        sa.Column("last_seen", UTCDateTime(), nullable=False),
        sa.Column("consent_advisor", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("consent_announcements", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("blocked_at", UTCDateTime(), nullable=True),
        sa.UniqueConstraint("telegram_id", name=op.f("uq_users_telegram_id")),
    )
    op.create_index("ix_users_last_seen", "users", ["last_seen"])


def downgrade() -> None:
    op.drop_index("ix_users_last_seen", table_name="users")
    op.drop_table("users")
