"""Four figure errors found on unlabelled news (issue 10): a count written like a year ("werden
2000 aanhoudingen verricht"), parliamentary file numbers in brackets ("scholing (34556)"), an
ordinal before a singular noun ending in -en ("Een derde jongen") and the emergency number
("belde 112"). Invented sentences; the figures that must stay are beside them."""

from __future__ import annotations

import pytest

from tests.extract._helpers import figures_of


def _found(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, str(f.unit)) for f in figures_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In de gemeenten Amsterdam, Rotterdam, Den Haag en Utrecht werden 2000 aanhoudingen verricht.",
         [("2000 aanhoudingen", 2000.0, "count")]),
        ("Op het festival kwamen ruim 1950 bezoekers af.", [("ruim 1950 bezoekers", 1950.0, "count")]),
        ("Afgelopen jaar telde de politie 2019 inbraken in de regio.", [("2019 inbraken", 2019.0, "count")]),
        ("Bij de actie waren 2000 mannen betrokken.", [("2000 mannen", 2000.0, "count")]),
    ],
)
def test_a_number_like_a_year_before_a_plural_noun_is_a_count(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2018 werden ruim vierhonderd mensen aangehouden.",
        "Sinds 2015 meldingen van overlast binnenkomen, houdt de wijkagent een lijst bij.",
        "Het plan voor 2020 maken we nu al.",
        "In het jaar 2000 woningen bouwen was het doel.",
        "De verwachtingen uit de Miljoenennota 2018 lagen dicht bij de uiteindelijke realisatie.",
        # no qualifier or verb says "count": the year of a title or a month
        "Dreigingsbeeld 2024 ontwikkelingen in het kort.",
        "In juni 2024 aanslagen verijdeld in drie landen.",
    ],
)
def test_a_year_before_a_plural_stays_a_year(text: str) -> None:
    assert [f for f in _found(text) if f[1] in (2015.0, 2018.0, 2020.0, 2000.0, 2024.0)] == []


def test_a_bracketed_file_number_is_no_figure() -> None:
    text = (
        "De commissie bespreekt het wetsvoorstel fiscale maatregelen rijksmonumenten en scholing (34556). "
        "Zie ook Kamerstuk 34557."
    )
    assert _found(text) == []
    assert _found("Het aantal woninginbraken (34.556) daalde.") == [("34.556", 34556.0, "count")]


def test_an_ordinal_before_a_singular_noun_on_en_is_no_share() -> None:
    assert _found("Een derde jongen werd later op de avond aangehouden.") == []
    assert _found("De serie krijgt een vierde seizoen.") == []
    assert _found("Een derde inwoners vindt de buurt onveilig.") == [("Een derde", 33.3, "percent")]
    assert _found("Een derde wonen nog bij hun ouders.") == [("Een derde", 33.3, "percent")]
    assert _found("Een vijfde kankerdoden komt door roken.") == [("Een vijfde", 20.0, "percent")]


@pytest.mark.parametrize(
    "text",
    [
        "Een getuige belde meteen 112.",
        "De buurman belde naar 112 en de politie kwam snel.",
        "Hij deed valse meldingen naar 112, waardoor de politie vaak uitrukte.",
        "Direct werd 112 gebeld en een agent reanimeerde het slachtoffer.",
        "Dankzij een alerte melding via 112 konden we de verdachte aanhouden.",
    ],
)
def test_the_emergency_number_is_no_figure(text: str) -> None:
    assert _found(text) == []


def test_112_as_an_amount_stays_a_figure() -> None:
    assert ("112", 112.0, "count") in _found("Het aantal inbraken steeg van 98 naar 112.")
    assert _found("Er kwamen 112 meldingen binnen.") == [("112 meldingen", 112.0, "count")]
