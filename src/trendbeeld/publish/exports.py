"""Exports for reports and analysis: evidence, trends and series as CSV, JSON or Parquet.

Every export is read at an access level (a required argument), so an export for a reader never
holds a row of a stricter source, series or trend. Parquet needs ``pyarrow`` (not a dependency).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from trendbeeld.errors import ConfigError
from trendbeeld.model import AccessLevel, evidence_id
from trendbeeld.records import trend_fields
from trendbeeld.store import browse
from trendbeeld.store import indicators as indicator_store
from trendbeeld.store.engine import Store
from trendbeeld.trends import curation

DATASETS = ("evidence", "trends", "series")
FORMATS = ("csv", "json", "parquet")
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "parquet": "application/vnd.apache.parquet",
}
PAGE = 1000  # evidence rows read at a time


def _evidence(store: Store, access: AccessLevel) -> Iterator[dict[str, Any]]:
    offset = 0
    while True:
        found = browse.find_evidence(
            store, access=access, filters=browse.Filters(), offset=offset, limit=PAGE
        )
        for item, title, type_ in found.items:
            yield {
                "id": evidence_id(item),
                "kind": item.kind.value,
                "source_id": item.span.source_id,
                "source_title": title,
                "source_type": type_,
                "start": item.span.start,
                "end": item.span.end,
                "page": item.page,
                "text": item.text,
            }
        offset += PAGE
        if not found.more:
            return


def _trends(store: Store, access: AccessLevel) -> Iterator[dict[str, Any]]:
    for t in curation.list_trends(store, access=access):
        yield {
            **trend_fields(t),
            "n_evidence": len(t.evidence_ids),
            "n_sources": t.strength.n_sources if t.strength else 0,  # independent voices, as shown everywhere
            "n_stated_sources": t.strength.n_stated if t.strength else 0,
            "n_news_outlets": t.strength.n_news if t.strength else 0,
            "n_news_items": t.strength.n_news_items if t.strength else 0,
        }


def _series(store: Store, access: AccessLevel) -> Iterator[dict[str, Any]]:
    for s in indicator_store.list_series(store, access=access):
        for o in s.observations:
            yield {
                "indicator": s.indicator,
                "region": s.region,
                "period": o.period,
                "value": o.value,
                "provisional": o.provisional,
                "unit": s.unit,
                "source": s.source,
            }


def rows(store: Store, dataset: str, *, access: AccessLevel) -> list[dict[str, Any]]:
    """The rows of ``dataset`` readable at ``access``."""
    readers = {"evidence": _evidence, "trends": _trends, "series": _series}
    if dataset not in readers:
        raise ConfigError(f"onbekende export '{dataset}'", hint="Kies uit: " + ", ".join(DATASETS))
    return list(readers[dataset](store, access))


def encode(found: list[dict[str, Any]], fmt: str) -> bytes:
    """``found`` as CSV (UTF-8, a header row), JSON (a list of objects) or Parquet."""
    if fmt == "json":
        return json.dumps(found, ensure_ascii=False, indent=1).encode("utf-8")
    if fmt == "csv":
        out = io.StringIO()
        if found:
            writer = csv.DictWriter(out, fieldnames=list(found[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(found)
        return out.getvalue().encode("utf-8")
    if fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ModuleNotFoundError:
            raise ConfigError(
                "Parquet vraagt het pakket pyarrow", hint="pip install pyarrow, of kies csv of json"
            ) from None
        sink = io.BytesIO()
        pq.write_table(pa.Table.from_pylist(found), sink)
        return sink.getvalue()
    raise ConfigError(f"onbekend formaat '{fmt}'", hint="Kies uit: " + ", ".join(FORMATS))
