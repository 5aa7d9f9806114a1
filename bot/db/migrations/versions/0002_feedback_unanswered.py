"""topic feedback counts and unanswered questions (both without user ids)"""

import sqlalchemy as sa
from alembic import op

from bot.db.base import UTCDateTime
from bot.db.migrations.tables import create_table

revision = "0002_feedback_unanswered"
down_revision = "0001_initial"


def upgrade() -> None:
    create_table(
        "topic_feedback",
        sa.Column("topic_id", sa.String(length=64), nullable=False),
        sa.Column("locale", sa.String(length=35), nullable=False),
        sa.Column("up", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("down", sa.Integer(), nullable=False, server_default="0"),
        sa.UniqueConstraint("topic_id", "locale", name="uq_topic_feedback_topic_locale"),
    )
    create_table(
        "unanswered_questions",
        sa.Column("locale", sa.String(length=35), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("asked_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_unanswered_questions_asked_at", "unanswered_questions", ["asked_at"])


def downgrade() -> None:
    op.drop_index("ix_unanswered_questions_asked_at", table_name="unanswered_questions")
    op.drop_table("unanswered_questions")
    op.drop_table("topic_feedback")
