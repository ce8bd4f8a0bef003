"""Regions of figures by the annotators' conventions (issue 10), on invented Dutch sentences.

The gold gives the figures of one case (a person's age, the people of one case) and national news
no region; a place is a figure's region where the text names it for that figure.
"""

from __future__ import annotations

from tests.extract._helpers import figures_of


def test_the_age_of_a_person_has_no_region() -> None:
    [age] = figures_of("In Zwolle is dinsdag een 43-jarige vrouw aangehouden voor winkeldiefstal.")
    assert (age.value, age.region) == (43, None)
    text = "Volgens wethouder Marieke Jansen (51) uit Deventer was de zaal vol."
    ages = [f for f in figures_of(text) if f.unit.value == "years"]
    assert all(a.region is None for a in ages)


def test_the_people_of_one_case_have_no_region() -> None:
    [count] = figures_of("In Leeuwarden zijn zaterdag twee verdachten aangehouden na een inbraak.")
    assert (count.value, count.region) == (2, None)
    [count] = figures_of("Bij de brand in Venray raakten drie bewoners gewond.")
    assert (count.value, count.region) == (3, None)
    [count] = figures_of("Vier Bredase scholieren werden door de politie in Breda opgepakt.")
    assert (count.value, count.region) == (4, None)


def test_a_count_of_things_or_many_people_keeps_its_place() -> None:
    [count] = figures_of("In Leeuwarden werden vorig jaar 312 woninginbraken gepleegd.")
    assert count.region == "Leeuwarden"
    [count] = figures_of("In Zwolle brandden met oud en nieuw drie auto's uit.")
    assert count.region == "Zwolle"
    [count] = figures_of("In Utrecht demonstreerden zaterdag 4000 boeren.")
    assert count.region == "Utrecht"
