"""staff console: anonymous daily counts (per language, per topic), knowledge-base edits (overlay and history), sign-in links, sessions"""

import sqlalchemy as sa
from alembic import op

from bot.db.base import UTCDateTime
from bot.db.migrations.tables import create_table

revision = "0010_console"
down_revision = "0009_event_holidays"


def upgrade() -> None:
    with op.batch_alter_table("unanswered_questions") as batch:
        batch.add_column(sa.Column("question_key", sa.String(500), nullable=True))
    create_table(
        "daily_counts",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("locale", sa.String(35), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False, server_default="0"),
        sa.UniqueConstraint("day", "kind", "locale", name="uq_daily_counts_day_kind_locale"),
    )
    create_table(
        "daily_topic_counts",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("topic_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False, server_default="0"),
        sa.UniqueConstraint("day", "topic_id", "kind", name="uq_daily_topic_counts_day_topic_id_kind"),
    )
    create_table(
        "knowledge_edits",
        sa.Column("topic_id", sa.String(64), nullable=False),
        sa.Column("locale", sa.String(35), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("content", sa.Text(), nullable=True),
        sa.Column("base_hash", sa.String(64), nullable=False),
        sa.Column("author_id", sa.BigInteger(), nullable=False),
        sa.Column("author_name", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint(
            "topic_id", "locale", "revision", name="uq_knowledge_edits_topic_locale_revision"
        ),
    )
    create_table(
        "console_sign_ins",
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("used_at", UTCDateTime(), nullable=True),
        sa.UniqueConstraint("token_hash", name="uq_console_sign_ins_token_hash"),
    )
    op.create_index("ix_console_sign_ins_expires_at", "console_sign_ins", ["expires_at"])
    create_table(
        "console_sessions",
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("ended_at", UTCDateTime(), nullable=True),
        sa.UniqueConstraint("token_hash", name="uq_console_sessions_token_hash"),
    )
    op.create_index("ix_console_sessions_telegram_id", "console_sessions", ["telegram_id"])
    op.create_index("ix_console_sessions_expires_at", "console_sessions", ["expires_at"])


def downgrade() -> None:
    op.drop_table("console_sessions")
    op.drop_table("console_sign_ins")
    op.drop_table("knowledge_edits")
    with op.batch_alter_table("unanswered_questions") as batch:
        batch.drop_column("question_key")
    op.drop_table("daily_topic_counts")
    op.drop_table("daily_counts")
