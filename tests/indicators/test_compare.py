"""Region against country, rankings, registration against survey, text claims against data."""

from __future__ import annotations

from pathlib import Path

import pytest

from trendbeeld.errors import ConfigError
from trendbeeld.indicators.compare import (
    NOT_UNAMBIGUOUS,
    against_national,
    check_claims,
    check_pairs,
    contradictions,
    is_count,
    load_pairs,
    rank,
    rate_comparison,
)
from trendbeeld.indicators.reading import read_table
from trendbeeld.indicators.verdicts import assess
from trendbeeld.model import Change, Direction, Figure, Observation, Series, Span, TrendStatement, Unit


def series(indicator: str, region: str, values: list[float], start: int = 2010) -> Series:
    observations = tuple(Observation(str(start + i), float(v)) for i, v in enumerate(values))
    return Series(indicator, region, observations)


def test_region_against_national_on_real_rates(shared: Path) -> None:
    path = shared / "corpus" / "real" / "statistics" / "cbs83648_gemeenten_misdrijven_totaal_2010_2020.csv"
    rates = {s.region: s for s in read_table(path) if s.indicator.endswith("per 1000 inw")}
    maastricht, national = rates["GM0935"], rates["NL01"]
    result = against_national(maastricht, national)
    own = {o.period: o.value for o in maastricht.observations}
    country = {o.period: o.value for o in national.observations}
    assert (result.first_period, result.last_period) == ("2010", "2020")
    assert dict(result.index)["2010"] == pytest.approx(own["2010"] / country["2010"] * 100)
    region_growth = (own["2020"] / own["2010"] - 1) * 100
    national_growth = (country["2020"] / country["2010"] - 1) * 100
    assert result.growth_gap_pp == pytest.approx(region_growth - national_growth)
    assert result.growth_gap_pp is not None and result.growth_gap_pp < 0  # Maastricht fell faster


def test_region_against_national_uses_common_periods_only() -> None:
    region = series("x", "GM0001", [10, 12, 14, 16], start=2012)
    national = series("x", "NL01", [100, 100, 100, 100, 100, 100, 200], start=2010)  # 2016: not common
    result = against_national(region, national)
    assert [p for p, _ in result.index] == ["2012", "2013", "2014", "2015"]
    assert result.national_growth_pct == 0 and result.region_growth_pct == pytest.approx(60)
    with pytest.raises(ConfigError, match="geen gemeenschappelijke perioden"):
        against_national(series("x", "GM0001", [1], start=1990), national)


def test_rank_by_value_and_rate_with_ties() -> None:
    data = [series("x", code, [v]) for code, v in [("A", 10), ("B", 30), ("C", 30), ("D", 5)]]
    rows = rank(data)
    assert [(r.rank, r.region, r.tied) for r in rows] == [(1, "B", True), (1, "C", True), (3, "A", False),
                                                           (4, "D", False)]
    by_rate = rank(data, by="rate", population={"A": 1000, "B": 3000, "C": 6000})
    assert [(r.rank, r.region) for r in by_rate] == [(1, "A"), (1, "B"), (3, "C")]  # D has no population
    assert by_rate[0].value == pytest.approx(10.0) and by_rate[0].tied
    assert rank(data, descending=False)[0].region == "D"
    with pytest.raises(ConfigError):
        rank(data, by="rate")


def test_rank_real_municipalities_by_rate(shared: Path) -> None:
    path = shared / "corpus" / "real" / "statistics" / "politie47018_gemeenten_2023_misdrijven_gini.csv"
    table = read_table(path)
    crimes = [s for s in table if s.indicator == "misdaad"]
    population = {s.region: s.observations[0].value for s in table if s.indicator == "bevolking"}
    rows = rank(crimes, by="rate", population=population)
    assert len(rows) == len(crimes)
    rates = {s.region: s.observations[0].value / population[s.region] * 1000 for s in crimes}
    assert rows[0].region == max(rates, key=rates.__getitem__)
    assert [r.value for r in rows] == sorted(rates.values(), reverse=True)


def test_pairs_from_yaml_and_contradiction(tmp_path: Path) -> None:
    config = tmp_path / "paren.yaml"
    config.write_text("pairs:\n  woninginbraak:\n    registration: aangiften inbraak\n"
                      "    survey: slachtoffers inbraak\n  geweld: [aangiften geweld, slachtoffers geweld]\n",
                      encoding="utf-8")
    pairs = load_pairs(config)
    assert [(p.phenomenon, p.registration, p.survey) for p in pairs] == [
        ("woninginbraak", "aangiften inbraak", "slachtoffers inbraak"),
        ("geweld", "aangiften geweld", "slachtoffers geweld"),
    ]
    data = [
        series("aangiften inbraak", "PV26", [100, 95, 90, 84, 80, 75, 70]),  # registrations fall
        series("slachtoffers inbraak", "PV26", [3.0, 3.2, 3.3, 3.5, 3.6, 3.9, 4.1]),  # victims rise
        series("aangiften geweld", "PV26", [50, 52, 55, 57, 60, 61, 64]),
        series("slachtoffers geweld", "PV26", [2.0, 2.1, 2.3, 2.4, 2.6, 2.7, 2.9]),
    ]
    checks = {c.pair.phenomenon: c for c in check_pairs(pairs, data)}
    assert checks["woninginbraak"].status == NOT_UNAMBIGUOUS
    assert checks["geweld"].status == "eenduidig"
    found = contradictions(pairs, data)
    assert len(found) == 1
    assert found[0].registration.direction is Direction.FALLING
    assert found[0].survey.direction is Direction.RISING
    assert NOT_UNAMBIGUOUS in found[0].note and "registratie dalend" in found[0].note


def test_bad_pair_config_names_the_file(tmp_path: Path) -> None:
    config = tmp_path / "paren.yaml"
    config.write_text("woninginbraak:\n  registration: aangiften\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="survey") as error:
        load_pairs(config)
    assert str(config) in str(error.value)


def test_real_registration_and_survey_are_too_short_to_compare(shared: Path) -> None:
    real = shared / "corpus" / "real"
    crimes = read_table(real / "statistics" / "cbs80344_politieregio_misdrijven_2005_2011.csv")
    registered = [s for s in crimes
                  if s.indicator == "Misdrijven, totaal — geregistreerde misdrijven per 1 000 inwoners"]
    survey = read_table(real / "polls" / "cbs80169_ivm_slachtofferschap_politieregio_2008_2011.csv")
    victims = [s for s in survey
               if s.indicator.endswith("Slachtofferschap totaal")]
    assert registered and victims
    pairs = load_pairs({"criminaliteit": {"registration": registered[0].indicator,
                                          "survey": victims[0].indicator}})
    checks = check_pairs(pairs, registered + victims)
    assert checks  # the old police regions (PO) occur in both files
    for check in checks:
        # the victim survey covers 2008–2011: four years, below the five the test needs
        assert check.status == "te weinig gegevens" and check.survey.n < 5
    assert contradictions(pairs, registered + victims) == []


def span(text: str) -> Span:
    return Span("bron", 0, len(text))


def test_claim_that_burglary_rises_is_contradicted_by_falling_data() -> None:
    burglary = series("Woninginbraken — Geregistreerde misdrijven", "NL01", [900, 850, 800, 760, 700, 650])
    violence = series("Geweldsmisdrijven — Geregistreerde misdrijven", "NL01", [300, 310, 320, 330, 345, 350])
    rising = TrendStatement(span("woninginbraken nemen toe"), "woninginbraken nemen toe", "woninginbraken",
                            Change.UP)
    falling = TrendStatement(span("geweldsmisdrijven nemen af"), "geweldsmisdrijven nemen af",
                             "geweldsmisdrijven", Change.DOWN)
    agreeing = Figure(span("12 procent meer geweldsmisdrijven"), "12 procent meer geweldsmisdrijven", 12.0,
                      Unit.PERCENT, indicator="geweldsmisdrijven", direction=Change.UP)
    unrelated = TrendStatement(span("het vertrouwen daalt"), "het vertrouwen daalt", "vertrouwen",
                               Change.DOWN)
    checks = check_claims([rising, falling, agreeing, unrelated], [burglary, violence])
    by_text = {c.text: c for c in checks}
    assert set(by_text) == {"woninginbraken nemen toe", "geweldsmisdrijven nemen af",
                            "12 procent meer geweldsmisdrijven"}
    assert by_text["woninginbraken nemen toe"].status == "tegengesproken"
    assert by_text["woninginbraken nemen toe"].flagged
    assert by_text["woninginbraken nemen toe"].indicator == burglary.indicator
    assert by_text["woninginbraken nemen toe"].verdict == assess(burglary)
    assert by_text["geweldsmisdrijven nemen af"].status == "tegengesproken"
    assert by_text["12 procent meer geweldsmisdrijven"].status == "bevestigd"
    assert not by_text["12 procent meer geweldsmisdrijven"].flagged


def test_claim_with_since_year_uses_that_part_of_the_series() -> None:
    burglary = series("Woninginbraken", "NL01", [900, 850, 800, 760, 700, 650, 660, 680, 700, 720, 745])
    claim = TrendStatement(span("sinds 2015 stijgen woninginbraken"), "sinds 2015 stijgen woninginbraken",
                           "woninginbraken", Change.UP)
    [check] = check_claims([claim], [burglary])
    assert check.verdict.first_period == "2015" and check.status == "bevestigd"
    whole = assess(burglary)
    assert whole.direction is not Direction.RISING  # over all years it is not rising


def test_regional_claim_only_matches_that_region() -> None:
    national = series("Woninginbraken", "NL01", [9, 8, 7, 6, 5, 4])
    maastricht = series("Woninginbraken", "GM0935", [1, 2, 3, 4, 5, 6])
    claim = Figure(span("in Maastricht meer woninginbraken"), "in Maastricht meer woninginbraken", 6.0,
                   Unit.COUNT, indicator="woninginbraken", region="Maastricht", direction=Change.UP)
    [check] = check_claims([claim], [national, maastricht])
    assert check.region == "GM0935" and check.status == "bevestigd"


def test_the_sentence_of_a_figure_sets_the_years_it_speaks_about() -> None:
    burglary = series("Woninginbraken", "NL01", [900, 850, 800, 760, 700, 650, 660, 680, 700, 720, 745])
    sentence = "Sinds het dieptepunt van 1.650 woninginbraken in 2015 stijgt het aantal weer."
    figure = Figure(span("1.650 woninginbraken"), "1.650 woninginbraken", 1650.0, Unit.COUNT,
                    indicator="woninginbraken", direction=Change.UP)
    [alone] = check_claims([figure], [burglary])
    assert alone.status == "niet bevestigd", "over the whole series burglary is not rising"
    [check] = check_claims([figure], [burglary], sentences={alone.evidence_id: sentence})
    assert check.verdict.first_period == "2015" and check.status == "bevestigd"


def test_absolute_counts_are_compared_as_rates_per_1000_inhabitants(shared: Path) -> None:
    """Rotterdam's registered crimes against the country: a count, so the comparison goes per 1,000."""
    path = shared / "corpus" / "real" / "statistics" / "cbs83648_gemeenten_misdrijven_totaal_2010_2020.csv"
    found = read_table(path)
    counts = {s.region: s for s in found if s.indicator.endswith("Totaal geregistreerde misdrijven")}
    rates = {s.region: s for s in found if s.indicator.endswith("per 1000 inw")}
    rotterdam, national = counts["GM0599"], counts["NL01"]
    assert is_count(rotterdam) and not is_count(rates["GM0599"])
    by_rate = rate_comparison(rotterdam, national)
    assert by_rate is not None
    raw = dict(against_national(rotterdam, national).index)
    # Rotterdam holds about 4% of the country's crimes but has far more per inhabitant than the country.
    assert raw["2020"] < 10
    from_rates = dict(against_national(rates["GM0599"], rates["NL01"]).index)
    for period, index in by_rate.index:
        # Computed from the 2022 population, close to CBS's own per-1,000 rates of each year.
        assert index == pytest.approx(from_rates[period], rel=0.15)
    assert dict(by_rate.index)["2020"] > 100


def test_rate_comparison_without_population_says_so() -> None:
    unknown = series("Aantal meldingen", "XX99", [5, 6, 7])
    national = series("Aantal meldingen", "NL01", [500, 600, 700])
    assert is_count(unknown)
    assert rate_comparison(unknown, national) is None


def test_cli_compare_on_counts_warns_and_gives_the_rate(shared: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from trendbeeld import indicators
    from trendbeeld.cli import cli
    from trendbeeld.store import open_store

    db = str(tmp_path / "t.db")
    store = open_store(db)
    path = shared / "corpus" / "real" / "statistics" / "cbs83648_gemeenten_misdrijven_totaal_2010_2020.csv"
    indicators.import_file(store, path)
    store.close()
    counts = "Misdrijven, totaal — Totaal geregistreerde misdrijven"
    result = CliRunner().invoke(cli, ["indicators", "compare", counts, "--region", "Rotterdam", "--db", db])
    assert result.exit_code == 0, result.output
    assert "let op: dit zijn absolute aantallen" in result.output
    assert "Per 1.000 inwoners (inwonertal 1 januari 2022), index Nederland = 100:" in result.output
    rates = "Misdrijven, totaal — Geregistreerde misdrijven per 1000 inw"
    plain = CliRunner().invoke(cli, ["indicators", "compare", rates, "--region", "Rotterdam", "--db", db])
    assert plain.exit_code == 0 and "absolute aantallen" not in plain.output
