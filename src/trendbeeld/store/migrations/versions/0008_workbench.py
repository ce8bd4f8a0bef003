"""The workbench: users, the audit log and the expert panel (Delphi rounds and ratings).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workbench_user",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("full_name", sa.Text, nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("clearance", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("actor", sa.String(100), nullable=False, index=True),
        sa.Column("action", sa.String(50), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
    )
    op.create_table(
        "panel_round",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("previous", sa.String(32)),
        sa.Column("trend_ids", sa.JSON, nullable=False),
        sa.Column("scales", sa.JSON, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("opened_by", sa.String(100), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "panel_rating",
        sa.Column(
            "round_id", sa.String(32), sa.ForeignKey("panel_round.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("trend_id", sa.String(32), primary_key=True),
        sa.Column("expert", sa.String(100), primary_key=True),
        sa.Column("scores", sa.JSON, nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("panel_rating")
    op.drop_table("panel_round")
    op.drop_table("audit")
    op.drop_table("workbench_user")
