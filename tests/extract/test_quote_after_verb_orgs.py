"""An organisation named by its first word after a quote is the full name printed before; a clause
after a name in apposition is no role (issue 10): invented Dutch sentences."""

from __future__ import annotations

from tests.extract._helpers import items_of
from trendbeeld.model import Quote


def test_the_short_form_of_an_organisation_is_its_full_name() -> None:
    text = ("Doekjes in het riool\n\nDe Unie van Waterschappen schat dat er veel doekjes worden "
            "doorgespoeld. "
            ',,Grootste misvatting is dat etensresten doorgespoeld mogen worden", constateerde de Unie. '
            "Voorlichting kan helpen.")
    assert [(q.speaker, q.organisation) for q in items_of(Quote, text)] == [
        ("Unie van Waterschappen", "Unie van Waterschappen")]


def test_a_verb_after_a_name_in_apposition_is_no_role() -> None:
    text = ("Lege stembiljetten\n\nDe toenmalige voorzitter van de Unie van Waterschappen, Peter Glas, riep "
            'in 2015 op tot actie: "We kunnen dit niet negeren. Dat zijn veel lege stembiljetten." '
            "De uitslag volgt later.")
    assert [(q.speaker, q.role) for q in items_of(Quote, text)] == [("Peter Glas", None)]
