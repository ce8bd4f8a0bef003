"""``trendbeeld indicators``: batch import with a Dutch summary, list, show and the assess contract."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
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
    assert shown.exit_code == 0 and "2012: 279\u2009325" in shown.output


@pytest.mark.skipif(importlib.util.find_spec("trendbeeld.indicators.verdicts") is None,
                    reason="verdicts.py is written by the analysis helper")
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
