"""Build ``src/trendbeeld/data/gazetteer.csv`` from the public region tables in the shared corpus.

Names and codes of Dutch municipalities, police units, safety regions and provinces are public
facts (CBS, Politie). The file ships with the package; rerun this script when the tables change:

    .venv/bin/python scripts/build_gazetteer.py [REGIONS_DIR]

Columns: ``name,code,level,parents,ambiguous``. ``parents`` is a ``;``-separated list of codes;
``ambiguous`` is 1 when the name is also an ordinary Dutch word ("Best", "Buren", "Leiden"), so
the extractor only accepts it after a word such as "gemeente", "regio" or "in".
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REGIONS = ROOT.parent / "shared" / "corpus" / "real" / "regions"
TARGET = ROOT / "src" / "trendbeeld" / "data" / "gazetteer.csv"
MUNICIPALITIES = "gemeenten_2023_veiligheidsregio_politie_eenheid.csv"
CBS_AREAS = "cbs85067_gebieden_in_nederland_2022.csv"
PROVINCE_CODES = {
    "Groningen": "PV20", "Fryslân": "PV21", "Drenthe": "PV22", "Overijssel": "PV23",
    "Flevoland": "PV24", "Gelderland": "PV25", "Utrecht": "PV26", "Noord-Holland": "PV27",
    "Zuid-Holland": "PV28", "Zeeland": "PV29", "Noord-Brabant": "PV30", "Limburg": "PV31",
}
SCOPES = (
    ("Nederland", "NL01", "land"),
    ("Europa", "EU", "scope"),
    ("Europese Unie", "EU", "scope"),
    ("wereldwijd", "WORLD", "scope"),
)
ALIASES = {"'s-Gravenhage": "Den Haag", "'s-Hertogenbosch": "Den Bosch"}
PROVINCE_ALIASES = {"Friesland": "Fryslân"}
# Region names that are also ordinary Dutch words (a verb, a noun or an adjective).
COMMON_WORDS = frozenset(
    [
        "Best", "Buren", "Putten", "Bergen", "Huizen", "Leiden", "Delft", "Goes", "Beek", "Stein",
        "Sluis", "Hoorn", "Duiven", "Kampen", "Houten", "Westland", "Waterland", "Horst", "Velsen",
        "Dongen"
    ]
)


def _is_common_word(name: str) -> bool:
    return name in COMMON_WORDS


def _rows_from_municipalities(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    rows: dict[tuple[str, str], dict[str, str]] = {}
    with path.open(encoding="utf-8") as handle:
        for record in csv.DictReader(handle):
            province = PROVINCE_ALIASES.get(record["province"].strip(), record["province"].strip())
            parents = [record["vr_code"], record["re_code"], PROVINCE_CODES.get(province, "")]
            add(rows, record["gm_name"], record["gm_code"], "gemeente", [p for p in parents if p])
            add(rows, record["vr_name"], record["vr_code"], "veiligheidsregio", ["NL01"])
            add(rows, record["re_name"], record["re_code"], "politie-eenheid", ["NL01"])
    return rows


def _add_cbs_areas(rows: dict[tuple[str, str], dict[str, str]], path: Path) -> None:
    with path.open(encoding="utf-8") as handle:
        for record in csv.DictReader(handle):
            name, code = record["Naam_2"].strip(), record["Code_1"].strip()
            add(rows, name, code, "gemeente", [])
            if name in ALIASES:
                add(rows, ALIASES[name], code, "gemeente", [])


def add(rows: dict[tuple[str, str], dict[str, str]], name: str, code: str, level: str,
        parents: list[str]) -> None:
    name = name.strip()
    if not name or (name, level) in rows:
        return
    rows[(name, level)] = {"name": name, "code": code.strip(), "level": level,
                           "parents": ";".join(parents), "ambiguous": ""}


def build(regions: Path) -> list[dict[str, str]]:
    rows = _rows_from_municipalities(regions / MUNICIPALITIES)
    if (regions / CBS_AREAS).exists():
        _add_cbs_areas(rows, regions / CBS_AREAS)
    for name, code in PROVINCE_CODES.items():
        add(rows, name, code, "provincie", ["NL01"])
    for name, code, level in SCOPES:
        add(rows, name, code, level, [])
    out = sorted(rows.values(), key=lambda r: (r["level"], r["name"]))
    for row in out:
        row["ambiguous"] = "1" if _is_common_word(row["name"]) else "0"
    return out


def main(argv: list[str]) -> int:
    regions = Path(argv[1]) if len(argv) > 1 else DEFAULT_REGIONS
    rows = build(regions)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with TARGET.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["name", "code", "level", "parents", "ambiguous"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} regio's geschreven naar {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
