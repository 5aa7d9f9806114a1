"""events: on_holidays (a recurring event that meets on Finnish public holidays too; by default they take it out)"""

import sqlalchemy as sa
from alembic import op

revision = "0009_event_holidays"
down_revision = "0008_bookings"


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("on_holidays", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("on_holidays")
