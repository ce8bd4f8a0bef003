"""More or less without a verb of change (extract/_trend_more.py), titles opening with "Meer"/"Minder"
and pointers of the body that do not take the title (extract/_trend_pointers.py), subjects after a fronted
prepositional phrase or time (extract/_trend_subjects.py) and nouns that look like verb forms
(extract/_cues.py).

Invented sentences per class of wording found on unlabelled news (DPG articles of 2019, safety news
leads), with controls that are no trend: what may or must happen, a condition, a horizon of days,
"meer" inside another noun phrase, a verb after "meer".
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs, statements_of
from trendbeeld.model import Change


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        # existential "er" with more or less and a time of the past or a comparison with one
        ("Er zijn vorig jaar meer zzp'ers in de bouw bijgekomen.", Change.UP, "zzp'ers in de bouw"),
        # the participle that closes the clause names what was counted (_trend_counted)
        ("Vorig jaar zijn er opnieuw minder boetes uitgedeeld.", Change.DOWN, "uitgedeelde boetes"),
        (
            "Sinds de campagne komen er minder meldingen van overlast binnen.",
            Change.DOWN,
            "meldingen van overlast",
        ),
        (
            "Langzamerhand komen er meer aanvragen voor een vergunning.",
            Change.UP,
            "aanvragen voor een vergunning",
        ),
        # a fronted time: what "meer" counts follows it, without the particle that closes the clause
        (
            "Dit jaar kwamen er bij de wijkagent veel meer klachten binnen dan vorig jaar.",
            Change.UP,
            "klachten",
        ),
        # with a cause
        (
            "Het blijkt dat er door de drukte minder cursussen worden gevolgd.",
            Change.DOWN,
            "gevolgde cursussen",
        ),
    ],
)
def test_more_or_less_with_a_time_or_a_cause(text: str, direction: Change, phenomenon: str) -> None:
    assert pairs(text) == [(direction, phenomenon)]


def test_more_or_less_beside_a_cue_of_its_own() -> None:
    found = pairs("Het blijkt dat er door de gestegen werkdruk minder trainingen worden gevolgd.")
    assert (Change.DOWN, "gevolgde trainingen") in found  # the participle names what was counted
    assert (Change.UP, "werkdruk") in found


@pytest.mark.parametrize(
    "text",
    [
        "Er zal de komende jaren meer geld nodig zijn voor onderhoud.",  # a need, a future
        "Er mag door handhavers best wat meer worden gecontroleerd sinds de klachten.",  # a wish
        "Als er vorig jaar meer agenten waren geweest, was het rustiger gebleven.",  # a condition
        "De afgelopen dagen waren er meer meldingen van wateroverlast.",  # a horizon of days: one case
        "Door werk aan het spoor was er vorig jaar een dienstregeling met minder treinen.",  # another phrase
        "Er is de afgelopen jaren wel al meer teruggegeven.",  # a verb after "meer"
        "Er komen vorig jaar geen klachten meer binnen.",  # no longer
        "Is er sinds vorig jaar meer overlast?",  # a question
    ],
)
def test_no_more_or_less(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        # a prepositional phrase opens the clause: the subject follows the finite verb
        ("Naar verwachting groeit de economie volgend jaar met twee procent.", Change.UP, "economie"),
        ("Naar schatting is het aantal daklozen fors gestegen.", Change.UP, "aantal daklozen"),
        # a topic and a time before the subject
        (
            "In Frankrijk is de afgelopen jaren het aantal verkeersdoden gedaald.",
            Change.DOWN,
            "aantal verkeersdoden",
        ),
        # a time after the subject is no part of it
        ("Tegen de trend in is het aantal inbraken in de gemeente vorig jaar gestegen.", Change.UP,
         "aantal inbraken in de gemeente"),
    ],
)
def test_subject_after_a_fronted_phrase(text: str, direction: Change, phenomenon: str) -> None:
    assert pairs(text) == [(direction, phenomenon)]


@pytest.mark.parametrize(
    "text",
    [
        "Het steegje achter de kerk werd afgesloten.",  # a diminutive is a noun, no form of "stijgen"
        "De keeper liep bij de val twee botbreuken op.",  # incurring an injury, no rise
    ],
)
def test_nouns_and_injuries_are_no_change(text: str) -> None:
    assert pairs(text) == []


# ---- News titles that open with "Meer"/"Minder" ----------------------------------------------
_BODY = "\n\nDat meldt de gemeente dinsdag in een brief aan de raad."


@pytest.mark.parametrize(
    ("title", "direction", "phenomenon"),
    [
        ("Minder brommers gestolen in de binnenstad", Change.DOWN, "brommers"),
        ("Meer aangiften van oplichting via marktplaatsen", Change.UP, "aangiften van oplichting"),
        ("Wijkteam: minder overlast door jongeren op het plein", Change.DOWN, "overlast"),
        ("'Meer boa's op straat in Zevenbergen'", Change.UP, "boa's op straat in Zevenbergen"),
    ],
)
def test_title_opening_with_more_or_less(title: str, direction: Change, phenomenon: str) -> None:
    found = pairs(title + _BODY)
    assert len(found) == 1
    assert found[0][0] is direction
    assert found[0][1].startswith(phenomenon)


@pytest.mark.parametrize(
    "title",
    [
        "Meer dan duizend fietsen gestolen in Zwolle",  # a number
        "Meer blauw op straat nodig volgens raadsleden",  # a need
        "Minder brommers gestolen dan verwacht",  # against an expectation
        "Meer geld voor jeugdzorg als het kabinet meebetaalt",  # a condition
        "Moet er meer toezicht komen op de kermis?",  # a question
        "'Minder Marokkanen-zaak' opnieuw voor de rechter",  # a name in quotation marks
    ],
)
def test_no_title_statement(title: str) -> None:
    assert pairs(title + _BODY) == []


def test_more_or_less_inside_the_body_is_no_title() -> None:
    # the body's first line is no title (there is no line break before it)
    assert pairs("Minder brommers gestolen in de binnenstad, zei de wethouder gisteren.") == []


def test_a_pointer_of_the_body_does_not_take_the_title() -> None:
    found = pairs(
        "Meer zedenmisdrijven in Apeldoorn\n\nHet is opnieuw veiliger geworden in Apeldoorn ten opzichte "
        "van een jaar geleden."
    )
    # the impersonal "Het is … veiliger geworden" takes no phenomenon from the title: it is about
    # the place after the comparative
    assert found == [(Change.UP, "zedenmisdrijven in Apeldoorn"), (Change.UP, "Apeldoorn (veiliger)")]


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        # without "er": a participle of the clause's perfect names what was counted
        ("Door de krapte op de arbeidsmarkt heeft de gemeente in 2022 meer mensen ingehuurd.",
         Change.UP, "ingehuurde mensen"),
        ("In 2021 heeft het waterschap minder meldingen binnengekregen.", Change.DOWN,
         "binnengekregen meldingen"),
        ("In 2020 heeft de stichting minder verzoeken van ouders ontvangen voor een bijdrage.",
         Change.DOWN, "ontvangen verzoeken van ouders"),
        # a finite past verb of the clause before "meer"
        ("De drukkerij boekte vorig jaar meer omzet, ondanks de hoge papierprijzen.", Change.UP, "omzet"),
    ],
)
def test_more_or_less_with_a_verb_of_its_own_clause(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in [(s.direction, s.phenomenon) for s in statements_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Vorig jaar wilde de gemeente meer agenten inzetten.",  # a wish
        "Als de school in 2020 meer geld had gekregen, was het gelukt.",  # a condition
        "De gemeente heeft meer agenten ingezet bij de jaarwisseling.",  # no time of the past
        "Heeft de gemeente in 2022 meer mensen ingehuurd?",  # a question
    ],
)
def test_no_more_or_less_without_an_actual_past_clause(text: str) -> None:
    assert not [s for s in statements_of(text) if "agenten" in s.phenomenon or "mensen" in s.phenomenon
                or "geld" in s.phenomenon]
