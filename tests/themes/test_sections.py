"""Sections of real reports: headings found, themed by the taxonomy, scored against the gold."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import require
from trendbeeld import records, sources
from trendbeeld.model import Impact, Source, SourceMeta
from trendbeeld.themes import load_taxonomy, sections

GOLD = "gold/national-2020.jsonl"
SOURCE = "corpus/national-2020.txt"
SCORER = "tools/score_extraction.py"
MAPPING = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "theme_mapping.yaml").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def national(shared: Path) -> Source:
    require((shared / SOURCE).is_file(), f"{SOURCE} ontbreekt in {shared}")
    return Source.create(SOURCE, (shared / SOURCE).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scores(shared: Path, national: Source, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    for part in (GOLD, SCORER):
        require((shared / part).is_file(), f"{part} ontbreekt in {shared}")
    mapping = MAPPING["nationaal"]
    pred = tmp_path_factory.mktemp("sections") / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for item in sections(national, load_taxonomy("nationaal")):
            record = records.to_record(item)
            record["theme"] = mapping.get(record["theme"], record["theme"])
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    result = subprocess.run(
        [sys.executable, str(shared / SCORER), "--gold", str(shared / GOLD), "--pred", str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    parsed: dict[str, object] = json.loads(result.stdout)
    return parsed


def test_section_titles_reach_the_bar(scores: dict[str, object]) -> None:
    section = scores["kinds"]["section"]  # type: ignore[index]
    assert section["f1"] >= 0.80, section


def test_themes_of_matched_sections_reach_the_bar(scores: dict[str, object]) -> None:
    theme = scores["attributes"]["section"]["theme"]  # type: ignore[index]
    assert theme["total"] >= 18 and theme["accuracy"] >= 0.80, theme


def test_section_spans_point_at_the_heading(national: Source) -> None:
    found = sections(national, None)
    assert found
    for item in found:
        assert national.text[item.span.start : item.span.end] == item.text
        assert item.title.split()[0] in item.text and item.theme is None


def test_headings_of_a_table_of_contents_are_not_sections(national: Source) -> None:
    titles = [s.title for s in sections(national, None)]
    assert len(titles) == len(set(titles)), "a heading that recurs is reported once"
    assert "Cybercrime neemt toe" in titles


def test_wrapped_heading_is_joined_without_the_line_break(national: Source) -> None:
    titles = {s.title for s in sections(national, None)}
    assert "Reëel risico op beïnvloeding democratisch bestel door microtargeting" in titles


def test_markdown_headings_and_regional_impact() -> None:
    text = (
        "# Omgevingsscan\n\n## Jeugd\n\nSteeds meer jongeren dragen een mes. De politie ziet meer "
        "steekincidenten onder minderjarigen en drillrap op sociale media.\n\n## Mondiale ontwikkelingen\n\n"
        "De oorlog in Oekraïne en de hoge energieprijzen werken door in de regio. Ook de klimaatverandering "
        "vraagt aandacht.\n"
    )
    found = sections(Source.create("scan.md", text), load_taxonomy("regionaal"))
    by_title = {s.title: s for s in found}
    assert by_title["Jeugd"].theme == "Jeugd" and by_title["Jeugd"].impact is Impact.DIRECT
    assert by_title["Mondiale ontwikkelingen"].impact is Impact.INDIRECT
    assert text[by_title["Jeugd"].span.start : by_title["Jeugd"].span.end] == "Jeugd"


def test_sections_of_a_real_pdf_carry_their_page(shared: Path) -> None:
    path = shared / "corpus/real/reports/vng_burgerpeiling_vertrouwen_in_de_gemeente_2023.pdf"
    require(path.is_file(), f"{path.name} ontbreekt in {shared}")
    (source,) = sources.read(str(path), meta=SourceMeta(), encoding=None)
    found = sections(source, load_taxonomy("regionaal"))
    assert len(found) >= 3
    assert all(s.page is not None and s.page >= 1 for s in found)
    assert all(s.theme for s in found)
    assert {s.page for s in found} != {1}, "headings are found beyond the first page"
