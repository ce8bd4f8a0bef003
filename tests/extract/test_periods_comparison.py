"""A year in a comparison is the base of a change, not the period of the figures after it."""

from __future__ import annotations

from tests.extract._helpers import items_of
from trendbeeld.model import Figure


def test_a_year_after_as_on_the_last_peak_is_no_period_carried_on() -> None:
    text = (
        "Eind 2018 waren er tachtig vacatures per honderd werklozen. De arbeidsmarkt was hiermee net zo "
        "gespannen als op het vorige hoogtepunt in 2008. Bijna drie kwart van de groei is toe te schrijven "
        "aan vaste contracten."
    )
    share = items_of(Figure, text)[-1]
    assert (share.value, share.period) == (75.0, "2018")
