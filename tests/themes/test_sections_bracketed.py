"""Headings that open with a bracketed part of their first word or words: "(Bijna-)ongevallen",
"(Hoger) beroep", "(Cyber)criminaliteit". A line of running text that opens with a bracket in lower
case ("(markt)partijen ...") or with a source or agency ("(ANP) De ...") is no heading."""

from __future__ import annotations

from trendbeeld.model import Source
from trendbeeld.themes import sections

BODY = (
    "In het verslagjaar zijn minder zaken afgerond dan in het jaar ervoor. De gemiddelde doorlooptijd "
    "van een zaak is wel korter geworden, omdat er minder achterstanden waren.\n"
)


def _titles(text: str) -> list[str]:
    return [s.title for s in sections(Source.create("jaarverslag.txt", text), None)]


def test_heading_that_opens_with_a_bracketed_word() -> None:
    text = (
        "Bezwaarschriften\n" + BODY + "\n"
        "(Bijna-)ongevallen op de werkvloer\n" + BODY + "\n"
        "(Cyber)criminaliteit\n" + BODY
    )
    titles = _titles(text)
    assert "(Bijna-)ongevallen op de werkvloer" in titles
    assert "(Cyber)criminaliteit" in titles


def test_bracket_in_running_text_or_a_source_is_no_heading() -> None:
    text = (
        "Bezwaarschriften\n" + BODY + "\n"
        "(ANP) De rechtbank\n" + BODY + "\n"
        "Samenwerking\n"
        "De gemeente zoekt de samenwerking met maatschappelijke\n"
        "(markt)partijen in de regio en met de provincie. Daarvoor is in het afgelopen jaar een\n"
        "convenant gesloten met alle betrokken organisaties in de regio.\n"
    )
    titles = _titles(text)
    assert not any(t.startswith("(") for t in titles)
    assert "Samenwerking" in titles
