"""Evidence and trends as plain records: the JSON Lines shape of ``trendbeeld extract`` and the
store, and a trend's own fields as exports, the API and ``trends list --format json`` give them.

Field names of evidence are the scorer's (``../shared/tools/score_extraction.py``): every record has
``kind``, ``id``, ``source_id``, ``start``, ``end``, ``page`` and ``evidence`` (the exact text),
plus the fields of its kind.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from enum import Enum
from typing import Any

from trendbeeld.model import (
    Change,
    Evidence,
    EvidenceKind,
    Figure,
    Headline,
    Impact,
    Quote,
    Section,
    Span,
    Trend,
    TrendStatement,
    Unit,
    evidence_id,
)

CLASSES: dict[str, type[Evidence]] = {
    EvidenceKind.FIGURE: Figure,
    EvidenceKind.TREND: TrendStatement,
    EvidenceKind.QUOTE: Quote,
    EvidenceKind.HEADLINE: Headline,
    EvidenceKind.SECTION: Section,
}
_COMMON = {"span", "text", "page"}
_CONVERTERS: dict[str, Any] = {
    "unit": Unit,
    "direction": Change,
    "impact": Impact,
    "date": date.fromisoformat,
}


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def attributes(item: Evidence) -> dict[str, Any]:
    """The kind-specific fields of ``item`` as JSON-ready values."""
    return {f.name: _plain(getattr(item, f.name)) for f in fields(item) if f.name not in _COMMON}


def to_record(item: Evidence) -> dict[str, Any]:
    record: dict[str, Any] = {"kind": item.kind.value, "id": evidence_id(item)}
    record.update(attributes(item))
    record.update(
        source_id=item.span.source_id,
        start=item.span.start,
        end=item.span.end,
        page=item.page,
        evidence=item.text,
    )
    return record


def from_parts(kind: str, span: Span, text: str, page: int | None, data: dict[str, Any]) -> Evidence:
    """Rebuild an evidence item from stored columns and its attribute record."""
    cls = CLASSES[kind]
    names = {f.name for f in fields(cls)} - _COMMON
    values = {}
    for name in names & data.keys():
        value = data[name]
        convert = _CONVERTERS.get(name)
        values[name] = convert(value) if convert and value is not None else value
    return cls(span=span, text=text, page=page, **values)


def from_record(record: dict[str, Any]) -> Evidence:
    span = Span(record["source_id"], record["start"], record["end"])
    return from_parts(record["kind"], span, record["evidence"], record.get("page"), record)


def trend_fields(t: Trend) -> dict[str, Any]:
    """A trend's own fields as plain values, as exports, the workbench API and the CLI give them."""
    return {
        "id": t.id,
        "title": t.title,
        "theme": t.theme,
        "status": t.status.value,
        "direction": t.direction.value if t.direction else None,
        "impact": t.impact.value if t.impact else None,
        "horizon": t.horizon,
        "summary": t.summary,
    }
