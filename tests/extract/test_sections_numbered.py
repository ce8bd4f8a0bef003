"""Section titles of reports and letters converted from PDF: numbered chapter titles and
sub-headings (digits, letters, "§", a "Hoofdstuk 2" line above the title), running text that wraps
at a figure, tables of contents, and what is no section: a table's column header or row label, a
person's name on its own line, a letter's title line."""

from __future__ import annotations

import pytest

from trendbeeld.model import Source
from trendbeeld.themes import sections


def _titles(text: str) -> list[tuple[str, int]]:
    return [(s.title, s.level) for s in sections(Source.create("verslag.txt", text), None)]


def test_numbered_chapter_and_sub_heading_over_text_that_wraps_at_a_figure() -> None:
    lines = [
        "Jaarverslag",
        "",
        "2 DE VEILIGHEID IN DE REGIO",
        "2.1 Woninginbraken",
        "Het aantal woninginbraken in de regio daalde in 2023 met 4,5",
        "procent. Vooral in de steden kwamen inbraken minder vaak voor dan",
        "een jaar eerder, terwijl het aantal pogingen gelijk bleef.",
        "",
    ]
    assert _titles("\n".join(lines)) == [("2 DE VEILIGHEID IN DE REGIO", 1), ("2.1 Woninginbraken", 2)]


def test_a_column_header_above_table_rows_is_no_section() -> None:
    lines = [
        "Jaarverslag",
        "",
        "Misdrijven per soort",
        "Woninginbraak 1.200",
        "Fietsendiefstal 3.400",
        "Zakkenrollerij 560",
        "",
        "Woninginbraken",
        "",
        "Het aantal woninginbraken in de regio daalde in 2023. Vooral in de steden kwamen inbraken",
        "minder vaak voor dan een jaar eerder, terwijl het aantal pogingen gelijk bleef.",
        "",
    ]
    assert "Misdrijven per soort" not in [title for title, _level in _titles("\n".join(lines))]


BODY = (
    "Het tekort aan technisch personeel was in 2018 merkbaar in de hele sector. Vooral monteurs "
    "zijn moeilijk te vinden, en veel ervaren collega's gaan binnenkort met pensioen."
)


def test_a_table_row_label_above_its_cells_is_no_chapter_title() -> None:
    text = f"Jaarverslag\n\n{BODY}\n\nNetbeheer\n\n1,48\n\n1,65\n\n0,85\n\nPERSONEEL\n\n{BODY}\n"
    titles = [title for title, _level in _titles(text)]
    assert "Netbeheer" not in titles
    assert "PERSONEEL" in titles


def test_a_person_s_name_on_its_own_line_is_no_section() -> None:
    text = f"Jaarverslag\n\nMarieke de Groot\n\n{BODY}\n\nSchaarste aan personeel\n\n{BODY}\n"
    assert [title for title, _level in _titles(text)] == ["Schaarste aan personeel"]


GUIDELINE = (
    "De officier van justitie beoordeelt of er sprake is van uitbuiting. Daarbij let hij op de "
    "omstandigheden waaronder het werk wordt verricht en op de afhankelijkheid van het slachtoffer."
)


def test_a_chapter_label_on_its_own_line_above_the_chapter_title() -> None:
    text = (
        f"Rapport\n\nHoofdstuk 2\nAanpak van mensenhandel\n\n{GUIDELINE}\n\n"
        f"Hoofdstuk 3\nResultaten\n\n{GUIDELINE}\n"
    )
    assert [title for title, _level in _titles(text)] == ["Aanpak van mensenhandel", "Resultaten"]


def test_headings_numbered_with_capital_letters() -> None:
    text = f"Aanwijzing\n\nA. Algemeen\n\n{GUIDELINE}\n\nB. Bijzondere omstandigheden\n\n{GUIDELINE}\n"
    assert [title for title, _level in _titles(text)] == ["A. Algemeen", "B. Bijzondere omstandigheden"]


def test_a_table_of_contents_is_no_table_whose_label_hides_the_first_heading() -> None:
    text = (
        f"Rapport\n\nInhoud\n1 Inleiding 3\n2 Aanpak 5\n\n1 Inleiding\n\n{GUIDELINE}\n\n"
        f"2 Aanpak\n\n{GUIDELINE}\n"
    )
    assert _titles(text) == [("1 Inleiding", 1), ("2 Aanpak", 1)]


LETTER = (
    "De regering heeft in het afgelopen jaar veel aandacht besteed aan de bestrijding van de criminaliteit. "
    "Daarbij is vooral gekeken naar de capaciteit van de politie en van het openbaar ministerie."
)


def test_the_title_line_of_a_letter_above_its_first_numbered_heading_is_no_section() -> None:
    text = (
        "Tweede Kamer der Staten-Generaal\n\nBrief van de minister van Justitie\n\n"
        f"1. Inleiding\n\n{LETTER}\n\n"
        f"2. Capaciteit van de politie\n\n{LETTER}\n"
    )
    assert _titles(text) == [("1. Inleiding", 1), ("2. Capaciteit van de politie", 1)]


@pytest.mark.parametrize("numbers", [("§ 1.", "§ 2."), ("a.", "b.")])
def test_paragraph_signs_and_lower_case_letters_number_headings(numbers: tuple[str, str]) -> None:
    first, second = numbers
    text = f"Brief\n\n{first} Inleiding\n\n{LETTER}\n\n{second} Capaciteit\n\n{LETTER}\n"
    assert [title for title, _level in _titles(text)] == [f"{first} Inleiding", f"{second} Capaciteit"]
