"""One phenomenon under several names is one candidate, and a verdict says no more than its evidence.

Seen on the real corpus: "Afname van criminaliteit" stood beside "Wisselend beeld: misdrijven" (one
phenomenon, two candidates, opposite verdicts), the crime verdict was "wisselend" because statements
about one municipality and about one kind of crime voted against the national total, and a news topic
at p 0.018 (against ALPHA 0.01) came and went between runs.
"""

from __future__ import annotations

import random
import shutil
from datetime import date
from pathlib import Path

import pytest

from trendbeeld import extract, pipeline, sources, trends
from trendbeeld.model import (
    AccessLevel,
    Change,
    Evidence,
    Figure,
    SourceMeta,
    SourceType,
    Span,
    TrendStatement,
    TrendStatus,
    Unit,
)
from trendbeeld.sources.manifest import MANIFEST_NAME
from trendbeeld.store import open_store
from trendbeeld.trends import _synonyms, cluster, events
from trendbeeld.trends._words import item_phrase

DASHBOARD = "corpus/real/reports/dashboard_crime_nl_analyse_83648NED_2010_2022.txt"
MONTHS = [(2017 + m // 12, m % 12 + 1) for m in range(24)]  # two years, the last three months recent


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("het aantal misdrijven", "hoeveelheid criminaliteit"),
        ("totale aantal geregistreerde misdrijven", "criminaliteit"),
        ("misdaadcijfers", "misdrijven"),
        ("geweldsdelicten", "geweldsmisdrijven"),
        ("overlast door jongeren", "jongerenoverlast"),
        ("strafbare feiten", "misdrijven"),
    ],
)
def test_words_of_one_synonym_group_name_one_phenomenon(first: str, second: str) -> None:
    assert _synonyms.same_phenomenon(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("vermogensmisdrijven", "misdrijven"),  # a kind of crime
        ("woninginbraken", "inbraken"),
        ("aangiften", "misdrijven"),  # how often victims report is no measure of crime itself
        ("totale aantal opgehelderde misdrijven", "misdrijven"),  # another measure
        ("aantal misdrijven in Zoetermeer", "misdrijven"),  # one place
    ],
)
def test_kinds_measures_and_places_are_other_phenomena(first: str, second: str) -> None:
    assert not _synonyms.same_phenomenon(first, second)


def test_a_kind_by_its_compound_head_is_related_not_a_synonym() -> None:
    assert _synonyms.kinds_of_one("vermogensmisdrijven", "het aantal misdrijven")
    assert _synonyms.kinds_of_one("winkeldiefstal", "diefstal")
    assert not _synonyms.kinds_of_one("fraude", "oplichting")  # unrelated words: a model may judge them


def _said(phenomenon: str, change: Change, source: str = "analyse") -> TrendStatement:
    return TrendStatement(Span(source, 0, 1), f"{phenomenon} …", phenomenon, change)


def test_places_and_kinds_do_not_contradict_the_total() -> None:
    """Sentences as a crime analysis writes them: the total falls; one town and one kind rise."""
    members = [
        _said("totale aantal geregistreerde misdrijven", Change.DOWN),
        _said("totale aantal misdrijven", Change.DOWN),
        _said("hoeveelheid criminaliteit", Change.DOWN),
        _said("aantal misdrijven", Change.DOWN),
        _said("aantallen geregistreerde misdrijven", Change.DOWN),
        _said("aantal misdrijven in Zoetermeer", Change.UP),
        _said("aantal misdrijven in Alphen", Change.UP),
        _said("hoeveelheid vuurwapenmisdrijven", Change.UP),
        _said("aantal vernielingen en misdrijven tegen de openbare orde", Change.UP),
    ]
    assert cluster.direction(members) == (Change.DOWN, True)  # every member votes: "wisselend"
    assert cluster.direction(members, phrase="het aantal misdrijven") == (Change.DOWN, False)
    title = cluster.title(members, Change.DOWN, False)
    assert title.startswith("Afname van ")


def test_a_broader_statement_of_the_other_direction_still_conflicts() -> None:
    """"Gevoelens van eenzaamheid" speaks of "sterke gevoelens van eenzaamheid" too: a poll that
    says the one rose and the other fell reads as "wisselend", not as a rise."""
    members = [
        _said("sterke gevoelens van eenzaamheid", Change.UP, "peiling-1"),
        _said("gevoelens van eenzaamheid", Change.DOWN, "peiling-2"),
        _said("incidentie van eenzaamheid", Change.UP, "peiling-2"),
    ]
    assert cluster.direction(members, phrase="sterke gevoelens van eenzaamheid") == (None, True)


def test_without_a_member_of_the_phenomenon_itself_every_member_votes() -> None:
    members = [_said("vuurwapenmisdrijven", Change.UP), _said("misdrijven in Alphen", Change.UP)]
    figure = Figure(Span("analyse", 0, 1), "12%", 12.0, Unit.PERCENT, indicator="vernielingen",
                    direction=Change.DOWN)
    assert cluster.direction([*members, figure], phrase="misdrijven") == (Change.UP, False)


def _exposure(per_month: int) -> events.Exposure:
    metas = {
        f"alle-{y}-{m}-{i}": SourceMeta(type=SourceType.NEWS, publisher=f"omroep-{i % 3}",
                                         date=date(y, m, 1 + i % 28))
        for y, m in MONTHS
        for i in range(per_month)
    }
    return events.Exposure(metas)


def _topic(counts: list[int]) -> dict[str, SourceMeta]:
    return {
        f"topic-{y}-{m}-{i}": SourceMeta(
            type=SourceType.NEWS, publisher=f"krant-{i % 2}", date=date(y, m, 1 + i)
        )
        for (y, m), n in zip(MONTHS, counts, strict=True)
        for i in range(n)
    }


def _threats(source_id: str) -> TrendStatement:
    return TrendStatement(Span(source_id, 0, 1), "bedreiging van een wethouder", "bedreiging", Change.UP)


def test_a_marginal_rise_of_events_is_a_candidate_that_claims_nothing() -> None:
    """One event decides between p 0.009 and p 0.023: the topic stays a candidate either way, and
    reads "Mogelijk meer berichten over …" without a direction when the test is unsure."""
    exposure = _exposure(40)
    sure, unsure = _topic([1] * 21 + [3, 3, 3]), _topic([1] * 21 + [3, 3, 2])
    found = {}
    for name, metas in (("sure", sure), ("unsure", unsure)):
        signal = events.event_signal(sorted(metas.items()), exposure)
        assert signal is not None
        evidence = [_threats(s) for s in sorted(metas)]
        qualification = events.qualify(evidence, metas, exposure)
        assert qualification.qualifies, name
        found[name] = (signal, cluster.title(evidence, signal.change, False, is_event=lambda _s: True,
                                             event_change=signal.change, uncertain=signal.marginal))
    sure_signal, sure_title = found["sure"]
    unsure_signal, unsure_title = found["unsure"]
    assert sure_signal.significant and not sure_signal.marginal and sure_signal.change == Change.UP
    assert sure_title == "Meer berichten over bedreigingen"
    assert events.ALPHA <= unsure_signal.p_value < events.MARGINAL_ALPHA
    assert unsure_signal.marginal and unsure_signal.change is None
    assert unsure_title == "Mogelijk meer berichten over bedreigingen"
    # Far from significant (p 0.22): no candidate.
    weak = _topic([1] * 21 + [2, 2, 1])
    assert not events.qualify([_threats(s) for s in sorted(weak)], weak, exposure).qualifies


def test_the_real_crime_analysis_gives_one_crime_candidate_with_an_honest_verdict(
    shared: Path, tmp_path: Path
) -> None:
    """The real crime analysis (and the same text as a second, regional source of another publisher)
    on a SQLite file: "misdrijven" and "criminaliteit" are one candidate, and its verdict is the fall
    of the total that the analysis states, not "wisselend". Without publishers the two would be one
    unknown voice (`events.voice`), and no candidate."""
    folder = tmp_path / "bronnen"
    folder.mkdir()
    shutil.copy(shared / DASHBOARD, folder / "analyse.txt")
    (folder / "regio.txt").write_text(
        (shared / DASHBOARD).read_text(encoding="utf-8") + "\nDe overlast door jongeren nam in 2023 toe.\n",
        encoding="utf-8",
    )
    (folder / MANIFEST_NAME).write_text(
        "files:\n  analyse.txt: {uitgever: Dashboard Crime NL}\n"
        "  regio.txt: {uitgever: Veiligheidshuis Regio}\n",
        encoding="utf-8",
    )
    store = open_store(str(tmp_path / "analyse.db"))
    try:
        assert not pipeline.ingest(store, [folder], workers=1).errors
        pipeline.analyse(store, "regionaal", access=AccessLevel.CONFIDENTIAL, embedder="tfidf")
        found = trends.list_trends(store, access=AccessLevel.CONFIDENTIAL, status=TrendStatus.CANDIDATE)
        # Kinds of crime ("vuurwapenmisdrijven", "misdrijven tegen openbare orde") are trends of their own.
        crime = [t for t in found if _synonyms.concepts(t.title.split(": ")[-1]) == {"=criminaliteit"}]
        titles = [t.title for t in found]
        assert len(crime) == 1, titles
        assert crime[0].direction == Change.DOWN and not crime[0].conflicting, titles
        assert crime[0].title.startswith("Afname van "), titles
    finally:
        store.close()


def _crime_members(shared: Path) -> list[Evidence]:
    """The statements and figures of the real crime analysis that speak of crime, its kinds or its
    measures: the members of its candidate, whichever the cluster borders are."""
    source = next(iter(sources.read(str(shared / DASHBOARD), meta=SourceMeta())))
    found = [e for e in extract.extract(source) if isinstance(e, (TrendStatement, Figure))]
    return [e for e in found if _speaks_of_crime(item_phrase(e) or "")]


def _speaks_of_crime(phrase: str) -> bool:
    return any(concept.endswith("=criminaliteit") for concept in _synonyms.concepts(phrase))


def test_the_headline_measure_of_the_crime_analysis_titles_it_wherever_its_centre_lies(shared: Path) -> None:
    """The analysis states the fall of all crime six times and the fall of cleared crimes four times:
    its candidate is titled by all crime, however its members are ranked (the rank stands for the
    cluster's centre, which moves with the borders). A narrower phrase that always carried the
    broader one's weight titled it "Afname van opgehelderde misdrijven" when those came first."""
    members = _crime_members(shared)
    cleared = [e for e in members if "opgehelderd" in _synonyms.concepts(item_phrase(e) or "")]
    assert len(cleared) >= 3 and len(members) - len(cleared) >= 5, [e.text for e in members]
    rest = [e for e in members if e not in cleared]
    orders = [members, cleared + rest, rest + cleared, members[::-1]]
    for seed in range(6):
        shuffled = list(members)
        random.Random(seed).shuffle(shuffled)
        orders.append(shuffled)
    for order in orders:
        phrase = cluster.best_phrase(order)
        assert _synonyms.concepts(phrase) == {"=criminaliteit"}, (phrase, [e.text for e in order[:4]])
        assert cluster.title(order, Change.DOWN, False).startswith("Afname van ")


def _statement(phenomenon: str, change: Change) -> TrendStatement:
    return TrendStatement(Span("rapport", 0, 1), phenomenon, phenomenon, change)


def test_a_sub_measure_stated_more_than_its_total_titles_the_trend() -> None:
    """The other way round: when the members state the cleared crimes more than the total, the
    cleared crimes name the trend (the phrase stated more carries the other's weight)."""
    evidence: list[Evidence] = [
        _statement("het aantal opgehelderde misdrijven", Change.DOWN),
        _statement("het totale aantal opgehelderde misdrijven", Change.DOWN),
        _statement("opgehelderde misdrijven", Change.DOWN),
        _statement("het aantal misdrijven", Change.DOWN),
    ]
    assert _synonyms.concepts(cluster.best_phrase(evidence[::-1])) == {"=criminaliteit", "opgehelderd"}
