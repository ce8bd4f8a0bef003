"""Theme assignment is incremental and saves replace only their own rows (real store, real report)."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import require
from trendbeeld import extract, pipeline, themes
from trendbeeld.model import AccessLevel, Source, SourceMeta, SourceType
from trendbeeld.store import Store
from trendbeeld.store import sources as source_store
from trendbeeld.store import themes as theme_store
from trendbeeld.themes.assign import run

SOURCE = "corpus/national-2020.txt"
INTERNAL = (
    "Werkoverleg wijkteam\n\n"
    "Het aantal meldingen van woninginbraak in de wijk neemt toe. Jongeren dragen vaker een mes op straat.\n"
)
LATER = "Online fraude met nepberichten groeit in de regio, melden de wijkagenten.\n"
REPLACED = "Het aantal aangiften van phishing steeg in 2024 met 25 procent.\n"


@pytest.fixture
def national_store(store: Store, shared: Path) -> Store:
    require((shared / SOURCE).is_file(), f"{SOURCE} ontbreekt in {shared}")
    report = pipeline.ingest(store, [shared / SOURCE])
    assert not report.failed
    return store


def _save(store: Store, origin: str, text: str, access: AccessLevel) -> Source:
    meta = SourceMeta(SourceType.SIGNAL, origin, "Gemeente Voorbeeld", date(2024, 5, 1), access=access)
    source = Source.create(origin, text, meta)
    items = extract.extract(source)
    assert items, "the test text must hold evidence"
    source_store.save(store, source, items)
    return source


def test_a_rerun_assigns_only_new_evidence_and_keeps_other_access_levels(national_store: Store) -> None:
    taxonomy = themes.load_taxonomy("nationaal")
    _save(national_store, "intern.txt", INTERNAL, AccessLevel.INTERNAL)
    everything, first = run(national_store, taxonomy, access=AccessLevel.CONFIDENTIAL)
    assert first.computed == len(everything) > 20 and first.kept == 0

    # a public run computes nothing and leaves the internal items' themes in place
    public, again = run(national_store, taxonomy, access=AccessLevel.PUBLIC)
    assert again.computed == 0 and again.kept == len(public) < len(everything)
    stored = theme_store.stored_assignment(national_store, taxonomy.name)
    assert stored == {k: v for k, v in everything.items() if v}

    later = _save(national_store, "later.txt", LATER, AccessLevel.PUBLIC)
    after, third = run(national_store, taxonomy, access=AccessLevel.CONFIDENTIAL)
    new = set(after) - set(everything)
    assert third.computed == len(new) > 0 and third.kept == len(everything)
    assert all(k in after and after[k] == v for k, v in everything.items())
    assert {theme_store.fingerprints(national_store, taxonomy.name)[k] for k in after} == {
        theme_store.fingerprints(national_store, taxonomy.name)[next(iter(new))]
    }

    # a new version of that source: its old evidence's themes go, its new evidence is assigned
    replaced = _save(national_store, "later.txt", REPLACED, AccessLevel.PUBLIC)
    assert replaced.id != later.id
    final, fourth = run(national_store, taxonomy, access=AccessLevel.CONFIDENTIAL)
    assert fourth.forgotten == len(new) and fourth.computed == len(set(final) - set(everything)) > 0
    assert not new & set(theme_store.fingerprints(national_store, taxonomy.name))


def test_a_correction_or_another_taxonomy_assigns_again(national_store: Store) -> None:
    taxonomy = themes.load_taxonomy("nationaal")
    ranked, _ = run(national_store, taxonomy, access=AccessLevel.PUBLIC)
    item = next(k for k, v in ranked.items() if v)
    other = next(t.key for t in taxonomy.themes if t.key != ranked[item][0][0] and not t.parent)
    themes.correct(national_store, item, other, taxonomy=taxonomy, actor="anna")
    corrected, report = run(national_store, taxonomy, access=AccessLevel.PUBLIC)
    assert report.computed == len(ranked) and corrected[item][0] == (other, 1.0)

    renamed = dataclasses.replace(
        taxonomy,
        themes=tuple(dataclasses.replace(t, description=t.description + " ") for t in taxonomy.themes),
    )
    _, changed = run(national_store, renamed, access=AccessLevel.PUBLIC)
    assert changed.computed == len(ranked)
    _, unchanged = run(national_store, renamed, access=AccessLevel.PUBLIC)
    assert unchanged.computed == 0


def test_a_save_replaces_exactly_the_rows_it_is_given(store: Store) -> None:
    theme_store.save_assignment(store, "t", {"a": [("x", 0.9), ("y", 0.1)], "b": [("y", 0.5)]})
    theme_store.save_assignment(store, "t", {"a": [("z", 0.7)]})
    theme_store.save_assignment(store, "u", {"c": [("x", 0.2)]})
    assert theme_store.stored_assignment(store, "t") == {"a": [("z", 0.7)], "b": [("y", 0.5)]}
    assert theme_store.stored_assignment(store, "u") == {"c": [("x", 0.2)]}
    theme_store.forget(store, "t", ["b"])
    assert theme_store.stored_assignment(store, "t") == {"a": [("z", 0.7)]}


def test_assignment_reports_its_progress_per_batch(national_store: Store) -> None:
    seen: list[tuple[int, int]] = []
    ranked, report = run(
        national_store,
        themes.load_taxonomy("nationaal"),
        access=AccessLevel.PUBLIC,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[0] == (0, report.computed) and seen[-1] == (report.computed, report.computed)
    assert report.computed == len(ranked)
