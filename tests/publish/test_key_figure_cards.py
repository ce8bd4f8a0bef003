"""Key-figure cards read as an analyst needs them, on real reports of ../shared/corpus/real: a label
names what was measured, not only of whom ("Buurtbewoners", "Percentage onder kwetsbare inwoners"), a
value carries no writer's verdict ("Slechts 8%"), and a theme's cards that mix areas or years say so
(publish/_select.figure_label, card_value; publish/_spread.note)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import require
from trendbeeld import extract, sources
from trendbeeld.model import Figure, Source, SourceMeta, SourceType
from trendbeeld.publish import _select, _spread

REPORTS = (
    "corpus/real/reports/vng_burgerpeiling_verbondenheid_door_burenhulp_2023.pdf",
    "corpus/real/reports/vng_burgerpeiling_mantelzorg_2023.pdf",
    "corpus/real/reports/student_report_crime_and_wealth_municipalities_2026_en.pdf",
    "corpus/real/reports/vng_burgerpeiling_eenzaamheid_en_sociale_veerkracht_2023.pdf",
    "corpus/real/reports/tweedekamer_besluitenlijst_fin_2016-10-28.pdf",
    "corpus/real/reports/dashboard_crime_nl_analyse_83648NED_2010_2022.txt",
)


@pytest.fixture(scope="module")
def figures(shared: Path) -> tuple[dict[str, Source], list[Figure]]:
    found: dict[str, Source] = {}
    items: list[Figure] = []
    for name in REPORTS:
        path = shared / name
        require(path.is_file(), f"{path.name} ontbreekt in {shared}")
        (source,) = sources.read(str(path), meta=SourceMeta(type=SourceType.PUBLICATION), encoding=None)
        found[source.id] = source
        items += [i for i in extract.extract(source) if isinstance(i, Figure)]
    return found, items


def test_labels_name_what_was_measured(figures: tuple) -> None:  # type: ignore[type-arg]
    _, items = figures
    labels = {_select.figure_label(f) for f in items} - {""}
    assert len(labels) >= 10
    assert not [label for label in labels if _select.names_only_whom(label)]
    for label in (
        "Buurtbewoners",
        "Inwoners",
        "Percentage onder kwetsbare inwoners",
        "Aandeel bij jongeren",
        "Zoals hulp bij administratie of advies bij aanvragen",
        "Volwassen bevolking",
        "Mensen in de leeftijdsgroep",
    ):
        assert _select.names_only_whom(label), label
    for label in (
        "Aantal inwoners",
        "Percentage inwoners dat zich eenzaam voelt",
        "Waardering voor de buurt",
    ):
        assert not _select.names_only_whom(label), label


def test_one_word_names_no_measure_of_a_stated_figure(figures: tuple) -> None:  # type: ignore[type-arg]
    _, items = figures
    indicators = {(f.indicator or "").casefold() for f in items}
    assert {"vergelijking", "uitbraak", "week"} & indicators  # "namelijk 65% in vergelijking met 75%"
    labels = {_select.figure_label(f) for f in items} - {""}
    assert not [label for label in labels if len(label.split()) == 1]


def test_a_measure_inside_a_clause_labels_its_card() -> None:
    """The sentence of a place and a year around a measure: "In Amsterdam steeg het aantal
    zakkenrollerijen in 2023 met 8 procent" labels its card by the measure, not "Amsterdam"."""
    text = "In Amsterdam steeg het aantal zakkenrollerijen in 2023 met 8 procent.\n"
    source = Source.create("monitor.txt", text, SourceMeta(type=SourceType.PUBLICATION))
    (figure,) = [i for i in extract.extract(source) if isinstance(i, Figure)]
    assert _select.figure_label(figure) == "Het aantal zakkenrollerijen"
    cut = replace(figure, indicator="valt een daling waar te nemen in het aantal opgeloste gewelds")
    assert _select.figure_label(cut) != "Het aantal opgeloste gewelds"  # a word cut by the indicator's end


def test_a_value_carries_no_verdict(figures: tuple) -> None:  # type: ignore[type-arg]
    _, items = figures
    said = [f for f in items if f.text.casefold().startswith(("slechts ", "maar liefst "))]
    assert said, "the polls state such figures"
    for figure in said:
        value = _select.card_value(figure.text)
        assert value[:1].isdigit() or value.split()[0].casefold() in {
            "één",
            "een",
            "twee",
            "drie",
            "de",
            "ruim",
        }
    assert _select.card_value("ruim 8%") == "ruim 8%"  # a hedge changes what the number says


def test_cards_of_mixed_areas_and_years_say_so(figures: tuple) -> None:  # type: ignore[type-arg]
    found, items = figures
    cards = _select.key_figures(items, found, theme="zorg", limit=20)
    assert len(cards) >= 3
    areas = {c.region for c in cards}
    note = _spread.note(cards)
    if len(areas) > 1:
        assert "verschillende gebieden" in note
    one_area = [c for c in cards if c.region == cards[0].region and c.period == cards[0].period]
    assert _spread.note(one_area[:1]) == ""
    assert not any(c.value.casefold().startswith("slechts") for c in cards)
    labels = [c.label.casefold() for c in cards]
    assert len(labels) == len(set(labels))  # one card per label
