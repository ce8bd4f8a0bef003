"""Taxonomies: the two bundled ones, and clear messages for a user's broken file."""

from __future__ import annotations

from pathlib import Path

import pytest

from trendbeeld.errors import ConfigError
from trendbeeld.model import Impact
from trendbeeld.themes import bundled_names, load_taxonomy, top_level


def test_bundled_taxonomies_have_the_issue_themes() -> None:
    assert bundled_names() == ["nationaal", "regionaal"]
    national = load_taxonomy("nationaal")
    assert [t.name for t in national.themes if not t.parent] == [
        "Rechtsstaat en Opsporing",
        "Maatschappelijke samenhang",
        "Technologie",
        "Internationaal en Migratie",
        "Nationale veiligheid",
        "Openbaar bestuur",
    ]
    regional = load_taxonomy("regionaal")
    tops = [t for t in regional.themes if not t.parent]
    assert len(tops) == 10
    assert {t.impact for t in tops} == {Impact.DIRECT, Impact.INDIRECT}
    for theme in (*national.themes, *regional.themes):
        assert theme.description and theme.key_terms, theme.key


def test_subthemes_know_their_parent() -> None:
    national = load_taxonomy("nationaal")
    cybercrime = next(t for t in national.themes if t.key == "cybercrime")
    assert cybercrime.parent == "technologie"
    top = top_level(national, "cybercrime")
    assert top is not None and top.name == "Technologie"


def test_a_users_taxonomy_loads_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "eigen.yaml"
    path.write_text(
        "name: eigen\nthemes:\n  - key: a\n    name: Alfa\n    impact: indirect\n"
        "    key_terms: [alfa]\n    subthemes:\n      - key: b\n        name: Beta\n"
        "        description: Iets over beta.\n",
        encoding="utf-8",
    )
    taxonomy = load_taxonomy(str(path))
    assert taxonomy.name == "eigen" and taxonomy.title == "eigen"
    assert [(t.key, t.parent, t.impact) for t in taxonomy.themes] == [
        ("a", None, Impact.INDIRECT),
        ("b", "a", Impact.INDIRECT),
    ]


@pytest.mark.parametrize(
    ("body", "message", "line"),
    [
        (
            "name: x\nthemes:\n  - key: a\n    name: A\n    impact: groot\n    key_terms: [a]\n",
            "impact 'groot' is onbekend",
            3,
        ),
        (
            "name: x\nthemes:\n  - key: a\n    name: A\n    key_terms: [a]\n  - key: a\n    name: B\n"
            "    key_terms: [b]\n",
            "komt meer dan eens voor",
            None,
        ),
        ("name: x\nthemes:\n  - key: a\n    key_terms: [a]\n", "'name' ontbreekt", 3),
        (
            "name: x\nthemes:\n  - key: a\n    name: A\n    kleur: rood\n    key_terms: [a]\n",
            "onbekend veld 'kleur'",
            3,
        ),
        ("name: x\nthemes:\n  - key: a\n    name: A\n", "geef een description of key_terms", 3),
        ("name: x\nthemes: []\n", "niet-lege lijst", 1),
        ("name: x\nthemes:\n  - key: [a\n", "geen geldige YAML", 4),
    ],
)
def test_a_broken_taxonomy_names_file_line_and_problem(
    tmp_path: Path, body: str, message: str, line: int | None
) -> None:
    path = tmp_path / "kapot.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_taxonomy(str(path))
    assert message in str(caught.value)
    assert str(path) in str(caught.value)
    if line is not None:
        assert caught.value.line == line


def test_an_unknown_name_lists_the_bundled_ones() -> None:
    with pytest.raises(ConfigError, match="nationaal, regionaal"):
        load_taxonomy("landelijk")
