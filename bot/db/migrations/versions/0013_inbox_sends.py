"""inbox: every request a person sees is recorded once Telegram accepted it (so an interrupted reply resumes after
its last confirmed message), and a request in flight is marked, so a restart knows which sends are in doubt

Revision ID: 0013_inbox_sends
Revises: 0012_letter_reminders
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.db.base import UTCDateTime

revision = "0013_inbox_sends"
down_revision = "0012_letter_reminders"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inbox") as batch:
        batch.add_column(sa.Column("sent", sa.Text(), nullable=True))
        batch.add_column(sa.Column("sending_at", UTCDateTime(), nullable=True))
        batch.drop_column("answering_at")


def downgrade() -> None:
    with op.batch_alter_table("inbox") as batch:
        batch.add_column(sa.Column("answering_at", UTCDateTime(), nullable=True))
        batch.drop_column("sending_at")
        batch.drop_column("sent")
