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


def test_a_place_that_receives_or_is_visited_is_not_where_it_was_counted() -> None:
    [figure] = figures_of("Het bedrijf verkocht vorig jaar 300 tractoren aan Polen.")
    assert figure.region is None
    text = "De minister bracht een bezoek aan Japan. Het leverde 40 contracten op."
    [figure] = figures_of(text)
    assert figure.region is None
    [figure] = figures_of("Het totale bedrag aan wereldwijde boetes ligt boven de 1 miljard euro.")
    assert figure.region == "wereldwijd"


def test_the_town_under_a_letter_is_where_the_writer_lives() -> None:
    text = "Dat scheelt een hoop ergernis. Karel Wouters, Zutphen. Elk jaar raken 300 fietsers gewond."
    [figure] = figures_of(text)
    assert figure.region is None
    text = "De politie telde vorig jaar de meeste inbraken in Zutphen. Het ging om 300 inbraken."
    [figure] = figures_of(text)
    assert figure.region == "Zutphen"


def test_the_people_of_a_case_named_by_their_number_have_no_region() -> None:
    text = "In Tiel zijn twee mannen aangehouden. De twee worden verdacht van een inbraak in Tiel."
    assert all(f.region is None for f in figures_of(text))
    text = "In Zwolle hield de politie twee Zwollenaren van 19 en 23 jaar oud aan."
    assert all(f.region is None for f in figures_of(text))


def test_the_sentence_of_one_person_has_no_region() -> None:
    text = "De rechtbank in Zwolle veroordeelde de man uit Kampen tot een werkstraf van 120 uur."
    [figure] = figures_of(text)
    assert (figure.value, figure.region) == (120, None)
    text = "In Almelo eiste het OM tegen de oplichter drie jaar celstraf."
    years = [f for f in figures_of(text) if f.unit.value == "years"]
    assert years and all(f.region is None for f in years)


def test_more_wordings_of_the_people_of_one_case() -> None:
    text = "In Tiel zijn twee onbekende jongemannen en twee inzittenden van een auto gewond geraakt."
    assert all(f.region is None for f in figures_of(text))
    text = "In Zwolle zijn een Almeerder van 47 en een Zwollenaar van 32 aangehouden."
    assert all(f.region is None for f in figures_of(text))


def test_a_village_inside_a_list_of_towns_belongs_to_the_list() -> None:
    [count] = figures_of("In Velp, Arnhem en Ede werden vorig jaar 30 scholen bestolen.")
    assert count.region == "Velp, Arnhem en Ede"
    [count] = figures_of("Bij scholen in Arnhem, Ermelo, Velp en Middelburg werden 40 laptops gestolen.")
    assert count.region == "Arnhem, Ermelo, Velp en Middelburg"


def test_a_village_that_opens_a_titles_datelines_is_not_in_the_list() -> None:
    [weight] = figures_of("Driebergen, Laren - Meer dan vijf kilo drugs in spellendozen")
    assert weight.region == "Laren"
