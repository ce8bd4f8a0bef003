"""The package's tables of region names, read once for every layer.

``data/gazetteer.csv`` lists the municipalities, safety regions, police units, provinces and the
country by every name the extractor looks for ("'s-Gravenhage" and "Den Haag" are one code), with
the codes of the regions each lies in (empty on a second name such as "Den Haag") and whether the
name is ambiguous ("Beek", "Stein"); a few rows of level ``scope`` name what lies beyond the country
("Europa", "wereldwijd"). ``data/region_names.csv`` lists every name StatLine and the police use,
old municipalities and the ``landsdeel`` level included, without parents. Both are public facts,
built by ``scripts/build_gazetteer.py``.

The sources (publishers named after a place), the extractor (places in text), the indicators (the
region hierarchy), the trends and the publisher (tailoring to a region) read the rows here, one
parsed copy per process, and keep only their own view of them.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["ALIASES", "RegionEntry", "gazetteer", "region_names"]

# Names in common use that the tables list in another form: the Dutch name of the province the
# tables list by its official Frisian name, the short names of two municipalities (the gazetteer
# lists them too, as second names; StatLine does not) and the safety regions as the police and
# CBS's politieregio's write them. Each reader looks a name up as written first.
ALIASES = {
    "Friesland": "Fryslân",
    "Den Haag": "'s-Gravenhage",
    "Den Bosch": "'s-Hertogenbosch",
    "Limburg-Zuid": "Zuid-Limburg",
    "Noord-Holland-Noord": "Noord-Holland Noord",
    "Zuid-Holland-Zuid": "Zuid-Holland Zuid",
}


@dataclass(frozen=True, slots=True)
class RegionEntry:
    """One name of a region: its code, its level ("gemeente", "veiligheidsregio", "politie-eenheid",
    "provincie", "land"; "scope" and "landsdeel" too), the codes of the regions it lies in and
    whether the name is ambiguous (both only in the gazetteer)."""

    name: str
    code: str
    level: str
    parents: tuple[str, ...] = ()
    ambiguous: bool = False


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("trendbeeld").joinpath("data").joinpath(name).read_text("utf-8")
    return [{k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(io.StringIO(text, newline=""))]


@cache
def gazetteer() -> tuple[RegionEntry, ...]:
    """The rows of ``data/gazetteer.csv`` in file order."""
    return tuple(
        RegionEntry(row["name"], row["code"], row["level"],
                    tuple(p for p in row["parents"].split(";") if p), row["ambiguous"] == "1")
        for row in _rows("gazetteer.csv")
    )


@cache
def region_names() -> tuple[RegionEntry, ...]:
    """The rows of ``data/region_names.csv`` in file order (no parents, none ambiguous)."""
    return tuple(RegionEntry(row["name"], row["code"], row["level"]) for row in _rows("region_names.csv"))
