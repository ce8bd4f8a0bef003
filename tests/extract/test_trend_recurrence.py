"""Recurrence of a phenomenon without a verb of change (extract/_trend_recurrence.py).

Invented sentences per class of wording found on unlabelled news (DPG articles of 2019, politie.nl
news, safety news leads and headlines): a phenomenon there again ("opnieuw", "wederom"), a headline
that opens with "Opnieuw", "Weer" or "Wederom", and the n-th time in a short span ("voor de derde
keer in korte tijd", "voor de zoveelste keer"), with controls that are no trend: an action of the
police or of one person, a firm that is fined, a step in one case, one person acted on, one team's
titles, a plan, a question, a change the other rules read.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs, statements_of
from trendbeeld.extract import _trend_recurrence
from trendbeeld.model import Change


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # an existential "er": the noun phrase after the marker
        (
            "Er waren afgelopen weekend opnieuw vechtpartijen in het uitgaansgebied.",
            "vechtpartijen in het uitgaansgebied",
        ),
        # a topic opens the clause: the subject follows the verb and the marker
        ("In de Parijse voorsteden zijn opnieuw rellen uitgebroken.", "rellen"),
        # a state of the subject
        ("De overlast door hangjongeren is opnieuw groot in de binnenstad.", "overlast door hangjongeren"),
        ("De wachtlijst voor de jeugdzorg is wederom lang.", "wachtlijst voor de jeugdzorg"),
        ("Opnieuw staan ondermijning en cybercrime centraal in het jaarplan.", "ondermijning en cybercrime"),
        # a verb of seeing: its object ("kloof" is no verb form here, "hogeropgeleiden" no participle)
        (
            "Dit jaar zien onderzoekers opnieuw een grote kloof tussen lager- en hogeropgeleiden.",
            "grote kloof",
        ),
        # "kampen met": what one struggles with
        ("Opnieuw kampt Venezuela met een grote stroomstoring.", "grote stroomstoring"),
    ],
)
def test_a_phenomenon_there_again_is_stable(text: str, phenomenon: str) -> None:
    assert (Change.STABLE, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("Voor de derde keer in korte tijd is er brand uitgebroken in de flat.", Change.STABLE, "brand"),
        (
            "Voor de tweede keer deze maand is er een explosie geweest bij een woning aan de Bergselaan.",
            Change.STABLE,
            "explosie",
        ),
        # an occurrence with "heeft"; a place that opens the clause is no subject
        (
            "In Texas heeft voor de tweede keer deze maand een schietpartij plaatsgevonden.",
            Change.STABLE,
            "schietpartij",
        ),
        (
            "Op een boerderij in Werkhoven is voor de derde keer in korte tijd brand uitgebroken.",
            Change.STABLE,
            "brand",
        ),
        # "zoveelste" names many times: a rise, like "het zoveelste incident"
        (
            "Voor de zoveelste keer zijn er vernielingen aangericht bij de speeltuin.",
            Change.UP,
            "vernielingen",
        ),
    ],
)
def test_the_nth_time_in_a_short_span(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "De politie heeft woensdag opnieuw een verdachte aangehouden.",  # an action of the police
        "Het onderzoeksteam vraagt opnieuw de hulp van het publiek.",  # an action, no state
        "De bank is opnieuw op de vingers getikt door de toezichthouder.",  # one firm acted on
        "Enkele uren later stond hij opnieuw voor de deur.",  # one person
        "Vandaag zou er opnieuw kabinetsberaad zijn.",  # a plan
        "Zal de storm opnieuw toeslaan?",  # a question
        "Een automobilist is voor de vijfde keer betrapt op rijden zonder rijbewijs.",  # no span
        "Een vrouw is voor de tweede keer in korte tijd beroofd in het park.",  # one person acted on
        "Ajax werd voor de achtste keer op rij landskampioen.",  # one team's titles
        "Elke keer opnieuw gaat het mis bij de overgang.",  # no phenomenon
    ],
)
def test_no_recurrence(text: str) -> None:
    assert not [s for s in statements_of(text) if s.direction is Change.STABLE or "keer" in s.text]


@pytest.mark.parametrize(
    ("title", "phenomenon"),
    [
        ("Opnieuw autobrand in Zwijndrecht", "autobrand in Zwijndrecht"),
        ("Weer handgranaat gevonden bij café in Rotterdam-Noord", "handgranaat"),
        ("Wijkbewoners boos: Opnieuw steekpartij op het Stationsplein", "steekpartij op het Stationsplein"),
    ],
)
def test_a_headline_that_opens_with_again(title: str, phenomenon: str) -> None:
    assert (Change.STABLE, phenomenon) in pairs(f"{title}\n\nDe politie onderzoekt de zaak.")


@pytest.mark.parametrize(
    "title",
    [
        "Opnieuw aanhouding in onderzoek naar woningoverval",  # a step in one case
        "Weer taakstraf voor mishandeling bij studentenvereniging",  # one case's sentence
        "Opnieuw vrouw aangevallen in het park",  # a person acted on
        "Weer een nieuwe soort kever ontdekt in de duinen",  # something new, no recurrence
        "Opnieuw duiken er vreemde kastjes op in de stad",  # an inverted verb, no noun
        "Weer en klimaat",  # the weather, a heading
        "Weer in Nederland: zonnig en warm",  # the weather
    ],
)
def test_no_headline_of_recurrence(title: str) -> None:
    text = f"{title}\n\nDe politie onderzoekt de zaak."
    assert not [s for s in statements_of(text) if s.direction is Change.STABLE]


def test_again_inside_running_text_is_no_headline() -> None:
    text = "Bericht\n\nDe buurt was jaren rustig. Weer autobrand in de straat, zeggen bewoners."
    assert (Change.STABLE, "autobrand in de straat") not in pairs(text)


def test_a_line_that_a_pdf_breaks_is_no_headline() -> None:
    text = "Jaarverslag\n\nIn de regio is door de vergrijzing \nopnieuw een tekort aan agenten in het gebied."
    assert not [s for s in statements_of(text) if s.direction is Change.STABLE]


def test_a_change_is_left_to_the_other_rules() -> None:
    found = pairs("Het aantal woninginbraken is in 2019 opnieuw gestegen.")
    assert (Change.STABLE, "aantal woninginbraken") not in found


def test_positions_are_the_markers_in_order() -> None:
    low = "voor de derde keer in korte tijd … opnieuw … wederom … heropnieuwd\nweer brand … weer"
    assert _trend_recurrence.positions(low) == [12, 35, 45, low.index("weer")]
