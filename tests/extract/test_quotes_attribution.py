"""Quotes: speaker labels with a first name, the subject of the sentence before rather than a
person addressed, and "volgens de burgemeester" / "volgens Smit" for someone named earlier."""

from __future__ import annotations

from tests.extract._helpers import items_of
from trendbeeld.model import Quote


def test_first_name_label_resolves_to_the_full_name_given_earlier() -> None:
    text = (
        "Marieke de Groot\n\nMarieke en Bas spreken elkaar vaak over de wijk.\n\n"
        "Marieke: “We zien dat de overlast in de straat al een tijd aanhoudt.”\n\n"
        "Bas: “Dat merk ik ook, maar de bewoners melden het niet altijd.”\n"
    )
    quotes = items_of(Quote, text)
    assert [q.speaker for q in quotes] == ["Marieke de Groot"]


def test_first_name_label_resolves_to_a_name_line_in_capitals() -> None:
    text = (
        "PIETER VAN DER MEER\n\nDirecteur Veiligheid, Gemeente Zwolle\n\n"
        "Pieter: “De samenwerking met de wijkagenten loopt goed, dat zien we elke week.”\n"
    )
    [quote] = items_of(Quote, text)
    assert quote.speaker == "Pieter van der Meer"
    assert quote.role == "Directeur Veiligheid"


def test_label_without_a_full_name_earlier_is_no_speaker() -> None:
    text = "Bas: “Dat merk ik ook, maar de bewoners melden het niet altijd bij de politie.”\n"
    assert items_of(Quote, text) == []


def test_person_addressed_in_the_sentence_before_is_not_the_speaker() -> None:
    text = (
        "Vandaag zal Sanne Vermeulen van de VVD het voorstel bij burgemeester Bakker neerleggen. "
        "„Wie een wapen inlevert, moet dat zonder straf kunnen doen. Dat maakt de buurt veiliger.”"
    )
    [quote] = items_of(Quote, text)
    assert quote.speaker == "Sanne Vermeulen"


def test_volgens_de_role_is_the_person_named_earlier_with_that_role() -> None:
    text = (
        "Burgemeester Anna Kok sprak donderdag met de gemeenteraad over de aanpak van geweld.\n\n"
        "Volgens de burgemeester kunnen bewoners zo zien wat er in hun wijk gebeurt. "
        "„De rechter komt dan dichter bij de mensen om wie het gaat.”"
    )
    [quote] = items_of(Quote, text)
    assert quote.speaker == "Anna Kok"


def test_volgens_a_surname_is_the_full_name_given_earlier() -> None:
    text = (
        "Korpschef Mark de Wit erkende dat het aantal incidenten is gestegen.\n\n"
        "Het gaat volgens De Wit vooral om jonge mannen in de drugshandel. "
        "„Na een schietpartij volgt vaak binnen korte tijd een tweede.”"
    )
    [quote] = items_of(Quote, text)
    assert quote.speaker == "Mark de Wit"


def test_a_compound_role_before_the_name_is_no_name() -> None:
    text = "„Wie hulp zoekt, moet weten waar hij terecht kan in de wijk”, zei PvdA-voorman Karel Hoek."
    [quote] = items_of(Quote, text)
    assert quote.speaker == "Karel Hoek"


def test_the_spokesperson_of_a_person_speaks_not_the_person() -> None:
    text = (
        "De gemeente Amsterdam staat de actie niet toe.\n\n"
        "„De gemeente heeft de eigenaar laten weten dat hij mag demonstreren”, aldus de woordvoerder van "
        "burgemeester Femke Halsema. „Maar het uitdelen van lachgas is niet toegestaan op het plein.”"
    )
    speakers = [q.speaker for q in items_of(Quote, text)]
    assert speakers == ["gemeente Amsterdam", "gemeente Amsterdam"]


def test_a_surname_with_a_speech_verb_is_the_full_name_given_earlier() -> None:
    text = (
        "Burgemeester Femke Halsema sprak donderdag met de raad.\n\n"
        "De stad wil de verkoop van lachgas stoppen. Halsema schreef eerder aan de raad dat dit gebeurt "
        "vanwege de „explosief toenemende overlast door de verkoop van lachgas op straat.” Dat werkt."
    )
    [quote] = items_of(Quote, text)
    assert quote.speaker == "Femke Halsema"


def test_a_short_quoted_fragment_goes_to_the_person_the_sentence_names() -> None:
    text = (
        "Politiechef Frank Paauw erkende dat het aantal schietincidenten is gestegen, wat hem "
        "„grote zorgen” baart."
    )
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.text) == ("Frank Paauw", "grote zorgen")


def test_a_short_term_in_quotation_marks_without_a_speaker_is_no_quote() -> None:
    assert items_of(Quote, "Het aantal gevallen van „jonge aanwas” in de wijk is gestegen.") == []


def test_a_surname_after_an_opening_adverb_is_the_referent_of_the_pronoun_after_the_quote() -> None:
    text = (
        "Nieuws uit Deventer\n\nHoogleraar Carla Hollak sprak in de raad. Volgens wethouder Jan de Wit is "
        "de gift 'een enorme verrassing'. Ook Hollak denkt dat de schenking vroeger niet mogelijk was. "
        "'Ik had zelf ook niet aan de loterij gedacht', zegt ze. Daarna ging de vergadering verder."
    )
    assert ("Ik had zelf ook niet aan de loterij gedacht", "Carla Hollak") in [
        (q.text, q.speaker) for q in items_of(Quote, text)]


def test_an_opening_adverb_before_a_first_name_gives_no_heading_words_as_speaker() -> None:
    text = (
        "Boek Patricia\n\nPatricia de Ryck twijfelde lang. Ze had een vriend. Maar Patricia twijfelde. "
        ",,Een nieuwbouwwijk waar vooral jonge paren gingen wonen'', vertelt ze. Daarna verhuisden ze."
    )
    assert {q.speaker for q in items_of(Quote, text)} <= {"Patricia de Ryck"}
