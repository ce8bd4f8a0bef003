"""A shared noun of change is no shared phenomenon, and an unnamed report is no second voice beside a
named one (trends/_coherence.names_core, trends/events.voices), on real parts of ../shared/corpus/real
stored in SQLite.

On a re-run of `trends cluster` over the real corpus, the VNG poll's "een sterke verbetering van de
situatie optreedt" (a phenomenon that is only a vague head) and the Tweede Kamer decision list's quoted
section name ("in het onderdeel “Verbetering evaluatiestelsel” is de tekst … vervangen") made the
candidate "Verbetering evaluatiestelsel" with two voices: the two share the change, not what changes.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from trendbeeld import pipeline
from trendbeeld.model import AccessLevel, Change, SourceMeta, SourceType, Span, TrendStatement, evidence_id
from trendbeeld.store import open_store
from trendbeeld.store import sources as source_store
from trendbeeld.trends import _coherence, cluster, events, signals
from trendbeeld.trends._items import Item, load_items, source_metas
from trendbeeld.trends.embed import TfidfEmbedder

REPORTS = "corpus/real/reports"
DECISION_LIST = "tweedekamer_besluitenlijst_fin_2016-10-28.pdf"
POLL = "vng_burgerpeiling_eenzaamheid_en_sociale_veerkracht_2023.pdf"
ANALYSIS = "dashboard_crime_nl_analyse_83648NED_2010_2022.txt"  # names no publisher
EVERY = AccessLevel.CONFIDENTIAL
Stored = tuple[list[Item], dict[str, SourceMeta], dict[str, str]]


@pytest.fixture(scope="module")
def stored(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Stored:
    """The three real reports read as the user adds them (publishers read from their own text): their
    items, metadata and source ids by file name."""
    folder = tmp_path_factory.mktemp("rapporten")
    for name in (DECISION_LIST, POLL, ANALYSIS):
        shutil.copy(shared / REPORTS / name, folder / name)
    store = open_store(str(folder / "reports.db"))
    try:
        report = pipeline.ingest(store, [folder], workers=1)
        assert not report.errors
        ids = {Path(s.origin).name: s.id for s in source_store.list_sources(store, access=EVERY)}
        items = load_items(store, access=EVERY, taxonomy=None, assignment={})
        return items, source_metas(store, access=EVERY), ids
    finally:
        store.close()


def test_a_shared_change_noun_does_not_make_a_poll_back_a_decision_lists_section(
    stored: Stored,
) -> None:
    items, metas, ids = stored
    decision, poll = ids[DECISION_LIST], ids[POLL]
    assert events.voice(decision, metas[decision]) != events.voice(poll, metas[poll])  # two publishers
    section = [i for i in items if i.source_id == decision and i.focus == "Verbetering evaluatiestelsel"]
    improving = [i for i in items if i.source_id == poll and "verbetering van de situatie" in i.context]
    assert section and improving
    members = [*section, *improving]
    vectors = cluster.embed_items(members, TfidfEmbedder())
    index = {item.id: n for n, item in enumerate(members)}
    found = cluster.Candidate(None, tuple((m.id, 1.0) for m in members), cluster.centroid(vectors))
    kept = _coherence.backing(found, members, index, vectors, lambda _source: False)
    assert {members[index[e]].source_id for e in kept.ids} == {decision}
    evidence = [members[index[e]].evidence for e in kept.ids]
    qualification = events.qualify(evidence, metas, events.Exposure(metas))
    assert not qualification.qualifies  # one voice is no trend


@pytest.mark.parametrize(
    ("phrase", "text", "named"),
    [
        ("Verbetering evaluatiestelsel", "een sterke verbetering van de situatie optreedt", False),
        ("toename van woninginbraken", "De toename van het aantal fietsdiefstallen", False),
        ("toename van woninginbraken", "het aantal woninginbraken steeg", True),
        ("groei van de vraag naar mantelzorg", "steeds meer ouderen zijn afhankelijk van mantelzorg", True),
    ],
)
def test_a_noun_of_change_is_not_the_core_of_a_phrase(phrase: str, text: str, named: bool) -> None:
    assert _coherence.names_core(text, phrase) is named


def test_an_unnamed_report_is_no_second_voice_beside_a_named_one(
    stored: Stored,
) -> None:
    """The crime analysis names no publisher; beside the VNG poll (a report as well) it may be one of
    VNG's own, so the two are one voice. Beside news or a team's signal it is a voice of its own: an
    outlet or a team publishes no report."""
    _items, metas, ids = stored
    poll, analysis = ids[POLL], ids[ANALYSIS]
    assert events.voice(analysis, metas[analysis]) == events.UNKNOWN_VOICE
    title = "Aantal misdrijven in Zoetermeer loopt weer op"
    news = SourceMeta(SourceType.NEWS, title, "ad.nl", date(2019, 5, 1))
    signal = SourceMeta(SourceType.SIGNAL, "Werknotitie", organisation="Team Veiligheid")
    every = {**metas, "nieuws": news, "signaal": signal}
    assert events.voices([poll, analysis], every) == {events.voice(poll, metas[poll])}
    assert len(events.voices([analysis, "nieuws"], every)) == 2
    assert len(events.voices([analysis, "signaal"], every)) == 2

    def said(source: str) -> TrendStatement:
        return TrendStatement(Span(source, 0, 1), "misdrijven", "het aantal misdrijven", Change.DOWN)

    assert signals.support([said(poll), said(analysis)], every).voices == 1
    assert signals.support([said(analysis), said("nieuws")], every).voices == 2


def test_evidence_ids_stay_those_of_the_store(stored: Stored) -> None:
    items, _metas, _ids = stored
    assert all(item.id == evidence_id(item.evidence) for item in items)
