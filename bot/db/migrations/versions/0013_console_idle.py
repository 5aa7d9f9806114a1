"""staff console: when each session was last used, so an idle session ends before its eight hours are up"""

import sqlalchemy as sa
from alembic import op

from bot.db.base import UTCDateTime

revision = "0013_console_idle"
down_revision = "0012_letter_reminders"


def upgrade() -> None:
    with op.batch_alter_table("console_sessions") as batch:
        batch.add_column(sa.Column("last_seen_at", UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("console_sessions") as batch:
        batch.drop_column("last_seen_at")
