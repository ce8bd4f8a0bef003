"""Source metadata from mappings: a folder's manifest ``trendbeeld.yaml`` and front matter.

A manifest looks like::

    defaults:            # for every file in the folder
      access: openbaar
      region: Rotterdam-Rijnmond
    files:               # per file, relative to the folder
      analyse.md: {type: publicatie, title: ..., publisher: ..., date: 2024-03-01}
    indicators:          # statistics files, for `trendbeeld indicators import`, not for `add`
      - statistiek/misdrijven.csv
    exclude: [README.md] # files `add` skips

Keys may be English (the ``SourceMeta`` field names) or Dutch (``soort``, ``titel``, ...).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from trendbeeld.errors import ConfigError
from trendbeeld.model import AccessLevel, SourceMeta, SourceType
from trendbeeld.userfiles import load_yaml

MANIFEST_NAME = "trendbeeld.yaml"

ALIASES = {
    "soort": "type", "titel": "title", "uitgever": "publisher", "datum": "date", "regio": "region",
    "toegang": "access", "auteur": "author", "naam": "author", "name": "author", "rol": "role",
    "organisatie": "organisation", "organization": "organisation", "link": "url",
}
FIELDS = {f.name for f in fields(SourceMeta)}


def _date(value: object, path: Path | str, key: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for parse in (dt.date.fromisoformat, lambda s: dt.datetime.strptime(s, "%d-%m-%Y").date()):
        try:
            return parse(text[:10])
        except ValueError:
            continue
    raise ConfigError(f"'{key}: {value}' is geen datum", path=path,
                      hint="Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2024-03-01")


def apply_fields(base: SourceMeta, mapping: Mapping[str, Any], path: Path | str, *,
                 ignore_unknown: bool = False) -> SourceMeta:
    """``base`` with the metadata in ``mapping`` applied; unknown keys or values are errors."""
    changes: dict[str, Any] = {}
    for raw_key, value in mapping.items():
        key = ALIASES.get(str(raw_key).lower(), str(raw_key).lower())
        if key not in FIELDS:
            if ignore_unknown:
                continue
            raise ConfigError(f"onbekend veld '{raw_key}'", path=path,
                              hint=f"Toegestaan: {', '.join(sorted(FIELDS))}")
        if value is None:
            continue
        try:
            if key == "type":
                changes[key] = SourceType(str(value).lower())
            elif key == "access":
                changes[key] = AccessLevel(str(value).lower())
            elif key == "date":
                changes[key] = _date(value, path, str(raw_key))
            else:
                changes[key] = str(value).strip()
        except ValueError:
            allowed = SourceType if key == "type" else AccessLevel
            raise ConfigError(f"'{raw_key}: {value}' is geen geldige waarde", path=path,
                              hint=f"Kies uit: {', '.join(v.value for v in allowed)}") from None
    return replace(base, **changes)


def overlay(base: SourceMeta, explicit: SourceMeta | None) -> SourceMeta:
    """``base`` with every field that ``explicit`` sets to something other than the default."""
    if explicit is None:
        return base
    default = SourceMeta()
    changes = {f.name: getattr(explicit, f.name) for f in fields(SourceMeta)
               if getattr(explicit, f.name) != getattr(default, f.name)}
    return replace(base, **changes)


@dataclass(frozen=True)
class Manifest:
    path: Path
    defaults: SourceMeta = field(default_factory=SourceMeta)
    files: dict[str, SourceMeta] = field(default_factory=dict)
    indicators: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @property
    def folder(self) -> Path:
        return self.path.parent

    def meta_for(self, file: Path) -> SourceMeta:
        relative = file.resolve().relative_to(self.folder.resolve()).as_posix()
        return self.files.get(relative, self.defaults)

    def skips(self, file: Path) -> bool:
        relative = file.resolve().relative_to(self.folder.resolve())
        return (relative.as_posix() in self.indicators or relative.name == MANIFEST_NAME
                or any(relative.match(pattern) for pattern in self.exclude))


def load_manifest(folder: Path, inherited: SourceMeta | None = None) -> Manifest | None:
    """The manifest of ``folder``, or None when it has none.

    ``inherited`` are the defaults of the manifest of a folder above: a nested manifest builds
    on them, so a subfolder never silently loses, say, a stricter access level.
    """
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return None
    data = load_yaml(path, what="het manifest") or {}
    if not isinstance(data, dict):
        raise ConfigError("het manifest moet een mapping zijn met defaults, files en indicators", path=path)
    unknown = {str(key) for key in data} - {"defaults", "files", "indicators", "exclude"}
    if unknown:
        raise ConfigError(f"onbekende sleutel(s) {', '.join(sorted(unknown))}", path=path,
                          hint="Gebruik defaults, files, indicators en exclude")
    defaults = apply_fields(inherited or SourceMeta(), _mapping(data, "defaults", path), path)
    files: dict[str, SourceMeta] = {}
    for name, entry in _mapping(data, "files", path).items():
        if not (folder / str(name)).exists():
            raise ConfigError(f"het manifest noemt '{name}', maar dat bestand bestaat niet", path=path)
        if entry is not None and not isinstance(entry, dict):
            raise ConfigError(f"files → {name}: verwacht velden (titel, datum, …), geen {_kind(entry)}",
                              path=path)
        files[str(name)] = apply_fields(defaults, entry or {}, path)
    indicators, exclude = _names(data, "indicators", path), _names(data, "exclude", path)
    return Manifest(path=path, defaults=defaults, files=files, indicators=indicators, exclude=exclude)


def _mapping(data: dict[Any, Any], key: str, path: Path) -> dict[Any, Any]:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise ConfigError(f"{key}: verwacht een mapping (sleutel: waarde), geen {_kind(value)}", path=path)
    return value


def _names(data: dict[Any, Any], key: str, path: Path) -> tuple[str, ...]:
    value = data.get(key) or ()
    if isinstance(value, str):
        value = (value,)
    if not isinstance(value, list | tuple) or not all(isinstance(v, str | int | float) for v in value):
        raise ConfigError(f"{key}: verwacht een lijst met bestandsnamen, geen {_kind(value)}", path=path)
    return tuple(str(v) for v in value)


def _kind(value: object) -> str:
    names: dict[type, str] = {dict: "mapping", list: "lijst", str: "tekst"}
    return names.get(type(value), type(value).__name__)
