""""In het (hele) land" and numbered titles in wrapped text (issue 10, ``_figure_regions``).

"In het land" is the country a text is about: the one named last before as a scene, not one named
only to compare with ("net als in Duitsland"), and never over a sentence that names Nederland itself.
Countries the text does not name ("in sommige landen") give a figure no place from before. A numbered
title carries its place to its section only when it is a heading (a line of its own over
a paragraph), not a wrapped line of a letter that starts with a number.
"""

from __future__ import annotations

from tests.extract._helpers import figures_of


def _regions(text: str, value: float) -> list[str | None]:
    return [f.region for f in figures_of(text) if f.value == value]


def test_a_country_named_as_the_scene_is_the_land() -> None:
    text = ("In Turkije werden vorig jaar tienduizenden ambtenaren ontslagen. "
            "In het hele land zitten nog 50.000 mensen vast.")
    assert _regions(text, 50_000) == ["Turkije"]


def test_a_country_named_to_compare_with_is_not_the_land() -> None:
    text = ("Het aantal woninginbraken daalt, net als in Duitsland. "
            "In het hele land werden vorig jaar 42.000 inbraken gemeld.")
    assert _regions(text, 42_000) == ["Nederland"]
    text = ("Bij de politie ziet men een zelfde tendens als in België. "
            "Op 30 plaatsen in het land werden controles gehouden.")
    assert _regions(text, 30) == ["Nederland"]


def test_nederland_named_after_the_country_abroad_is_the_land_again() -> None:
    text = ("In Frankrijk is de stakingsgolf voorbij. In Nederland leggen de bonden het werk neer. "
            "Op twaalf plekken in het land wordt gedemonstreerd.")
    assert _regions(text, 12) == ["Nederland"]


def test_a_sentence_that_names_nederland_keeps_it() -> None:
    text = ("De Belgische regering kondigde maatregelen aan. "
            "In het hele land, dus ook in Nederland, verdwenen 300 banen.")
    assert _regions(text, 300) == ["Nederland"]


def test_a_numbered_heading_carries_its_place_to_its_section() -> None:
    text = ("Jaarverslag\n\n1 De economie\n\n1.1 De Nederlandse economie\n"
            "De groei bedroeg vorig jaar 2,7 procent, meldt het ministerie.\n")
    assert _regions(text, 2.7) == ["Nederland"]


def test_a_wrapped_line_of_a_letter_that_starts_with_a_number_is_no_heading() -> None:
    text = ("Aan de Voorzitter van de Tweede Kamer\n\n"
            "In het afgelopen seizoen zijn bij wedstrijden veel supporters aangehouden.\n"
            "12 Duitse supporters werden in\n"
            "Venlo aangehouden door de politie. Dat gebeurde vooral na de wedstrijden in de eredivisie.\n\n"
            "Het aantal arrestaties bij wedstrijden bedroeg dat seizoen ruim 400.\n")
    assert _regions(text, 400) == [None]


def test_unnamed_countries_take_no_place_from_before() -> None:
    text = ("Via de haven van Antwerpen komt veel cocaïne binnen. "
            "Een gram kost in sommige landen wel 120 euro, zeggen onderzoekers.")
    assert _regions(text, 120) == [None]
    text = ("Het kabinet wil de accijns op tabak verhogen. "
            "In veel andere landen kost een pakje sigaretten al meer dan 10 euro.")
    assert _regions(text, 10) == [None]
