"""``trendbeeld.evaluate`` and ``trendbeeld evaluate``: matching rules on small records, the command on a
real annotated document, and ``extract`` printing sections without a taxonomy."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import require
from trendbeeld import evaluate
from trendbeeld.cli import cli
from trendbeeld.errors import ConfigError

TEXT = (
    "Het aantal woninginbraken daalde in 2023 met 12 procent tot 20.000. Tussen 30 en 40 procent van de "
    "daders is jonger dan 25 jaar. 'We zien een kentering', zegt Anna de Vries."
)
GOLD = "dev/politie-2017"


def _figure(value: float, evidence: str, **extra: Any) -> dict[str, Any]:
    return {"kind": "figure", "value": value, "unit": "percent", "evidence": evidence, **extra}


def test_figures_match_on_unit_value_and_place_and_a_range_takes_both_bounds() -> None:
    gold = [
        _figure(12, "12 procent", direction="down", period="2023"),
        _figure(30, "30 en 40 procent", value_high=40),
    ]
    pred = [
        _figure(12, "met 12 procent", direction="down", period="2022-2023"),
        _figure(30, "30 en 40"),
        _figure(40, "40 procent"),
        _figure(25, "25 jaar"),
    ]
    scores = evaluate.score(gold, pred, TEXT)
    figure = scores.kinds["figure"]
    assert (figure.gold, figure.pred, figure.matched, figure.matched_pred) == (2, 4, 2, 3)
    assert figure.precision == 0.75 and figure.recall == 1.0
    assert scores.attributes["figure"]["direction"].accuracy == 1.0
    assert scores.attributes["figure"]["period"].accuracy == 1.0  # the latest years agree


def test_trends_need_the_direction_and_a_shared_phenomenon() -> None:
    gold = [{"kind": "trend", "phenomenon": "woninginbraken", "direction": "down", "evidence": "daalde"}]
    right = [
        {
            "kind": "trend",
            "phenomenon": "het aantal woninginbraken",
            "direction": "down",
            "evidence": "woninginbraken daalde",
        }
    ]
    wrong_way = [{**right[0], "direction": "up"}]
    assert evaluate.score(gold, right, TEXT).kinds["trend"].f1 == 1.0
    assert evaluate.score(gold, wrong_way, TEXT).kinds["trend"].f1 == 0.0


def test_quotes_match_on_the_surname_and_hard_gold_is_left_out_of_core_recall() -> None:
    gold: list[dict[str, Any]] = [
        {"kind": "quote", "speaker": "Anna de Vries", "evidence": "We zien een kentering"},
        {"kind": "quote", "speaker": "Piet Jansen", "evidence": "Tussen 30", "hard": True},
    ]
    pred = [
        {"kind": "quote", "speaker": "De Vries", "evidence": "'We zien een kentering', zegt Anna de Vries."}
    ]
    quote = evaluate.score(gold, pred, TEXT).kinds["quote"]
    assert (quote.matched, quote.recall, quote.recall_core) == (1, 0.5, 1.0)


def test_titles_match_when_alike_and_a_kind_without_gold_or_output_says_nothing() -> None:
    gold = [{"kind": "section", "title": "3.2 Cybercrime neemt toe"}]
    pred = [{"kind": "section", "title": "Cybercrime neemt toe"}, {"kind": "section", "title": "Inleiding"}]
    scores = evaluate.score(gold, pred, TEXT)
    assert scores.kinds["section"].matched == 1 and scores.kinds["section"].precision == 0.5
    assert not scores.kinds["headline"].present and scores.kinds["headline"].f1 == 1.0
    assert evaluate.macro([scores]).kinds["headline"]["f1"] is None


def test_evidence_from_another_extraction_of_the_text_is_found() -> None:
    text = "De criminali-\nteit nam toe met 7 procent."
    gold = [_figure(7, "7 procent", start=0, end=3)]  # offsets of another extraction
    pred = [_figure(7, "toe met 7 pro cent")]  # spacing differs
    assert evaluate.score(gold, pred, text).kinds["figure"].matched == 1


def test_bad_gold_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "goud.jsonl"
    path.write_text(
        '{"kind": "figure", "value": 3, "unit": "percent", "evidence": "3"}\n{"kind": "kop"}\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"goud\.jsonl:2"):
        evaluate.read_records(path)


def test_evaluate_command_prints_a_table_per_document_and_the_macro_average(shared: Path) -> None:
    gold, text = shared / "gold" / f"{GOLD}.jsonl", shared / "corpus" / f"{GOLD}.txt"
    require(gold.is_file() and text.is_file(), f"{GOLD} ontbreekt in {shared}")
    result = CliRunner().invoke(cli, ["evaluate", str(gold), "--source", str(text)])
    assert result.exit_code == 0, result.output
    assert "Document politie-2017.jsonl" in result.output
    assert "Gemiddelde over 1 document (macro)" in result.output
    for label in ("cijfers", "trenduitspraken", "citaten", "koppen", "hoofdstukken", "precisie", "dekking"):
        assert label in result.output
    detailed = CliRunner().invoke(cli, ["evaluate", str(gold), "--source", str(text), "--details"])
    assert detailed.exit_code == 0 and "gemist (" in detailed.output
    as_json = CliRunner().invoke(cli, ["evaluate", str(gold), "--source", str(text), "--json"])
    parsed = json.loads(as_json.output)
    expected = evaluate.evaluate_file(gold, text)
    assert parsed["documents"][0]["kinds"] == expected.as_dict()["kinds"]
    assert parsed["macro"]["kinds"]["section"]["f1"] == round(expected.kinds["section"].f1, 4)


def test_evaluate_command_wants_one_source_per_gold_file(shared: Path) -> None:
    gold = shared / "gold" / f"{GOLD}.jsonl"
    require(gold.is_file(), f"{GOLD} ontbreekt in {shared}")
    result = CliRunner().invoke(cli, ["evaluate", str(gold), str(gold), "--source", str(gold)])
    assert result.exit_code == 1
    assert "2 goudbestanden maar 1 bron" in result.output


def test_extract_prints_sections_without_a_theme_when_no_taxonomy_is_given(shared: Path) -> None:
    text = shared / "corpus" / f"{GOLD}.txt"
    require(text.is_file(), f"{GOLD} ontbreekt in {shared}")
    result = CliRunner().invoke(cli, ["extract", str(text), "--format", "jsonl", "--kind", "section"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert {"Woninginbraken", "Overvallen", "Heling"} <= {r["title"] for r in rows}
    assert all(r["kind"] == "section" and r["theme"] is None for r in rows)
