"""Region names and codes for tailoring, from the package gazetteer (name, code, level, parents;
:mod:`trendbeeld.regiondata`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from trendbeeld import regiondata
from trendbeeld.errors import ConfigError

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
    return tuple(RegionRef(entry.code, entry.name, entry.level, entry.parents)
                 for entry in regiondata.gazetteer() if entry.level in LEVEL_PREFERENCE)


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
