"""YAML a user writes: every file kind goes through trendbeeld.userfiles and gets one kind of error.

A date that does not exist names the file, the line and the key; a NUL byte names the line; the
public loader serves front matter and loaders with their own constructors alike.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from trendbeeld.errors import ConfigError
from trendbeeld.indicators.compare import load_pairs
from trendbeeld.routemap.links_file import read_links
from trendbeeld.sources.interview import split_front_matter
from trendbeeld.sources.manifest import load_manifest
from trendbeeld.themes import load_taxonomy
from trendbeeld.userfiles import LimitedLoader, load_yaml, parse_yaml

TAXONOMY = """name: eigen
title: Eigen taxonomie
themes:
  - key: jeugd
    name: Jeugd
    key_terms: [jongeren]
    description: 2023-02-30
"""
MANIFEST = """defaults:
  publisher: Politie
files:
  a.txt:
    title: Analyse
    date: 2024-13-01
"""
PAIRS = """woninginbraak:
  registration: inbraak
  survey: slachtoffers
peildatum: 2023-02-30
"""


def _taxonomy(path: Path) -> object:
    return load_taxonomy(path)


def _manifest(path: Path) -> object:
    return load_manifest(path.parent)


@pytest.mark.parametrize(
    ("name", "text", "read", "line", "key"),
    [
        ("taxonomie.yaml", TAXONOMY, _taxonomy, 7, "themes[1].description"),
        ("trendbeeld.yaml", MANIFEST, _manifest, 6, "files.a.txt.date"),
        ("paren.yaml", PAIRS, load_pairs, 4, "peildatum"),
    ],
    ids=["taxonomy", "manifest", "pairs"],
)
def test_a_date_that_does_not_exist_names_file_line_and_key(
    name: str, text: str, read: Callable[[Path], object], line: int, key: str, tmp_path: Path
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        read(path)
    assert caught.value.path == str(path)
    assert caught.value.line == line
    assert f"sleutel '{key}'" in caught.value.message
    assert "bestaat niet" in caught.value.message


def test_a_nul_byte_is_a_dutch_error_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "trendbeeld.yaml"
    path.write_bytes(b"defaults:\n  publisher: Politie\n  title: a\x00b\n")
    with pytest.raises(ConfigError, match="teken dat niet in YAML mag") as caught:
        load_yaml(path, what="het manifest")
    assert caught.value.line == 3


def test_a_links_file_with_a_list_as_key_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "verbanden.yaml"
    path.write_text("verbanden:\n  - van: online\n    ? [naar]\n    : jeugd\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="onbekend veld") as caught:
        read_links(path)
    assert caught.value.line == 2


def test_a_links_file_too_deep_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "verbanden.yaml"
    path.write_text("verbanden: " + "[" * 200 + "]" * 200 + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="te diep genest"):
        read_links(path)


def test_front_matter_lines_are_the_lines_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "interview.md"
    text = "---\nname: Fatima\nrole: wijkagent\ndate: 2023-02-30\n---\nTekst.\n"
    with pytest.raises(ConfigError, match="sleutel 'date'") as caught:
        split_front_matter(text, path)
    assert caught.value.line == 4
    assert caught.value.path == str(path)


def test_a_loader_with_its_own_constructors_keeps_the_limits() -> None:
    class Upper(LimitedLoader):
        pass

    Upper.add_constructor("tag:yaml.org,2002:str", lambda loader, node: str(node.value).upper())
    assert parse_yaml("a: b\n", loader=Upper) == {"A": "B"}
    with pytest.raises(ConfigError, match="te diep genest"):
        parse_yaml("a: " + "[" * 100 + "]" * 100, loader=Upper)
    with pytest.raises(ConfigError, match="sleutel 'a'"):
        parse_yaml("a: 2023-02-29\n", loader=Upper)
    assert parse_yaml("a: 2024-02-29\n")["a"].isoformat() == "2024-02-29"
