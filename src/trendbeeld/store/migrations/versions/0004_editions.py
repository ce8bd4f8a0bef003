"""Editions, experts' ratings, users (filled in by the publish/experts/web stages).

Publish: ``edition`` holds one record per build (name, spec, hash, built_at, output paths).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "edition",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("spec", sa.JSON, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("built_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("site", sa.Text, nullable=False),
        sa.Column("pdf", sa.Text),
    )
    op.create_index("ix_edition_name", "edition", ["name"])


def downgrade() -> None:
    op.drop_index("ix_edition_name", table_name="edition")
    op.drop_table("edition")
