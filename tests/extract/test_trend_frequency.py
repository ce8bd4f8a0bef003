"""Persistence stated by an adverb of frequency or lasting (extract/_trend_frequency.py).

Invented sentences per class of wording found on unlabelled news (DPG articles of 2019, safety news
leads): a phenomenon that keeps occurring ("regelmatig", "telkens", "steeds weer", "herhaaldelijk"),
a place that has suffered it for months ("al maanden geteisterd door"), a shortcoming called
structural, a protest that has lasted weeks ("In Hongkong wordt al weken gedemonstreerd"); with
controls that are no trend: one actor's habit, a plan, a condition, a question, people as the
phenomenon, a verb "wantrouwen".
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs, statements_of
from trendbeeld.model import Change


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # an existential "er" with a verb of occurring: the noun phrase after the marker or "er"
        (
            "Er gebeuren regelmatig ongelukken op de kruising bij het station.",
            "ongelukken op de kruising bij het station",
        ),
        ("Volgens buren zijn er regelmatig vechtpartijen bij de snackbar.", "vechtpartijen bij de snackbar"),
        ("Telkens kwamen er klachten binnen.", "klachten"),
        ("Er ontstaan steeds weer opstoppingen op deze weg.", "opstoppingen op deze weg"),
        # a verb of occurring with its subject, a separable particle before a preposition
        ("Inbraken komen regelmatig voor in de wijk Kanaleneiland.", "Inbraken"),
        # a place or group that suffers it
        ("Het dorp wordt al maanden geteisterd door autobranden.", "autobranden"),
        ("De buurt kampt al weken met overlast van hangjongeren.", "overlast van hangjongeren"),
        ("Scholieren worden regelmatig geconfronteerd met pesterijen.", "pesterijen"),
        ("Het plein was de afgelopen tijd herhaaldelijk het toneel van rellen.", "rellen"),
        # a shortcoming called structural (a claim of a speaker too)
        ("We zien dat er een structureel tekort is aan rechercheurs.", "tekort"),
    ],
)
def test_persistence_by_frequency_is_stable(text: str, phenomenon: str) -> None:
    assert (Change.STABLE, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het netwerk publiceert regelmatig over internationale misdaad.",  # one actor's habit
        "De zaak nodigt regelmatig buitenlandse artiesten uit.",  # one firm's habit
        "Volgens buren reed er destijds regelmatig een vrachtwagen door de straat.",  # no occurrence
        "Tijdens het proces stonden er regelmatig activisten voor het gebouw.",  # people
        "Telkens als er gestemd moet worden, zijn er mensen afwezig.",  # a condition
        "Komen er regelmatig inbraken voor in de wijk?",  # a question
        "De gemeente wil dat er regelmatig controles plaatsvinden.",  # a wish
        "Die instantie zou burgers structureel wantrouwen.",  # a verb, a guess
        "Dat biedt een structurele oplossing.",  # no shortcoming
        "Er is geen structureel tekort aan agenten.",  # a negation
    ],
)
def test_no_persistence(text: str) -> None:
    assert not [s for s in statements_of(text) if s.direction is Change.STABLE]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # a protest that has lasted weeks or months, named by its noun and where or against what
        ("In Santiago wordt al weken gedemonstreerd.", "demonstraties in Santiago"),
        (
            "Al drie maanden gaan in Belgische steden elke zondag duizenden mensen de straat op.",
            "demonstraties in Belgische steden",
        ),
        ("De politie verwijderde betogers die al weken demonstreren voor het parlement.", "demonstraties"),
        # what lasts after "durende"
        ("Reizigers klagen over de al maanden durende stakingen in het streekvervoer.",
         "stakingen in het streekvervoer"),
    ],
)
def test_a_lasting_protest_is_stable(text: str, phenomenon: str) -> None:
    assert (Change.STABLE, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zij spaart al weken voor een nieuwe fiets.",  # one person's habit
        "Als er al weken wordt gedemonstreerd, grijpt de politie in.",  # a condition
    ],
)
def test_no_lasting_protest(text: str) -> None:
    assert not [s for s in statements_of(text) if s.direction is Change.STABLE]


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        # a frequency idiom: stable, or up with a word of now (alt stable by the conventions)
        ("Diefstal van fietsen is aan de orde van de dag.", Change.STABLE, "Diefstal van fietsen"),
        ("Bij webwinkels is oplichting schering en inslag.", Change.STABLE, "oplichting"),
        (
            "De overlast op het Stationsplein is inmiddels dagelijkse kost.",
            Change.UP,
            "overlast op het Stationsplein",
        ),
        (
            "In Utrecht zijn steekpartijen de laatste maanden aan de orde van de dag.",
            Change.UP,
            "steekpartijen",
        ),
    ],
)
def test_a_frequency_idiom(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Inbraken zijn hier geen dagelijkse kost.",  # a negation
        "Zulke verhalen noemen ze hier dagelijkse kost.",  # no copula
        "Dat is voor de agenten dagelijkse kost.",  # a pronoun: the phenomenon is named elsewhere
    ],
)
def test_no_frequency_idiom(text: str) -> None:
    assert not statements_of(text)
