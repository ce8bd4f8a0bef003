"""Build ``src/trendbeeld/data/gazetteer.csv`` from the public region tables in the shared corpus.

Names and codes of Dutch municipalities, police units, safety regions and provinces are public
facts (CBS, Politie). The file ships with the package; rerun this script when the tables change:

    .venv/bin/python scripts/build_gazetteer.py [REGIONS_DIR]

Columns: ``name,code,level,parents,ambiguous``. ``parents`` is a ``;``-separated list of codes;
``ambiguous`` is 1 when the name is also an ordinary Dutch word ("Best", "Buren", "Leiden"), so
the extractor only accepts it after a word such as "gemeente", "regio" or "in".

It also writes ``woonplaatsen.csv`` (villages, towns and districts below the municipality, with the
municipality they lie in; see ``build_places``) and the indicator tables.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

import simplemma

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REGIONS = ROOT.parent / "shared" / "corpus" / "real" / "regions"
TARGET = ROOT / "src" / "trendbeeld" / "data" / "gazetteer.csv"
DATA = TARGET.parent
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
            unit = record["re_name"]
            add(rows, unit, record["re_code"], "politie-eenheid", ["NL01"])
            # "Zeeland - West-Brabant" is written "Zeeland-West-Brabant" in running text
            add(rows, unit.replace(" - ", "-"), record["re_code"], "politie-eenheid", ["NL01"])
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
    build_indicator_data(regions)
    build_places(regions, {row["name"] for row in rows})
    return 0


# --------------------------------------------------------------------------- indicators data
# region_names.csv: every region name StatLine and the police use (with their "(PV)", "(RE)" suffixes and
# old municipalities), population.csv: inhabitants per region (CBS, 1 January 2022), mergers.csv: old
# municipality codes and the municipality they merged into, derived from the 2024 wijk names (a wijk keeps
# the name of the municipality it once was) and the merger dates in the police region metadata.
POLICE_REGIONS = "politie_meta_regios_nl_ld_pv_re_gm_2024.csv"
POPULATION = "cbs_bevolking_per_regio_2022.csv"
NEIGHBOURHOODS = "politie47018_meta_wijken_en_buurten_2024.csv"
PREFIX_LEVELS = {"NL": "land", "LD": "landsdeel", "PV": "provincie", "RE": "politie-eenheid",
                 "GM": "gemeente", "VR": "veiligheidsregio"}
MERGER_DATE = re.compile(r"(?:Gemeentelijke herindeling|Ontstaan) per \d\d-\d\d-(\d{4})")


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in r.items() if k is not None} for r in csv.DictReader(handle)]


def _write(path: Path, fields: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} regels geschreven naar {path}")


def build_indicator_data(regions: Path) -> None:
    police = _read(regions / POLICE_REGIONS)
    population = _read(regions / POPULATION)
    names: dict[str, dict[str, str]] = {}
    for record in [*police, *({"Key": r["Key"], "Title": r["Regio"]} for r in population)]:
        code, name = record["Key"], record["Title"]
        level = PREFIX_LEVELS.get(code[:2])
        if level and name and name not in names:
            names[name] = {"name": name, "code": code, "level": level}
    _write(DATA / "region_names.csv", ["name", "code", "level"],
           sorted(names.values(), key=lambda r: r["code"]))
    _write(DATA / "population.csv", ["code", "name", "year", "population"], [
        {"code": r["Key"], "name": r["Regio"], "year": "2022", "population": str(int(float(r["Populatie"])))}
        for r in population if r["Populatie"]
    ])
    _write(DATA / "mergers.csv", ["old_code", "old_name", "new_code", "new_name", "year"],
           _mergers(police, population, _read(regions / NEIGHBOURHOODS)))


def _mergers(police: list[dict[str, str]], population: list[dict[str, str]],
             neighbourhoods: list[dict[str, str]]) -> list[dict[str, str]]:
    current = {r["Key"]: r for r in police if r["Key"].startswith("GM")}
    wards = [(r["Title"], r["Municipality"]) for r in neighbourhoods if r["Key"].startswith("WK")]
    out = []
    for record in population:
        code, name = record["Key"], re.sub(r" \(.*\)$", "", record["Regio"])
        if not code.startswith("GM") or code in current:
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.IGNORECASE)
        counts = Counter(m for title, m in wards if pattern.search(title) and m in current)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            continue
        new = current[ranked[0][0]]
        years = [int(y) for y in MERGER_DATE.findall(new["Description"])]
        out.append({"old_code": code, "old_name": record["Regio"], "new_code": new["Key"],
                    "new_name": new["Title"], "year": str(max(years)) if years else ""})
    return sorted(out, key=lambda r: r["old_code"])


# --------------------------------------------------------------------------- places below municipality level
# woonplaatsen.csv: villages, towns and districts (kernen) with the municipality they lie in, read from the
# CBS names of wijken and buurten (politie47018): CBS names a ward after its village ("Wijk 04 Ingen"), the
# scattered houses, outskirts and core of a village after it ("Verspreide huizen Anloo", "Buitengebied
# Achlum", "Kern Axel") and the parts of a town after the town ("Rosmalen-Zuid", "Bussum Centrum"); a
# municipality merged away is a town too ("Uden", "Bussum"). The extractor accepts these names only after
# "in", "te", "rond" or "nabij" (many are also words or surnames: "Veen", "Broek", "Made").
PLACES = "woonplaatsen.csv"
NL = "nl"
_AREA_OF_PLACE = re.compile(r"^(?:Verspreide huizen|Buitengebied|Kern|Dorpskern)[ -]+(?P<place>.+)$", re.I)
_NUMBERED_WARD = re.compile(r"^Wijk ?\d{1,2}[ -]+(?P<place>.+)$")
_COMPASS = r"(?:Noord|Zuid|Oost|West|Noordoost|Noordwest|Zuidoost|Zuidwest|Centrum|Midden)"
_PART_OF_PLACE = re.compile(rf"^(?P<place>.+?)[ -](?i:{_COMPASS})(?:[ -].*)?$")
_LIST_OF_PLACES = re.compile(r"[ ]+-[ ]+|[ ]*/[ ]*")  # "Amstenrade - Oirsbeek", "Hoog Soeren/Radio Kootwijk"
_TRAILER = re.compile(r"(?:[ -](?:[Kk]ern|[Dd]orp|e\.o\.|en omgeving|\(.*\)))+$")
# Words of a name of a place (capitalised, or a particle: "Alphen aan den Rijn", "'s-Heer Arendskerke")
_PLACE_WORD = re.compile(r"(?:'[st][ -])?(?:IJ|[A-ZÀ-Ý])[a-zà-ÿ'’]+(?:-[A-ZÀ-Ý]?[a-zà-ÿ'’]+)*"
                         r"|aan|den|de|op|bij|in|ter|ten|onder|over|het|van|en")
_GENERIC = frozenset((
    "Noord", "Zuid", "Oost", "West", "Centrum", "Midden", "Binnenstad", "Buitengebied", "Dorp", "Kern",
    "Stad", "Overig", "Haven", "Industrieterrein", "Bedrijventerrein", "Oude", "Nieuwe", "Landelijk",
    "Agrarisch", "Verspreide", "Recreatiegebied", "Bosgebied", "Natuurgebied", "Buurtschappen", "Polder",
    "Stadsdeel", "Noordoost", "Noordwest", "Zuidoost", "Zuidwest", "Noorden", "Zuiden", "Oosten", "Westen",
    # words of a ward's title that are no place ("Het", "Binnenland", "Randstad", "Stadskern")
    "Het", "Een", "Abdij", "Akkers", "Binnen", "Binnenland", "Buitenwijk", "Buitenwijken", "Buurtschap",
    "Dorpen", "Dorpscentrum", "Historisch", "Hoogbouw", "Industrie", "Lintbebouwing", "Medisch", "Nieuw",
    "Noordse", "Oud", "Plan", "Randstad", "Stadscentrum", "Stadskern", "Uitbreiding", "Veld", "Velden", "Zee",
    "Land", "Klein", "Havens", "Begraafplaats", "Bedrijventerreinen", "Industriegebieden",
    "Industrieterreinen",
))
_GENERIC_ENDS = ("buurt", "kwartier", "terrein", "gebied", "park", "polder", "straat", "laan", "plein",
                 "singel", "kade", "district")


def _place_name(raw: str) -> str | None:
    """The name of a place in a wijk or buurt title part, or None when it is no place's name."""
    name = _TRAILER.sub("", raw.strip()).strip(" -")
    words = name.replace("-", " ").split()
    if (len(name) < 3 or not all(_PLACE_WORD.fullmatch(w) or w in ("'s", "'t") for w in words)
            or any(w in _GENERIC for w in name.split()) or all(w in _GENERIC for w in words)
            or not words[-1][0].isupper()
            or not (name[0].isupper() or name[:3] in ("'s-", "'t ", "'s "))
            or name.lower().endswith(_GENERIC_ENDS)):
        return None
    return name


def _place_candidates(record: dict[str, str]) -> list[str]:
    """Names of places a wijk or buurt title carries ("Wijk 04 Ingen" → Ingen)."""
    title, key = record["Title"], record["Key"]
    out = [m.group("place") for m in (_AREA_OF_PLACE.match(title), _NUMBERED_WARD.match(title)) if m]
    part = _PART_OF_PLACE.match(out[-1] if out else title)
    if part:
        out.append(part.group("place"))
    if key.startswith("WK") and not out:
        out.append(title)  # a ward named after its village: "Veghel", "Uden", "Gaanderen"
    elif key.startswith("BU") and not out and " " not in title and not simplemma.is_known(title.lower(), NL):
        out.append(title)  # a neighbourhood named after its village ("Duivendrecht"), no word ("Akkers")
    return [part for name in out for part in _LIST_OF_PLACES.split(name)]


def build_places(regions: Path, known: set[str]) -> None:
    places: dict[str, set[str]] = {}
    municipalities: dict[str, str] = {}
    for record in _read(regions / NEIGHBOURHOODS):
        if record["Key"].startswith("GM"):
            municipalities[record["Key"]] = record["Title"]
            continue
        for raw in _place_candidates(record):
            name = _place_name(raw)
            if name and name not in known:
                places.setdefault(name, set()).add(record["Municipality"])
    for merger in _read(DATA / "mergers.csv"):  # a municipality merged away: "Uden" in Maashorst
        name = re.sub(r" \(.*\)$", "", merger["old_name"])
        if name not in known:
            places.setdefault(name, set()).add(merger["new_code"])
    _write(DATA / PLACES, ["name", "municipality"], [
        {"name": name, "municipality": ";".join(sorted(municipalities.get(c, c) for c in codes))}
        for name, codes in sorted(places.items())
    ])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
