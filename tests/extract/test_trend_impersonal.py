"""An impersonal passive with a comparative adverb (extract/_trend_impersonal.py): an activity done
more, less or better than before. Invented sentences of the class found in unlabelled reports and
news (politie.nl and RSS items, DPG articles), with controls that are no trend."""

from __future__ import annotations

import pytest

from tests.extract._helpers import statements_of
from trendbeeld.model import Change


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("Sinds de reorganisatie wordt er beter samengewerkt tussen afdelingen.", Change.UP, "samenwerken"),
        ("Er wordt in de provincie minder vaak gerookt.", Change.DOWN, "roken"),
        ("Er wordt strenger en vaker gecontroleerd bij het station.", Change.UP, "controleren"),
        ("In de wijk wordt er weer iets harder gereden.", Change.UP, "rijden"),
    ],
)
def test_an_activity_done_more_or_less(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in [(s.direction, s.phenomenon) for s in statements_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Er wordt onder meer gefraudeerd met subsidies.",  # "onder meer"
        "Er kan sneller worden opgeschaald als dat nodig is.",  # a possibility
        "Er wordt in Nederland meer gerookt dan in Duitsland.",  # between places
        "Je wordt er minder gestrest van.",  # a personal passive
        "Wordt er vaker gecontroleerd op de snelweg?",  # a question
        "Als er beter wordt samengewerkt, gaat het goed.",  # a condition
    ],
)
def test_no_activity_trend(text: str) -> None:
    activities = ("frauderen", "opschalen", "roken", "stressen", "controleren", "samenwerken")
    assert not [s for s in statements_of(text) if s.phenomenon in activities]
