"""``trendbeeld indicators``: batch import with a Dutch summary, list, show and the assess contract."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tests.indicators._pairs import disagreeing_pair
from trendbeeld.cli import cli

KEYS = {"indicator", "region", "first_period", "last_period", "n", "direction", "slope_per_period",
        "slope_ci", "p_value", "yoy_pct", "change_pct"}


def test_import_goes_on_after_a_bad_file(tmp_path: Path, shared: Path) -> None:
    bad = tmp_path / "fout.csv"
    bad.write_text("indicator,region,period,value\nA,NL01,2021,1\nA,NL01,2022,twee\n", encoding="utf-8")
    good = shared / "corpus" / "real" / "statistics" / "politie_nl_overlast_per_soort_2012_2023.csv"
    db = str(tmp_path / "t.db")
    result = CliRunner().invoke(cli, ["indicators", "import", str(bad), str(good), "--db", db])
    assert result.exit_code == 1
    assert "regel 3" in result.output and "kolom value" in result.output
    assert "Klaar: 1 van 2 bestanden geïmporteerd (9 reeksen, 108 waarnemingen); 1 mislukt." in result.output
    listed = CliRunner().invoke(cli, ["indicators", "list", "--db", db])
    assert listed.exit_code == 0 and "Totaal registraties overlast  (1 reeks)" in listed.output
    shown = CliRunner().invoke(cli, ["indicators", "show", "Totaal registraties overlast", "--region",
                                     "Nederland", "--db", db])
    assert shown.exit_code == 0 and "2012: 279.325" in shown.output


def test_assess_json_contract() -> None:
    demo = Path(__file__).resolve().parents[2] / "src" / "trendbeeld" / "data" / "demo" / "statistiek"
    args = ["indicators", "assess", str(demo / "misdrijven.csv"), "--format", "json"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert isinstance(records, list) and len(records) == 28
    for record in records:
        assert set(record) == KEYS
        assert record["direction"] in {"rising", "falling", "stable", "insufficient"}


def test_assess_table_is_dutch(tmp_path: Path) -> None:
    table = tmp_path / "reeks.csv"
    rows = [(2015, 10), (2016, 12), (2017, 11), (2018, 14), (2019, 15), (2020, 17)]
    table.write_text("indicator,region,period,value\n" + "".join(f"inbraak,GM0599,{y},{v}\n" for y, v in rows)
                     + "inbraak,NL01,2020,1\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["indicators", "assess", str(table)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "inbraak — Rotterdam (GM0599) (2015–2020, n=6): stijgend, helling 1,33 per periode, p = 0,024, "
        "t.o.v. vorige periode 13,3%, over de hele reeks 70,0%",
        "inbraak — Nederland (NL01) (2020–2020, n=1): te weinig gegevens",
    ]


def _import(db: str, *files: Path) -> None:
    result = CliRunner().invoke(cli, ["indicators", "import", *map(str, files), "--db", db])
    assert result.exit_code == 0, result.output


def test_rank_and_compare_on_real_municipal_figures(tmp_path: Path, shared: Path) -> None:
    db = str(tmp_path / "t.db")
    statistics = shared / "corpus" / "real" / "statistics"
    _import(db, statistics / "cbs83648_gemeenten_misdrijven_totaal_2010_2020.csv")
    indicator = "Misdrijven, totaal — Geregistreerde misdrijven per 1000 inw"
    ranked = CliRunner().invoke(cli, ["indicators", "rank", indicator, "--period", "2020", "--top", "2",
                                      "--db", db])
    assert ranked.exit_code == 0, ranked.output
    assert ranked.output.splitlines()[0].startswith("  1. Amsterdam (GM0363): ")
    compared = CliRunner().invoke(cli, ["indicators", "compare", indicator, "--region", "Maastricht",
                                        "--db", db])
    assert compared.exit_code == 0, compared.output
    lines = compared.output.splitlines()
    assert lines[0] == f"{indicator} — Maastricht (GM0935) tegen Nederland, 2010–2020"
    assert lines[-1] == "Groei: regio -54,7%, Nederland -35,9%, verschil -18,8 procentpunt."
    missing = CliRunner().invoke(cli, ["indicators", "rank", "Bestaat niet", "--db", db])
    assert missing.exit_code == 1
    assert "geen reeksen voor indicator 'Bestaat niet'" in missing.output


def test_check_flags_a_registration_and_survey_that_disagree(tmp_path: Path) -> None:
    table, pairs = disagreeing_pair(tmp_path)
    db = str(tmp_path / "t.db")
    _import(db, table)
    result = CliRunner().invoke(cli, ["indicators", "check", "--pairs", str(pairs), "--db", db])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "Zuid-Holland: woninginbraak: geen eenduidig beeld — registratie dalend, enquête stijgend "
        "(2015–2021)",
        "1 tegenstrijdigheden gevonden.",
    ]
