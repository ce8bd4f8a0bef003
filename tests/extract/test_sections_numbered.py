"""Section titles of reports converted from PDF: a numbered chapter title in capitals directly
above a numbered sub-heading whose running text wraps at a figure, and a table's column header
above its rows, which is no section."""

from __future__ import annotations

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
