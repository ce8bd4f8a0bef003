"""Section themes when the taxonomy's theme names differ from the report's headings.

The national taxonomy's theme names are the national report's chapter titles, so agreement on that
report alone proves little. Here every top-level theme gets a synonym for its name, sub-themes lose
their names, and every key term that is copied from the report's headings (its section titles and
chapter titles) is dropped; descriptions stay. Sections must still get the gold theme: from key
terms, stems, description words and the text under each heading, not from the literal title.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import require
from trendbeeld.model import Source, Taxonomy
from trendbeeld.stemming import stem
from trendbeeld.themes import sections
from trendbeeld.themes.profiles import STOP_WORDS
from trendbeeld.themes.taxonomy import BUNDLED, parse

GOLD = "gold/national-2020.jsonl"
SOURCE = "corpus/national-2020.txt"
MIN_AGREEMENT = 0.80
# Synonyms of the six theme names: no word (stem) in common with the name or with the report's headings.
SYNONYMS = {
    "rechtsstaat": "Misdaadbestrijding en strafrecht",
    "samenhang": "Sociale cohesie",
    "technologie": "Informatiesamenleving",
    "internationaal": "Wereldpolitiek en immigratie",
    "veiligheid": "Staatsbescherming",
    "bestuur": "Overheidsorganisatie",
}


def stems(text: str) -> list[str]:
    """The stems of the content words of ``text`` (no function words such as 'en')."""
    return [stem(w) for w in re.findall(r"\w+", text.lower()) if w not in STOP_WORDS]


def _renamed(heading_stems: set[str]) -> tuple[Taxonomy, dict[str, str]]:
    """The national taxonomy with synonym names, and a map from the new names to the old ones."""
    data = yaml.safe_load((BUNDLED / "nationaal.yaml").read_text(encoding="utf-8"))
    old_names: dict[str, str] = {}

    def copied(term: str) -> bool:
        term_stems = set(stems(term))
        return bool(term_stems) and term_stems <= heading_stems

    def rename(theme: dict[str, Any], number: int, top: bool) -> None:
        if top:
            old_names[SYNONYMS[theme["key"]]] = theme["name"]
            theme["name"] = SYNONYMS[theme["key"]]
        else:
            theme["name"] = f"Deelthema {number}"
        theme["key_terms"] = [t for t in theme.get("key_terms", []) if not copied(str(t))]
        for n, sub in enumerate(theme.get("subthemes", []), 1):
            rename(sub, number * 10 + n, top=False)

    for number, theme in enumerate(data["themes"], 1):
        rename(theme, number, top=True)
    return parse(data), old_names


@pytest.fixture(scope="module")
def gold_sections(shared: Path) -> list[dict[str, Any]]:
    require((shared / GOLD).is_file(), f"{GOLD} ontbreekt in {shared}")
    lines = (shared / GOLD).read_text(encoding="utf-8").splitlines()
    return [r for r in map(json.loads, filter(None, lines)) if r["kind"] == "section"]


def test_synonyms_share_no_word_with_the_old_names_or_the_headings(
    gold_sections: list[dict[str, Any]],
) -> None:
    original = yaml.safe_load((BUNDLED / "nationaal.yaml").read_text(encoding="utf-8"))
    headings = {s for r in gold_sections for s in stems(r["title"])}
    headings |= {s for t in original["themes"] for s in stems(t["name"])}
    taxonomy, _ = _renamed(headings)
    for theme in taxonomy.themes:
        assert not set(stems(theme.name)) & headings, theme.name
        assert not any(set(stems(t)) <= headings for t in theme.key_terms if stems(t)), theme.key_terms


def test_sections_get_their_theme_under_synonym_names(
    shared: Path, gold_sections: list[dict[str, Any]]
) -> None:
    require((shared / SOURCE).is_file(), f"{SOURCE} ontbreekt in {shared}")
    original = yaml.safe_load((BUNDLED / "nationaal.yaml").read_text(encoding="utf-8"))
    headings = {s for r in gold_sections for s in stems(r["title"])}
    headings |= {s for t in original["themes"] for s in stems(t["name"])}
    taxonomy, old_names = _renamed(headings)
    source = Source.create(SOURCE, (shared / SOURCE).read_text(encoding="utf-8"))
    found = {s.title: old_names.get(s.theme or "") for s in sections(source, taxonomy)}
    agreeing = [r["title"] for r in gold_sections if found.get(r["title"]) == r["theme"]]
    missing = {
        r["title"]: (found.get(r["title"]), r["theme"]) for r in gold_sections if r["title"] not in agreeing
    }
    print(f"\nagreement under synonyms: {len(agreeing)}/{len(gold_sections)}; wrong: {missing}")
    assert len(agreeing) >= MIN_AGREEMENT * len(gold_sections), missing


def test_regional_sections_get_their_theme_when_themes_have_no_names() -> None:
    """Themes named 'Thema 1' … and stripped of terms that occur in the headings: only descriptions,
    the remaining key terms and the text under each heading tell the themes apart."""
    fixture = Path(__file__).parent / "fixtures" / "regional_sections.yaml"
    items: list[dict[str, str]] = yaml.safe_load(fixture.read_text(encoding="utf-8"))
    headings = {s for item in items for s in stems(item["title"])}
    data = yaml.safe_load((BUNDLED / "regionaal.yaml").read_text(encoding="utf-8"))

    def strip(theme: dict[str, Any], name: str) -> None:
        theme["name"] = name
        theme["key_terms"] = [t for t in theme.get("key_terms", []) if not set(stems(str(t))) <= headings]
        for n, sub in enumerate(theme.get("subthemes", []), 1):
            strip(sub, f"{name}.{n}")

    for number, theme in enumerate(data["themes"], 1):
        strip(theme, f"Thema {number}")
    taxonomy = parse(data)
    by_name = {t.name: t.key for t in taxonomy.themes}
    text = "Regionaal veiligheidsbeeld 2024\n\n" + "".join(f"{i['title']}\n\n{i['text']}\n\n" for i in items)
    found = {
        s.title: by_name.get(s.theme or "") for s in sections(Source.create("beeld.txt", text), taxonomy)
    }
    agreeing = [i["title"] for i in items if found.get(i["title"]) == i["theme"]]
    print(f"\nregional agreement without theme names: {len(agreeing)}/{len(items)}")
    assert len(agreeing) >= MIN_AGREEMENT * len(items), {
        i["title"]: (found.get(i["title"]), i["theme"]) for i in items
    }
