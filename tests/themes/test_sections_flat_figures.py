"""Numbered headings in a report whose line breaks were lost (_flatsections): the body may open with
a figure ("Op 31 december ...", "In 2023 ...") or hold figures with dots ("29.000", "figuur 2.1.1");
a numbered list item with a label and a colon ("2. Snelle reactie: Inwoners ...") is no heading."""

from __future__ import annotations

from trendbeeld.model import Source
from trendbeeld.themes import sections

FILLER = (
    "De cijfers in deze rapportage zijn voorlopig en kunnen later nog worden bijgesteld door de "
    "afdeling die de registratie bijhoudt. "
)


def _titles(text: str) -> list[str]:
    flat = " ".join(text.split())
    return [s.title for s in sections(Source.create("rapportage.txt", flat * 1), None)]


def _report(body_1: str, body_2: str) -> str:
    return (
        FILLER * 30
        + "1. Meldingen "
        + body_1
        + FILLER * 3
        + "1.1 Minder meldingen van fietsdiefstal "
        + body_2
        + FILLER * 3
        + "2. Afhandeling "
        + "De meeste meldingen werden binnen een week afgehandeld door de wijkteams in de regio. "
        + FILLER * 3
    )


def test_body_that_opens_with_a_date_or_holds_dotted_figures() -> None:
    titles = _titles(
        _report(
            "Op 31 december 2023 stonden er 12.400 meldingen open, meer dan een jaar eerder. ",
            "Het aantal meldingen van fietsdiefstal lag in 2023 lager dan in 2022 (figuur 1.1.1). ",
        )
    )
    assert "Meldingen" in titles
    assert "Minder meldingen van fietsdiefstal" in titles


def test_numbered_labels_with_a_colon_are_no_headings() -> None:
    text = (
        FILLER * 30
        + "De inwoners noemen vier dingen die hun vertrouwen in de gemeente vergroten. "
        + "1. Betrouwbaarheid: Inwoners verwachten dat de gemeente doet wat zij heeft beloofd. "
        + "2. Snelle reactie: Inwoners willen binnen een paar dagen antwoord op hun vragen. "
        + "3. Open houding: De gemeente legt uit waarom zij een besluit neemt en luistert. "
        + FILLER * 3
    )
    titles = _titles(text)
    assert not any(t.endswith(":") for t in titles)
    assert "Snelle reactie:" not in titles
