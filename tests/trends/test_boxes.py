"""Trend boxes: layers filled by the scope of the evidence, analyst text, warnings, access."""

from __future__ import annotations

import pytest

from tests.trends import _corpus
from trendbeeld import trends
from trendbeeld.errors import ConfigError
from trendbeeld.model import AccessLevel, Figure, SourceMeta, Span, TrendStatement, Unit
from trendbeeld.store import Store
from trendbeeld.store import evidence as evidence_store
from trendbeeld.trends import Layer, scope

ALL = AccessLevel.CONFIDENTIAL


def _sources(store: Store, ids: tuple[str, ...], access: AccessLevel = ALL) -> set[str]:
    return {e.span.source_id for e in evidence_store.list_evidence(store, access=access, ids=list(ids))}


def test_layers_follow_the_scope_of_the_evidence(store: Store) -> None:
    monitor, note, europol = _corpus.monitor(store), _corpus.note(store), _corpus.europol(store)
    assignment = _corpus.keyword_assignment(store)
    trends.recluster(store, _corpus.TAXONOMY, access=ALL, embedder="tfidf", assignment=assignment)
    boxes = {b.theme: b for b in trends.boxes(store, _corpus.TAXONOMY, access=ALL)}
    assert list(boxes) == ["digitaal", "vermogen", "jeugd"]

    digital = boxes["digitaal"]
    assert _sources(store, digital.international_evidence) == {europol.id}
    assert _sources(store, digital.national_evidence) == {monitor.id, note.id}
    assert "Europol" in digital.international and "CBS" in digital.national
    assert digital.warnings == ("De betekenis voor de organisatie is nog niet ingevuld.",)

    burglary = boxes["vermogen"]
    assert burglary.international == "" and not burglary.international_evidence
    assert burglary.warnings == (
        "Geen internationaal bewijs bij dit thema.",
        "De betekenis voor de organisatie is nog niet ingevuld.",
    )
    assert boxes["jeugd"].warnings[:2] == (
        "Geen internationaal bewijs bij dit thema.",
        "Geen bewijs uit Nederland bij dit thema.",
    )

    trends.set_box_text(
        store, "vermogen", "betekenis", "Minder inzet op inbraakpreventie nodig.", actor="anna"
    )
    trends.set_box_text(store, "vermogen", Layer.INTERNATIONAL, "Ook in Duitsland dalend.", actor="anna")
    burglary = next(b for b in trends.boxes(store, _corpus.TAXONOMY, access=ALL) if b.theme == "vermogen")
    assert burglary.meaning == "Minder inzet op inbraakpreventie nodig."
    assert burglary.international == "Ook in Duitsland dalend."
    assert burglary.warnings == ("Geen internationaal bewijs bij dit thema.",)
    assert [d.actor for d in trends.history(store, "theme:vermogen")] == ["anna", "anna"]
    assert trends.boxes(store, _corpus.TAXONOMY, access=ALL, theme="vermogen") == [burglary]


def test_a_public_box_holds_no_internal_evidence(store: Store) -> None:
    _corpus.monitor(store)
    secret = _corpus.internal(store)
    assignment = _corpus.keyword_assignment(store)
    trends.recluster(store, _corpus.TAXONOMY, access=ALL, embedder="tfidf", assignment=assignment)
    closed = next(b for b in trends.boxes(store, _corpus.TAXONOMY, access=ALL) if b.theme == "digitaal")
    assert secret.id in _sources(store, closed.national_evidence)
    public = next(
        b for b in trends.boxes(store, _corpus.TAXONOMY, access=AccessLevel.PUBLIC) if b.theme == "digitaal"
    )
    assert secret.id not in _sources(store, public.national_evidence)
    assert "Werknotitie" not in public.national and "Team Veiligheid" not in public.national


def test_scope_reads_region_publisher_and_wording() -> None:
    span = Span("s", 0, 1)
    figure = Figure(span, "12", 12.0, Unit.PERCENT, region="Duitsland")
    assert scope(figure, SourceMeta(region="Nederland")) is Layer.INTERNATIONAL
    assert scope(Figure(span, "12", 12.0, Unit.PERCENT, region="Rotterdam"), None) is Layer.NATIONAL
    statement = TrendStatement(span, "De cocaïnehandel neemt toe", "cocaïnehandel", trends.cluster.Change.UP)
    assert scope(statement, SourceMeta(publisher="Europol")) is Layer.INTERNATIONAL
    assert scope(statement, SourceMeta(publisher="WODC")) is Layer.NATIONAL
    worldwide = TrendStatement(
        span, "Wereldwijd neemt ransomware toe", "ransomware", trends.cluster.Change.UP
    )
    assert scope(worldwide, None) is Layer.INTERNATIONAL


def test_a_box_text_needs_a_known_layer(store: Store) -> None:
    with pytest.raises(ConfigError) as caught:
        trends.set_box_text(store, "vermogen", "lokaal", "x", actor="anna")
    assert str(caught.value) == "onbekende laag 'lokaal'. Kies internationaal, nationaal of betekenis"
