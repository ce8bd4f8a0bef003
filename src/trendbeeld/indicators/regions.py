"""The region hierarchy: municipality → safety region / police unit → province → the Netherlands (NL01).

Shipped as package data built by ``scripts/build_gazetteer.py`` from the CBS and police region tables:
``gazetteer.csv`` (regions and their parents), ``region_names.csv`` (every name StatLine and the police
use, old municipalities included; both parsed by :mod:`trendbeeld.regiondata`), ``population.csv``
(inhabitants, 1 January 2022) and ``mergers.csv`` (municipal mergers: old code → the municipality it
became part of, with the year).

Aggregation sums municipalities up the hierarchy, only for counts (unit ``count``): rates and
percentages cannot be summed. Codes of "niet in te delen" and "buitenland" are kept as regions of their
own but never added to a parent.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from trendbeeld import regiondata
from trendbeeld.errors import ConfigError
from trendbeeld.model import Observation, Region, RegionLevel, Series, Unit

NATIONAL = "NL01"
CODE = re.compile(r"^(NL\d\d|NL00|GM\d{4}|RE\d\d|PV\d\d|VR\d\d|LD\d\d|LDG4|WK\d{6}|BU\d{8}|PO\d\d|CR\d\d)$")
_SUFFIX = re.compile(r"^(?P<name>.*?)\s*\((?P<tag>PV|RE|LD|GM|PO|CR|gemeente|provincie)\)$", re.IGNORECASE)
_TAG_LEVELS = {
    "pv": "provincie", "provincie": "provincie", "re": "politie-eenheid", "ld": "landsdeel",
    "gm": "gemeente", "gemeente": "gemeente",
    # CBS's politieregio's (1993-2012, tables to 2011) had the borders of the 25 safety regions
    # of the same name: "Rotterdam-Rijnmond (PO)" is VR17.
    "po": "veiligheidsregio",
}
_LEVEL_ORDER = ("gemeente", "veiligheidsregio", "politie-eenheid", "provincie", "land", "landsdeel")
_ALIASES = {name.lower(): listed.lower() for name, listed in regiondata.ALIASES.items()}  # as resolve reads
UNALLOCATED = frozenset({"GM0998", "GM0999", "PV99", "RE99", "LD99", "VR99"})


@dataclass(frozen=True, slots=True)
class Merger:
    """A municipal merger (gemeentelijke herindeling): ``old`` became part of ``new`` in ``year``."""

    old: str
    old_name: str
    new: str
    new_name: str
    year: int | None


def _data(name: str) -> list[dict[str, str]]:
    text = resources.files("trendbeeld").joinpath("data").joinpath(name).read_text("utf-8")
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(text.splitlines())]


@lru_cache(maxsize=1)
def _regions() -> dict[str, Region]:
    out: dict[str, Region] = {}
    for entry in regiondata.gazetteer():
        known = out.get(entry.code)
        if entry.level not in {level.value for level in RegionLevel} or (known and known.parents):
            continue
        out[entry.code] = Region(entry.code, entry.name, RegionLevel(entry.level), entry.parents)
    for entry in regiondata.region_names():
        code = entry.code
        if code not in out and entry.level in {level.value for level in RegionLevel}:
            parents = () if code == NATIONAL or code in UNALLOCATED else (NATIONAL,)
            out[code] = Region(code, entry.name, RegionLevel(entry.level), parents)
    return out


@lru_cache(maxsize=1)
def _names() -> dict[str, dict[str, str]]:
    """Lower-cased name → {level: code}; the first name wins per level."""
    names: dict[str, dict[str, str]] = defaultdict(dict)
    for entry in regiondata.region_names():
        names[entry.name.lower()].setdefault(entry.level, entry.code)
    for entry in regiondata.gazetteer():
        if entry.level in _LEVEL_ORDER:
            names[entry.name.lower()].setdefault(entry.level, entry.code)
    return dict(names)


@lru_cache(maxsize=1)
def mergers() -> dict[str, Merger]:
    """Old municipality code → its merger."""
    return {
        row["old_code"]: Merger(row["old_code"], row["old_name"], row["new_code"], row["new_name"],
                                int(row["year"]) if row["year"] else None)
        for row in _data("mergers.csv")
    }


@lru_cache(maxsize=1)
def inhabitants() -> dict[str, float]:
    """Inhabitants per region code on 1 January 2022 (CBS)."""
    return {row["code"]: float(row["population"]) for row in _data("population.csv")}


def current_code(code: str) -> str:
    """The municipality an old municipality code became part of (following later mergers too)."""
    seen = {code}
    table = mergers()
    while code in table:
        code = table[code].new
        if code in seen:
            break
        seen.add(code)
    return code


def resolve(text: str) -> str | None:
    """The region code for a code or a name as StatLine and the police write it, or None."""
    cleaned = " ".join(text.split())
    upper, lowered = cleaned.upper(), cleaned.lower()
    names = _names()
    match = _SUFFIX.match(cleaned)
    found: str | None = None
    if not cleaned:
        found = None
    elif CODE.match(upper):
        found = upper
    elif lowered in names:
        found = _preferred(names[lowered])
    elif match:
        level = _TAG_LEVELS.get(match["tag"].lower())
        base = match["name"].lower()
        found = names.get(_ALIASES.get(base, base), {}).get(level or "")
    elif lowered.startswith("niet in te delen"):
        found = "GM0999"
    elif _ALIASES.get(lowered, lowered) in names:
        found = _preferred(names[_ALIASES.get(lowered, lowered)])
    return found


def _preferred(levels: Mapping[str, str]) -> str:
    for level in _LEVEL_ORDER:
        if level in levels:
            return levels[level]
    return next(iter(levels.values()))


def region(code: str) -> Region | None:
    return _regions().get(code) or _regions().get(current_code(code))


def name_of(code: str) -> str:
    """The region's name, or the code itself when unknown."""
    if code in mergers():
        return mergers()[code].old_name
    found = _regions().get(code)
    return found.name if found else code


def level_of(code: str) -> RegionLevel | None:
    if code in mergers():
        return RegionLevel.MUNICIPALITY
    found = _regions().get(code)
    return found.level if found else None


def is_unallocated(code: str) -> bool:
    """True for "niet in te delen" and "buitenland": kept as their own region, never aggregated."""
    return code in UNALLOCATED or (code.endswith("99") and code[:2] in {"PV", "RE", "LD", "VR"})


def parents(code: str) -> tuple[str, ...]:
    """All regions ``code`` lies in, nearest first, ending with NL01 (old municipalities via their merger)."""
    if is_unallocated(code) or code == NATIONAL:
        return ()
    start = _regions().get(current_code(code))
    if start is None:
        return ()
    out: list[str] = [start.code] if start.code != code else []
    queue = list(start.parents)
    while queue:
        parent = queue.pop(0)
        if parent in out or parent == code:
            continue
        out.append(parent)
        found = _regions().get(parent)
        if found:
            queue.extend(found.parents)
    if NATIONAL in out:
        out.remove(NATIONAL)
        out.append(NATIONAL)
    return tuple(out)


def parent_at(code: str, level: RegionLevel | str) -> str | None:
    """The region at ``level`` that ``code`` lies in (the code itself when it is at that level)."""
    wanted = RegionLevel(level)
    if wanted is RegionLevel.COUNTRY:
        return None if is_unallocated(code) else NATIONAL
    current = current_code(code)
    if level_of(current) is wanted:
        return current
    for parent in parents(code):
        if level_of(parent) is wanted:
            return parent
    return None


def aggregate(series: Iterable[Series], level: RegionLevel | str) -> list[Series]:
    """Sum municipal count series up to ``level``, with mergers applied.

    Only series with unit ``count`` at municipality level take part. A period of a region is summed
    only when every municipality of that region present in the input has a value for it, so that a
    missing municipality never shows up as a fall. ``level`` "gemeente" merges old municipalities into
    the current ones. Provisional values make the sum provisional.
    """
    groups: dict[tuple[str, str], list[Series]] = defaultdict(list)
    for s in series:
        if s.unit != Unit.COUNT.value or level_of(s.region) is not RegionLevel.MUNICIPALITY:
            continue
        if is_unallocated(s.region):
            continue
        target = parent_at(s.region, level)
        if target is not None:
            groups[(s.indicator, target)].append(s)
    out = []
    for (indicator, target), members in sorted(groups.items()):
        out.append(_sum(indicator, target, members))
    return [s for s in out if s.observations]


def _sum(indicator: str, target: str, members: list[Series]) -> Series:
    # Old municipalities that merged are one member with their successor for the periods they cover.
    by_current: dict[str, dict[str, tuple[float, bool]]] = defaultdict(dict)
    for member in members:
        into = by_current[current_code(member.region)]
        for o in member.observations:
            value, provisional = into.get(o.period, (0.0, False))
            into[o.period] = (value + o.value, provisional or o.provisional)
    periods = sorted({p for values in by_current.values() for p in values})
    observations = []
    for period in periods:
        if not all(period in values for values in by_current.values()):
            continue
        total = sum(values[period][0] for values in by_current.values())
        provisional = any(values[period][1] for values in by_current.values())
        observations.append(Observation(period, total, provisional))
    sources = sorted({m.source for m in members if m.source})
    access = _strictest(m.access for m in members)
    return Series(indicator, target, tuple(observations), unit=Unit.COUNT.value,
                  source="; ".join(sources) or None, access=access)


def _strictest(levels: Iterable[str | None]) -> str | None:
    from trendbeeld.model import AccessLevel

    known = [AccessLevel(level) for level in levels if level]
    return max(known, key=lambda a: a.rank).value if known else None


def per_1000(series: Series, population: Mapping[str, float] | None = None) -> Series:
    """The series per 1,000 inhabitants (default: CBS population on 1 January 2022)."""
    table = population if population is not None else inhabitants()
    count = table.get(series.region) or table.get(current_code(series.region))
    if not count:
        raise ConfigError(
            f"geen inwonertal bekend voor regio {series.region} ({name_of(series.region)})",
            hint="Geef een tabel met inwoners per regiocode mee",
        )
    observations = tuple(
        Observation(o.period, o.value / count * 1000, o.provisional) for o in series.observations
    )
    return Series(f"{series.indicator} per 1.000 inwoners", series.region, observations,
                  unit=Unit.PER_1000.value, source=series.source, access=series.access)
