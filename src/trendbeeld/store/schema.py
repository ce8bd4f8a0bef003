"""Tables of the store (SQLAlchemy Core). Migrations in ``migrations/versions`` create them.

One table per concept, named as in the glossary: ``source``, ``page``, ``evidence``,
``passage``. Stage-specific tables (series, trends, links, editions) are declared next to
their aggregate module and registered on the same ``metadata``.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

source = sa.Table(
    "source",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("origin", sa.Text, nullable=False, index=True),
    sa.Column("type", sa.String(20), nullable=False),
    sa.Column("title", sa.Text, nullable=False, default=""),
    sa.Column("publisher", sa.Text),
    sa.Column("date", sa.Date),
    sa.Column("url", sa.Text),
    sa.Column("region", sa.Text),
    sa.Column("access", sa.String(20), nullable=False, index=True),
    sa.Column("author", sa.Text),
    sa.Column("role", sa.Text),
    sa.Column("organisation", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
)

page = sa.Table(
    "page",
    metadata,
    sa.Column("source_id", sa.String(32), sa.ForeignKey("source.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("number", sa.Integer, primary_key=True),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
)

evidence = sa.Table(
    "evidence",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column(
        "source_id", sa.String(32), sa.ForeignKey("source.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    sa.Column("kind", sa.String(16), nullable=False, index=True),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("page", sa.Integer),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("data", sa.JSON, nullable=False),
)

passage = sa.Table(
    "passage",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "source_id", sa.String(32), sa.ForeignKey("source.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("page", sa.Integer),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("stemmed", sa.Text, nullable=False),
)
