"""Themes: computed theme assignments and analysts' corrections.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "theme_assignment",
        sa.Column("taxonomy", sa.String(100), primary_key=True),
        sa.Column("evidence_id", sa.String(32), primary_key=True),
        sa.Column("rank", sa.Integer, primary_key=True),
        sa.Column("theme", sa.String(100), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
    )
    op.create_index("ix_theme_assignment_theme", "theme_assignment", ["theme"])
    op.create_table(
        "theme_correction",
        sa.Column("taxonomy", sa.String(100), primary_key=True),
        sa.Column("evidence_id", sa.String(32), primary_key=True),
        sa.Column("theme", sa.String(100), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("theme_correction")
    op.drop_index("ix_theme_assignment_theme", table_name="theme_assignment")
    op.drop_table("theme_assignment")
