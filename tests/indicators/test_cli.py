"""``trendbeeld indicators``: batch import with a Dutch summary, list, show and the assess contract."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

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
