"""Theme assignment on a real store: the national report, stored, assigned, corrected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import require
from trendbeeld import pipeline, themes
from trendbeeld.errors import NotFound
from trendbeeld.model import AccessLevel, EvidenceKind, Section, evidence_id
from trendbeeld.store import Store
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import themes as theme_store

SOURCE = "corpus/national-2020.txt"
GOLD = "gold/national-2020.jsonl"


@pytest.fixture
def national_store(store: Store, shared: Path) -> Store:
    require((shared / SOURCE).is_file(), f"{SOURCE} ontbreekt in {shared}")
    report = pipeline.ingest(store, [shared / SOURCE])
    assert not report.failed
    return store


def _gold_themes(shared: Path) -> dict[str, str]:
    with (shared / GOLD).open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return {r["title"]: r["theme"] for r in rows if r["kind"] == "section"}


def test_ingest_stores_sections_and_assign_themes_them(national_store: Store, shared: Path) -> None:
    taxonomy = themes.load_taxonomy("nationaal")
    ranked = themes.assign(national_store, taxonomy, access=AccessLevel.PUBLIC)
    stored = evidence_store.list_evidence(
        national_store, access=AccessLevel.PUBLIC, kinds=[EvidenceKind.SECTION]
    )
    assert len(stored) >= 22
    names = {t.key: t.name for t in taxonomy.themes}
    gold = _gold_themes(shared)
    agree = total = 0
    for item in stored:
        assert isinstance(item, Section)
        if item.title in gold:
            total += 1
            top = themes.top_level(taxonomy, ranked[evidence_id(item)][0][0])
            agree += top is not None and names[top.key] == gold[item.title]
    assert total == len(gold) and agree / total >= 0.80
    # every item gets scored themes, best first, and the run is stored
    assert all(c == sorted(c, key=lambda x: -x[1]) for c in ranked.values())
    assert theme_store.stored_assignment(national_store, "nationaal") == {
        k: v for k, v in ranked.items() if v
    }


def test_evidence_inside_a_section_leans_to_its_theme(national_store: Store) -> None:
    taxonomy = themes.load_taxonomy("nationaal")
    ranked = themes.assign(national_store, taxonomy, access=AccessLevel.PUBLIC)
    trends = evidence_store.list_evidence(
        national_store, access=AccessLevel.PUBLIC, kinds=[EvidenceKind.TREND]
    )
    cyber = [t for t in trends if "cybercrim" in t.text.lower()]
    assert cyber
    tops = [themes.top_level(taxonomy, ranked[evidence_id(t)][0][0]) for t in cyber]
    assert sum(1 for t in tops if t and t.key in {"technologie", "rechtsstaat", "veiligheid"}) >= 0.8 * len(
        tops
    )


def test_an_analysts_correction_wins_survives_reassignment_and_teaches(national_store: Store) -> None:
    taxonomy = themes.load_taxonomy("nationaal")
    ranked = themes.assign(national_store, taxonomy, access=AccessLevel.PUBLIC)
    target = next(eid for eid, choices in ranked.items() if choices and choices[0][0] != "bestuur")
    themes.correct(national_store, target, "bestuur", taxonomy=taxonomy, actor="analist-a")
    again = themes.assign(national_store, taxonomy, access=AccessLevel.PUBLIC)
    assert again[target][0] == ("bestuur", 1.0)
    correction = theme_store.corrections(national_store, "nationaal")[target]
    assert correction.actor == "analist-a" and correction.text
    # the corrected passage is now an example of the theme: the same text scores higher for it
    before = themes.Profiles.build(taxonomy)
    after = themes.Profiles.build(taxonomy, {"bestuur": [correction.text]})
    column = [t.key for t in taxonomy.themes].index("bestuur")
    assert after.scores([correction.text])[0][column] > before.scores([correction.text])[0][column]


def test_a_correction_to_an_unknown_theme_or_item_is_refused(national_store: Store) -> None:
    taxonomy = themes.load_taxonomy("nationaal")
    with pytest.raises(NotFound, match=r"bewijsstuk .* bestaat niet"):
        themes.correct(national_store, "0" * 16, "bestuur", taxonomy=taxonomy, actor="a")
    item = evidence_store.list_evidence(national_store, access=AccessLevel.PUBLIC, limit=1)[0]
    with pytest.raises(NotFound, match="thema 'sport' bestaat niet"):
        themes.correct(national_store, evidence_id(item), "sport", taxonomy=taxonomy, actor="a")
