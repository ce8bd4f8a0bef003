"""Route-map links an analyst keeps in a YAML file, added to the store in one go.

The file is Dutch, as analysts write it::

    verbanden:
      - van: online            # trend id or theme key
        naar: criminaliteit
        soort: hangt samen met  # versterkt | leidt tot | hangt samen met
        toelichting: Criminaliteit verschuift van de straat naar internet.
        lezen: [Notitie: online fraude en digitale weerbaarheid (demo)]   # source ids or titles

Every entry is checked before anything is written, so a file with one bad entry adds nothing;
the error names the file, the line and what to change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from trendbeeld.errors import ConfigError, TrendbeeldError
from trendbeeld.model import LinkType, TrendLink
from trendbeeld.routemap.graph import add, link_type, validate_rationale
from trendbeeld.store import Store
from trendbeeld.userfiles import load_yaml

LIST_KEY = "verbanden"
REQUIRED = ("van", "naar", "soort", "toelichting")
OPTIONAL = ("lezen",)
EXAMPLE = "verbanden: [{van: online, naar: jeugd, soort: versterkt, toelichting: …, lezen: [titel]}]"


@dataclass(frozen=True, slots=True)
class LinkEntry:
    """One checked entry of a links file."""

    source: str
    target: str
    type: LinkType
    rationale: str
    reading: tuple[str, ...]
    line: int


def read_links(path: Path) -> list[LinkEntry]:
    """The checked entries of ``path``; raises ConfigError naming the line of the first bad one."""
    root = load_yaml(path, what="het verbandenbestand", compose=True)
    entries = _entry_nodes(root, path)
    return [_entry(node, path) for node in entries]


def import_links(store: Store, path: Path, *, actor: str) -> list[TrendLink]:
    """Add every link of ``path`` as confirmed by ``actor``; nothing is added when one entry is bad."""
    entries = read_links(path)
    added = []
    for entry in entries:
        try:
            added.append(add(store, entry.source, entry.target, entry.type, rationale=entry.rationale,
                             actor=actor, reading=entry.reading))
        except TrendbeeldError as exc:
            raise ConfigError(exc.message, path=path, line=entry.line, hint=exc.hint) from exc
    return added


def _entry_nodes(root: yaml.Node | None, path: Path) -> Sequence[yaml.Node]:
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if _scalar(key) == LIST_KEY and isinstance(value, yaml.SequenceNode):
                return list(value.value)
    raise ConfigError(f"geen lijst '{LIST_KEY}' gevonden", path=path, hint=f"Schrijf bijvoorbeeld: {EXAMPLE}")


def _entry(node: yaml.Node, path: Path) -> LinkEntry:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        raise ConfigError("een verband is een lijstje met van, naar, soort en toelichting", path=path,
                          line=line, hint=f"Schrijf bijvoorbeeld: {EXAMPLE}")
    values = {_scalar(key): value for key, value in node.value}  # a list as a key is no field name
    unknown = sorted(set(values) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise ConfigError(f"onbekend veld '{unknown[0]}' in een verband", path=path, line=line,
                          hint="Velden: " + ", ".join((*REQUIRED, *OPTIONAL)))
    missing = [k for k in REQUIRED if k not in values or not _scalar(values[k])]
    if missing:
        raise ConfigError(f"verband mist '{missing[0]}'", path=path, line=line,
                          hint=f"Elk verband heeft {', '.join(REQUIRED)}")
    try:
        kind = link_type(_scalar(values["soort"]))
        rationale = validate_rationale(_scalar(values["toelichting"]))
    except ConfigError as exc:
        raise ConfigError(exc.message, path=path, line=line, hint=exc.hint) from exc
    source, target = _scalar(values["van"]), _scalar(values["naar"])
    if source == target:
        raise ConfigError(f"verband van '{source}' naar zichzelf", path=path, line=line,
                          hint="Een verband loopt tussen twee verschillende trends of thema's")
    return LinkEntry(source, target, kind, rationale, _reading(values.get("lezen"), path, line), line)


def _scalar(node: yaml.Node) -> str:
    return " ".join(str(node.value).split()) if isinstance(node, yaml.ScalarNode) else ""


def _reading(node: yaml.Node | None, path: Path, line: int) -> tuple[str, ...]:
    if node is None:
        return ()
    if isinstance(node, yaml.ScalarNode):
        return (_scalar(node),) if _scalar(node) else ()
    if isinstance(node, yaml.SequenceNode) and all(isinstance(n, yaml.ScalarNode) for n in node.value):
        return tuple(s for s in (_scalar(n) for n in node.value) if s)
    raise ConfigError("'lezen' is een titel of een lijst van titels of bron-ids", path=path, line=line)
