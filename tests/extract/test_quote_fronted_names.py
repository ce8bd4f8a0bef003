"""Quotes after a sentence whose subject follows the verb behind a fronted phrase that names an
outlet ("Tegenover de Volkskrant benadrukt Söner …"), and a person called by first name alone."""

from __future__ import annotations

from trendbeeld.extract import quotes
from trendbeeld.extract._document import analyse
from trendbeeld.model import Source


def _speakers(text: str) -> dict[str, str | None]:
    doc = analyse(Source.create("t.txt", text))
    return {q.text: q.speaker for q in quotes.from_document(doc)}


def test_fronted_outlet_is_no_speaker_and_first_name_resolves() -> None:
    text = (
        "Bakkerij failliet\n\n"
        "'We hebben alles geprobeerd om open te blijven', zegt Marloes Verbeek. "
        "Haar compagnon, oud-bakker Gerrit Hoeks, vertelt dat het al langer slecht ging, aldus Hoeks. "
        "Marloes zag dat anders. "
        "Tegenover de Stentor benadrukt Marloes dat de huur te hoog werd. "
        "'Niemand kan die bedragen nog opbrengen', zegt ze."
    )
    found = _speakers(text)
    assert found["Niemand kan die bedragen nog opbrengen"] == "Marloes Verbeek"
    assert "Tegenover de Stentor" not in found.values()


def test_fronted_outlet_alone_names_nobody() -> None:
    text = (
        "Wethouder stapt op\n\n"
        "Tegenover het Parool benadrukt de wethouder dat hij geen keus had. "
        "'Ik kon niet anders', zegt hij."
    )
    assert "Tegenover het Parool" not in _speakers(text).values()


def test_name_after_an_organisation_noun_is_no_person() -> None:
    text = (
        "Aannemer stopt\n\n"
        "Kees Brouwer, eigenaar van een grondverzetbedrijf uit Emmen, zag de opdracht verdwijnen. "
        "Tien kilometer fietspad zou zijn bedrijf Brouwer Grondwerken aanleggen. "
        "Maar hij wilde niet verder. 'Wat had ik anders moeten doen?', zei hij dinsdag."
    )
    assert _speakers(text)["Wat had ik anders moeten doen?"] == "Kees Brouwer"


def test_unnamed_subject_after_the_quote_is_not_the_person_before() -> None:
    text = (
        "Dreigbrief voor wethouder\n\n"
        "Wethouder Anita Smeets kreeg vorige week een brief. "
        "'Stop met het project, anders volgen er maatregelen', schreven de anonieme afzenders. "
        "De politie onderzoekt de zaak."
    )
    assert _speakers(text).get("Stop met het project, anders volgen er maatregelen") != "Anita Smeets"
