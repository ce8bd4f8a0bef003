"""Goals and aims as trend statements (``_trend_more``): the goal of a speaker or an organisation
about a public phenomenon and the aim of a rule or a measure are trends (``hard``) with the
direction the goal names; pleas, wishes of another's act, duties in the passive, hypotheses,
conditions, orders and one's own affairs are not."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of
from trendbeeld.model import Change, TrendStatement


def _found(text: str) -> list[tuple[str, Change]]:
    return [(t.phenomenon, t.direction) for t in items_of(TrendStatement, text)]


@pytest.mark.parametrize(
    ("text", "phenomenon", "direction"),
    [
        ("Het kabinet wil het aantal verkeersdoden de komende jaren terugdringen.",
         "aantal verkeersdoden", Change.DOWN),
        ("Met de campagne wil de politie het aantal fietsendiefstallen verminderen.",
         "aantal fietsendiefstallen", Change.DOWN),
        ("De gemeente streeft ernaar het aantal daklozen te halveren.", "aantal daklozen", Change.DOWN),
        ("De regering streeft naar een halvering van het aantal daklozen in 2030.",
         "aantal daklozen", Change.DOWN),
        ("Het aantal verkeersslachtoffers moet de komende jaren fors omlaag.",
         "aantal verkeersslachtoffers", Change.DOWN),
        ("De maatregel is bedoeld om de overlast in het centrum te verminderen.",
         "overlast in het centrum", Change.DOWN),
        ("Het plan moet leiden tot minder vuurwerkincidenten.", "vuurwerkincidenten", Change.DOWN),
        ("Een nieuwe camera moet het aantal roodlichtnegeerders op de ringweg terugdringen.",
         "aantal roodlichtnegeerders op de ringweg", Change.DOWN),
        ("De minister wil de maximumstraf voor het bedreigen van boa's verhogen.",
         "maximumstraf voor het bedreigen van boa's", Change.UP),
        # formerly asserted as no trend (a plan, an aim); the conventions count goals as trends
        ("De provincie wil het aantal laadpalen vergroten.", "aantal laadpalen", Change.UP),
        ("We willen de weerbaarheid van de samenleving versterken.",
         "weerbaarheid van de samenleving", Change.UP),
    ],
)
def test_a_goal_is_a_trend_in_the_direction_it_names(text: str, phenomenon: str, direction: Change) -> None:
    assert _found(text) == [(phenomenon, direction)]


def test_the_means_of_an_aim_grows() -> None:
    text = "Er komt een richtlijn die door strengere handhaving het illegale vuurwerk moeilijker moet maken."
    assert ("handhaving", Change.UP) in _found(text)


def test_the_verb_names_the_goal_of_a_noun_of_change() -> None:
    text = "De staatssecretaris wil de groei van het aantal flexwerkers terugdringen."
    assert _found(text) == [("aantal flexwerkers", Change.DOWN)]


@pytest.mark.parametrize(
    "text",
    [
        "Er wordt gepleit voor een andere organisatiestructuur.",
        "Preventie dient meer te worden geïntegreerd in het beleid.",
        "Zonder handhaving vermindert de naleving.",
        "De boetes moeten worden verhoogd, vindt de oppositie.",
        "De overlast van vliegverkeer zou dan moeten afnemen.",
        "Komende jaren wil de bank verder groeien.",
        "De woningcorporatie wil de veiligheid in de flats blijven verbeteren.",
        "Reizigers moeten rekening houden met extra reistijd.",
        "De gemeente moet haar thuiszorg per direct verbeteren, oordeelt de rechter.",
        "Hij wil zijn schuld bij de bank verminderen.",
        "Wil de gemeente het aantal daklozen halveren?",
        "Als we het aantal inbraken willen verminderen, moeten we samenwerken.",
        "De vereniging had de contributie willen verlagen.",
    ],
)
def test_pleas_hypotheses_conditions_and_own_affairs_are_no_goal(text: str) -> None:
    assert _found(text) == []
