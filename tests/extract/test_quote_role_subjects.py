"""A quotation right after a sentence whose subject is a definite role without a name ("De president
stelde dat …", "De oppositievoorman riep … op"): the person printed earlier with that role as title
(:mod:`trendbeeld.extract._quote_role_subjects`)."""

from __future__ import annotations

from trendbeeld.extract import quotes
from trendbeeld.extract._document import analyse
from trendbeeld.model import Source


def _speakers(body: str) -> list[tuple[str, str]]:
    doc = analyse(Source.create("bericht.txt", "Nieuws uit de regio\n\n" + body + "\n"))
    return [(q.speaker, q.text) for q in quotes.from_document(doc)]


def test_role_subject_is_the_person_printed_with_that_title() -> None:
    found = _speakers(
        "De Braziliaanse president Lula reageerde gisteren op de ramp. De Argentijnse premier Milei riep "
        "zijn ambassadeur terug. In reactie daarop liet Lula beelden van de schade vertonen. De president "
        "stelde dat de schuld bij de buurlanden ligt en eiste excuses. \"Als zij niets doen, dan doen wij "
        "het zelf, hoe dan ook.\""
    )
    assert ("Lula", "Als zij niets doen, dan doen wij het zelf, hoe dan ook.") in found


def test_role_subject_before_a_colon() -> None:
    found = _speakers(
        "De nieuwe burgemeester Els Kramer bezocht gisteren de wijk. Er was veel te doen. De burgemeester "
        "was duidelijk: \"Dit mag nooit meer gebeuren in onze stad.\""
    )
    assert ("Els Kramer", "Dit mag nooit meer gebeuren in onze stad.") in found


def test_two_people_with_the_title_give_no_speaker() -> None:
    found = _speakers(
        "De Franse president Dufour en de Duitse president Weber spraken elkaar in Berlijn. De president "
        "stelde dat er snel iets moet gebeuren. \"Wij kunnen niet langer wachten op de anderen.\""
    )
    assert all(text != "Wij kunnen niet langer wachten op de anderen." for _, text in found)


def test_role_of_someone_named_in_the_sentence_is_not_the_titled_person() -> None:
    found = _speakers(
        "De Braziliaanse president Lula reageerde gisteren. De advocaat van Marco Silva stelde dat zijn "
        "cliënt onschuldig is. \"Wij gaan in hoger beroep tegen deze uitspraak.\""
    )
    assert all(speaker != "Lula" for speaker, _ in found)

