"""The object of a verb of change used transitively is the phenomenon (extract/_trend_objects.py).

Invented sentences of the class found on unlabelled news and reports (bench/trend_review.py: "De
partij verdubbelt het zetelaantal", "het verandert de theologie nog maar weinig", "dat CO2-uitstoot
het klimaat verandert", "deze inzet hun welzijn kan verbeteren"): what changes, not who changes it.
A time or a superlative after the verb is no object.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import statements_of


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("De vakbond verdubbelt dit jaar het ledental in het noorden.", "ledental in het noorden"),
        ("Het bedrijf halveert het aantal banen in de fabriek.", "aantal banen in de fabriek"),
        ("De gemeente wijzigde vorig jaar de regels voor terrassen.", "regels voor terrassen"),
        ("Daarmee verdubbelt de provincie het budget voor natuurbeheer.", "budget voor natuurbeheer"),
        ("Onderzoekers denken dat de droogte de waterkwaliteit verslechterde.", "waterkwaliteit"),
    ],
)
def test_object_of_a_transitive_verb_of_change(text: str, phenomenon: str) -> None:
    assert phenomenon in [s.phenomenon for s in statements_of(text)]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("De economie verbetert de komende jaren.", "economie"),
        ("De situatie in de wijk verslechterde het afgelopen jaar sterk.", "situatie in de wijk"),
        ("Het klimaat verandert het snelst in de poolgebieden.", "klimaat"),
    ],
)
def test_time_or_superlative_after_the_verb_is_no_object(text: str, phenomenon: str) -> None:
    assert phenomenon in [s.phenomenon for s in statements_of(text)]


def test_participle_after_have_keeps_the_object_before_it() -> None:
    text = "De politie heeft haar aanpak van woninginbraken veranderd."
    assert "aanpak van woninginbraken" in [s.phenomenon for s in statements_of(text)]
