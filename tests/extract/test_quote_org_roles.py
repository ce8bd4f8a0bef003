"""A definite role after a quote whose organisation is named just before it (NOTES: unnamed officials
and anonymous spokespeople make the organisation the speaker, with the role): invented sentences."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of
from trendbeeld.model import Quote


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.role) for q in items_of(Quote, f"Nieuws uit Deventer\n\n{text}")]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Rabobank heeft de zaak onderzocht. „We sluiten niet uit dat er meer van zulke gevallen zijn in "
         "andere landen”, aldus de Rabobank-woordvoerder.", "Rabobank", "woordvoerder"),
        ("Ook PGGM, de uitvoerder van het pensioenfonds, ziet meer zieke werknemers. „Van de "
         "zestigplussers zit een op de vijf thuis”, zegt de woordvoerder.", "PGGM", "woordvoerder"),
        ("Verhoor De rechtbank wees het verzoek van de verdediging af. „De verdachte heeft zelf gekozen om "
         "het wapen te laten verdwijnen”, aldus de voorzitter.", "rechtbank", "voorzitter"),
        ("Op de lijst staat ook Bakkerij Hendriks in de Langestraat. „Ik schrok van het rapport, maar "
         "het was onze eigen fout”, zegt de eigenaar.", "Bakkerij Hendriks", "eigenaar"),
    ],
)
def test_the_organisation_named_before_speaks_for_its_unnamed_role(
    text: str, speaker: str, role: str
) -> None:
    assert speakers(text) == [(speaker, role)]


def test_a_person_named_before_the_role_leaves_it_unresolved() -> None:
    # the owner may be Jan Hendriks himself: no organisation is guessed
    text = ("Jan Hendriks van Bakkerij Hendriks is boos. „Ik schrok van het rapport, maar het was onze eigen "
            "fout”, zegt de eigenaar.")
    assert all(s != "Bakkerij Hendriks" for s, _ in speakers(text))


def test_two_organisations_named_before_leave_the_role_unresolved() -> None:
    text = ("Op de lijst staan Bakkerij Hendriks en Slagerij Smit. „Ik schrok van het rapport, maar het was "
            "onze eigen fout”, zegt de eigenaar.")
    assert speakers(text) == []
