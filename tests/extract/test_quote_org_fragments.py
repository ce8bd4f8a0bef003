"""A quoted fragment in reported speech whose sentence opens with an organisation ("De SP wil … dat de
provincies ‘…’", "De regering in Berlijn vreest voor ‘…’") is that organisation's
(:mod:`trendbeeld.extract._quote_org_fragments`)."""

from __future__ import annotations

from trendbeeld.extract import quotes
from trendbeeld.extract._document import analyse
from trendbeeld.model import Source


def _speakers(body: str) -> list[tuple[str, str]]:
    doc = analyse(Source.create("bericht.txt", "Nieuws uit de regio\n\n" + body + "\n"))
    return [(q.speaker, q.text) for q in quotes.from_document(doc)]


def test_fragment_of_an_organisation_subject_before_a_volgens_sentence() -> None:
    found = _speakers(
        "De meeste partijen willen het waterschap houden. De SP wil, tot de opheffing een feit is, dat de "
        "waterschappen 'terug gaan naar hun kerntaak en vooral dijken onderhouden.' Volgens de VVD is dat "
        "'een slecht idee'."
    )
    assert ("SP", "terug gaan naar hun kerntaak en vooral dijken onderhouden.") in found


def test_fragment_of_a_government_with_its_place() -> None:
    found = _speakers(
        "Steeds meer steden voeren een rijverbod in. De regering in Berlijn vreest voor 'massale protesten' "
        "van boze automobilisten."
    )
    assert ("regering in Berlijn", "massale protesten") in found


def test_no_organisation_fragment_with_a_person_between() -> None:
    found = _speakers(
        "De SP wil dat minister Jan de Boer 'nu eindelijk eens ingrijpt in de zorg' voordat het te laat is."
    )
    assert all(speaker != "SP" for speaker, _ in found)


def test_no_organisation_fragment_for_two_bodies() -> None:
    found = _speakers(
        "De PVV en de SP willen dat de provincies 'terug gaan naar de basis' en verder niets."
    )
    assert all(speaker != "SP" for speaker, _ in found)
