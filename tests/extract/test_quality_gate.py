"""Quality gate: the extractor scored on the hand-made gold of a real national trend report.

The floors in ``floors.json`` are measured figures rounded down; they may only rise.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import require
from trendbeeld import records
from trendbeeld.extract import extract
from trendbeeld.model import Source

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text(encoding="utf-8"))
GOLD = "gold/national-2020.jsonl"
SOURCE = "corpus/national-2020.txt"
SCORER = "tools/score_extraction.py"


@pytest.fixture(scope="module")
def scores(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    for part in (GOLD, SOURCE, SCORER):
        require((shared / part).is_file(), f"{part} ontbreekt in {shared}")
    text = (shared / SOURCE).read_text(encoding="utf-8")
    source = Source.create(SOURCE, text)
    pred = tmp_path_factory.mktemp("gate") / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for item in extract(source):
            assert text[item.span.start : item.span.end] == item.text
            out.write(json.dumps(records.to_record(item), ensure_ascii=False) + "\n")
    result = subprocess.run(
        [sys.executable, str(shared / SCORER), "--gold", str(shared / GOLD), "--source", str(shared / SOURCE),
         "--pred", str(pred), "--json"],
        capture_output=True, text=True, check=True,
    )
    parsed: dict[str, object] = json.loads(result.stdout)
    return parsed


@pytest.mark.parametrize("kind", ["figure", "trend", "quote", "headline"])
def test_f1_stays_above_its_floor(scores: dict[str, object], kind: str) -> None:
    kinds = scores["kinds"]
    assert isinstance(kinds, dict)
    assert kinds[kind]["f1"] >= FLOORS[f"{kind}_f1"], kinds[kind]


def test_direction_of_matched_figures_stays_above_its_floor(scores: dict[str, object]) -> None:
    attributes = scores["attributes"]
    assert isinstance(attributes, dict)
    direction = attributes["figure"]["direction"]
    assert direction["accuracy"] >= FLOORS["figure_direction_accuracy"], direction


def test_floors_never_fall_below_the_issue() -> None:
    issue = {"figure_f1": 0.90, "trend_f1": 0.70, "quote_f1": 0.90, "headline_f1": 0.80,
             "figure_direction_accuracy": 0.90}
    assert all(FLOORS[name] >= floor for name, floor in issue.items())
