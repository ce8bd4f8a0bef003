"""A list of one-line topics under a heading, between running text (web analyses compiled from pages).

The heading over the list ("Beeld partners") is the section; the verbless topics listed under it
("Woninginbraak", "Overlast van jongeren") are list items, not headings. A sub-heading directly over
its paragraph stays a section, and a heading over a single line stays as it was. The same holds when the
topics stand in the heading's block, and in text without blank lines (a paragraph per line). A title
over a table's head row of years ("Politiecijfers" / "2015 2016 2017 2018 t/m Q2") is a table title."""

from __future__ import annotations

from trendbeeld.model import Source
from trendbeeld.themes import sections

TITLE = "Veiligheidsbeeld Zuidhoven 2020—2023\n\n"
PAGE = (
    "Veilige wijken\n\n"
    "Het aantal woninginbraken in Zuidhoven is in de afgelopen vier jaar sterk gedaald. "
    "Ook het aantal fietsdiefstallen ligt lager dan in 2020.\n\n"
)
TOPICS = (
    "Beeld partners\n\n"
    "Woninginbraak in de oudere wijken\n\n"
    "Overlast van jongeren rond het winkelcentrum\n\n"
    "Zwerfvuil en vernielingen\n\n"
    "Partners noemen overlast van jongeren en zwerfvuil als belangrijkste aandachtspunten voor de "
    "komende jaren. Woninginbraak blijft volgens hen een zorg in de oudere wijken.\n\n"
)
NEXT_PAGE = (
    "Veilig uitgaan\n\n"
    "Het aantal meldingen van geweld in het uitgaansgebied is gelijk gebleven. Wel nam de overlast "
    "van geluid rond de horeca toe.\n"
)


def _titles(text: str) -> list[str]:
    return [s.title for s in sections(Source.create("analyse.txt", text), None)]


def test_heading_over_a_list_of_topics_is_the_section() -> None:
    titles = _titles(TITLE + PAGE + TOPICS + NEXT_PAGE)
    assert titles == ["Veilige wijken", "Beeld partners", "Veilig uitgaan"]


def test_topics_with_a_full_stop_in_an_abbreviation_are_list_items() -> None:
    topics = TOPICS.replace("Zwerfvuil en vernielingen", "Zwerfvuil, graffiti, vernielingen e.d.")
    titles = _titles(TITLE + PAGE + topics + NEXT_PAGE)
    assert "Beeld partners" in titles
    assert not any(t.startswith(("Zwerfvuil", "Overlast van jongeren")) for t in titles)


def test_chapter_over_a_sub_heading_is_no_list() -> None:
    sub = (
        "Jeugd\n\n"
        "Overlast van jongeren\n\n"
        "De overlast van jongeren in het centrum is in 2023 toegenomen. Vooral rond het station "
        "kwamen meer meldingen binnen dan een jaar eerder.\n\n"
    )
    titles = _titles(TITLE + PAGE + sub + NEXT_PAGE)
    assert "Overlast van jongeren" in titles


def test_topics_in_the_heading_block_are_list_items() -> None:
    topics = TOPICS.replace("\n\n", "\n", 3)  # heading and topics in one block, then the paragraph
    titles = _titles(TITLE + PAGE + topics + NEXT_PAGE)
    assert titles == ["Veilige wijken", "Beeld partners", "Veilig uitgaan"]


def test_topics_without_blank_lines_are_list_items() -> None:
    text = TITLE + (PAGE + TOPICS + NEXT_PAGE).replace("\n\n", "\n")
    assert _titles(text) == ["Veilige wijken", "Beeld partners", "Veilig uitgaan"]


def test_wrapped_running_text_under_a_heading_is_no_list() -> None:
    wrapped = (
        "Jongeren en geweld\n"
        "Steeds meer jongeren dragen een mes,\n"
        "zeggen wijkagenten in de regio.\n"
        "Het aantal incidenten met messen is in 2023 gestegen ten opzichte van het jaar daarvoor.\n\n"
    )
    titles = _titles(TITLE + PAGE + wrapped + NEXT_PAGE)
    assert "Jongeren en geweld" in titles


def test_title_over_a_head_row_of_years_is_a_table_title() -> None:
    table = (
        "Politiecijfers\n"
        "2015 2016 2017 2018 t/m Q2\n"
        "Winkeldiefstal 423 479 364 247\n"
        "Inbraak winkel 84 61 58 12\n\n"
        "4 procent van de winkeliers meldt elke maand een diefstal. Het aantal inbraken in winkels is "
        "trendmatig gedaald.\n\n"
    )
    titles = _titles(TITLE + PAGE + table + NEXT_PAGE)
    assert titles == ["Veilige wijken", "Veilig uitgaan"]
