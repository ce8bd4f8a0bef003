"""Region names and codes for tailoring, from the package gazetteer (name, code, level, parents)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from trendbeeld.errors import ConfigError

GAZETTEER = Path(__file__).resolve().parents[1] / "data" / "gazetteer.csv"
NATIONAL = "NL01"
# When a name is both a municipality and a larger region, the municipality is meant.
LEVEL_PREFERENCE = ("gemeente", "veiligheidsregio", "politie-eenheid", "provincie", "land")


@dataclass(frozen=True, slots=True)
class RegionRef:
    code: str
    name: str
    level: str
    parents: tuple[str, ...] = ()


@cache
def _gazetteer() -> tuple[RegionRef, ...]:
    if not GAZETTEER.is_file():
        return (RegionRef(NATIONAL, "Nederland", "land"),)
    with GAZETTEER.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r.get("level") in LEVEL_PREFERENCE]
    return tuple(
        RegionRef(
            r["code"], r["name"], r["level"], tuple(p for p in (r.get("parents") or "").split(";") if p)
        )
        for r in rows
    )


def resolve(text: str) -> RegionRef:
    """The region named or coded ``text`` (case-insensitive); ConfigError when unknown."""
    wanted = text.strip().casefold()
    found = [r for r in _gazetteer() if wanted in (r.code.casefold(), r.name.casefold())]
    if not found:
        raise ConfigError(
            f"regio '{text}' is onbekend",
            hint="Geef een gemeente, veiligheidsregio, politie-eenheid of provincie, of een code als GM0599",
        )
    return min(found, key=lambda r: LEVEL_PREFERENCE.index(r.level))


def name_of(code: str) -> str:
    """The name of region ``code``, or the code itself when unknown."""
    for region in _gazetteer():
        if region.code == code:
            return region.name
    return code


def by_code(code: str) -> RegionRef | None:
    """The region of ``code``, or None when the gazetteer does not know it."""
    return next((r for r in _gazetteer() if r.code == code), None)
