"""Indicators: series, their observations and a log of imports.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "series",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("indicator", sa.Text, nullable=False),
        sa.Column("region", sa.String(100), nullable=False),
        sa.Column("unit", sa.String(20)),
        sa.Column("source", sa.Text),
        sa.Column("access", sa.String(20), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_series_region", "series", ["region"])
    op.create_index("ix_series_access", "series", ["access"])
    op.create_table(
        "observation",
        sa.Column(
            "series_id", sa.String(32), sa.ForeignKey("series.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("period", sa.String(16), primary_key=True),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("provisional", sa.Boolean, nullable=False),
        sa.Column("origin", sa.Text, nullable=False),
    )
    op.create_index("ix_observation_origin", "observation", ["origin"])
    op.create_table(
        "series_import",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("access", sa.String(20), nullable=False),
        sa.Column("n_series", sa.Integer, nullable=False),
        sa.Column("n_observations", sa.Integer, nullable=False),
        sa.Column("n_skipped", sa.Integer, nullable=False),
        sa.Column("report", sa.JSON, nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_series_import_origin", "series_import", ["origin"])


def downgrade() -> None:
    op.drop_table("series_import")
    op.drop_table("observation")
    op.drop_table("series")
