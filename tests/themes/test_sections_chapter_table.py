"""A numbered chapter title directly above its first sub-heading in one block of PDF text, where the
sub-heading opens a table rather than running text ("4. Kerncijfers" / "Instroom en uitstroom" /
"2023" / rows): the chapter and the sub-heading are sections; a numbered agenda item or a table's
row labels are not."""

from __future__ import annotations

from trendbeeld.model import Source
from trendbeeld.themes import sections

BODY = (
    "In het afgelopen jaar is de werkvoorraad van de afdeling verder afgenomen. Het aantal zaken dat "
    "binnen de wettelijke termijn werd afgehandeld, steeg ten opzichte van het jaar ervoor.\n"
)


def _titles(text: str) -> list[str]:
    return [s.title for s in sections(Source.create("jaarverslag.txt", text), None)]


def test_numbered_chapter_over_a_subheading_that_opens_a_table() -> None:
    text = (
        "Werkvoorraad\n" + BODY + "\n"
        "4. Kerncijfers\n"
        "Instroom en uitstroom\n"
        "                                    2022                 2023\n"
        "Ingekomen zaken                     1.204                1.311\n"
        "Afgehandelde zaken                  1.150                1.298\n"
        "\n" + BODY
    )
    titles = _titles(text)
    assert "4. Kerncijfers" in titles
    assert "Instroom en uitstroom" in titles


def test_no_chapter_from_an_agenda_item_or_a_long_line() -> None:
    text = (
        "Werkvoorraad\n" + BODY + "\n"
        "5. Agendapunt:         Verslag van het overleg over de begroting van het fonds\n"
        "Noot:                  Besluit: de commissie stemt in\n"
        "met het voorstel van de staatssecretaris\n"
        "\n"
        "Doorlooptijden\n" + BODY
    )
    titles = _titles(text)
    assert not any("Agendapunt" in t or t.startswith("Noot") for t in titles)
