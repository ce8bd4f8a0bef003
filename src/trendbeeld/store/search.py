"""Full-text search over passages with Dutch stemming.

SQLite: FTS5 over a Snowball-stemmed copy of each passage. PostgreSQL: a generated
``tsvector`` with the ``dutch`` configuration. Both rank by relevance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa

from trendbeeld.model import AccessLevel
from trendbeeld.stemming import stems
from trendbeeld.store.engine import Store
from trendbeeld.store.sources import readable_levels

DEFAULT_LIMIT = 20


@dataclass(frozen=True, slots=True)
class Hit:
    source_id: str
    title: str
    start: int
    end: int
    page: int | None
    text: str


def search(store: Store, query: str, *, access: AccessLevel, limit: int = DEFAULT_LIMIT) -> list[Hit]:
    """Passages matching all words of ``query`` (stemmed), best first."""
    levels = readable_levels(access)
    if store.is_sqlite:
        terms = [t for t in stems(query) if t]
        if not terms:
            return []
        match = " AND ".join('"' + re.sub(r'"', "", t) + '"' for t in terms)
        sql = sa.text(
            "SELECT p.source_id, s.title, p.start, p.\"end\", p.page, p.text FROM passage_fts f "
            "JOIN passage p ON p.id = f.rowid JOIN source s ON s.id = p.source_id "
            "WHERE passage_fts MATCH :match AND s.access IN :levels ORDER BY f.rank LIMIT :limit"
        ).bindparams(sa.bindparam("levels", expanding=True))
        params = {"match": match, "levels": levels, "limit": limit}
    else:
        sql = sa.text(
            "SELECT p.source_id, s.title, p.start, p.\"end\", p.page, p.text FROM passage p "
            "JOIN source s ON s.id = p.source_id, plainto_tsquery('dutch', :q) query "
            "WHERE p.tsv @@ query AND s.access IN :levels "
            "ORDER BY ts_rank(p.tsv, query) DESC LIMIT :limit"
        ).bindparams(sa.bindparam("levels", expanding=True))
        params = {"q": query, "levels": levels, "limit": limit}
    with store.read() as conn:
        return [Hit(*row) for row in conn.execute(sql, params)]
