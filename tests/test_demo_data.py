"""The demo corpus: its manifest parses, every file exists, and every figure is real.

The statistics files in ``data/demo/statistiek/`` are recomputed here from the real files in
``../shared/corpus/real`` (the recipes below are the only place the derivation is written down),
and the news headlines are looked up in the real news exports.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import frontmatter
import pytest
import yaml

from tests.conftest import require
from trendbeeld.model import AccessLevel, SourceType
from trendbeeld.sources.manifest import MANIFEST_NAME, load_manifest

DEMO = Path(__file__).resolve().parents[1] / "src" / "trendbeeld" / "data" / "demo"
REAL = ("corpus", "real")
HEADER = ["indicator", "region", "period", "value"]
Row = tuple[str, str, str, str]

# --------------------------------------------------------------------------- recipes

# Politie open data 47025NED, national annual counts
# (statistics/politie_nl_misdrijven_per_soort_2012_2023.csv)
NATIONAL_TYPES = {
    "Totaal misdrijven": "Geregistreerde misdrijven, totaal",
    "1.1.1 Diefstal/inbraak woning": "Woninginbraak",
    "1.2.4 Zakkenrollerij": "Zakkenrollerij",
    "1.4.4 Bedreiging": "Bedreiging",
    "1.4.5 Mishandeling": "Mishandeling",
    "1.4.6 Straatroof": "Straatroof",
    "1.4.7 Overval": "Overval",
    "2.2.1 Vernieling cq. zaakbeschadiging": "Vernieling en zaakbeschadiging",
    "2.5.2 Winkeldiefstal": "Winkeldiefstal",
    "3.1.1 Drugshandel": "Drugshandel",
    "3.1.3 Wapenhandel": "Wapenhandel",
    "3.7.4 Cybercrime": "Cybercrime",
    "3.9.1 Horizontale fraude": "Horizontale fraude",
}
# Politie "Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente" (StatLine exports 2022-2024)
UNIT_INDICATOR = "Geregistreerde misdrijven en aangiften, totaal"
UNIT_REGIONS = {
    "Nederland": "NL01",
    "Noord-Nederland (RE)": "RE01", "Oost-Nederland (RE)": "RE02", "Midden-Nederland (RE)": "RE03",
    "Noord-Holland (RE)": "RE04", "Amsterdam (RE)": "RE05", "Den Haag (RE)": "RE06",
    "Rotterdam (RE)": "RE07", "Zeeland - West-Brabant (RE)": "RE08", "Oost-Brabant (RE)": "RE09",
    "Limburg (RE)": "RE10",
    "Rotterdam": "GM0599", "Schiedam": "GM0606", "Vlaardingen": "GM0622",
    "Capelle aan den IJssel": "GM0502",
}
UNIT_FILES = (
    "politie_misdrijven_gemeente_eenheid_2022_2023_statline_export.csv",
    "politie_misdrijven_gemeente_eenheid_2024_statline_export.csv",
)
# CBS 83648NED per province (statistics/cbs83648_provincies_soort_misdrijf_2010_2020.csv)
PROVINCES = {
    "Groningen (PV)": "PV20", "Utrecht (PV)": "PV26", "Noord-Holland (PV)": "PV27",
    "Zuid-Holland (PV)": "PV28", "Limburg (PV)": "PV31",
}
PROVINCE_GROUPS = ("Vermogensmisdrijven", "Gewelds- en seksuele misdrijven", "Vernieling en beschadiging",
                   "Drugsmisdrijven", "Vuurwapenmisdrijven")
PROVINCE_MEASURES = {  # column -> indicator suffix
    "TotaalGeregistreerdeMisdrijven_1": "",
    "GeregistreerdeMisdrijvenPer1000Inw_3": " per 1.000 inwoners",
}
# CBS Veiligheidsmonitor per province (polls/cbs_veiligheidsmonitor_provincies_2015_2017.csv)
SURVEY_INDICATORS = {
    "Voelt zich wel eens onveilig": "Voelt zich wel eens onveilig (%)",
    "Voelt zich wel eens onveilig in buurt": "Voelt zich wel eens onveilig in de buurt (%)",
    "Vindt criminaliteit in buurt toegenomen": "Vindt criminaliteit in de buurt toegenomen (%)",
    "Rapportcijfer veiligheid in buurt": "Rapportcijfer veiligheid in de buurt",
}


def _number(text: str, decimals: int = 0) -> str:
    """A number as the demo writes it: integers plain, fractions rounded, decimal point."""
    value = round(float(text.replace(",", ".")), decimals)
    return f"{value:.{decimals}f}" if decimals else str(int(value))


def national_by_type(real: Path) -> list[Row]:
    path = real / "statistics" / "politie_nl_misdrijven_per_soort_2012_2023.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [(NATIONAL_TYPES[r["incident_type_code"]], "NL01", r["year"], _number(r["incident_count"]))
                for r in csv.DictReader(handle) if r["incident_type_code"] in NATIONAL_TYPES]
    order = list(NATIONAL_TYPES.values())
    return sorted(rows, key=lambda r: (order.index(r[0]), r[2]))


def _statline_rows(path: Path) -> Iterator[tuple[str, str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    periods = next(line for line in lines if line and line[0] == "Perioden")[1:]
    for line in lines:
        if line and line[0] in UNIT_REGIONS:
            for period, value in zip(periods, line[1:], strict=True):
                yield line[0], period, value


def units_and_municipalities(real: Path) -> list[Row]:
    rows = [(UNIT_INDICATOR, UNIT_REGIONS[name], period, _number(value))
            for file in UNIT_FILES for name, period, value in _statline_rows(real / "statistics" / file)]
    order = list(UNIT_REGIONS.values())
    return sorted(rows, key=lambda r: (order.index(r[1]), r[2]))


def provinces_by_group(real: Path) -> list[Row]:
    path = real / "statistics" / "cbs83648_provincies_soort_misdrijf_2010_2020.csv"
    rows: list[Row] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for r in csv.DictReader(handle):
            if r["RegioS"] in PROVINCES and r["SoortMisdrijf"] in PROVINCE_GROUPS:
                for column, suffix in PROVINCE_MEASURES.items():
                    decimals = 1 if suffix else 0
                    rows.append((r["SoortMisdrijf"] + suffix, PROVINCES[r["RegioS"]], r["Perioden"],
                                 _number(r[column], decimals)))
    return sorted(rows)


def survey_by_province(real: Path) -> list[Row]:
    path = real / "polls" / "cbs_veiligheidsmonitor_provincies_2015_2017.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        lines = list(csv.reader(handle))
    header = lines[0]
    rows: list[Row] = []
    for line in lines[1:]:
        label = line[0].strip("|").strip()
        if label not in SURVEY_INDICATORS:
            continue
        for column, cell in zip(header, line, strict=True):
            match = re.fullmatch(r"Waarde_(.+ \(PV\))_(\d{4})", column)
            if match and match.group(1) in PROVINCES:
                rows.append((SURVEY_INDICATORS[label], PROVINCES[match.group(1)], match.group(2),
                             _number(cell, 1)))
    return sorted(rows)


RECIPES: dict[str, Callable[[Path], list[Row]]] = {
    "statistiek/misdrijven.csv": lambda real: national_by_type(real) + units_and_municipalities(real),
    "statistiek/misdrijven-provincies.csv": provinces_by_group,
    "statistiek/veiligheidsmonitor-provincies.csv": survey_by_province,
}
NEWS_FILES = ("nl_news_rss_veiligheid_2016_2019.csv", "politie_nl_nieuwsberichten_2012_2019.csv")


def write_statistics(real: Path) -> None:
    """Regenerate the demo statistics files (run by hand: see the demo README)."""
    for relative, recipe in RECIPES.items():
        with (DEMO / relative).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(HEADER)
            writer.writerows(recipe(real))


# --------------------------------------------------------------------------- helpers


def _manifest_data() -> dict[str, Any]:
    data = yaml.safe_load((DEMO / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _read_rows(path: Path) -> tuple[list[str], list[Row]]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = list(csv.reader(handle))
    return lines[0], [(a, b, c, d) for a, b, c, d in lines[1:]]


# --------------------------------------------------------------------------- tests


def test_manifest_parses_with_the_project_loader() -> None:
    manifest = load_manifest(DEMO)
    assert manifest is not None
    assert manifest.defaults.access is AccessLevel.PUBLIC
    types = {meta.type for meta in manifest.files.values()}
    assert {SourceType.PUBLICATION, SourceType.NEWS, SourceType.STATISTICS} <= types
    assert sorted(manifest.indicators) == sorted(RECIPES)
    internal = [name for name, meta in manifest.files.items() if meta.access is AccessLevel.INTERNAL]
    assert internal, "the demo needs one internal source to show that public editions leave it out"


def test_every_listed_file_exists() -> None:
    data = _manifest_data()
    files = data["files"]
    indicators = data["indicators"]
    assert isinstance(files, dict)
    assert isinstance(indicators, list)
    for relative in [*files, *indicators]:
        assert (DEMO / relative).is_file(), relative


def test_every_file_in_the_folder_is_listed_or_excluded() -> None:
    data = _manifest_data()
    files = data["files"]
    assert isinstance(files, dict)
    listed = set(files) | set(data.get("indicators") or []) | {MANIFEST_NAME}
    excluded = set(data.get("exclude") or [])
    interviews = {p.relative_to(DEMO).as_posix() for p in (DEMO / "interviews").glob("*.md")}
    found = {p.relative_to(DEMO).as_posix() for p in DEMO.rglob("*") if p.is_file()}
    assert found - listed - excluded - interviews == set()


def test_interview_notes_have_front_matter() -> None:
    notes = sorted((DEMO / "interviews").glob("*.md"))
    assert len(notes) >= 2
    for note in notes:
        meta = frontmatter.loads(note.read_text(encoding="utf-8")).metadata
        assert {"name", "role", "organisation", "date"} <= set(meta), note.name
        assert "“" in note.read_text(encoding="utf-8") or '"' in note.read_text(encoding="utf-8")


@pytest.mark.parametrize("relative", sorted(RECIPES))
def test_statistics_equal_the_real_files(shared: Path, relative: str) -> None:
    real = shared.joinpath(*REAL)
    require(real.is_dir(), f"the real corpus is missing ({real})")
    header, rows = _read_rows(DEMO / relative)
    assert header == HEADER
    expected = RECIPES[relative](real)
    assert expected, f"recipe for {relative} found nothing in {real}"
    assert rows == expected


def test_news_headlines_are_real(shared: Path) -> None:
    real = shared.joinpath(*REAL, "news")
    require(real.is_dir(), f"the real news files are missing ({real})")
    known: set[tuple[str, str, str, str]] = set()
    for name in NEWS_FILES:
        with (real / name).open(encoding="utf-8", newline="") as handle:
            for r in csv.DictReader(handle):
                known.add((r["title"], r.get("outlet") or "politie.nl", r["published"][:10], r["url"]))
    with (DEMO / "nieuws.csv").open(encoding="utf-8", newline="") as handle:
        items = [(r["title"], r["outlet"], r["date"], r["url"]) for r in csv.DictReader(handle)]
    assert len(items) >= 10
    assert [item for item in items if item not in known] == []


def test_readme_names_every_real_source(shared: Path) -> None:
    readme = (DEMO / "README.md").read_text(encoding="utf-8")
    used = {"politie_nl_misdrijven_per_soort_2012_2023.csv", *UNIT_FILES,
            "cbs83648_provincies_soort_misdrijf_2010_2020.csv",
            "cbs_veiligheidsmonitor_provincies_2015_2017.csv", *NEWS_FILES}
    sources = shared.joinpath(*REAL, "SOURCES.md")
    require(sources.is_file(), f"SOURCES.md is missing ({sources})")
    listed = sources.read_text(encoding="utf-8")
    for name in sorted(used):
        assert name in listed, f"{name} is not in SOURCES.md"
        assert name in readme, f"the demo README does not name {name}"
