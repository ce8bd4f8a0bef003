"""Regions of figures about places abroad and parts of the country (issue 10), on invented Dutch
sentences: countries and cities abroad, regions without a code, inhabitants of provinces, "in het
land", adjectives of countries, routes and the titles of persons.
"""

from __future__ import annotations

from tests.extract._helpers import figures_of


def test_a_country_abroad_is_the_region_of_its_figures() -> None:
    [figure] = figures_of("De burgeroorlog in Jemen heeft al zeker 10.000 mensen het leven gekost.")
    assert figure.region == "Jemen"
    [figure] = figures_of("In de VS wordt gerekend op een groei van 1,5 procent.")
    assert figure.region == "Verenigde Staten"


def test_a_list_of_places_abroad_is_one_region() -> None:
    text = "De storm eiste minstens 300 doden in Mozambique, Zimbabwe en Malawi."
    [figure] = figures_of(text)
    assert figure.region == "Mozambique, Zimbabwe en Malawi"
    text = "Er doen 40 ontwerpers mee uit Maleisië, Europa en de Verenigde Staten."
    [figure] = figures_of(text)
    assert figure.region == "Maleisië, Europa en de Verenigde Staten"


def test_a_city_abroad_is_the_region_in_its_sentence_but_not_carried() -> None:
    [figure] = figures_of("In Istanbul stemden meer dan 8 miljoen mensen.")
    assert figure.region == "Istanbul"
    text = "De prijs werd uitgereikt tijdens een ceremonie in Oslo. Ze won 600.000 euro."
    [figure] = figures_of(text)
    assert figure.region is None


def test_a_city_that_starts_a_name_is_no_place() -> None:
    [figure] = figures_of("Volgens de New York Times betaalde hij 2 miljoen dollar.")
    assert figure.region is None


def test_a_part_of_the_country_without_a_code() -> None:
    [figure] = figures_of("In totaal worden duizend huizen slim gemaakt in de Achterhoek.")
    assert figure.region == "Achterhoek"


def test_the_inhabitants_of_a_province_in_a_poll() -> None:
    [figure] = figures_of("Zes op tien Gelderlanders vinden de wolf een bedreiging.")
    assert figure.region == "Gelderland"


def test_in_het_land_is_the_country_named_before_or_nederland() -> None:
    text = ("Uit Syrië kwamen vorig jaar weinig berichten. In kampen in het noorden van het land "
            "verblijven nog zeker 56 Nederlandse minderjarigen.")
    [figure] = figures_of(text)
    assert figure.region == "Syrië"
    [figure] = figures_of("Op tien plekken in het land demonstreerden boeren.")
    assert figure.region == "Nederland"


def test_the_adjective_of_a_country_is_not_carried_to_the_next_sentence() -> None:
    text = "De Amerikaanse overheid legde het werk stil. Het bedrijf rekent op 1 procent groei."
    [figure] = figures_of(text)
    assert figure.region is None
    text = "Sinds begin dit jaar zijn er uitbraken in Duitsland. Er zijn 159 gevallen gemeld."
    [figure] = figures_of(text)
    assert figure.region == "Duitsland"


def test_a_place_on_the_way_or_in_a_title_is_not_where_it_was_counted() -> None:
    [figure] = figures_of("Hij leende 4000 euro, waarna het geld via Jordanië naar hem terugkwam.")
    assert figure.region is None
    text = "Hij stond bekend als de kroonprins van Jordanië en leende 4000 euro."
    [figure] = figures_of(text)
    assert figure.region is None
    text = "Hij leende 4000 euro om goederen naar de VS te exporteren."
    [figure] = figures_of(text)
    assert figure.region is None


def test_a_place_that_ends_a_proper_name_with_van_is_no_region() -> None:
    text = "Volgens de Universiteit van Amsterdam bleven vorige week 20 scholen dicht."
    [figure] = figures_of(text)
    assert figure.region is None
    text = "Bij de 1,5 graden temperatuurstijging waar het Klimaatakkoord van Parijs op mikt, is dat anders."
    assert [f.region for f in figures_of(text)] == [None]
    text = "Forum krijgt 7 van de 55 zetels in de Staten van Gelderland."
    assert {f.region for f in figures_of(text)} == {"Gelderland"}


def test_the_adjective_of_europe_before_a_noun() -> None:
    [figure] = figures_of("De Europese subsidie van 4 miljoen euro volstaat niet.")
    assert figure.region == "Europa"
    text = "Action opende vorig jaar 230 nieuwe winkels in zeven Europese landen."
    assert {f.region for f in figures_of(text)} == {"Europa"}


def test_a_place_after_a_capitalised_van_is_a_surname() -> None:
    text = "Dat leidt tot verveling.\" Van Oosterhout: \"Sky werkte met een budget van 36 miljoen euro.\""
    assert [f.region for f in figures_of(text)] == [None]


def test_a_list_keeps_names_of_several_words() -> None:
    text = "Vorig jaar waren er 34 inbraken in Breda, Bergen op Zoom en Roosendaal."
    assert [f.region for f in figures_of(text)] == ["Breda, Bergen op Zoom en Roosendaal"]
    text = "In 's-Hertogenbosch, Alphen aan den Rijn en Gouda waren vorig jaar 34 inbraken."
    assert [f.region for f in figures_of(text)] == ["'s-Hertogenbosch, Alphen aan den Rijn en Gouda"]


def test_het_gaat_om_restates_the_measure_of_the_sentence_before() -> None:
    text = "Nederland doet het nu heel slecht. Het gaat om 1000 slachtoffers per jaar."
    assert [f.region for f in figures_of(text)] == ["Nederland"]
    text = "Nederland doet het nu heel slecht. Volgens hem raakten 1000 vrouwen gewond."
    assert [f.region for f in figures_of(text)] == [None]


def test_the_average_dutch_person_is_nederland() -> None:
    text = "De gemiddelde Nederlander rijdt ruim twaalfduizend kilometer per jaar."
    assert [f.region for f in figures_of(text)] == ["Nederland"]


def test_a_place_of_a_part_or_of_examples_after_the_count_is_not_its_region() -> None:
    text = "Centric heeft ruim 4.000 werknemers, van wie 2.900 in Nederland."
    assert figures_of(text)[0].region is None
    text = "Inmiddels zijn zeven gemeenten, waaronder Laarbeek, Nuenen en Helmond, tegen het tracé."
    assert [f.region for f in figures_of(text)] == [None]
    text = "Het warenhuis heeft zeven bakkerijen in het land, waaronder in Amsterdam en Almere."
    assert [f.region for f in figures_of(text)] == ["Nederland"]


def test_a_capitalised_scope_word_inside_a_sentence_starts_a_name() -> None:
    text = "Volgens de Landelijke Eenheid zijn vorig jaar 300 ladingen gestolen."
    assert [f.region for f in figures_of(text)] == [None]
    text = "Landelijk daalde het aantal inbraken met 4 procent."
    assert [f.region for f in figures_of(text)] == ["Nederland"]


def test_the_scope_of_a_ranking_is_not_where_it_was_counted() -> None:
    text = "Entrée is met ruim achtduizend leden de grootste culturele jongerenclub van Europa."
    assert [f.region for f in figures_of(text)] == [None]


def test_a_place_apposed_to_a_noun_of_place_is_the_region() -> None:
    text = "Een schutter opende het vuur in de Canadese stad Halifax en doodde daarbij 51 mensen."
    assert [f.region for f in figures_of(text)] == ["Halifax"]
    text = "Op het Griekse eiland Samos wachten 4000 asielzoekers op een besluit."
    assert [f.region for f in figures_of(text)] == ["Samos"]
    text = "In de badplaats Salou werden vorig jaar 300 toeristen beroofd."
    assert [f.region for f in figures_of(text)] == ["Salou"]


def test_an_apposed_name_the_gazetteer_knows_stays_the_gazetteers() -> None:
    text = "In de stad Utrecht werden vorig jaar 5000 fietsen gestolen."
    assert [f.region for f in figures_of(text)] == ["Utrecht"]
    text = "In de Duitse stad Keulen kwamen 600 mensen bijeen."
    assert [f.region for f in figures_of(text)] == ["Keulen"]


def test_the_adjective_of_a_country_abroad_names_it() -> None:
    text = "Tienduizenden betogers belagen sinds gisteren het hoofdkwartier van de Soedanese strijdkrachten."
    assert [f.region for f in figures_of(text)] == ["Soedan"]
    text = "Venezolaanse media meldden dat de luchtmacht 35 ton aan hulpgoederen heeft onderschept."
    assert [f.region for f in figures_of(text)] == ["Venezuela"]


def test_a_currency_is_no_place() -> None:
    text = "De winnaar kreeg 6 miljoen Noorse kronen."
    assert [f.region for f in figures_of(text)] == [None]
    text = "Het tekort liep vorig jaar op tot 631 miljoen Canadese dollar."
    assert [f.region for f in figures_of(text)] == [None]


def test_a_compound_noun_or_a_possessive_before_the_apposed_place() -> None:
    text = "Ze zamelde 4000 handtekeningen in tegen een fabriek bij haar geboortestad Trnava."
    assert [f.region for f in figures_of(text)] == ["Trnava"]


def test_an_apposed_region_sets_the_scene_but_an_apposed_city_is_not_carried() -> None:
    text = "De troepen landden in 1915 op het Griekse eiland Lemnos. Daar bleven 3000 soldaten achter."
    assert [f.region for f in figures_of(text)][-1] == "Lemnos"
    text = "Het concert was in de Duitse stad Zwickau. Er kwamen 5000 bezoekers."
    assert [f.region for f in figures_of(text)] == [None]
