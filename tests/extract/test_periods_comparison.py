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


def test_a_year_carried_from_before_that_is_the_base_itself_is_no_end_of_the_span() -> None:
    text = (
        "Misdrijven per gemeente\n\n"
        "Het aantal misdrijven per 1000 inwoners daalde in 2022 verder, net als in 2021 en in 2022 "
        "bij de meeste gemeenten. Door de grafiek naar basisjaar 2018 te verplaatsen wordt de "
        "ontwikkeling sinds 2018 zichtbaar. De hoeveelheid vuurwapenmisdrijven is zelfs met 29,9% "
        "toegenomen sinds 2018."
    )
    share = items_of(Figure, text)[-1]
    assert (share.value, share.period) == (29.9, "2018-2022")
