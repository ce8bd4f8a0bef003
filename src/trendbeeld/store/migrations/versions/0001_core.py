"""Core: sources, pages, evidence and searchable passages.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "source",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("publisher", sa.Text),
        sa.Column("date", sa.Date),
        sa.Column("url", sa.Text),
        sa.Column("region", sa.Text),
        sa.Column("access", sa.String(20), nullable=False),
        sa.Column("author", sa.Text),
        sa.Column("role", sa.Text),
        sa.Column("organisation", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_source_origin", "source", ["origin"])
    op.create_index("ix_source_access", "source", ["access"])
    op.create_table(
        "page",
        sa.Column(
            "source_id", sa.String(32), sa.ForeignKey("source.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("number", sa.Integer, primary_key=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_table(
        "evidence",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("source_id", sa.String(32), sa.ForeignKey("source.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("page", sa.Integer),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_evidence_source_id", "evidence", ["source_id"])
    op.create_index("ix_evidence_kind", "evidence", ["kind"])
    op.create_table(
        "passage",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source_id", sa.String(32), sa.ForeignKey("source.id", ondelete="CASCADE"), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("page", sa.Integer),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("stemmed", sa.Text, nullable=False),
    )
    op.create_index("ix_passage_source_id", "passage", ["source_id"])
    if op.get_bind().dialect.name == "sqlite":
        # External-content FTS5 over the stemmed column, kept in step by triggers.
        op.execute(
            "CREATE VIRTUAL TABLE passage_fts USING fts5("
            "stemmed, content='passage', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER passage_ai AFTER INSERT ON passage BEGIN "
            "INSERT INTO passage_fts(rowid, stemmed) VALUES (new.id, new.stemmed); END"
        )
        op.execute(
            "CREATE TRIGGER passage_ad AFTER DELETE ON passage BEGIN "
            "INSERT INTO passage_fts(passage_fts, rowid, stemmed) VALUES ('delete', old.id, old.stemmed); END"
        )
    else:
        op.execute(
            "ALTER TABLE passage ADD COLUMN tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('dutch', text)) STORED"
        )
        op.execute("CREATE INDEX ix_passage_tsv ON passage USING gin (tsv)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE passage_fts")
    op.drop_table("passage")
    op.drop_table("evidence")
    op.drop_table("page")
    op.drop_table("source")
