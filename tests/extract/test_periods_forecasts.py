"""A later year or span named in an annual report ("de komende vijf jaar", "In 2019 gaan we …") is a
plan or a forecast: it dates its own figures, not those of the sentences after it, although the
report was written in that later year."""

from __future__ import annotations

from tests.extract._helpers import figures_of

_REPORT = (
    "Jaarverslag 2018\n\n"
    "Personeel\n"
    "De komende vijf jaar leiden we 6.000 monteurs op tot specialist. Het ziekteverzuim steeg van "
    "4,1% naar 4,6%. Het ziekteverzuim is ten opzichte van vorig jaar gestegen naar 5,1%.\n"
)


def _periods() -> dict[str, str | None]:
    return {f.text: f.period for f in figures_of(_REPORT)}


def test_the_forecast_keeps_its_own_span() -> None:
    assert _periods()["6.000 monteurs"] == "2019-2023"


def test_the_figures_after_a_forecast_are_of_the_year_reported_on() -> None:
    periods = _periods()
    assert periods["4,6%"] == "2018"
    assert periods["5,1%"] == "2017-2018"
