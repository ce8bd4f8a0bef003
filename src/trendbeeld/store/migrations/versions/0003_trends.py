"""Trends, their evidence, curation decisions and the route map's links.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trend",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("theme", sa.String(100)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("curated", sa.Boolean, nullable=False),
        sa.Column("direction", sa.String(16)),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("impact", sa.String(16)),
        sa.Column("horizon", sa.Text),
        sa.Column("international", sa.Text, nullable=False),
        sa.Column("national", sa.Text, nullable=False),
        sa.Column("meaning", sa.Text, nullable=False),
        sa.Column("merged_into", sa.String(32)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_trend_theme", "trend", ["theme"])
    op.create_index("ix_trend_status", "trend", ["status"])
    op.create_table(
        "trend_evidence",
        sa.Column("trend_id", sa.String(32), sa.ForeignKey("trend.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("evidence_id", sa.String(32), primary_key=True),
        sa.Column("rank", sa.Float, nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_trend_evidence_evidence_id", "trend_evidence", ["evidence_id"])
    op.create_table(
        "decision",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_decision_subject", "decision", ["subject"])
    op.create_table(
        "trend_link",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("source", sa.String(100), nullable=False),
        sa.Column("target", sa.String(100), nullable=False),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("rationale", sa.Text, nullable=False),
        sa.Column("reading", sa.JSON, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_trend_link_state", "trend_link", ["state"])


def downgrade() -> None:
    op.drop_table("trend_link")
    op.drop_table("decision")
    op.drop_table("trend_evidence")
    op.drop_table("trend")
