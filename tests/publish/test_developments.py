"""What a concept edition names: developments a title could name, key figures as a reader names them."""

from __future__ import annotations

from pathlib import Path

from trendbeeld import extract
from trendbeeld.model import Change, Source, SourceMeta, SourceType, Span, TrendStatement
from trendbeeld.publish import _keyfigures, _select

POLICE_TABLE = "corpus/real/statistics/politie_nl_misdrijven_per_soort_2012_2023.csv"

REPORT = (
    "Het aantal woninginbraken daalt al jaren in de regio.\n\n"
    "De wijziging kondigt de staatssecretaris een derde nota aan en neemt toe.\n\n"
    "De vaste commissie voor Financiën groeit sterk."
)


def test_a_development_is_named_by_a_phenomenon_not_a_fragment_or_a_body() -> None:
    source = Source.create("rapport.txt", REPORT, SourceMeta(SourceType.PUBLICATION, "Rapport", "CBS"))
    statements = [e for e in extract.extract(source) if isinstance(e, TrendStatement)]
    assert statements, "the extractor finds the statements of change"
    shown = _select.developments(statements, {source.id: source}, theme="criminaliteit")
    titles = [view.title for view in shown]
    assert any("woninginbraken" in title.casefold() for title in titles), titles
    assert not any("staatssecretaris" in title or "commissie" in title for title in titles), titles


def test_a_restated_shift_joins_its_change_and_the_verb_agrees_with_a_plural() -> None:
    source = Source.create("peiling.txt", "x" * 100, SourceMeta(SourceType.POLL, "Peiling", "VNG"))

    def said(phenomenon: str, change: Change, at: int) -> TrendStatement:
        return TrendStatement(Span(source.id, at, at + 1), "x", phenomenon, change)

    statements = [
        said("afhankelijkheid van sociale netwerken", Change.UP, 1),
        said("afhankelijkheid van sociale netwerken", Change.SHIFT, 5),  # "een verschuiving" after it
        said("ervaren beperkingen", Change.DOWN, 9),
        said("het aantal inbraken", Change.UP, 20),
    ]
    titles = sorted(v.title for v in _select.developments(statements, {source.id: source}, theme="zorg"))
    assert titles == [
        "Afhankelijkheid van sociale netwerken neemt toe",
        "Ervaren beperkingen nemen af",
        "Het aantal inbraken neemt toe",
    ]


def test_a_key_figure_is_named_without_the_tables_outline_number(shared: Path) -> None:
    """The police table numbers its crime types ("2.2.1 Kinderporno"); a card names the type."""
    lines = (shared / POLICE_TABLE).read_text(encoding="utf-8").splitlines()[1:]
    names = {line.split(",")[0] for line in lines}
    numbered = sorted(n for n in names if n[:1].isdigit())
    assert numbered, "the real table numbers its crime types"
    for name in numbered:
        shown = _keyfigures.indicator_name(name)
        assert shown and not shown[:1].isdigit() and shown in name, (name, shown)
    assert _keyfigures.indicator_name("Totaal misdrijven") == "Totaal misdrijven"
