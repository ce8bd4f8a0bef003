"""Counts that unlabelled news showed the extractor missing (bench/figure_recall_scan.py, issue 10),
one invented sentence per wording class: the people of one case after a definite article ("de twee
agenten"), a written count of a group ("Twee van hen"), adjectives between a count and its noun
("twee andere pijnpunten"), people counted as "man"; and the sets and phrases that stay no figure."""

from __future__ import annotations

import pytest

from tests.extract._helpers import figures_of


def _found(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, str(f.unit)) for f in figures_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De drie verdachten zwegen tijdens het verhoor.", [("drie verdachten", 3.0, "count")]),
        ("Volgens de rechter gingen de twee agenten te ver.", [("twee agenten", 2.0, "count")]),
        ("Alle vijf handlangers droegen een bivakmuts.", [("vijf handlangers", 5.0, "count")]),
        ("Vier van hen zijn inmiddels vrijgelaten.", [("Vier van hen", 4.0, "count")]),
        ("Hij werd samen met zes van zijn medeverdachten vervolgd.",
         [("zes van zijn medeverdachten", 6.0, "count")]),
        ("Acht van de grootste Nederlandse banken doen mee.",
         [("Acht van de grootste Nederlandse banken", 8.0, "count")]),
        ("De wethouder noemde drie andere knelpunten.", [("drie andere knelpunten", 3.0, "count")]),
        ("Negen grote Brabantse gemeenten sluiten zich aan.",
         [("Negen grote Brabantse gemeenten", 9.0, "count")]),
        ("De brandweer rukte uit met dertig man.", [("dertig man", 30.0, "count")]),
    ],
)
def test_a_count_of_one_case_is_a_figure(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Het geld gaat naar de vier grote steden.",  # a known set of things, no figure
        "Het plan rust op de twee pijlers van het beleid.",
        "Eén van de broers getuigde tegen hem.",  # "one of", no count
        "De pil kwam eind jaren zestig van de vorige eeuw.",  # a decade
        "Hij werkte twee jaar bij de bank.",  # a time reference in narration
    ],
)
def test_sets_and_phrases_stay_no_figure(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount that ends its clause after "er" or a word of approximation
        ("Het aantal winkels daalde. In 2015 waren er nog 412, nu zijn het er minder.",
         [("412", 412.0, "count")]),
        ("Het centrum was gebouwd voor 900 mensen. Nu wonen er 1.340, zegt de directeur.",
         [("900 mensen", 900.0, "count"), ("1.340", 1340.0, "count")]),
        ("Veel ouderen zijn eenzaam. In onze provincie zijn dat er zo'n 80.000.",
         [("80.000", 80000.0, "count")]),
        ("De waarden zijn extreem klein (0 of bijna 0).", []),  # zero is no count
        # "een" before a magnitude is one
        ("Ruim een miljoen bezoekers kwamen naar de stad.", [("Ruim een miljoen bezoekers", 1e6, "count")]),
        ("De fraude kostte bijna een miljard euro.", [("bijna een miljard euro", 1e9, "euro")]),
        ("Er werd een miljard gevonden voor de bouw.", [("een miljard", 1e9, "count")]),
        # a magnitude counts a capitalised noun
        ("Volgens de VN zitten 2 miljoen Syriërs in kampen.", [("2 miljoen Syriërs", 2e6, "count")]),
    ],
)
def test_amounts_at_a_clause_end_and_large_amounts(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the age of a suspect named by first name and initial
        ("Verdachte Kees B. (34) ontkende alles.", [("34", 34.0, "years")]),
        ("De rechtbank hoorde Fatima el K. (29) gisteren.", [("29", 29.0, "years")]),
        # a child's age after a full name, or in "de 8-jarige …"
        ("De moeder van Sanne Visser (8) is blij.", [("8", 8.0, "years")]),
        ("De 6-jarige Daan kreeg een verblijfsvergunning.", [("6-jarige", 6.0, "years")]),
        # an item number after one capitalised word, and an unnamed person, stay none
        ("Brieven Parkeerbeleid (2) Het parkeerbeleid deugt niet.", []),
        ("De politie hield een vrouw (41) aan.", []),
        # a place after a capitalised particle is a surname; an inhabitant is an unnamed person
        ("Volgens Van Montfoort (62) klopt het niet.", [("62", 62.0, "years")]),
        ("Het atelier van Van der Heijden (45) brandde af.", [("45", 45.0, "years")]),
        ("Een Tilburger (35) is opgepakt na de inbraak.", []),
        ("De politie hield een Rotterdammer (20) en een Eindhovenaar (43) aan.", []),
    ],
)
def test_ages_of_named_persons(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of written counts, with "tot", "of" or "tussen … en"
        ("Twaalf tot vijftien woningen liepen schade op.", [("Twaalf tot vijftien woningen", 12.0, 15.0)]),
        ("Volgens de wethouder sluiten nog drie of vier scholen.", [("drie of vier scholen", 3.0, 4.0)]),
        ("Er zijn tussen twintig en dertig verdachten.",
         [("tussen twintig en dertig verdachten", 20.0, 30.0)]),
        # a lower bound before a magnitude takes the magnitude
        ("Het aantal reizigers stijgt naar 8 of 9 miljoen per jaar.", [("8 of 9 miljoen", 8e6, 9e6)]),
    ],
)
def test_ranges_of_written_counts(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert [(f.text, f.value, f.value_high) for f in figures_of(text)] == expected


def test_a_written_number_that_starts_a_change_takes_the_unit_it_changes_to() -> None:
    assert _found("De partij gaat volgens de peiling van elf naar zes zetels.") == [
        ("elf", 11.0, "count"), ("zes zetels", 6.0, "count"),
    ]
    assert _found("Het aandeel steeg van acht naar tien procent.") == [
        ("acht", 8.0, "percent"), ("tien procent", 10.0, "percent"),
    ]
    assert _found("Het verlof ging van twee naar vijf dagen.") == []  # a duration, no figure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised plural noun in running text is counted ("2 Grafische presentaties" opening
        # a line stays a list number)
        ("Volgende maand kiezen 430 Statenleden een nieuwe voorzitter.",
         [("430 Statenleden", 430.0, "count")]),
        ("In 2018 vestigden zich nog 12.000 Belgen in de stad.", [("12.000 Belgen", 12000.0, "count")]),
        # a plural in -ën, a count of a group in digits, units of measure beyond kilo and ton
        ("De vereniging beheert zo'n 300 moskeeën.", [("zo'n 300 moskeeën", 300.0, "count")]),
        ("Zo'n 40 van hen keerden terug.", [("Zo'n 40 van hen", 40.0, "count")]),
        ("De uitstoot moet met 14 megaton dalen.", [("14 megaton", 14.0, "other")]),
    ],
)
def test_counts_and_measures_in_running_text(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a written number that stands for the people it counts
        ("De vier hadden de inbraak samen beraamd.", [("vier", 4.0, "count")]),
        ("Volgens de rechter zagen de twee niet in dat het fout was.", [("twee", 2.0, "count")]),
        # "alle N de …"
        ("Alle vijf de verdachten zwegen.", [("vijf de verdachten", 5.0, "count")]),
        # a participle adjective and a time unit after the number make no pronoun
        ("De drie wachtende partijen tekenden.", []),
        ("In de twee jaar daarna gebeurde niets.", []),
    ],
)
def test_a_written_number_as_a_pronoun_counts_people(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the length of a demanded sentence or of youth detention
        ("OM eist vier jaar tegen inbreker.", [("vier jaar", 4.0, "years")]),
        ("Eis: 14 maanden voor mishandeling van agent.", [("14 maanden", 14.0, "other")]),
        ("Twee jaar geëist voor brandstichting in Zwolle.", [("Twee jaar", 2.0, "years")]),
        ("De jongen kreeg zes maanden jeugddetentie.", [("zes maanden", 6.0, "other")]),
        # a time reference stays none, also near a demand
        ("De familie eiste een excuus. Twee jaar geleden ging het al mis.", []),
        ("Om hun eis kracht bij te zetten, staken zij vijf dagen.", []),
    ],
)
def test_demanded_sentences_are_durations(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # so many of a known set: counts (gold: 'vier van de vijf agenten' are the counts 4 and 5)
        ("Aan vier van de vijf agenten werd strafontslag verleend.",
         [("vier", 4.0, "count"), ("vijf agenten", 5.0, "count")]),
        ("De winkelketen sloot dertien van de 26 winkels.",
         [("dertien", 13.0, "count"), ("26 winkels", 26.0, "count")]),
        # a round base is a ratio, as 'zeven op de tien' is 70 percent
        ("Drie van de tien jongeren gebruikt wel eens lachgas.", [("Drie van de tien", 30.0, "percent")]),
        ("Zeven op de tien inwoners voelt zich veilig.", [("Zeven op de tien", 70.0, "percent")]),
    ],
)
def test_so_many_of_a_set_are_counts(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Het is een van de acht gemeenten die meedoen.",  # one of a set, no ratio
        "Eén van de zeven zaken werd geseponeerd.",
        "De wijk behoort tot een van de vijf armste gebieden.",
        "De motie werd voor een derde keer in stemming gebracht.",  # how often, no share
        "Hij werd een van de vijf beste spelers van de competitie.",  # a set named by rank
        "Het geld gaat naar de vier grootste steden.",
    ],
)
def test_one_of_a_set_and_ordinal_times_are_no_figure(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a written number after "er" that ends its clause counts, as digits do
        ("Eerst deed één bank mee. Inmiddels zijn het er vijf.", [("vijf", 5.0, "count")]),
        ("Op 19 februari waren het er nog ruim honderd.", [("ruim honderd", 100.0, "count")]),
        ("Nu zijn het er ongeveer drieduizend, zegt de conservator.",
         [("ongeveer drieduizend", 3000.0, "count")]),
        # not where the number stands for a length of time named before, nor before a noun
        ("Ik zou hier twee jaar blijven. Voor ik het wist waren het er tien.", []),
        ("Er zijn er twee die het weten.", []),
    ],
)
def test_a_written_number_after_er_at_a_clause_end(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text) == expected
