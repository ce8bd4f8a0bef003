"""Periods in a compilation of news articles without dates: the current year guessed from one
article's years does not resolve "vorig jaar" in another article that names no year or date."""

from __future__ import annotations

from tests.extract._helpers import figures_of

FIRST = (
    "Gemeente stopt met proef\n\n"
    "De gemeente begon in 2017 met een proef met buurtbemiddeling. In 2017 meldden zich 120 buren "
    "met een conflict. De proef wordt niet verlengd.\n"
)
SECOND = (
    "Familie moet puin zelf betalen\n\n"
    "Vorig jaar sloopte de familie het huis eigenhandig, maar het puin bleef liggen. Vorig jaar kwamen "
    "er 35 klachten van buren binnen. De familie gaat nu in beroep.\n"
)


def _periods(text: str) -> dict[float, str | None]:
    return {f.value: f.period for f in figures_of(text)}


def test_last_year_in_an_article_that_names_no_year_has_no_period() -> None:
    periods = _periods(FIRST + "\n\n" + SECOND)
    assert periods[120.0] == "2017"
    assert periods[35.0] is None


def test_last_year_in_an_article_with_a_weekday_and_date_keeps_the_current_year() -> None:
    zitting = "Donderdagavond 14 februari is er een zitting. "
    dated = SECOND.replace("De familie gaat nu", zitting + "De familie gaat nu")
    periods = _periods(FIRST + "\n\n" + dated)
    assert periods[35.0] == "2017"  # the year before the one guessed from both articles (2018)
