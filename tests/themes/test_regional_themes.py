"""Regional section headings get the theme of the regional taxonomy an analyst would give them."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml

from trendbeeld.model import Source
from trendbeeld.themes import load_taxonomy, sections

FIXTURE = Path(__file__).parent / "fixtures" / "regional_sections.yaml"
ITEMS: list[dict[str, str]] = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
WIDTH = 95  # characters per line, as in a PDF text layer
# How the heading stands above its first paragraph: on the line before it, or as a block of its own.
LAYOUTS = {"same block": "\n", "own block": "\n\n"}


def _report(separator: str) -> str:
    parts = ["Regionaal veiligheidsbeeld 2024"]
    parts += [item["title"] + separator + textwrap.fill(item["text"], WIDTH) for item in ITEMS]
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_regional_section_is_found_with_its_theme(layout: str) -> None:
    taxonomy = load_taxonomy("regionaal")
    names = {t.key: t.name for t in taxonomy.themes}
    found = sections(Source.create("veiligheidsbeeld.txt", _report(LAYOUTS[layout])), taxonomy)
    assert [s.title for s in found] == [item["title"] for item in ITEMS]
    wrong = [
        (s.title, s.theme, names[item["theme"]])
        for s, item in zip(found, ITEMS, strict=True)
        if s.theme != names[item["theme"]]
    ]
    assert wrong == []


def test_every_theme_of_the_regional_taxonomy_is_tested() -> None:
    keys = {t.key for t in load_taxonomy("regionaal").themes if not t.parent}
    assert {item["theme"] for item in ITEMS} == keys
