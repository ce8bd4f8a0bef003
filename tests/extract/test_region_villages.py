"""Villages, towns and districts below the municipality as the region of a figure (issue 10).

The gold writes the place a figure is about as printed, a village too ("Gaanderen"); the gazetteer
of municipalities does not know villages, so ``data/woonplaatsen.csv`` (built from the CBS names of
wijken and buurten) adds them. Many village names are also words or surnames ("Veen", "Broek",
"Made"), so a village is a place only after "in", "te", "rond" or "nabij" (not "uit": where one comes from).
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import figures_of
from trendbeeld.extract import regions


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("Bij een inval in Markelo werden 300 hennepplanten gevonden.", "Markelo"),
        ("Bij de brand te Koekange zijn vijf woningen onbewoonbaar geworden.", "Koekange"),
        ("In Hoofddorp werden vorig jaar 212 fietsen gestolen.", "Hoofddorp"),
        ("Rond Rosmalen zijn dit jaar 14 inbraken in auto's gemeld.", "Rosmalen"),
        ("In Zaandam Zuid werden 40 bekeuringen uitgeschreven.", "Zaandam"),
        ("In Beek en Donk zijn 12 woningen gecontroleerd.", "Beek en Donk"),  # not the town Beek
        ("In de wijk Kanaleneiland werden 14 scooters gestolen.", "Kanaleneiland"),  # a district, as printed
    ],
)
def test_a_village_after_a_word_of_place_is_the_region(sentence: str, region: str) -> None:
    assert [f.region for f in figures_of(sentence)] == [region]


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgens Veen zijn er dit jaar 30 meldingen binnengekomen.",  # a surname
        "Broek telde vorig jaar 45 meldingen van overlast.",  # no word of place before it
        "Een 27-jarige man uit Geffen is aangehouden met 3 kilo cocaïne.",  # where one person lives
        "De ontwikkelaar uit Varsseveld bouwt vijf tot negen horecazaken.",  # where a firm comes from
    ],
)
def test_a_village_without_a_word_of_place_is_no_region(sentence: str) -> None:
    assert all(f.region is None for f in figures_of(sentence))


def test_the_region_is_the_village_as_printed_not_its_municipality() -> None:
    """"in Gaanderen" is Gaanderen, not Doetinchem, the municipality it lies in."""
    assert regions.is_village("Gaanderen")
    assert not regions.lookup("Gaanderen")
    text = "In Gaanderen zijn dit jaar 17 auto's opengebroken."
    assert regions.find(text, 0, len(text)) == "Gaanderen"


def test_a_village_named_in_the_sentence_before_is_carried_under_a_title_that_names_it() -> None:
    body = "Vorige week was er een inval bij een loods in Markelo. Zes diensten rukten gezamenlijk uit."
    assert [f.region for f in figures_of("Markelo - Inval bij loods\n\n" + body)] == ["Markelo"]


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before names the scene of something else: a museum, a home, another seizure
        "De munten zijn te zien in het museum in Sommelsdijk. In juli vond een boer drieduizend munten.",
        "Leonie is vertrokken vanaf haar verblijfadres te Geffen. Leonie is 152 cm lang.",
        "De mannen werden aangehouden in Rozenburg. Vrijdag werd op de Maasvlakte 500 kilo onderschept.",
    ],
)
def test_a_village_of_the_sentence_before_is_not_carried_without_a_title_that_names_it(text: str) -> None:
    assert [f.region for f in figures_of(text)] == [None]


def test_words_of_ward_titles_are_no_places() -> None:
    """Ward titles that name no place ("Zuidoost", "Binnenland", "Het ...") are left out."""
    for word in ("Zuidoost", "Binnenland", "Het", "Randstad", "Centrum"):
        assert not regions.is_village(word)
    text = "Dat meldde de krant in Het Parool: 12 incidenten."
    assert regions.find(text, 0, len(text)) is None


def test_places_of_the_title_named_each_before_the_figure_are_together_its_region() -> None:
    text = (
        "Schiedam_Hoogvliet - Contanten gevonden\n\n"
        "In een winkel in Schiedam en de woning van de eigenaar in Hoogvliet vonden agenten"
        " 36.000 sigaretten."
    )
    assert [f.region for f in figures_of(text)] == ["Schiedam en Hoogvliet"]


def test_a_place_after_the_figure_is_its_own() -> None:
    text = (
        "Bussum/Muiden - Inbreker aangehouden\n\n"
        "De verdachte van vijf inbraken in Bussum en één inbraak in Muiden is aangehouden."
    )
    assert next(f.region for f in figures_of(text)) == "Bussum"


def test_a_list_with_a_village_is_carried_under_a_title_that_names_it() -> None:
    text = (
        "Den Haag - Pinnen met gestolen pas in Lisse en Hoofddorp\n\n"
        "Een man heeft met de pas geld opgenomen in Lisse en Hoofddorp."
        " Het gaat om een bedrag van bijna 10.000 euro."
    )
    assert [f.region for f in figures_of(text)] == ["Lisse en Hoofddorp"]
