"""What the migrations write for every table: an integer key `id` and foreign keys that delete along.

Constraint names are spelled out (`op.f`) as `bot.db.base.NAMING` would make them, so what an old migration
creates never changes when that setting does.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def create_table(name: str, *items: sa.schema.SchemaItem, cascade: dict[str, str] | None = None) -> None:
    """`op.create_table` with the autoincrement `id` primary key first; `cascade` maps a column to the
    column it refers to (`{"event_id": "events.id"}`): the row goes when the row it points at goes."""
    foreign_keys = [
        sa.ForeignKeyConstraint(
            [column],
            [target],
            name=op.f(f"fk_{name}_{column}_{target.partition('.')[0]}"),
            ondelete="CASCADE",
        )
        for column, target in (cascade or {}).items()
    ]
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        *items,
        *foreign_keys,
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )
