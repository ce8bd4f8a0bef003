"""``themes.filtering.of_theme``: the evidence of one theme (and its sub-themes), as last assigned."""

from __future__ import annotations

from pathlib import Path

import pytest

from trendbeeld import pipeline
from trendbeeld.errors import ConfigError, NotFound
from trendbeeld.model import AccessLevel, Evidence, evidence_id
from trendbeeld.store import Store
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import themes as theme_store
from trendbeeld.themes import load_taxonomy
from trendbeeld.themes.filtering import of_theme

TAXONOMY = """name: proef
title: Proef
themes:
  - key: veiligheid
    name: Veiligheid
    key_terms: [inbraak, fraude]
    subthemes:
      - key: cyber
        name: Cybercrime
        key_terms: [phishing]
  - key: wonen
    name: Wonen
    key_terms: [woningen]
"""
NOTE = (
    "Het aantal woninginbraken in de regio daalde in 2023 met 12 procent.\n\n"
    "Phishing neemt sterk toe: in 2023 meldden 4.500 inwoners een poging.\n\n"
    "Er werden in 2023 ruim 3.000 woningen gebouwd, 8 procent meer dan in 2022.\n"
)


def _theme(item: Evidence) -> str:
    """The theme this test assigns: by a word of the sentence the item comes from."""
    return "cyber" if "Phishing" in item.text else "wonen" if "woningen" in item.text else "veiligheid"


def test_a_top_level_theme_also_finds_its_sub_themes_items(sqlite_store: Store, tmp_path: Path) -> None:
    (tmp_path / "proef.yaml").write_text(TAXONOMY, encoding="utf-8")
    (tmp_path / "nota.txt").write_text(NOTE, encoding="utf-8")
    taxonomy = load_taxonomy(tmp_path / "proef.yaml")
    assert not pipeline.ingest(sqlite_store, [tmp_path / "nota.txt"]).failed
    items = evidence_store.list_evidence(sqlite_store, access=AccessLevel.PUBLIC)
    with pytest.raises(ConfigError, match="nog geen thema's toegewezen"):
        of_theme(sqlite_store, items, "veiligheid", taxonomy=taxonomy)
    assigned = {evidence_id(item): [(_theme(item), 0.9)] for item in items}
    theme_store.save_assignment(sqlite_store, "proef", assigned)
    assert {_theme(i) for i in items} == {"veiligheid", "cyber", "wonen"}

    safety = of_theme(sqlite_store, items, "veiligheid", taxonomy=taxonomy)
    assert safety == [i for i in items if _theme(i) in ("veiligheid", "cyber")]
    cyber = of_theme(sqlite_store, items, "cyber", taxonomy=taxonomy)
    assert cyber == [i for i in items if _theme(i) == "cyber"]
    with pytest.raises(NotFound, match="thema 'sport' bestaat niet in taxonomie 'proef'"):
        of_theme(sqlite_store, items, "sport", taxonomy=taxonomy)
