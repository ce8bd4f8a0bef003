"""Taxonomies: themes with description, key terms, impact and sub-themes, read from YAML.

A taxonomy file looks like::

    name: regionaal
    title: Openbare veiligheid (regionaal)
    themes:
      - key: jeugd
        name: Jeugd
        impact: direct            # direct | indirect (optional)
        description: Jongeren en veiligheid ...
        key_terms: [jongeren, jeugdcriminaliteit]
        subthemes:
          - key: drillrap
            name: Drillrap
            description: ...

Two ship with trendbeeld ("nationaal", "regionaal"); any other name is read as a path. Every
problem in a user's file is reported with the file, the line and what to change.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from trendbeeld.errors import ConfigError
from trendbeeld.model import Impact, Taxonomy, Theme
from trendbeeld.userfiles import LimitedLoader, load_yaml

BUNDLED = Path(__file__).resolve().parent / "taxonomies"
DEFAULT = "nationaal"
_THEME_FIELDS = {"key", "name", "description", "key_terms", "impact", "subthemes"}
_TOP_FIELDS = {"name", "title", "themes"}
_LINE = "__line__"


class _LineLoader(LimitedLoader):
    """The user-file loader (depth, alias and date checks) that remembers the line of every mapping."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = {str(key): value for key, value in loader.construct_mapping(node, deep=True).items()}
    mapping[_LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def bundled_names() -> list[str]:
    return sorted(p.stem for p in BUNDLED.glob("*.yaml"))


def load_taxonomy(name_or_path: str | Path) -> Taxonomy:
    """A bundled taxonomy by name, or a user's taxonomy from a YAML path (validated)."""
    path = Path(name_or_path)
    if str(name_or_path) in bundled_names():
        path = BUNDLED / f"{name_or_path}.yaml"
    elif not path.is_file():
        raise ConfigError(
            f"taxonomie '{name_or_path}' niet gevonden",
            hint="Geef een YAML-bestand of een van de meegeleverde: " + ", ".join(bundled_names()),
        )
    path = path.resolve()
    return _load(path, path.stat().st_mtime_ns)


@cache
def _load(path: Path, _mtime_ns: int) -> Taxonomy:
    """Parsed once per file version (the modification time is part of the cache key)."""
    return parse(load_yaml(path, what="de taxonomie", loader=_LineLoader), path=path)


def parse(data: Any, *, path: Path | str | None = None) -> Taxonomy:
    """Validate and build a taxonomy from parsed YAML; errors name the file and line."""
    if not isinstance(data, dict):
        raise ConfigError("een taxonomie moet een mapping zijn met name, title en themes", path=path, line=1)
    line = data.get(_LINE)
    _no_unknown(data, _TOP_FIELDS, path, "de taxonomie")
    name = _text(data, "name", path, line, "de taxonomie")
    title = str(data.get("title") or name)
    raw = data.get("themes")
    if not isinstance(raw, list) or not raw:
        raise ConfigError("'themes' moet een niet-lege lijst van thema's zijn", path=path, line=line)
    themes: list[Theme] = []
    for entry in raw:
        _theme(entry, None, themes, path, line)
    seen: dict[str, Theme] = {}
    for theme in themes:
        if theme.key in seen:
            raise ConfigError(
                f"thema-sleutel '{theme.key}' komt meer dan eens voor",
                path=path,
                hint="Geef elk thema en subthema een eigen key",
            )
        seen[theme.key] = theme
    return Taxonomy(name=name, title=title, themes=tuple(themes))


def _theme(entry: Any, parent: Theme | None, out: list[Theme], path: Path | str | None, line: Any) -> None:
    if not isinstance(entry, dict):
        raise ConfigError(
            "elk thema moet een mapping zijn met key, name en description", path=path, line=line
        )
    line = entry.get(_LINE, line)
    where = f"thema '{entry.get('key') or entry.get('name') or '?'}'"
    _no_unknown(entry, _THEME_FIELDS, path, where)
    key = _text(entry, "key", path, line, where)
    if not key.replace("-", "").replace("_", "").isalnum():
        raise ConfigError(f"{where}: key mag alleen letters, cijfers, - en _ bevatten", path=path, line=line)
    name = _text(entry, "name", path, line, where)
    terms = entry.get("key_terms") or []
    if not isinstance(terms, list) or not all(isinstance(t, str | int) for t in terms):
        raise ConfigError(f"{where}: key_terms moet een lijst van woorden zijn", path=path, line=line)
    impact = entry.get("impact")
    if impact is not None and impact not in {i.value for i in Impact}:
        raise ConfigError(
            f"{where}: impact '{impact}' is onbekend",
            path=path,
            line=line,
            hint="Gebruik direct (direct op veiligheid) of indirect (via de samenleving)",
        )
    description = str(entry.get("description") or "").strip()
    if not description and not terms:
        raise ConfigError(
            f"{where}: geef een description of key_terms, anders is het thema niet toe te wijzen",
            path=path,
            line=line,
        )
    theme = Theme(
        key=key,
        name=name,
        description=description,
        key_terms=tuple(str(t) for t in terms),
        impact=Impact(impact) if impact else (parent.impact if parent else None),
        parent=parent.key if parent else None,
    )
    out.append(theme)
    subthemes = entry.get("subthemes") or []
    if not isinstance(subthemes, list):
        raise ConfigError(f"{where}: subthemes moet een lijst zijn", path=path, line=line)
    for sub in subthemes:
        _theme(sub, theme, out, path, line)


def _text(data: dict[str, Any], field: str, path: Path | str | None, line: Any, where: str) -> str:
    value = data.get(field)
    if value is None or not str(value).strip():
        raise ConfigError(f"{where}: '{field}' ontbreekt", path=path, line=line)
    return str(value).strip()


def _no_unknown(data: dict[str, Any], allowed: set[str], path: Path | str | None, where: str) -> None:
    unknown = sorted(set(data) - allowed - {_LINE})
    if unknown:
        raise ConfigError(
            f"{where}: onbekend veld '{unknown[0]}'",
            path=path,
            line=data.get(_LINE),
            hint="Toegestaan: " + ", ".join(sorted(allowed)),
        )


def top_level(taxonomy: Taxonomy, key: str | None) -> Theme | None:
    """The top-level theme that ``key`` (a theme or sub-theme) belongs to."""
    by_key = {t.key: t for t in taxonomy.themes}
    seen: set[str] = set()
    while key in by_key and by_key[key].parent and key not in seen:
        seen.add(key)
        key = by_key[key].parent
    return by_key.get(key) if key else None
