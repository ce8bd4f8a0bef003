"""Edition records: every build of an edition, with its spec, hash and time."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from trendbeeld.model import AccessLevel, EditionSpec
from trendbeeld.store.engine import Store
from trendbeeld.store.schema import metadata

edition = sa.Table(
    "edition",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(200), nullable=False, index=True),
    sa.Column("spec", sa.JSON, nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
    sa.Column("built_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("site", sa.Text, nullable=False),
    sa.Column("pdf", sa.Text),
)


@dataclass(frozen=True, slots=True)
class EditionRecord:
    """One build of an edition (editie)."""

    id: int
    name: str
    spec: EditionSpec
    hash: str
    built_at: datetime
    site: str
    pdf: str | None


def spec_to_json(spec: EditionSpec) -> dict[str, Any]:
    """The spec as plain JSON values (enum by value, themes as a list)."""
    data = asdict(spec)
    data["access"] = spec.access.value
    data["themes"] = list(spec.themes)
    return data


def spec_from_json(data: dict[str, Any]) -> EditionSpec:
    values = dict(data)
    values["access"] = AccessLevel(values.get("access", AccessLevel.PUBLIC.value))
    values["themes"] = tuple(values.get("themes") or ())
    known = set(EditionSpec.__dataclass_fields__)
    return EditionSpec(**{k: v for k, v in values.items() if k in known})


def record(
    store: Store, spec: EditionSpec, *, hash: str, built_at: datetime, site: str, pdf: str | None
) -> EditionRecord:
    """Store one build of ``spec`` in its own transaction."""
    with store.begin() as conn:
        result = conn.execute(
            sa.insert(edition).values(
                name=spec.name, spec=spec_to_json(spec), hash=hash, built_at=built_at, site=site, pdf=pdf
            )
        )
        new_id = int(result.inserted_primary_key[0])  # type: ignore[index]
    return EditionRecord(new_id, spec.name, spec, hash, built_at, site, pdf)


def list_editions(store: Store, *, name: str | None = None) -> list[EditionRecord]:
    """Builds, newest first; only those of ``name`` when given."""
    query = sa.select(edition).order_by(edition.c.built_at.desc(), edition.c.id.desc())
    if name is not None:
        query = query.where(edition.c.name == name)
    with store.read() as conn:
        return [
            EditionRecord(
                row.id, row.name, spec_from_json(row.spec), row.hash, row.built_at, row.site, row.pdf
            )
            for row in conn.execute(query)
        ]


def latest(store: Store, name: str) -> EditionRecord | None:
    """The newest build of edition ``name``, if any."""
    found = list_editions(store, name=name)
    return found[0] if found else None
