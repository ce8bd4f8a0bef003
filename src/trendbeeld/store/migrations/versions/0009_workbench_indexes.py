"""Indexes for the workbench's evidence browser under load (issue 14).

The browser lists evidence newest source first (``source.date DESC, source.id, evidence.start``),
optionally narrowed to one kind. Without these indexes every page joined and sorted all items
(130 ms for 100,000 items); with them a page walks sources in date order and reads each one's
items by (source, kind): about 1 ms. ``source(access, region)`` answers the region filter's choices
from the index alone, and ``source(added_at)`` tells search when a source last came in (a scan of
the sources read their text too: 19 ms for 2,000 sources).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_source_date_id", "source", [sa.text("date DESC"), "id"])
    op.create_index("ix_evidence_source_kind_start", "evidence", ["source_id", "kind", "start"])
    op.create_index("ix_source_access_region", "source", ["access", "region"])
    op.create_index("ix_source_added_at", "source", ["added_at"])


def downgrade() -> None:
    op.drop_index("ix_source_added_at", table_name="source")
    op.drop_index("ix_source_access_region", table_name="source")
    op.drop_index("ix_evidence_source_kind_start", table_name="evidence")
    op.drop_index("ix_source_date_id", table_name="source")
