"""Exports of evidence, trends and series (API and CLI), each bounded by the caller's level."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from tests.web._helpers import CANARY, login
from trendbeeld.cli import cli
from trendbeeld.model import AccessLevel
from trendbeeld.store import Store


def test_the_api_exports_only_what_the_caller_reads(app: Any) -> None:
    analyst, reader = login(app, "anna"), login(app, "lex")
    every = analyst.get("/api/v1/exports/evidence.json").json()
    public = reader.get("/api/v1/exports/evidence.json").json()
    assert len(public) < len(every)
    assert any(CANARY[AccessLevel.CONFIDENTIAL] in row["text"] for row in every)
    assert not any(word in json.dumps(public) for word in CANARY.values())
    trends = list(csv.DictReader(io.StringIO(reader.get("/api/v1/exports/trends.csv").text)))
    assert trends and "kanarie-intern" not in {t["id"] for t in trends}
    assert "kanarie-geheim" in {t["id"] for t in analyst.get("/api/v1/exports/trends.json").json()}
    series = analyst.get("/api/v1/exports/series.csv")
    assert series.headers["content-type"] == "text/csv; charset=utf-8"
    assert series.text.splitlines()[0] == "indicator,region,period,value,provisional,unit,source"
    wrong = analyst.get("/api/v1/exports/bronnen.csv")
    assert wrong.status_code == 400
    assert wrong.json()["error"] == {
        "status": 400,
        "message": "onbekende export 'bronnen'",
        "hint": "Kies uit: evidence, trends, series",
    }


def test_the_cli_exports_at_the_given_level(wb_store: Store, tmp_path: Path) -> None:
    db = wb_store.url.removeprefix("sqlite:///")
    out = tmp_path / "bewijs.csv"
    result = CliRunner().invoke(
        cli, ["export", "evidence", "--access", "openbaar", "--out", str(out), "--db", db]
    )
    assert result.exit_code == 0, result.output
    assert result.output.endswith(f"rijen geschreven naar {out} (csv, toegang openbaar).\n")
    text = out.read_text(encoding="utf-8")
    assert text.startswith("id,kind,source_id,source_title,source_type,start,end,page,text\n")
    assert not any(word in text for word in CANARY.values())
    result = CliRunner().invoke(
        cli, ["export", "evidence", "--format", "json", "--out", str(out), "--db", db]
    )
    assert CANARY[AccessLevel.CONFIDENTIAL] in out.read_text(encoding="utf-8")
