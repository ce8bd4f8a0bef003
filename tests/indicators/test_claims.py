"""The dashboard analysis of CBS 83648NED makes claims; recompute them from the shared statistics.

Each test parses the stated number out of the analysis text and recomputes it from the data files
(2010–2020 per municipality and per province, and the 2022 municipality values in the GeoJSON).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import replace
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from trendbeeld.extract import extract
from trendbeeld.indicators.compare import ClaimCheck, check_claims, rank
from trendbeeld.indicators.reading import read_table, read_with_report
from trendbeeld.indicators.verdicts import assess, describe
from trendbeeld.model import (
    Change,
    Direction,
    Figure,
    Observation,
    Series,
    Source,
    SourceMeta,
    Span,
    TrendStatement,
    Unit,
    evidence_id,
)

TEXT = "dashboard_crime_nl_analyse_83648NED_2010_2022.txt"
MUNICIPALITIES = "cbs83648_gemeenten_misdrijven_totaal_2010_2020.csv"
PROVINCES = "cbs83648_provincies_soort_misdrijf_2010_2020.csv"
GEOJSON = "cbs83648_gemeenten_2022_met_grenzen.geo.json"


@pytest.fixture(scope="module")
def real(shared: Path) -> Path:
    return shared / "corpus" / "real"


@pytest.fixture(scope="module")
def text(real: Path) -> str:
    return " ".join((real / "reports" / TEXT).read_text(encoding="utf-8").split())


@pytest.fixture(scope="module")
def municipal(real: Path) -> list[Series]:
    return read_table(real / "statistics" / MUNICIPALITIES)


@pytest.fixture(scope="module")
def year_2022(real: Path) -> dict[str, dict[str, object]]:
    """GM code → the 2022 properties of that municipality."""
    features = json.loads((real / "statistics" / GEOJSON).read_text(encoding="utf-8"))["features"]
    return {f["properties"]["statcode"]: f["properties"] for f in features}


def number(pattern: str, text: str, group: int = 1) -> float:
    match = re.search(pattern, text)
    assert match, f"claim not found in the text: {pattern}"
    return float(match.group(group).replace(",", "."))


def measure(series: list[Series], region: str, words: str) -> dict[str, float]:
    found = [s for s in series if s.region == region and s.indicator.lower().endswith(words)]
    assert len(found) == 1, (region, words, [s.indicator for s in found])
    return {o.period: o.value for o in found[0].observations}


def rate_2022(year_2022: dict[str, dict[str, object]], code: str) -> float:
    value = year_2022[code]["Misdrijven Per 1000 Inw"]
    assert isinstance(value, float)
    return value


Properties = dict[str, dict[str, object]]


def total(year_2022: Properties) -> float:
    """Registered crimes in 2022 summed over the municipalities."""
    counts = [p["Geregistreerde Misdrijven"] for p in year_2022.values()]
    return sum(c for c in counts if isinstance(c, float))


def decline_ranking(municipal: list[Series], year_2022: Properties) -> list[tuple[float, str]]:
    """(2022 rate − 2010 rate, code) for municipalities with both, largest decline first."""
    rates_2010 = {s.region: {o.period: o.value for o in s.observations}.get("2010") for s in municipal
                  if s.indicator.lower().endswith("per 1000 inw")}
    return sorted((rate_2022(year_2022, code) - start, code) for code, start in rates_2010.items()
                  if start is not None and code in year_2022 and year_2022[code]["Misdrijven Per 1000 Inw"])


def test_maastricht_fell_from_124_2_to_65_9_per_1000(text: str, municipal: list[Series],
                                                     year_2022: dict[str, dict[str, object]]) -> None:
    pattern = (r"Maastricht \((-?\d+\.\d)\).*?gedaald van (\d+\.\d) misdrijven per 1000 inwoners "
               r"naar (\d+\.\d)")
    stated_drop, stated_2010, stated_2022 = (number(pattern, text, g) for g in (1, 2, 3))
    maastricht = next(code for code, p in year_2022.items() if p["statnaam"] == "Maastricht")
    data_2010 = measure(municipal, maastricht, "per 1000 inw")["2010"]
    data_2022 = rate_2022(year_2022, maastricht)
    assert data_2010 == pytest.approx(stated_2010, abs=0.05)
    assert data_2022 == pytest.approx(stated_2022, abs=0.05)
    assert data_2022 - data_2010 == pytest.approx(stated_drop, abs=0.05)


def test_largest_and_second_largest_decline_since_2010(text: str, municipal: list[Series],
                                                       year_2022: dict[str, dict[str, object]]) -> None:
    first = re.search(r"grootste daling sinds 2010 is (\w+)", text)
    second = re.search(r"tweede plaats staat (\w+)", text)
    assert first and second
    ranking = decline_ranking(municipal, year_2022)
    assert len(ranking) > 250  # merged municipalities have no 2022 value
    names = [str(year_2022[code]["statnaam"]) for _, code in ranking[:2]]
    assert names == [first.group(1), second.group(1)]
    # the stated figures for the runner-up (80 → 31.2) are not those of 83648NED (2010: 86.0,
    # 2022: 30.2); the ranking holds, the numbers do not: keep the data's numbers visible here
    runner_up = ranking[1][1]
    stated = number(r"tweede plaats staat \w+ met een daling van (\d+) naar", text)
    assert measure(municipal, runner_up, "per 1000 inw")["2010"] != pytest.approx(stated, abs=0.5)


def test_amsterdam_and_rotterdam_stand_out_in_2022(text: str, year_2022: Properties) -> None:
    match = re.search(r"(\w+) \((\d+\.\d)\) en (\w+) \((\d+\.\d)\) springen er bovenuit", text)
    assert match
    stated = {match.group(1): float(match.group(2)), match.group(3): float(match.group(4))}
    series = [Series("misdrijven per 1000 inwoners", code, (Observation("2022", rate_2022(year_2022, code)),))
              for code, p in year_2022.items() if p["Misdrijven Per 1000 Inw"] is not None]
    top = rank(series, period="2022")[:2]
    assert [r.rank for r in top] == [1, 2]
    assert {str(year_2022[r.region]["statnaam"]): r.value for r in top} == pytest.approx(stated, abs=0.05)


def test_total_crime_2022_is_67_1_percent_of_2010(text: str, municipal: list[Series],
                                                 year_2022: dict[str, dict[str, object]]) -> None:
    stated = number(r"gedaald naar (\d+\.\d)% ten opzichte van 2010", text)
    national = measure(municipal, "NL01", "totaal geregistreerde misdrijven")
    total_2022 = total(year_2022)
    assert total_2022 / national["2010"] * 100 == pytest.approx(stated, abs=0.05)
    verdict = assess(Series("totaal", "NL01", tuple(Observation(p, v) for p, v in national.items())))
    assert verdict.direction is Direction.FALLING  # "aanzienlijk gedaald"


def test_total_crime_rose_2_5_percent_since_2018(text: str, municipal: list[Series],
                                                year_2022: dict[str, dict[str, object]]) -> None:
    stated = number(r"in deze periode in totaal zelfs met (\d+\.\d)% gestegen", text)
    national = measure(municipal, "NL01", "totaal geregistreerde misdrijven")
    total_2022 = total(year_2022)
    growth = (total_2022 / national["2018"] - 1) * 100
    # the municipalities' 2022 sum leaves out crimes that cannot be placed in a municipality
    assert growth == pytest.approx(stated, abs=0.1)
    assert growth > 0


def test_share_cleared_was_27_6_percent_in_2010(text: str, municipal: list[Series]) -> None:
    stated = number(r"opgehelderde misdrijven is tussen 2010 en 2021 licht gedaald van (\d+\.\d)%", text)
    cleared = measure(municipal, "NL01", "totaal opgehelderde misdrijven")["2010"]
    registered = measure(municipal, "NL01", "totaal geregistreerde misdrijven")["2010"]
    assert cleared / registered * 100 == pytest.approx(stated, abs=0.05)
    assert measure(municipal, "NL01", "opgehelderde misdrijven relatief")["2010"] == pytest.approx(stated)


def national_firearms(real: Path) -> Series:
    totals: dict[str, float] = defaultdict(float)
    for s in read_table(real / "statistics" / PROVINCES):
        name = s.indicator.lower()
        if name.startswith("vuurwapen") and name.endswith("totaal geregistreerde misdrijven"):
            for o in s.observations:
                totals[o.period] += o.value
    assert len(totals) == 11
    return Series("Vuurwapenmisdrijven — Totaal geregistreerde misdrijven", "NL01",
                  tuple(Observation(p, v) for p, v in sorted(totals.items())))


def test_firearm_crimes_fell_until_2017_and_rose_every_year_since(text: str, real: Path) -> None:
    stated_year = int(number(r"tot (\d{4}) Vuurwapenmisdrijven steeds minder vaak", text))
    firearms = national_firearms(real)
    values = {o.period: o.value for o in firearms.observations}
    assert min(values, key=values.__getitem__) == str(stated_year)
    after = [values[str(y)] for y in range(stated_year, 2021)]
    assert all(b > a for a, b in pairwise(after))  # "elk jaar een toename"
    verdict = assess(firearms)
    assert verdict.change_point == str(stated_year)
    assert f"Daalde tot {stated_year}, stijgt sindsdien." in describe(verdict)


def test_extracted_firearm_claim_is_checked_against_the_data(text: str, real: Path) -> None:
    source = Source.create("dashboard", (real / "reports" / TEXT).read_text(encoding="utf-8"))
    firearms = national_firearms(real)
    checks = check_claims(extract(source), [firearms])
    assert checks, "no statement matched the firearm series"
    verdict = assess(firearms)
    rising = [c for c in checks if c.claimed.value == "up" and "vaker" in c.text]
    assert rising
    for check in rising:
        assert check.indicator == firearms.indicator and check.verdict == verdict
        # 2010–2020 as a whole shows no significant trend: "komen juist vaker voor" is not confirmed
        assert verdict.direction is Direction.STABLE
        assert check.status == "niet bevestigd" and check.flagged


def test_claim_about_years_past_the_series_is_not_testable(text: str, real: Path) -> None:
    """'Tussen 2021 en 2022 …' against series that end in 2020: said so, never an IndexError."""
    source = Source.create("dashboard", (real / "reports" / TEXT).read_text(encoding="utf-8"))
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for s in read_table(real / "statistics" / MUNICIPALITIES):
        if " — totaal " in s.indicator.lower():  # counts, which add up to national totals
            for o in s.observations:
                totals[s.indicator][o.period] += o.value
    cleared = [Series(name, "NL01", tuple(Observation(p, v) for p, v in sorted(values.items())))
               for name, values in totals.items()]
    # The statement as the text makes it, with its exact place (independent of the extractor's wording).
    start = source.text.index("Tussen 2021 en 2022")
    end = source.text.index(".", start) + 1
    said = "daling in het aantal opgehelderde misdrijven"
    at = source.text.index(said, start)
    span = Span(source.id, at, at + len(said))
    item = TrendStatement(span, said, "aantal opgehelderde misdrijven", Change.DOWN)
    sentences = {evidence_id(item): source.text[start:end]}
    checks = check_claims([item], cleared, sentences=sentences)
    outside = [c for c in checks if c.evidence_id in sentences]
    assert outside, "the 2021–2022 statement matched no series"
    for check in outside:
        assert check.status == "niet te toetsen" and not check.flagged
        assert "niet bevat" in check.note and check.verdict.last_period == "2020"


# --------------------------------------------------------------------------- claims against the right series
# Invented statements, one per wording class, against the real statistics files read by the real
# importer: the 83648NED municipality file (2010–2020, with the total's share of itself, 100 % every
# year), 80344NED (2005–2011) and the police's national counts (2012–2023).

CBS_2005 = "cbs80344_politieregio_misdrijven_2005_2011.csv"
POLICE = "politie_nl_misdrijven_per_soort_2012_2023.csv"
Tables = dict[str, tuple[str | None, str | None, str | None]]


@pytest.fixture(scope="module")
def totals(real: Path) -> tuple[list[Series], Tables]:
    """The series of the total of all crimes (Nederland and Amersfoort) and the files' tables."""
    found: list[Series] = []
    tables: Tables = {}
    for name in (MUNICIPALITIES, CBS_2005, POLICE):
        series, report = read_with_report(real / "statistics" / name)
        tables[name] = (report.publisher, report.table_id, report.table_title)
        found += [replace(s, source=name) for s in series if s.region in ("NL01", "GM0307")
                  and "totaal" in s.indicator.lower().partition(" — ")[0]]
    return found, tables


def said(sentence: str, words: str, change: Change, *, published: date | None = None,
         before: str = "") -> tuple[TrendStatement, Source]:
    """``words`` of ``sentence`` as a trend statement, in a source (with ``before`` ahead of it)."""
    source = Source.create("uitspraak", before + sentence, SourceMeta(date=published))
    at = source.text.index(words, len(before))
    return TrendStatement(Span(source.id, at, at + len(words)), words, words, change), source


def check_one(statement: TrendStatement, source: Source, series: list[Series], tables: Tables) -> ClaimCheck:
    [check] = check_claims([statement], series, sources={source.id: source}, tables=tables)
    return check


def test_the_totals_share_of_itself_is_never_used(totals: tuple[list[Series], Tables]) -> None:
    series, tables = totals
    share = [s for s in series
             if s.region == "NL01" and s.indicator.endswith("Geregistreerde misdrijven relatief")]
    assert [{o.value for o in s.observations} for s in share] == [{100.0}]
    for sentence in ("Het aandeel misdrijven is tussen 2010 en 2020 gelijk gebleven.",
                     "Het percentage geregistreerde misdrijven is tussen 2010 en 2020 gestegen.",
                     "Het totale aantal misdrijven is sinds 2012 gestegen."):
        statement, source = said(sentence, sentence.rstrip("."), Change.UP)
        assert check_claims([statement], share, sources={source.id: source}) == []
        assert check_one(statement, source, series, tables).indicator != share[0].indicator


def test_the_series_covering_the_claimed_years_wins(totals: tuple[list[Series], Tables]) -> None:
    series, tables = totals
    sentence = "Het totale aantal misdrijven is sinds 2014 flink gedaald."
    since = check_one(*said(sentence, sentence[4:-1], Change.DOWN), series, tables)
    assert (since.indicator, since.verdict.first_period, since.verdict.last_period) == (
        "Totaal misdrijven", "2014", "2023")
    assert since.status == "bevestigd"
    assert since.note == ("de tekst zegt: daalt (sinds 2014); de reeks Totaal misdrijven "
                          "(Politie; Nederland, 2014–2023) is dalend")
    early = check_one(*said("Tussen 2005 en 2010 is het aantal misdrijven gedaald.",
                            "aantal misdrijven gedaald", Change.DOWN), series, tables)
    assert early.indicator == "Misdrijven, totaal — geregistreerde misdrijven"
    assert "(CBS 80344NED; Nederland, 2005–2010) is dalend" in early.note


def test_since_that_year_takes_the_year_named_before(totals: tuple[list[Series], Tables]) -> None:
    """'sinds dit jaar' refers back: the paragraph before names 2018; without it nothing is tested."""
    series, tables = totals
    before = "Verschuif de grafiek naar 2018 en de ontwikkeling sinds 2018 wordt zichtbaar. "
    sentence = "Het totale aantal misdrijven is sinds dit jaar gaan schommelen en is licht gestegen."
    words = "totale aantal misdrijven is sinds dit jaar gaan schommelen en is licht gestegen"
    check = check_one(*said(sentence, words, Change.UP, before=before), series, tables)
    assert (check.indicator, check.verdict.first_period) == ("Totaal misdrijven", "2018")
    assert check.status == "niet bevestigd" and check.flagged  # 2018–2023 fluctuates: stabiel
    alone = check_one(*said(sentence, words, Change.UP), series, tables)
    assert alone.status == "niet te toetsen" and not alone.flagged
    assert "sinds een jaar dat de tekst hier niet noemt" in alone.note


def test_the_measure_the_claim_speaks_of_wins(totals: tuple[list[Series], Tables]) -> None:
    series, tables = totals
    rate = check_one(*said("Het aantal misdrijven per 1.000 inwoners is tussen 2010 en 2020 gedaald.",
                           "aantal misdrijven per 1.000 inwoners", Change.DOWN), series, tables)
    assert rate.indicator == "Misdrijven, totaal — Geregistreerde misdrijven per 1000 inw"
    sentence = "Het aandeel opgehelderde misdrijven daalde van 27,6% naar 23,9% tussen 2010 en 2020."
    share = check_one(*said(sentence, "aandeel opgehelderde misdrijven daalde", Change.DOWN), series, tables)
    assert share.indicator == "Misdrijven, totaal — Opgehelderde misdrijven relatief"
    assert share.status == "niet bevestigd"  # 27.6 … 28.0 … 23.9: no tested trend
    sentence = "Het totale aantal misdrijven is tussen 2010 en 2020 gedaald."
    count = check_one(*said(sentence, sentence[4:-1], Change.DOWN), series, tables)
    assert count.indicator == "Misdrijven, totaal — Totaal geregistreerde misdrijven"
    for check in (rate, share, count):
        assert "CBS 83648NED; Nederland, 2010–2020" in check.note
        assert ".csv" not in check.note and "NL01" not in check.note


def test_partial_coverage_is_said(totals: tuple[list[Series], Tables]) -> None:
    series, tables = totals
    cbs = [s for s in series if s.indicator == "Misdrijven, totaal — Totaal geregistreerde misdrijven"]
    wider = check_one(*said("Tussen 2008 en 2020 is het totale aantal misdrijven gedaald.",
                            "het totale aantal misdrijven gedaald", Change.DOWN), cbs, tables)
    assert wider.status == "bevestigd"
    assert wider.note.endswith("is dalend (gedeeltelijk: de reeks dekt 2010–2020 van 2008–2020)")
    old = [s for s in series if s.indicator == "Misdrijven, totaal — geregistreerde misdrijven"]
    beyond = check_one(*said("Tussen 2010 en 2022 is het totale aantal misdrijven gedaald.",
                             "het totale aantal misdrijven gedaald", Change.DOWN), old, tables)
    assert beyond.status == "niet te toetsen" and not beyond.flagged
    assert beyond.note == ("de tekst zegt: daalt (2010–2022); de reeks dekt 2010–2011 van 2010–2022; "
                           "niet te toetsen")


def test_a_claim_about_a_place_is_checked_against_that_place(totals: tuple[list[Series], Tables]) -> None:
    series, tables = totals
    local = check_one(*said("Het aantal misdrijven in Amersfoort is tussen 2010 en 2020 gedaald.",
                            "aantal misdrijven in Amersfoort is tussen 2010 en 2020 gedaald", Change.DOWN),
                      series, tables)
    assert local.region == "GM0307" and "Amersfoort, 2010–2020" in local.note
    abroad, source = said("Het aantal misdrijven in Duitsland is gestegen.", "aantal misdrijven in Duitsland",
                          Change.UP)
    assert check_claims([abroad], series, sources={source.id: source}) == []


def test_last_year_in_a_dated_text_is_one_change_not_a_trend(totals: tuple[list[Series], Tables]) -> None:
    series, tables = totals
    check = check_one(*said("Het totale aantal misdrijven is vorig jaar gestegen.",
                            "totale aantal misdrijven is vorig jaar gestegen", Change.UP,
                            published=date(2020, 3, 1)), series, tables)
    assert (check.verdict.first_period, check.verdict.last_period) == ("2018", "2019")
    assert check.status == "niet te toetsen" and not check.flagged
    undated = check_one(*said("Het totale aantal misdrijven stijgt.", "totale aantal misdrijven stijgt",
                              Change.UP, published=date(2019, 5, 1)), series, tables)
    assert undated.note.startswith("de tekst van 2019 zegt: stijgt; de reeks Totaal misdrijven (Politie; "
                                   "Nederland, 2014–2019)")


def test_the_figures_of_a_claim_are_not_claims_of_their_own(totals: tuple[list[Series], Tables]) -> None:
    """'daalde van 27,6% naar 23,9%': the statement and its two figures give one line, the statement's."""
    series, tables = totals
    sentence = "Het aandeel opgehelderde misdrijven daalde van 27,6% naar 23,9% tussen 2010 en 2020."
    statement, source = said(sentence, "aandeel opgehelderde misdrijven daalde", Change.DOWN)
    figures = [Figure(Span(source.id, at, at + 5), source.text[at : at + 5], value, Unit.PERCENT,
                      indicator="opgehelderde misdrijven", direction=Change.DOWN)
               for value in (27.6, 23.9) if (at := source.text.index(f"{value}".replace(".", ","))) >= 0]
    checks = check_claims([*figures, statement], series, sources={source.id: source}, tables=tables)
    assert [(c.text, c.indicator) for c in checks] == [
        ("aandeel opgehelderde misdrijven daalde", "Misdrijven, totaal — Opgehelderde misdrijven relatief")]


def test_an_everyday_word_alone_is_no_claim_about_a_crime_type(real: Path) -> None:
    """The police's crime type '2.6.3 Water' against 'de vraag naar water stijgt' (no), and against a
    statement that names the number it speaks of (yes)."""
    water = [s for s in read_table(real / "statistics" / POLICE) if s.indicator == "2.6.3 Water"]
    assert len(water) == 1
    everyday, source = said("De vraag naar water stijgt.", "vraag naar water stijgt", Change.UP)
    assert check_claims([everyday], water, sources={source.id: source}) == []
    counted, source = said("Het aantal delicten met water is tussen 2012 en 2023 gedaald.",
                           "aantal delicten met water", Change.DOWN)
    [check] = check_claims([counted], water, sources={source.id: source})
    assert check.indicator == "2.6.3 Water" and check.verdict.first_period == "2012"
