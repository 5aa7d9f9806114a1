"""inbox: updates stored before they are confirmed to Telegram, and per-chat leases of the processes handling them

Revision ID: 0011_inbox
Revises: 0010_console
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.db.base import UTCDateTime

revision = "0011_inbox"
down_revision = "0010_console"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inbox",
        sa.Column("update_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("chat_key", sa.String(48), nullable=False),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("handled_at", UTCDateTime(), nullable=True),
        sa.Column("answering_at", UTCDateTime(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index("ix_inbox_chat_key_update_id", "inbox", ["chat_key", "update_id"])
    op.create_index("ix_inbox_handled_at", "inbox", ["handled_at"])
    op.create_table(
        "inbox_leases",
        sa.Column("chat_key", sa.String(48), primary_key=True),
        sa.Column("claimed_by", sa.String(64), nullable=True),
        sa.Column("claimed_until", UTCDateTime(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("inbox_leases")
    op.drop_table("inbox")
