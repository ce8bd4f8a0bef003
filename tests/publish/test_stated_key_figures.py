"""A stated key figure names what it measures, and measures something now (real edition, issue 11).

The real intern edition showed cards an analyst would not sign: "Aanzienlijke stijging — 11%,
2018, neemt toe" (the 11% is the past of a comparison, and a change is no measure), "Behalen —
7,3" (the verb closing "een hogere score van 7,3 behalen"), "Onderzoek — 85 jaar" (the upper age of
who was asked) and "Het aantal mantelzorgverleners af — 65 jaar". Real parts: the four VNG
Burgerpeiling reports, added through the CLI into SQLite and read as an edition reads them.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from trendbeeld.model import Figure, TrendStatement
from trendbeeld.publish import _select
from trendbeeld.publish._corpus import Corpus


@pytest.fixture(scope="module")
def corpus(vng_corpus: Corpus) -> Corpus:
    return vng_corpus


def test_cards_name_a_measure_of_now(corpus: Corpus) -> None:
    figures = [e for e in corpus.evidence.values() if isinstance(e, Figure)]
    cards = _select.key_figures(figures, corpus.sources, theme="zorg", limit=len(figures))
    labels = {c.label for c in cards}
    values = {c.value for c in cards}
    # a change, a verb, a survey and a particle name no measure
    unfit = {"Aanzienlijke stijging", "Behalen", "Toekennen", "Rapporteren", "Maken", "Percentage"}
    assert not labels & unfit
    assert not any(label.endswith(" af") for label in labels)
    # ages that bound who was asked are no key figures; the 11 % of 2018 was the past of a comparison
    assert not values & {"85 jaar", "65 jaar", "39 jaar"}
    assert not [c for c in cards if c.value == "11%" and c.period == "2018"]
    # what the reports do measure stays
    assert "Oppassen op kinderen of huisdieren" in labels
    # a share among a group names whom, not what ("het percentage onder kwetsbare inwoners op 25%"
    # of those who help their relatives often): no card label (`_select.names_only_whom`)
    assert "Percentage onder kwetsbare inwoners" not in labels
    assert len(cards) >= 10


def test_an_average_age_is_a_measure(corpus: Corpus) -> None:
    """The age rule reads the sentence: 'gemiddeld' makes an age a measure again."""
    figure = next(e for e in corpus.evidence.values() if isinstance(e, Figure) and e.text == "85 jaar")
    source = corpus.sources[figure.span.source_id]
    assert not _select.card_worthy(figure, source)
    start, end = figure.span.start, figure.span.end
    said = replace(source, text=f"{source.text[:start]}gemiddeld {source.text[start:]}")
    moved = replace(figure, span=replace(figure.span, start=start + 10, end=end + 10))
    assert said.text[moved.span.start : moved.span.end] == "85 jaar"
    assert _select.card_worthy(moved, said)


def test_a_rise_and_a_fall_of_one_phenomenon_are_one_development(corpus: Corpus) -> None:
    """The mantelzorg report says the number of informal carers rises, and falls from the age of 65:
    the theme page listed 'Aantal mantelzorgverleners neemt af' beside '… neemt toe', unflagged."""
    statements = [e for e in corpus.evidence.values() if isinstance(e, TrendStatement)]
    views = _select.developments(statements, corpus.sources, theme="zorg", limit=len(statements))
    carers = [v for v in views if v.title.startswith("Aantal mantelzorgverleners")]
    assert [(v.title, v.change, v.change_label) for v in carers] == [
        ("Aantal mantelzorgverleners: wisselend (neemt toe en neemt af)", "mixed", "wisselend")
    ]
    assert len(carers[0].links) == 2  # both statements stay traceable
