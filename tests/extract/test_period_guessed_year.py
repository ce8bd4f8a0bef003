"""The current year of a text without a date: guessed from the year it names most often only when
it names that year at least twice; a year named once is an event's year, not the year before
the text was written."""

from __future__ import annotations

from tests.extract._helpers import figures_of


def test_last_year_in_undated_news_that_names_an_event_year_once_has_no_period() -> None:
    text = (
        "Oud-directeur opnieuw voor de rechter\n\n"
        "De man werd in 2011 ontslagen na een conflict met de raad van bestuur. "
        "Vorig jaar kreeg de bank een boete van 775 miljoen euro."
    )
    [fine] = [f for f in figures_of(text) if f.value == 775_000_000]
    assert fine.period is None


def test_last_year_in_undated_news_with_a_future_target_has_no_period() -> None:
    text = (
        "Meer windparken op zee\n\n"
        "Uiterlijk in 2050 moet de energievoorziening volledig duurzaam zijn. "
        "Vorig jaar werd op zee 1400 megawatt aan windvermogen geplaatst."
    )
    [placed] = [f for f in figures_of(text) if f.value == 1400]
    assert placed.period is None


def test_a_year_named_twice_still_gives_the_year_after_it() -> None:
    text = (
        "Meer incidenten met vrachtwagens\n\n"
        "In 2018 telde de organisatie 437 incidenten in Nederland, meer dan in de jaren ervoor. "
        "De cijfers over 2018 zijn dinsdag gepubliceerd. Dit jaar waren er al 22 incidenten."
    )
    [this_year] = [f for f in figures_of(text) if f.value == 22]
    assert this_year.period == "2019"
