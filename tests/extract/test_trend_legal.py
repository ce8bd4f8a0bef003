"""Legal and policy changes stated as facts or plans (extract/_trend_legal.py).

Invented sentences per class of wording found on unlabelled news (DPG articles of 2019, safety news
leads): a verb of enacting or abolishing with an instrument, a new instrument that comes ("Er komt
een …"), a ban by a verb, a duty or a permission from a coming date, becoming punishable; with
controls that are no trend: pleas and wishes, questions, conditions, negations, a court's ruling,
a ban of one event or one body, one person's duty, "ingaan op" (discuss).
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs
from trendbeeld.extract import _document, _trend_legal
from trendbeeld.model import Change, Source, TrendStatement


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # a participle of enacting or abolishing with the instrument in its clause
        ("Het verbod op het gebruik van oppervlaktewater is sinds vandaag opgeheven.",
         "verbod op het gebruik van oppervlaktewater"),
        ("In 1998 werd in Duitsland het tabaksverbod in cafés afgeschaft.", "tabaksverbod in cafés"),
        # a finite separable verb with its particle at the end of the clause
        ("Zo stelt Zwolle nog dit jaar een alcoholverbod in, waarmee drinken op straat wordt beboet.",
         "alcoholverbod"),
        ("Portugal hief in 2001 het drugsverbod op.", "drugsverbod"),
        ("De coalitie sprak in het regeerakkoord een rookverbod op terrassen af.", "rookverbod op terrassen"),
        # an instrument that comes into force, or that a decision introduces
        ("Het nieuwe vuurwerkverbod gaat op 1 december in.", "vuurwerkverbod"),
        ("Het besluit om een vliegbelasting voor maatschappijen in te voeren krijgt veel steun.",
         "vliegbelasting voor maatschappijen"),
        ("Sinds de invoering van het belverbod voor fietsers is er een run op telefoonhouders ontstaan.",
         "belverbod voor fietsers"),
        # a new instrument comes
        ("Er komt een strenger vergunningenstelsel voor alle coffeeshops.",
         "strenger vergunningenstelsel voor alle coffeeshops"),
        ("Ook komt er streng toezicht op alle deelscooters.", "toezicht op alle deelscooters"),
        # a ban by a verb
        ("Wegwerpbekers van plastic worden over twee jaar verboden in de hele EU.",
         "verbod op wegwerpbekers van plastic"),
        ("Noorwegen verbiedt de verkoop van nieuwe benzineauto's.",
         "verbod op verkoop van nieuwe benzineauto's"),
        # a duty or a permission from a coming date, with the group it binds
        ("Webwinkels moeten vanaf 1 juli de leeftijd van kopers van alcohol controleren.",
         "de leeftijd van kopers van alcohol controleren (Webwinkels)"),
        ("Straks moeten alle webwinkels de leeftijd van kopers controleren.",
         "de leeftijd van kopers controleren (webwinkels)"),
        ("Studenten in het hbo hoeven straks geen borg meer te betalen voor hun kamer.",
         "geen borg meer te betalen voor hun kamer (Studenten in het hbo)"),
        # in force since a recent day, or from a date
        ("Sinds maandag mogen bromfietsers niet meer op het fietspad rijden.",
         "niet meer op het fietspad rijden (bromfietsers)"),
        ("Bewoners van het centrum mogen per 1 januari geen vuilniszakken meer op straat zetten.",
         "geen vuilniszakken meer op straat zetten (Bewoners van het centrum)"),
        # a pointing subject: the group is named in the sentence before
        ("Die moet straks zelf gaan nagaan of er sprake is van uitbuiting.",
         "zelf gaan nagaan of er sprake is van uitbuiting"),
        # becoming punishable
        ("In de Tweede Kamer ligt een wetsvoorstel, waardoor het kopen van een vals diploma strafbaar wordt.",
         "strafbaarheid van kopen van een vals diploma"),
        ("De Denen kozen voor hun eigen model, waarin de klant van een sekswerker strafbaar is.",
         "strafbaarheid van klant"),
    ],
)
def test_a_legal_change_is_a_shift_of_the_instrument(text: str, phenomenon: str) -> None:
    assert (Change.SHIFT, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # pleas, wishes, opinions and thoughts
        "De partij wil een landelijk vuurwerkverbod invoeren.",
        "Betaalde seks moet strafbaar worden, vindt de jongerenorganisatie.",
        "Prostitutiebezoek strafbaar stellen, dat moet als het aan de actiegroep ligt het beleid worden.",
        "Om fraude tegen te gaan overweegt de gemeente een vergunningsplicht in te stellen.",
        "Gewoon de wet aanpassen in plaats van allerlei gemeentelijke verordeningen invoeren.",
        # a question, a condition, a negation
        "Komt er een verbod op lachgas in de binnenstad?",
        "Als het wetsvoorstel wordt aangenomen, kan de regeling in 2021 ingaan.",
        "Er komt voorlopig geen controle op de hygiëne in het kampement.",
        "Het kabinet heeft tot nu toe geen vuurwerkverbod ingesteld.",
        # a court's ruling, one event, one body, one person
        "De rechter heft het reisverbod van de zakenman op.",
        "Burgemeester verbiedt demonstratie van actiegroep in het centrum",
        "De motorclub is in strijd met de openbare orde en wordt daarom verboden.",
        "Hij moet vanaf 1 maart elke week een dag werken.",
        "Straks moeten we allemaal langer werken.",
        "De eigenaar moet sinds maandag een nieuwe vergunning aanvragen.",
        "Jansen mag vanaf 1 mei geen vergunningen meer verlenen.",
        # a static prohibition, a criminal offence, "ingaan op" (discuss)
        "Het is verboden het terrein te betreden.",
        "Hij wordt verdacht van een ernstig strafbaar feit.",
        "De minister gaat uitvoerig in op de totstandkoming van het wetsvoorstel.",
    ],
)
def test_no_legal_change(text: str) -> None:
    assert not _legal(text)


def _legal(text: str) -> list[TrendStatement]:
    """What ``_trend_legal`` alone makes of the sentences of ``text``."""
    doc = _document.analyse(Source.create("test.txt", text))
    low = doc.lower if doc.lower is not None else text.lower()
    _trend_legal.positions(low)
    out: list[TrendStatement] = []
    for sentence in doc.sentences:
        out += _trend_legal.statements(doc, low, sentence.start, sentence.end, [])
    return out


def test_wording_another_rule_read_is_left_to_it() -> None:
    # "nieuwe wet" is the policy rule's statement; the legal rule adds none beside it
    found = pairs("Met de nieuwe wet wordt het bezit van lachgas strafbaar.")
    assert len(found) == 1


def test_positions_are_the_marker_words_in_order() -> None:
    low = "het verbod gaat straks in. de wet is strafbaar."
    found = _trend_legal.positions(low)
    assert found == sorted(found)
    assert low.index("verbod") in found and low.index("strafbaar") in found


def test_two_changes_in_one_sentence_are_two_statements() -> None:
    found = pairs(
        "Waar de Denen in 1999 kozen voor hun eigen model, waarin de klant van een sekswerker strafbaar"
        " is, hief Portugal in het jaar 2001 het drugsverbod op."
    )
    assert (Change.SHIFT, "drugsverbod") in found
    assert (Change.SHIFT, "strafbaarheid van klant") in found


def test_a_bare_instrument_takes_what_it_rules_from_its_relative_clause() -> None:
    found = pairs("Het parlement van Ohio heeft een wet aangenomen die vrijwel alle abortussen verbiedt.")
    assert (Change.SHIFT, "wet die vrijwel alle abortussen verbiedt") in found


def test_one_law_passed_and_what_it_bans_is_one_statement() -> None:
    found = pairs("De wet werd vorige maand aangenomen door de senaat, en verbiedt bijna alle abortussen.")
    assert found == [(Change.SHIFT, "verbod op abortussen")]


def test_a_nominalised_change_that_dates_another_change_is_left_to_it() -> None:
    found = pairs("Sinds de invoering van het belverbod is de verkoop van telefoonhouders gestegen.")
    assert found == [(Change.UP, "verkoop van telefoonhouders")]
