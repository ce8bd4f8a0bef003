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


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("VGZ wil nog niet vooruitlopen op de nieuwe premies, „maar in het algemeen vinden we dat de prijzen "
         "redelijk moeten blijven”, aldus een woordvoerder van het bedrijf.", "VGZ", "woordvoerder"),
        ("Ook lunchroom de Gouden Lepel staat niet meer op de lijst. „We hebben een nieuwe koelcel "
         "gekocht en het personeel opgeleid”, laat de manager van het bedrijf weten.",
         "lunchroom de Gouden Lepel", "manager"),
    ],
)
def test_a_generic_business_after_the_role_is_the_one_named_before(
    text: str, speaker: str, role: str
) -> None:
    assert speakers(text) == [(speaker, role)]


def test_a_generic_business_with_a_manager_named_before_is_that_person() -> None:
    text = ("Manager Kees Jansen van lunchroom de Gouden Lepel is opgelucht. „We hebben een nieuwe "
            "koelcel gekocht en het personeel opgeleid”, laat de manager van het bedrijf weten.")
    assert [s for s, _ in speakers(text)] == ["Kees Jansen"]


@pytest.mark.parametrize(
    "says",
    ["zegt een woordvoerster van de gemeente", "zegt de gemeente", "laat de gemeente weten"],
)
def test_the_municipality_named_before_gets_its_full_name(says: str) -> None:
    text = (f"De gemeente Lingewaard laat het terrein afzetten. „Het gaat om een klein stortgat uit het "
            f"verleden”, {says}.")
    assert [s for s, _ in speakers(text)] == ["gemeente Lingewaard"]


def test_the_municipality_stays_generic_when_two_were_named() -> None:
    text = ("De gemeenten overleggen, zei de gemeente Overbetuwe eerder al tegen de gemeente Lingewaard. "
            "„Het gaat om een klein stortgat uit het verleden”, zegt de gemeente.")
    assert [s for s, _ in speakers(text)] == ["gemeente"]


def test_another_generic_noun_after_the_role_stays_unresolved() -> None:
    text = ("Het plan is uitgesteld. „We kijken eerst naar de kosten en dan naar de planning”, aldus een "
            "woordvoerder van het bedrijf.")
    assert speakers(text) == []
