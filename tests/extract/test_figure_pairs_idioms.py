"""Figure classes read on unlabelled DPG and RSS news (bench/figure_recall_scan.py, issue 10), by the
NOTES and CONVENTIONS: a unit shared by a coordinated pair ("van 100 en 200 euro") and ranges with
"tussen de" in euro and percent; a large amount without "euro" that is a price ("kost Shell 2,5
miljoen", "een villa 'van 1 miljoen'"); money in "ton" that is a worth ("voor tonnen gedupeerd");
vague amounts that count a noun after adjectives ("tientallen boze boeren", value 10, unit count);
idioms with number words and a hundred percent of certainty are no figures ("meten met twee maten",
"niet honderd procent garanderen"); the from-value of "van … naar … in 2021" does not take the year
of the to-value. Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract._helpers import figures_of


def _found(text: str) -> list[tuple[str, float, float | None, str]]:
    return [(f.text, f.value, f.value_high, str(f.unit)) for f in figures_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De nieuwe munten van 50 en 100 euro komen volgend jaar in omloop.",
         [("50", 50.0, None, "euro"), ("100 euro", 100.0, None, "euro")]),
        ("Er blijven twee schijven over, van 22 en 41 procent, zegt de partij.",
         [("twee schijven", 2.0, None, "count"), ("22", 22.0, None, "percent"),
          ("41 procent", 41.0, None, "percent")]),
        ("De gemeente krijgt 3 en 4 miljoen euro uit de twee fondsen.",
         [("3", 3_000_000.0, None, "euro"), ("4 miljoen euro", 4_000_000.0, None, "euro")]),
        ("De huur stijgt naar 300 euro in 2022 en 350 euro in 2025.",
         [("300 euro", 300.0, None, "euro"), ("350 euro", 350.0, None, "euro")]),
    ],
)
def test_a_unit_after_a_coordinated_pair_is_the_unit_of_both(
    text: str, expected: list[tuple[str, float, float | None, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In de supermarkt waren de prijzen tussen de 10 en 18 procent hoger dan vorig jaar.",
         [("tussen de 10 en 18 procent", 10.0, 18.0, "percent")]),
        ("De schade wordt geschat op tussen 30.000 en 45.000 euro.",
         [("tussen 30.000 en 45.000 euro", 30_000.0, 45_000.0, "euro")]),
        ("Ongeveer 30 of 40 procent van de leden stemde tegen.",
         [("30 of 40 procent", 30.0, 40.0, "percent")]),
    ],
)
def test_ranges_in_euro_and_percent_keep_their_lower_bound(
    text: str, expected: list[tuple[str, float, float | None, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De verbouwing van het stadhuis kost de gemeente 4,5 miljoen.",
         [("4,5 miljoen", 4_500_000.0, None, "euro")]),
        ("De club betaalde 12 miljoen voor de spits uit Brazilië.",
         [("12 miljoen", 12_000_000.0, None, "euro")]),
        ("Hij woonde in een landhuis 'van 3 miljoen' aan de rand van het dorp.",
         [("3 miljoen", 3_000_000.0, None, "euro")]),
        ("Volgens de makelaar is het pand zo'n 2 miljoen waard.",
         [("zo'n 2 miljoen", 2_000_000.0, None, "euro")]),
        ("De provincie telt inmiddels ruim 2 miljoen.", [("ruim 2 miljoen", 2_000_000.0, None, "count")]),
    ],
)
def test_a_large_amount_that_is_a_price_is_in_euro(
    text: str, expected: list[tuple[str, float, float | None, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De verzekeraar is vorig jaar voor tonnen opgelicht door nepschades.",
         [("tonnen", 100_000.0, None, "euro")]),
        ("Bij de inbraken werd voor tonnen aan gereedschap meegenomen.",
         [("tonnen", 100_000.0, None, "euro")]),
        ("De boekhouder wordt verdacht van het witwassen van tonnen.", [("tonnen", 100_000.0, None, "euro")]),
        ("Op de kade lagen tonnen zand voor de nieuwe wijk.", []),
    ],
)
def test_tons_of_worth_are_money(text: str, expected: list[tuple[str, float, float | None, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bij de actie werden tientallen illegale vuurwerkpakketten in beslag genomen.",
         [("tientallen illegale vuurwerkpakketten", 10.0, None, "count")]),
        ("Honderden verontruste ouders kwamen naar de informatieavond.",
         [("Honderden verontruste ouders", 100.0, None, "count")]),
    ],
)
def test_a_vague_amount_counts_its_noun_after_adjectives(
    text: str, expected: list[tuple[str, float, float | None, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bij de begrafenis kwamen twee werelden samen.",
        "De wethouder meet volgens de oppositie met twee maten.",
        "Met de nieuwe regel sla je twee vliegen in één klap.",
        "Die maatregel snijdt aan twee kanten.",
        "De burgemeester kan niet honderd procent garanderen dat het feest doorgaat.",
        "De trainer is 100 procent zeker van zijn zaak.",
        "Ik sta 100 procent achter het besluit, zegt de wethouder.",
        "De spits is nog niet honderd procent fit.",
    ],
)
def test_idioms_with_number_words_are_no_figures(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De inbrekers gingen er met twee maten vandoor in een gestolen auto.",
         [("twee maten", 2.0, None, "count")]),
        ("Het dorp wil in 2030 naar 100 procent duurzame energie.",
         [("100 procent", 100.0, None, "percent")]),
    ],
)
def test_the_same_words_outside_an_idiom_stay_figures(
    text: str, expected: list[tuple[str, float, float | None, str]]
) -> None:
    assert _found(text) == expected


def test_the_from_value_does_not_take_the_year_of_the_to_value() -> None:
    figures = figures_of("Het aandeel fietsers steeg van 12 procent naar 19 procent in 2023.")
    assert [(f.value, f.period) for f in figures] == [(12.0, None), (19.0, "2023")]


def test_a_year_before_the_change_stays_the_period_of_both() -> None:
    figures = figures_of("In 2023 steeg het aandeel fietsers van 12 procent naar 19 procent.")
    assert [(f.value, f.period) for f in figures] == [(12.0, "2023"), (19.0, "2023")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In de container zaten tientallen kilo heroïne.", [("tientallen kilo", 10.0, None, "other")]),
        ("Na het ongeluk stroomden duizenden liters diesel in de sloot.",
         [("duizenden liters", 1000.0, None, "other")]),
    ],
)
def test_a_vague_amount_of_a_measure_is_unit_other(
    text: str, expected: list[tuple[str, float, float | None, str]]
) -> None:
    assert _found(text) == expected
