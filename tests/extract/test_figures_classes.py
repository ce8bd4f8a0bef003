"""Figure wording classes of issue 10, one invented sentence each: written numbers anywhere in a
sentence, units beyond percent, count and euro, vague amounts, rates on their own base, and the
numbers that are no figures (pages, footnote markers, axis labels, scale levels, references)."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of
from trendbeeld.model import Figure


def _values(text: str) -> list[tuple[float, str]]:
    return [(f.value, str(f.unit)) for f in items_of(Figure, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er zijn vijf mobiele teams en twaalf wijkagenten actief.", [(5.0, "count"), (12.0, "count")]),
        ("Het gaat om zeventig procent van de zaken.", [(70.0, "percent")]),
        ("De politie nam 349 kilo cocaïne en 2 ton hasj in beslag.", [(349.0, "other"), (2.0, "other")]),
        ("De verdachte kreeg vier jaar cel.", [(4.0, "years")]),
        ("Het aantal verdubbelde: 3 keer zoveel als in 2015.", [(2.0, "factor"), (3.0, "factor")]),
        ("Honderden inwoners en tientallen agenten waren op de been.", [(100.0, "count"), (10.0, "count")]),
        ("De daling was -75.1% in een jaar.", [(75.1, "percent")]),
        ("Landelijk ging het om 45.000 meldingen.", [(45000.0, "count")]),
    ],
)
def test_a_wording_class_gives_its_figure(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


def test_a_rate_on_its_own_base_keeps_that_base() -> None:
    text = "Er waren 4,2 misdrijven per 1.000 inwoners en 35 per 100.000 inwoners."
    figures = items_of(Figure, text)
    assert [(f.value, str(f.unit), f.text) for f in figures] == [
        (4.2, "per_1000", "4,2 misdrijven per 1.000 inwoners"),
        (35.0, "other", "35 per 100.000 inwoners"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Zie pagina 12. Dit staat in hoofdstuk 3 en tabel 4.1.",
        "Het dreigingsniveau staat op niveau 4 van de 5.",
        "Artikel 3 van de wet en Kamerstuk 29911, nr. 12.",
        "0\n\n10\n\n20\n\n30\n\n40\n\nAantal meldingen per jaar",
        "De demonstratie begon om 8 uur en om 22.30 werd het plein ontruimd.",
    ],
)
def test_pages_references_scales_axes_and_clock_times_are_no_figures(text: str) -> None:
    assert items_of(Figure, text) == []


def test_a_footnote_marker_glued_to_a_word_is_no_figure() -> None:
    assert _values("De inflatie1 steeg. Het tekort2 daalde met 3 procent.") == [(3.0, "percent")]
