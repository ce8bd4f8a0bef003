"""Figures of the Dutch state take Nederland without naming it (issue 10): the sentence or one of the
two before it names parliament, the cabinet or a bill (read on DPG news of 2019: petitions, budgets,
polls and seats of the Tweede and Eerste Kamer)."""

from __future__ import annotations

from tests.extract._helpers import figures_of


def test_a_figure_of_parliament_or_the_cabinet_is_of_the_country() -> None:
    [count] = figures_of("Een actiegroep biedt de Tweede Kamer dinsdag 25.000 handtekeningen aan.")
    assert (count.value, count.region) == (25000, "Nederland")
    text = ("Het kabinet trekt extra geld uit voor de jeugdzorg. "
            "De uitgaven stijgen daardoor met 300 miljoen euro.")
    [money] = figures_of(text)
    assert money.region == "Nederland"


def test_the_maximum_penalty_of_a_bill_is_the_law_of_the_land() -> None:
    text = ("Bij de Eerste Kamer ligt een wetsvoorstel waarmee het kopen van nepmerken strafbaar wordt. "
            "De straf is maximaal twee jaar cel of een geldboete van 8000 euro.")
    assert [f.region for f in figures_of(text)] == ["Nederland", "Nederland"]


def test_one_persons_sentence_and_a_foreign_cabinet_are_not_the_countrys() -> None:
    text = "Het kabinet wil strengere straffen. De rechter in Zwolle gaf de man twee jaar cel."
    assert [f.region for f in figures_of(text)] == [None]
    text = "Het Duitse kabinet is verdeeld. Ongeveer de helft van de ministers wil een nieuwe coalitie."
    assert [f.region for f in figures_of(text)] == [None]


def test_a_place_named_in_the_sentence_comes_first() -> None:
    text = "Het kabinet wil meer agenten. In Utrecht komen er volgend jaar 40 wijkagenten bij."
    assert [f.region for f in figures_of(text)] == ["Utrecht"]


def test_the_letterhead_of_a_parliamentary_paper_is_no_figure_of_the_state() -> None:
    text = ("Tweede Kamer der Staten-Generaal\nVergaderjaar 1989-1990\n\n"
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
            "'s-Gravenhage, 2 april 1990\n\n"
            "Het afgelopen jaar werden 8200 asielverzoeken ingediend.\n")
    assert [f.region for f in figures_of(text)] == [None]
