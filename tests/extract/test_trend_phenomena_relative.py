"""Phenomena cut inside a relative clause or run over a clause and "en" (extract/_trend_phenomena.py).

Invented sentences of the class found on unlabelled news (bench/trend_review.py on /tmp/dpg/even_txt:
"groeit de groep die de aanpak … (te ver vindt gaan)", "daalt het aantal leerlingen dat … een
diploma (haalt)"): the phenomenon is the whole noun phrase with its relative clause; a clause
without a verb before it ends goes, and a complementiser after a verb opens no relative clause.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import statements_of


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Sinds de plannen bekend zijn, groeit de groep die de aanpak van de uitstoot te ver vindt gaan.",
         "groep die de aanpak van de uitstoot te ver vindt gaan"),
        ("Bovendien daalt het aantal studenten dat binnen de gestelde tijd een diploma haalt.",
         "aantal studenten dat binnen de gestelde tijd een diploma haalt"),
        ("Er zijn steeds meer scholen die volgens een vast concept onderwijs geven.",
         "scholen die volgens een vast concept onderwijs geven"),
        ("Het gaat om een groeiend aantal gemeenten dat nieuwe bewoners niet langer wil weren.",
         "aantal gemeenten dat nieuwe bewoners niet langer wil weren"),
    ],
)
def test_relative_clause_takes_its_verbs(text: str, phenomenon: str) -> None:
    assert phenomenon in [s.phenomenon for s in statements_of(text)]


def test_complementiser_after_a_verb_stays() -> None:
    text = "Wij gaan steeds vaker meemaken dat groepen patiënten niet passen op een gewone afdeling."
    assert all(s.phenomenon != "meemaken" for s in statements_of(text))


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Ineens voel je je schuldig als je in het vliegtuig stapt, moet je nadenken over wat je eet en is "
         "de energierekening omhooggegaan.", "energierekening"),
        ("De economie bloeit en de veiligheidssituatie is nog nooit zo goed geweest.", "veiligheidssituatie"),
        ("Een grote hit zorgt voor herkenning bij het publiek en de verkoopcijfers schieten omhoog.",
         "verkoopcijfers"),
    ],
)
def test_subject_of_the_clause_after_en(text: str, phenomenon: str) -> None:
    """A phenomenon that ran over a whole clause and "en" is the next clause's subject."""
    assert phenomenon in [s.phenomenon for s in statements_of(text)]


def test_noun_phrases_joined_by_en_stay() -> None:
    text = "Het oplaaiende geweld tussen Israël en de Palestijnen baart zorgen."
    found = [s.phenomenon for s in statements_of(text)]
    assert any("Israël" in p for p in found), found


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Het officiële dodental van de overstroming in het zuiden is zondag verder opgelopen.",
         "officiële dodental van de overstroming in het zuiden"),
        ("Het aantal meldingen van overlast door inwoners is ongeveer verdubbeld.",
         "aantal meldingen van overlast door inwoners"),
        ("De groei wordt hooguit 0,2 procent en het tekort stijgt.", "groei"),
    ],
)
def test_subject_ends_at_its_copula(text: str, phenomenon: str) -> None:
    """A subject that ran on into "is"/"wordt" and the adverbs after it ends before the copula."""
    assert phenomenon in [s.phenomenon for s in statements_of(text)]


def test_clause_after_en_with_copula_keeps_its_verb() -> None:
    text = ("De lidstaten zijn bereid om samen de grenzen te bewaken en in de praktijk wordt steeds meer "
            "samengewerkt.")
    assert any("samengewerkt" in s.phenomenon or "samen" in s.phenomenon for s in statements_of(text))


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Al jaren kampt de brandweer met een torenhoog ziekteverzuim.",
         "brandweer met een torenhoog ziekteverzuim"),
        ("Steeds vaker ontstaan ongelukken op de fietspaden in de binnenstad.",
         "ongelukken op de fietspaden in de binnenstad"),
        ("Steeds minder klinkt het Brabantse lied in de kroegen.", "Brabantse lied in de kroegen"),
    ],
)
def test_subject_after_an_inverted_verb(text: str, phenomenon: str) -> None:
    """The wording of change opens the sentence and the finite verb stands before its subject."""
    assert phenomenon in [s.phenomenon for s in statements_of(text)]


def test_attribute_of_change_is_no_inverted_verb() -> None:
    found = [s.phenomenon for s in statements_of("Er is een toenemende trek naar de stad.")]
    assert "trek naar de stad" in found


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Het lijkt wel of de wachttijd steeds langer duurt.", "wachttijd (langer)"),
        ("Het lijkt alsof automobilisten een steeds korter lontje krijgen.", "automobilisten (korter)"),
    ],
)
def test_clause_after_lijkt_alsof(text: str, phenomenon: str) -> None:
    """A phenomenon that opens with an auxiliary takes the clause after "of"/"alsof"."""
    assert phenomenon in [s.phenomenon for s in statements_of(text)]


def test_pointer_before_an_auxiliary_points_back() -> None:
    text = ("Volgens haar gaat het om een veranderende sfeer. Deze zou met name door berichten in de media "
            "zijn gewijzigd.")
    assert all(not s.phenomenon.startswith("zou") for s in statements_of(text))
