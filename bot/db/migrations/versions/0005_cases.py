"""cases in the advisors' forum group: cases, message mapping, outbox, audit log, anonymous stats, duty list"""

import sqlalchemy as sa
from alembic import op

from bot.db.base import UTCDateTime
from bot.db.migrations.tables import create_table

revision = "0005_cases"
down_revision = "0003_schedule_events"


def upgrade() -> None:
    create_table(
        "cases",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("open_user_id", sa.BigInteger(), nullable=True),
        sa.Column("locale", sa.String(length=35), nullable=False),
        sa.Column("topic_id", sa.String(length=64), nullable=True),
        sa.Column("answered_topic_id", sa.String(length=64), nullable=True),
        sa.Column("urgent", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("owner_id", sa.BigInteger(), nullable=True),
        sa.Column("owner_name", sa.String(length=64), nullable=True),
        sa.Column("thread_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("waiting_since", UTCDateTime(), nullable=True),
        sa.Column("first_answer_at", UTCDateTime(), nullable=True),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.UniqueConstraint("open_user_id", name=op.f("uq_cases_open_user_id")),
    )
    op.create_index("ix_cases_user_id", "cases", ["user_id"])
    op.create_index("ix_cases_status", "cases", ["status"])
    op.create_index("ix_cases_thread_id", "cases", ["thread_id"])
    op.create_index("ix_cases_closed_at", "cases", ["closed_at"])
    create_table(
        "case_messages",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("user_message_id", sa.BigInteger(), nullable=False),
        sa.Column("group_message_id", sa.BigInteger(), nullable=False),
        sa.Column("from_newcomer", sa.Boolean(), nullable=False),
        cascade={"case_id": "cases.id"},
    )
    op.create_index("ix_case_messages_case_user_message", "case_messages", ["case_id", "user_message_id"])
    op.create_index("ix_case_messages_group_message", "case_messages", ["group_message_id"])
    create_table(
        "case_outbox",
        sa.Column("lane", sa.String(length=8), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("album", sa.String(length=64), nullable=True),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("not_before", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("cost", sa.Integer(), nullable=False),
    )
    op.create_index("ix_case_outbox_lane_status", "case_outbox", ["lane", "status", "priority", "id"])
    op.create_index("ix_case_outbox_case_id", "case_outbox", ["case_id"])
    op.create_index("ix_case_outbox_sent_at", "case_outbox", ["sent_at"])
    create_table(
        "case_audit",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.BigInteger(), nullable=True),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_case_audit_case_id", "case_audit", ["case_id"])
    create_table(
        "case_stats",
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("opened_at", UTCDateTime(), nullable=False),
        sa.Column("locale", sa.String(length=35), nullable=False),
        sa.Column("topic_id", sa.String(length=64), nullable=True),
        sa.Column("urgent", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("first_answer_seconds", sa.Integer(), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.UniqueConstraint("case_id", name=op.f("uq_case_stats_case_id")),
    )
    op.create_index("ix_case_stats_opened_at", "case_stats", ["opened_at"])
    op.create_table(
        "advisor_duty",
        sa.Column("telegram_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("since", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("telegram_id", name=op.f("pk_advisor_duty")),
    )


def downgrade() -> None:
    op.drop_table("advisor_duty")
    op.drop_index("ix_case_stats_opened_at", table_name="case_stats")
    op.drop_table("case_stats")
    op.drop_index("ix_case_audit_case_id", table_name="case_audit")
    op.drop_table("case_audit")
    op.drop_index("ix_case_outbox_sent_at", table_name="case_outbox")
    op.drop_index("ix_case_outbox_case_id", table_name="case_outbox")
    op.drop_index("ix_case_outbox_lane_status", table_name="case_outbox")
    op.drop_table("case_outbox")
    op.drop_index("ix_case_messages_group_message", table_name="case_messages")
    op.drop_index("ix_case_messages_case_user_message", table_name="case_messages")
    op.drop_table("case_messages")
    op.drop_index("ix_cases_closed_at", table_name="cases")
    op.drop_index("ix_cases_thread_id", table_name="cases")
    op.drop_index("ix_cases_status", table_name="cases")
    op.drop_index("ix_cases_user_id", table_name="cases")
    op.drop_table("cases")
