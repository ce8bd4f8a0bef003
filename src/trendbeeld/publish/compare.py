"""Comparing two editions: new, continuing, strengthening, weakening and dropped trends.

Each built site carries ``editie.json`` (its manifest: trends, key figures, sources — only what
the edition itself shows). ``compare(a, b)`` reads two manifests; trends are matched by id,
then by title. A trend strengthens when more independent sources back it (or, with as many
sources, its strength score rises by at least ``SCORE_STEP``).

An edition compares only with an earlier edition whose manifest says it had the same or a lower
access level (:func:`load_previous`); the build then leaves out of that manifest whatever the store
now holds above the edition's level (``Secrets.readable_manifest`` in ``_guard.py``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trendbeeld.errors import ConfigError, LeakError
from trendbeeld.model import AccessLevel
from trendbeeld.publish._view import EditionContent

MANIFEST = "editie.json"
FORMAT = 1
SCORE_STEP = 0.05


@dataclass(frozen=True, slots=True)
class TrendChange:
    """One trend in both editions (or in one of them)."""

    title: str
    theme: str
    sources_before: int | None
    sources_after: int | None
    change_before: str | None = None
    change_after: str | None = None

    def describe(self) -> str:
        parts = [f"{self.title} ({self.theme})"]
        if self.sources_before is not None and self.sources_after is not None:
            parts.append(f"bronnen: {self.sources_before} → {self.sources_after}")
        elif self.sources_after is not None:
            parts.append(f"bronnen: {self.sources_after}")
        elif self.sources_before is not None:
            parts.append(f"bronnen: {self.sources_before}")
        if self.change_before and self.change_after and self.change_before != self.change_after:
            parts.append(f"richting: {self.change_before} → {self.change_after}")
        return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class FigureChange:
    key: str
    label: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class SourceEntry:
    id: str
    title: str


@dataclass(frozen=True, slots=True)
class Comparison:
    """What changed from edition ``before`` to edition ``after``."""

    before: str
    after: str
    new: tuple[TrendChange, ...]
    continuing: tuple[TrendChange, ...]
    strengthening: tuple[TrendChange, ...]
    weakening: tuple[TrendChange, ...]
    dropped: tuple[TrendChange, ...]
    figures: tuple[FigureChange, ...]
    new_sources: tuple[SourceEntry, ...]
    dropped_sources: tuple[SourceEntry, ...]

    def trend_groups(self) -> list[tuple[str, tuple[TrendChange, ...]]]:
        """The five trend groups with their Dutch headings."""
        return [
            ("Nieuwe trends", self.new),
            ("Trends die sterker worden", self.strengthening),
            ("Trends die zwakker worden", self.weakening),
            ("Trends die doorlopen", self.continuing),
            ("Vervallen trends", self.dropped),
        ]

    def to_text(self) -> str:
        lines = [f"Vergelijking van editie {self.before} met {self.after}"]
        for title, group in self.trend_groups():
            lines.append(f"{title}: {len(group)}")
            lines.extend(f"  - {t.describe()}" for t in group)
        lines.append(f"Gewijzigde kerncijfers: {len(self.figures)}")
        lines.extend(f"  - {f.label}: {f.before} → {f.after}" for f in self.figures)
        lines.append(f"Nieuwe bronnen: {len(self.new_sources)}")
        lines.extend(f"  - {s.title}" for s in self.new_sources)
        lines.append(f"Vervallen bronnen: {len(self.dropped_sources)}")
        lines.extend(f"  - {s.title}" for s in self.dropped_sources)
        return "\n".join(lines)


def manifest(content: EditionContent, edition_hash: str) -> dict[str, Any]:
    """The machine-readable summary of an edition, written as ``editie.json`` in its site."""
    names = {t.key: t.name for t in content.themes}
    return {
        "format": FORMAT,
        "name": content.name,
        "title": content.title,
        "access": content.access,
        "audience": content.audience,
        "region": content.region,
        "themes": [{"key": t.key, "name": t.name} for t in content.themes],
        "trends": [
            {
                "id": tr.id,
                "title": tr.title,
                "theme": names.get(tr.theme, tr.theme),
                "change": tr.change_label,
                "n_sources": tr.n_sources,
                "score": tr.score,
                "curated": tr.curated,
            }
            for t in content.themes
            for tr in t.trends
        ],
        "key_figures": [
            {
                "key": f.key,
                "label": f.label or f.context[:80],
                "value": f.value,
                "period": f.period,
                "region": f.region,
            }
            for f in content.all_key_figures()
        ],
        "sources": [
            {"id": s.id, "title": s.title, "type": s.type_label, "date": s.date} for s in content.sources
        ],
        "hash": edition_hash,
    }


def load_manifest(path: Path) -> dict[str, Any]:
    """The manifest of an edition folder, its site folder or the ``editie.json`` itself."""
    for candidate in (path, path / MANIFEST, path / "site" / MANIFEST):
        if candidate.is_file():
            try:
                data: dict[str, Any] = json.loads(candidate.read_text(encoding="utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise ConfigError(
                    "dit is geen geldig editie.json",
                    path=candidate,
                    hint="Bouw de editie opnieuw met trendbeeld publish",
                ) from exc
            if data.get("format") != FORMAT:
                raise ConfigError(f"onbekende versie van editie.json ({data.get('format')})", path=candidate)
            return data
    raise ConfigError(
        "geen editie gevonden (editie.json ontbreekt)",
        path=path,
        hint="Geef de map van een gebouwde editie, bijvoorbeeld out/NAAM",
    )


def manifest_path(path: Path) -> Path:
    """The ``editie.json`` :func:`load_manifest` reads for ``path`` (``path`` itself when none is there)."""
    return next((c for c in (path, path / MANIFEST, path / "site" / MANIFEST) if c.is_file()), path)


def load_previous(path: Path, access: AccessLevel) -> dict[str, Any]:
    """The manifest of an earlier edition an edition at ``access`` may compare with.

    Its own manifest must say it was made for ``access`` or a lower level: an intern edition is
    refused as the previous one of an openbaar edition, and so is an edition whose manifest names
    no level (made by an older version), which could have been anything.
    """
    data = load_manifest(path)
    where = manifest_path(path)
    level = data.get("access")
    if level is None:
        if access is AccessLevel.CONFIDENTIAL:
            return data
        raise LeakError(
            "de vorige editie (--previous) zegt niet voor welk toegangsniveau zij is gemaakt "
            f"(editie.json van een oudere versie); een editie met toegangsniveau '{access.value}' "
            "vergelijkt alleen met een editie waarvan vaststaat dat zij dat niveau of een lager niveau had",
            path=where,
            hint="Bouw de vorige editie opnieuw met deze versie van trendbeeld, of laat --previous weg",
        )
    try:
        previous = AccessLevel(level)
    except ValueError as exc:
        raise ConfigError(f"onbekend toegangsniveau '{level}' in editie.json", path=where) from exc
    if not access.allows(previous):
        raise LeakError(
            f"de vorige editie (--previous) is {previous.value}; een editie met toegangsniveau "
            f"'{access.value}' mag niet vergelijken met een editie van een hoger niveau",
            path=where,
            hint=f"Geef als --previous een eerdere editie die {access.value} was, of laat --previous weg",
        )
    return data


def compare(a: Path, b: Path) -> Comparison:
    """What changed from the edition at ``a`` to the edition at ``b``."""
    return compare_manifests(load_manifest(a), load_manifest(b))


def _norm(title: str) -> str:
    return " ".join(title.casefold().split())


def compare_manifests(old: dict[str, Any], new: dict[str, Any]) -> Comparison:
    before = {t["id"]: t for t in old["trends"]}
    by_title = {_norm(t["title"]): t for t in old["trends"]}
    matched: set[str] = set()
    groups: dict[str, list[TrendChange]] = {
        k: [] for k in ("new", "continuing", "strengthening", "weakening")
    }
    for trend in new["trends"]:
        previous = before.get(trend["id"]) or by_title.get(_norm(trend["title"]))
        if previous is None or previous["id"] in matched:
            groups["new"].append(
                TrendChange(trend["title"], trend["theme"], None, trend["n_sources"], None, trend["change"])
            )
            continue
        matched.add(previous["id"])
        change = TrendChange(
            trend["title"],
            trend["theme"],
            previous["n_sources"],
            trend["n_sources"],
            previous["change"],
            trend["change"],
        )
        groups[_verdict(previous, trend)].append(change)
    dropped = tuple(
        TrendChange(t["title"], t["theme"], t["n_sources"], None, t["change"], None)
        for t in old["trends"]
        if t["id"] not in matched
    )
    old_figures = {f["key"]: f for f in old["key_figures"]}
    figures = tuple(
        FigureChange(f["key"], f["label"], _shown(old_figures[f["key"]]), _shown(f))
        for f in new["key_figures"]
        if f["key"] in old_figures and _shown(old_figures[f["key"]]) != _shown(f)
    )
    old_sources, new_sources = _unmatched(old["sources"], new["sources"])
    return Comparison(
        before=old["name"],
        after=new["name"],
        new=tuple(groups["new"]),
        continuing=tuple(groups["continuing"]),
        strengthening=tuple(groups["strengthening"]),
        weakening=tuple(groups["weakening"]),
        dropped=dropped,
        figures=figures,
        new_sources=tuple(SourceEntry(s["id"], s["title"]) for s in new_sources),
        dropped_sources=tuple(SourceEntry(s["id"], s["title"]) for s in old_sources),
    )


def _unmatched(
    old: list[dict[str, Any]], new: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Sources only in ``old`` and only in ``new``; a source with a new text but the same title is neither."""
    old_ids = {s["id"] for s in old}
    new_ids = {s["id"] for s in new}
    only_old = [s for s in old if s["id"] not in new_ids]
    only_new = [s for s in new if s["id"] not in old_ids]
    updated = {_norm(s["title"]) for s in only_old} & {_norm(s["title"]) for s in only_new}
    return (
        [s for s in only_old if _norm(s["title"]) not in updated],
        [s for s in only_new if _norm(s["title"]) not in updated],
    )


def _verdict(before: dict[str, Any], after: dict[str, Any]) -> str:
    if after["n_sources"] != before["n_sources"]:
        return "strengthening" if after["n_sources"] > before["n_sources"] else "weakening"
    delta = float(after["score"]) - float(before["score"])
    if abs(delta) >= SCORE_STEP:
        return "strengthening" if delta > 0 else "weakening"
    return "continuing"


def _shown(figure: dict[str, Any]) -> str:
    return f"{figure['value']} ({figure['period']})" if figure.get("period") else str(figure["value"])
