"""Speakers of quoted fragments named by a subject pronoun whose referent the sentence before names,
or by a bare surname printed elsewhere after a role (issue 10): invented Dutch sentences."""

from __future__ import annotations

from tests.extract._helpers import items_of
from trendbeeld.model import Quote


def attributed(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in items_of(Quote, text)]


def test_pronoun_refers_to_the_subject_of_the_sentence_before() -> None:
    text = ("Kabinet in crisis\n\nNadat ook minister van Economische Zaken Pieter Jansen zich had "
            "uitgesproken tegen het plan van de premier, leek de rust terug. Jansen erkende dat in het "
            "kabinet enige wanhoop heerst. Tegen de NOS zei hij dat iedereen 'bijzonder gefrustreerd' is. "
            "Vandaag praat het kabinet verder.")
    assert ("bijzonder gefrustreerd", "Pieter Jansen") in attributed(text)


def test_pronoun_after_a_surname_behind_its_verb() -> None:
    text = ("Marineterrein blijft\n\nMinister Anna de Wit wilde eerst een klein deel houden. Maar in de "
            "zomer van 2018 kondigde De Wit plotseling aan dat de krijgsmacht een groter deel wil behouden. "
            "Zij sprak toen over 'dwingende redenen van veiligheid'. Het terrein blijft dus dicht.")
    assert ("dwingende redenen van veiligheid", "Anna de Wit") in attributed(text)


def test_pronoun_of_the_wrong_gender_gives_no_speaker() -> None:
    wrong = ("Marineterrein blijft\n\nMinister Anna de Wit wilde eerst een klein deel houden. In de zomer "
             "kondigde De Wit aan dat de krijgsmacht een groter deel wil behouden. Hij sprak toen over "
             "'dwingende redenen van veiligheid'. Het terrein blijft dus dicht.")
    assert not [q for q in attributed(wrong) if "dwingende" in q[0]]


def test_bare_surname_printed_after_a_role_speaks_by_that_surname() -> None:
    text = ("Europa en China\n\nDe leiders kwamen dinsdag bijeen in Parijs. Premier Rutte was er ook bij en "
            "sprak met de Chinese president. Volgens Rutte is inzake 5G een 'gecoördineerde Europese aanpak "
            "echt nodig'. Het overleg gaat volgende maand verder.")
    assert ("gecoördineerde Europese aanpak echt nodig", "Rutte") in attributed(text)


def test_bare_surname_of_a_place_or_without_a_role_gives_no_speaker() -> None:
    place = ("Europa en China\n\nDe leiders kwamen dinsdag bijeen. Volgens Brussel is inzake 5G een "
             "'gecoördineerde Europese aanpak echt nodig'. Het overleg gaat verder.")
    unknown = ("Europa en China\n\nDe leiders kwamen dinsdag bijeen. Volgens Hendriks is inzake 5G een "
               "'gecoördineerde Europese aanpak echt nodig'. Het overleg gaat verder.")
    assert not [q for q in attributed(place) if "aanpak" in q[0]]
    assert not [q for q in attributed(unknown) if "aanpak" in q[0]]


def test_description_after_the_verb_refers_to_the_person_of_the_sentence_before() -> None:
    text = ("Taartaanval\n\nDe activisten willen niet terugblikken op het incident. Strafrechtexpert Karel "
            "de Boer denkt wel dat die historische context wordt meegenomen door de rechtbank. ,,Ook de "
            "aanslag van toen telt mee bij een beoordeling'', verwacht de emeritus hoogleraar strafrecht. "
            "De zaak dient volgende week.")
    assert ("Ook de aanslag van toen telt mee bij een beoordeling", "Karel de Boer") in attributed(text)


def test_description_of_another_party_or_a_woman_for_a_man_gives_no_speaker() -> None:
    judge = ("Ruzie om geluid\n\nDe verdachte Pieter Jansen stond gisteren voor de politierechter in Arnhem. "
             ",,Ik geloof u niet, want de buren hoorden niets'', zei de rechter. De uitspraak volgt later.")
    woman = ("Onderzoek\n\nOnderzoeker Pieter Jansen deed jarenlang onderzoek naar overgewicht. ,,Als je "
             "Instagram opent, dan zie je dat heel veel'', betoogt de sociologe. Het rapport volgt later.")
    assert not [q for q in attributed(judge) if q[1] == "Pieter Jansen"]
    assert not [q for q in attributed(woman) if q[1] == "Pieter Jansen"]
