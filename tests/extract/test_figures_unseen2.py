"""Figure classes found missing or misread in unlabelled news (bench/figure_recall_scan.py, issue 10),
by the NOTES on DPG regional news. Money in "ton" ("In news, `ton` and `tonnen` of money mean
hundreds of thousands of euros"): a number of tons in a sentence about money is so many hundred
thousand euros, "een ton" and a vague "tonnen" one hundred thousand; a weight stays a measure (unit
other). Mixed durations: "drie jaar en negen maanden" is one figure in years. Ratios without "de"
("Een op zeven werknemers") are shares. Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract._helpers import figures_of


def _found(text: str) -> list[tuple[str, float, float | None, str]]:
    return [(f.text, f.value, f.value_high, str(f.unit)) for f in figures_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De stichting heeft volgens de penningmeester ruim 1,5 ton betaald aan de aannemer.",
         [("ruim 1,5 ton", 150_000.0, None, "euro")]),
        ("Met de inzamelingsactie is inmiddels zes ton opgehaald voor het nieuwe clubhuis.",
         [("zes ton", 600_000.0, None, "euro")]),
        ("Het bestuur vroeg subsidie aan. Als alles meezit, komt er drie ton binnen voor de renovatie.",
         [("drie ton", 300_000.0, None, "euro")]),
        ("De huurder moet de verhuurder nog een ton betalen aan achterstallige huur.",
         [("een ton", 100_000.0, None, "euro")]),
        ("Als makelaar verdient hij tonnen per jaar, zegt zijn ex-partner.",
         [("tonnen", 100_000.0, None, "euro")]),
        ("De oud-directeur eiste zijn geld terug, naar verluidt een paar ton.",
         [("een paar ton", 100_000.0, None, "euro")]),
        ("Het benefietconcert in de Grote Kerk haalde vorige week ruim 4 ton op voor het hospice.",
         [("ruim 4 ton", 400_000.0, None, "euro")]),
        ("Bij de inval vond de recherche anderhalve ton aan contanten in een koffer.",
         [("anderhalve ton", 150_000.0, None, "euro")]),
    ],
)
def test_tons_in_a_sentence_about_money_are_hundreds_of_thousands_of_euros(
    text: str, expected: list[tuple[str, float, float | None, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vrachtwagens zwaarder dan 7,5 ton mogen de brug niet meer over.",
         [("7,5 ton", 7.5, None, "other")]),
        ("De haven sloeg vorig jaar ruim 40 miljoen ton aan goederen over.",
         [("ruim 40 miljoen ton", 40_000_000.0, None, "other")]),
        ("De douane onderschepte in de haven twaalf ton cocaïne, die op straat miljoenen kost.",
         [("twaalf ton", 12.0, None, "other"), ("miljoenen", 1_000_000.0, None, "other")]),
        ("Bij de ladingdiefstal ging het om een partij koper van 20 ton met een waarde van 9 miljoen euro.",
         [("20 ton", 20.0, None, "other"), ("9 miljoen euro", 9_000_000.0, None, "euro")]),
        ("De boer kan per hectare een ton CO2 in de bodem vastleggen.", []),
        ("Vrijwilligers haalden zaterdag drie ton aan zwerfvuil uit de rivier op.",
         [("drie ton", 3.0, None, "other")]),
    ],
)
def test_tons_of_weight_stay_a_measure(
    text: str, expected: list[tuple[str, float, float | None, str]]
) -> None:
    assert _found(text) == expected


# Mixed durations (NOTES, DPG regional news: "A demanded or imposed sentence of `drie jaar en negen
# maanden` is one figure, value 3.75, unit `years`").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De rechtbank legde de inbreker een gevangenisstraf van drie jaar en negen maanden op.",
         [("drie jaar en negen maanden", 3.75, None, "years")]),
        ("Tegen de bestuurder is vier jaar en zes maanden cel geëist.",
         [("vier jaar en zes maanden", 4.5, None, "years")]),
        ("De Turkse journalist is veroordeeld tot een celstraf van 2 jaar en 8 maanden.",
         [("2 jaar en 8 maanden", 2.67, None, "years")]),
        # two people's sentences, each of its own; no sentence at all
        ("De twee handlangers moeten respectievelijk 5 jaar en 30 maanden de cel in.",
         [("twee handlangers", 2.0, None, "count"), ("5 jaar", 5.0, None, "years"),
          ("30 maanden", 30.0, None, "other")]),
        ("Het meisje van twee jaar en drie maanden werd ongedeerd teruggevonden.", []),
    ],
)
def test_a_mixed_duration_of_a_sentence_is_one_figure_in_years(
    text: str, expected: list[tuple[str, float, float | None, str]]
) -> None:
    assert _found(text) == expected


# Ratios without "de" (NOTES: "`zeven op de tien` = 70 percent"; "een op zes" is written the same way).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Een op acht huurders heeft een betalingsachterstand.", [("Een op acht", 12.5, None, "percent")]),
        ("Volgens de onderzoekers is de kans inmiddels een op vier.",
         [("een op vier", 25.0, None, "percent")]),
        ("Drie op tien Brabanders voelt zich weleens onveilig.", [("Drie op tien", 30.0, None, "percent")]),
        # a day, a score in digits and a phrase are no share
        ("De twee op 14 juni aangehouden mannen zijn vrij.", [("twee", 2.0, None, "count")]),
        ("De thuisploeg won met 3 op 5 sets.", [("5 sets", 5.0, None, "count")]),
        ("Hij zet alles op één kaart.", []),
    ],
)
def test_a_ratio_without_an_article_is_a_share(
    text: str, expected: list[tuple[str, float, float | None, str]]
) -> None:
    assert _found(text) == expected
