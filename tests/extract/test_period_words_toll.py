"""The dead and injured of an attack are of the year of the attack, also when written as a small
number ("Hij schoot er drie mensen dood"), unlike other small counts of one case ("Twee van hen
werden vervolgd"); and "gaat" with its particle ("gaat … tekeer") is no word of the future."""

from __future__ import annotations

from tests.extract._helpers import figures_of


def _period(text: str, evidence: str) -> str | None:
    found = [f for f in figures_of(text) if f.text == evidence]
    assert found, [f.text for f in figures_of(text)]
    return found[0].period


def test_the_dead_of_an_attack_take_the_year_of_the_attack() -> None:
    text = (
        "Zo gaat in 2017 een man met een mes tekeer op een markt in een Franse stad. Hij steekt er "
        "drie mensen dood en wordt daarna opgepakt."
    )
    assert _period(text, "drie mensen") == "2017"


def test_the_injured_of_an_attack_take_the_year_of_the_attack() -> None:
    text = "In 2015 reed een man in op een menigte in het centrum. Er vielen vijf gewonden."
    assert _period(text, "vijf gewonden") == "2015"


def test_other_small_counts_of_one_case_take_no_year_named_before() -> None:
    text = "In 2015 werd een bende opgerold in het centrum. Twee van hen werden vervolgd."
    assert _period(text, "Twee van hen") is None


def test_a_sentence_with_gaan_and_an_infinitive_still_speaks_of_the_future() -> None:
    text = "In 2030 gaat de politie veel vaker controleren in de wijk. Dan zijn er 400 agenten."
    assert _period(text, "400 agenten") is None
