"""Headings after a table and paragraphs that end in a figure.

A short block under a table is a label of the table ("Gerealiseerd"), unless it is a numbered title
("2.1 Meer meldingen van woninginbraak"): a section number opens the next section wherever it stands.
A paragraph whose only sentence ends in a figure with dots ("(figuur 2.1.1).", "120.000.") is running
text, so the heading above it is a section; an abbreviation with dots ("i.v.m.") ends no sentence."""

from __future__ import annotations

from trendbeeld.model import Source
from trendbeeld.themes import sections

INTRO = (
    "In dit hoofdstuk beschrijven we de meldingen die in het afgelopen jaar bij de politie zijn "
    "binnengekomen. De cijfers zijn voorlopig en kunnen nog worden bijgesteld.\n"
)
TABLE = (
    "Meldingen per soort, 2023\n"
    "\tBegin\tNieuw\tAfgehandeld\tEind\n"
    "Totaal\t1 250\t3 400\t3 310\t1 340\n"
    "Woninginbraak\t410\t1 200\t1 150\t460\n"
    "Fietsdiefstal\t840\t2 200\t2 160\t880\n"
    "Bron: politie.\n"
)


def _titles(text: str) -> list[str]:
    return [s.title for s in sections(Source.create("rapportage.txt", text), None)]


def test_numbered_title_under_a_table_is_a_section() -> None:
    text = (
        "Meldingen in de regio 2023\n\n"
        "1. Meldingen\n\n" + INTRO + "\n" + TABLE + "\n"
        "1.1 Meer meldingen van woninginbraak\n\n"
        "Het aantal meldingen van woninginbraak lag in 2023 bijna 10 procent hoger dan in 2022. "
        "Vooral in de wintermaanden werd vaker ingebroken.\n"
    )
    titles = _titles(text)
    assert "1.1 Meer meldingen van woninginbraak" in titles


def test_unnumbered_label_under_a_table_stays_out() -> None:
    text = (
        "Meldingen in de regio 2023\n\n"
        "1. Meldingen\n\n" + INTRO + "\n"
        "Totaal\t1 250\t3 400\n"
        "Woninginbraak\t410\t1 200\n\n"
        "Gerealiseerd\n\n"
        "Het aantal meldingen van woninginbraak lag in 2023 bijna 10 procent hoger dan in 2022. "
        "Vooral in de wintermaanden werd vaker ingebroken.\n"
    )
    assert "Gerealiseerd" not in _titles(text)


def test_heading_over_a_sentence_that_ends_in_a_figure_number() -> None:
    text = (
        "Meldingen in de regio 2023\n\n"
        "1. Meldingen\n\n" + INTRO + "\n"
        "2.1 Minder fietsdiefstal\n\n"
        "Na een jaar eerder met 5 procent te zijn gestegen, is het aantal gemelde fietsdiefstallen "
        "in 2023 met 3 procent gedaald ten opzichte van 2022 (figuur 2.1.1).\n\n"
        "2.2 Meer inbraken\n\n"
        "In 2023 werden er meer woninginbraken gemeld dan een jaar eerder, in totaal 120.000.\n"
    )
    titles = _titles(text)
    assert "2.1 Minder fietsdiefstal" in titles
    assert "2.2 Meer inbraken" in titles


def test_abbreviation_with_dots_ends_no_sentence() -> None:
    text = (
        "Meldingen in de regio 2023\n\n"
        "1. Meldingen\n\n" + INTRO + "\n"
        "Besluiten\n\n"
        "Agenderen i.v.m. de behandeling van het wetsvoorstel over de politie i.o.m. de staf t.z.t.\n\n"
        "2. Afhandeling\n\n" + INTRO
    )
    assert "Besluiten" not in _titles(text)
