"""Regions of figures on a line of their own and carried lists of towns (issue 10, ``_figure_regions``).

A subhead without a stop over its paragraph, or a title broken over two lines, takes the place that
opens the next line; a news article's own title line does not. A list of towns named in the sentence
before is carried like one town.
"""

from __future__ import annotations

from tests.extract._helpers import figures_of


def _regions(text: str, value: float) -> list[str | None]:
    return [f.region for f in figures_of(text) if f.value == value]


def test_a_subhead_takes_the_place_of_its_paragraph() -> None:
    text = (
        "Inbraken in bedrijfspanden\n\n"
        "Het aantal inbraken bij bedrijven nam toe, meldt de verzekeraar. De schade liep op in Duitsland.\n"
        "Voor 12 miljoen euro aan spullen buitgemaakt\n"
        "Vorig jaar werd in ons land voor 12 miljoen euro aan spullen gestolen uit loodsen.\n"
    )
    assert _regions(text, 12_000_000)[0] == "Nederland"


def test_a_title_broken_over_two_lines_takes_the_place_of_its_second_line() -> None:
    text = (
        "Persoverzicht\n\nTrouw | 3 maart 2020\n"
        "Bijna de helft \nNederlanders wil strengere regels voor vuurwerk\n"
    )
    assert _regions(text, 50) == ["Nederland"]


def test_a_news_title_takes_no_place_from_its_lead() -> None:
    text = (
        "Zeven auto's in brand gestoken\n\n"
        "In Almere zijn vannacht zeven auto's in brand gestoken, meldt de politie.\n"
    )
    assert _regions(text, 7)[0] is None


def test_a_line_that_ends_with_a_stop_takes_nothing_from_the_next() -> None:
    text = (
        "Verslag\n\nDe vereniging telde vorig jaar 400 leden.\n"
        "In Utrecht werden twee nieuwe afdelingen opgericht.\n"
    )
    assert _regions(text, 400) == [None]


def test_a_list_of_towns_is_carried_like_one_town() -> None:
    text = (
        "Agenten deden dinsdag invallen in Tilburg, Breda en Oss. "
        "Daarbij werden 40 hennepplanten en drie vuurwapens in beslag genomen."
    )
    assert _regions(text, 40) == ["Tilburg, Breda en Oss"]


def test_the_toll_of_an_attack_takes_the_place_of_the_attack() -> None:
    text = "Bij een schietpartij in Zwolle zijn gisteravond drie mensen gewond geraakt. De politie zoekt."
    assert _regions(text, 3) == ["Zwolle"]
    text = "In een café in Venlo brak een steekpartij uit. Daarbij kwamen twee bezoekers om het leven."
    assert _regions(text, 2) == ["Venlo"]


def test_the_people_of_one_case_still_take_no_place() -> None:
    text = "In Zwolle zijn twee verdachten aangehouden voor de dood van een taxichauffeur."
    assert _regions(text, 2) == [None]


def test_a_country_adjective_after_in_een_is_where_it_happened() -> None:
    text = (
        "Vorige week stak een man om zich heen in een Franse nachttrein. "
        "Daarbij raakten vijf reizigers gewond."
    )
    assert _regions(text, 5) == ["Frankrijk"]
