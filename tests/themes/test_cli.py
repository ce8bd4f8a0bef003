"""``trendbeeld themes`` and ``extract --taxonomy`` on a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tests.conftest import require
from trendbeeld.cli import cli

SOURCE = "corpus/national-2020.txt"


def test_extract_with_a_taxonomy_emits_themed_sections(shared: Path) -> None:
    require((shared / SOURCE).is_file(), f"{SOURCE} ontbreekt in {shared}")
    result = CliRunner().invoke(
        cli,
        [
            "extract",
            str(shared / SOURCE),
            "--format",
            "jsonl",
            "--kind",
            "section",
            "--taxonomy",
            "nationaal",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) >= 22
    assert all(r["kind"] == "section" and r["title"] and r["theme"] for r in rows)
    assert {"title", "theme", "impact", "start", "end", "evidence"} <= rows[0].keys()


def test_list_check_assign_correct_show(shared: Path, tmp_path: Path) -> None:
    require((shared / SOURCE).is_file(), f"{SOURCE} ontbreekt in {shared}")
    runner = CliRunner()
    db = ["--db", str(tmp_path / "t.db")]
    listed = runner.invoke(cli, ["themes", "list", "--taxonomy", "regionaal"])
    assert (
        listed.exit_code == 0
        and "ondermijning: Georganiseerde en ondermijnende criminaliteit [direct]" in listed.output
    )
    assert runner.invoke(cli, ["add", str(shared / SOURCE), *db]).exit_code == 0
    assigned = runner.invoke(cli, ["themes", "assign", *db])
    assert assigned.exit_code == 0, assigned.output
    assert "Technologie:" in assigned.output and "bewijsstukken toegewezen" in assigned.output
    everything = runner.invoke(cli, ["evidence", "--format", "jsonl", *db]).output.splitlines()
    technology = runner.invoke(cli, ["evidence", "--theme", "technologie", "--format", "jsonl", *db])
    assert technology.exit_code == 0, technology.output
    titles = [json.loads(line).get("title") for line in technology.output.splitlines()]
    assert 0 < len(titles) < len(everything) and "Cybercrime neemt toe" in titles
    unknown = runner.invoke(cli, ["evidence", "--theme", "sport", *db])
    assert unknown.exit_code == 1 and "thema 'sport' bestaat niet" in unknown.output
    listing = runner.invoke(cli, ["evidence", "--kind", "section", "--format", "jsonl", *db])
    first = json.loads(listing.output.splitlines()[0])["id"]
    corrected = runner.invoke(cli, ["themes", "correct", first, "migratie", "--door", "analist-b", *db])
    assert corrected.exit_code == 0 and "analist-b" in corrected.output
    assert runner.invoke(cli, ["themes", "assign", *db]).exit_code == 0
    shown = runner.invoke(cli, ["themes", "show", first, "--format", "json", *db])
    data = json.loads(shown.output)
    assert data["themes"][0] == ["migratie", 1.0] and data["correction"] == "migratie"


def test_check_reports_a_broken_file_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "eigen.yaml"
    path.write_text(
        "name: eigen\nthemes:\n  - key: a\n    name: A\n    impact: veel\n    key_terms: [a]\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["themes", "check", str(path)])
    assert result.exit_code == 1
    assert f"{path}, regel 3" in result.output and "impact 'veel' is onbekend" in result.output
    path.write_text("name: eigen\nthemes:\n  - key: a\n    name: A\n    key_terms: [a]\n", encoding="utf-8")
    ok = CliRunner().invoke(cli, ["themes", "check", str(path)])
    assert ok.exit_code == 0 and "1 thema's" in ok.output
