"""Theme inputs: what each stored theme assignment was computed from, for incremental runs.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "theme_input",
        sa.Column("taxonomy", sa.String(100), primary_key=True),
        sa.Column("evidence_id", sa.String(32), primary_key=True),
        sa.Column("fingerprint", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("theme_input")
