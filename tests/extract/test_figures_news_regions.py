"""The region of a figure in news (issue 10): classes of wording, with invented sentences."""

from __future__ import annotations

from tests.extract._helpers import figures_of


def test_a_destination_is_not_where_a_figure_was_counted() -> None:
    [figure] = figures_of("Volgens de douane smokkelen zij elke week 400 kilo naar Engeland.")
    assert (figure.value, figure.region) == (400, None)
    [figure] = figures_of("Een partij op een schip richting Rotterdam kost 3000 dollar per kilo.")
    assert (figure.value, figure.region) == (3000, None)


def test_a_persons_origin_is_not_where_a_figure_was_counted() -> None:
    [age] = figures_of("De toen 35-jarige verdachte, afkomstig uit Suriname, werd opgepakt.")
    assert (age.value, age.region) == (35, None)
    [count] = figures_of("Vier daders, geboren in Marokko, kregen een straf.")
    assert count.region is None


def test_a_place_where_it_happened_still_counts() -> None:
    [figure] = figures_of("In Engeland werden vorig jaar 400 kilo onderschept.")
    assert figure.region == "Engeland"


def test_a_list_of_countries_at_a_sentence_start_is_the_whole_list() -> None:
    [figure] = figures_of("In Duitsland en Frankrijk werd 12.000 kilo onderschept.")
    assert figure.region == "Duitsland en Frankrijk"
    [figure] = figures_of("Bij Spanje en Italië ging het om 45.000 kilo.")
    assert figure.region == "Spanje en Italië"


def test_parts_of_the_world_and_countries_further_away_are_regions() -> None:
    [figure] = figures_of("Kartels in Zuid-Amerika verdienen 3000 dollar per kilo.")
    assert figure.region == "Zuid-Amerika"
    [figure] = figures_of("In Albanië telde de politie 230 plantages.")
    assert figure.region == "Albanië"
    [figure] = figures_of("De haven van Antwerpen onderschepte 50.000 kilo cocaïne.")
    assert figure.region == "Antwerpen"


def test_a_place_abroad_in_the_sentence_before_sets_the_scene() -> None:
    text = "Kartels in Zuid-Amerika verdienen veel. Op een schip krijgen ze 5000 dollar per kilo."
    [figure] = figures_of(text)
    assert (figure.value, figure.region) == (5000, "Zuid-Amerika")


def test_the_home_country_in_the_sentence_before_is_not_carried() -> None:
    text = "In Nederland is er veel aandacht voor. Het ging om 300 zaken."
    [figure] = figures_of(text)
    assert (figure.value, figure.region) == (300, None)


NEWS = (
    "Nederland is draaischijf van de handel in hasj\n\n"
    "Nederland is volgens de politie het centrum van de handel. Criminelen verdienen er 100 miljoen "
    "euro mee. In Rotterdam kwam veel binnen. Vanuit Nederland gaat het naar heel Europa. "
    "Een kilo kost in Nederland 5000 euro."
)


def test_a_news_article_is_about_the_place_its_title_names_and_the_text_names_most() -> None:
    earnings, price = figures_of(NEWS)
    assert (earnings.value, earnings.region) == (100_000_000, "Nederland")
    assert (price.value, price.region) == (5000, "Nederland")


def test_no_article_place_when_another_place_is_named_as_often() -> None:
    text = NEWS.replace("Vanuit Nederland", "Vanuit Rotterdam").replace(
        "Een kilo kost in Nederland", "In Rotterdam kost een kilo"
    )
    earnings, price = figures_of(text)
    assert earnings.region is None
    assert price.region == "Rotterdam"


def test_no_article_place_from_an_adjective_in_the_title() -> None:
    text = NEWS.replace("Nederland is draaischijf", "Nederlandse havens zijn draaischijf")
    earnings, _price = figures_of(text)
    assert earnings.region is None


def test_the_seat_of_a_court_is_not_where_a_figure_was_counted() -> None:
    [figure] = figures_of("Hij werd door de rechtbank in Den Haag veroordeeld tot zes maanden cel.")
    assert (figure.value, figure.region) == (6, None)


def test_the_four_largest_cities_are_one_region() -> None:
    [figure] = figures_of("Vooral in de vier grote steden stegen de huizenprijzen met 12,9 procent.")
    assert figure.region == "vier grote steden"
    text = "In de G4 was het tekort groot. Daar stegen de prijzen met 9 procent."
    [figure] = figures_of(text)
    assert figure.region == "vier grote steden"


def test_a_district_of_a_town_is_its_region() -> None:
    [figure] = figures_of("Het aantal inbraken in Amsterdam-Zuid daalde met 20 procent.")
    assert figure.region == "Amsterdam-Zuid"
    [figure] = figures_of("Bij Ajax-West waren 3 incidenten.")
    assert figure.region is None  # no town


def test_a_sentence_that_restates_the_measure_before_keeps_its_country() -> None:
    text = "Vorig jaar waren er drie van dit soort berovingen in ons land. Dit jaar was het al twee keer."
    before, now = figures_of(text)
    assert (before.region, now.value, now.region) == ("Nederland", 2, "Nederland")
    other = "In ons land is het probleem bekend. Dit jaar werden 40 vrachtwagens leeggeroofd."
    [figure] = figures_of(other)
    assert figure.region is None


def test_the_rest_of_the_country_is_its_own_region() -> None:
    text = "In Limburg is dat 55 procent. In de rest van Nederland heeft slechts 39 procent een plan."
    limburg, rest = figures_of(text)
    assert (limburg.region, rest.region) == ("Limburg", "rest van Nederland")


def test_places_listed_after_a_count_of_places_are_what_is_counted() -> None:
    [figure] = figures_of("Drie gemeenten (Vlieland, Ameland en Texel) vallen buiten het onderzoek.")
    assert (figure.value, figure.region) == (3, None)
    text = "In de twee zuidelijke provincies (Limburg en Zeeland) heeft 60 procent een plan."
    [figure] = figures_of(text)
    assert figure.region == "Limburg en Zeeland"


NATIONAL = (
    "Wachtlijsten bij de jeugdzorg lopen verder op\n\n"
    "Het aantal kinderen op een wachtlijst voor jeugdzorg is in Nederland vorig jaar gestegen. "
    "Dat meldt het Nederlandse Jeugdinstituut. Landelijk wachtten 12.000 kinderen langer dan "
    "een maand. Gemeenten geven samen 4 miljard euro uit aan jeugdzorg. Volgens de onderzoekers "
    "wacht 15 procent langer dan een half jaar."
)


def test_an_article_without_a_place_in_its_title_gives_its_figures_no_place_of_its_own() -> None:
    # The gold of national news leaves such figures without a region; taking the place the body
    # names most lowered the held-out region accuracy from 0.67 to 0.47 (session of 2026-12-04).
    waiting, spending, share = figures_of(NATIONAL)
    assert (waiting.value, waiting.region) == (12_000, "Nederland")  # "Landelijk": the sentence's own
    assert (spending.value, spending.region) == (4_000_000_000, None)
    assert (share.value, share.region) == (15, None)


def test_a_country_named_twice_beside_another_place_is_no_article_place() -> None:
    text = NATIONAL.replace("het Nederlandse Jeugdinstituut", "een onderzoeksbureau in Utrecht")
    _waiting, spending, share = figures_of(text)
    assert (spending.region, share.region) == (None, None)


TOWN = (
    "Nieuwe markthal krijgt groen dak\n\n"
    "De gemeente Hengelo wil de markthal op het Burgemeester Jansenplein vervangen. Het nieuwe "
    "gebouw wordt veertien meter hoog. Ondernemers in Hengelo zijn positief. De bouw kost "
    "ongeveer 12 miljoen euro."
)


def test_a_town_named_twice_in_the_lead_of_an_article_is_its_place() -> None:
    *_, cost = figures_of(TOWN)
    assert (cost.value, cost.region) == (12_000_000, "Hengelo")


def test_a_place_named_twice_in_passing_is_no_article_place() -> None:
    text = (
        "Ajax wint na spannende slotfase\n\n"
        "De ploeg speelde met zes verdedigers en hield stand. Daarmee maakt de club nog kans op "
        "drie prijzen. Woensdag speelt de ploeg in Emmen. Ook de week erna moet de ploeg naar Emmen."
    )
    found = figures_of(text)
    assert found and all(f.region is None for f in found)


def test_the_home_of_a_person_is_not_the_region_of_an_article_figure() -> None:
    text = (
        "Man aangehouden na steekpartij in Arnhem\n\n"
        "Bij een steekpartij in Arnhem is zaterdag een 34-jarige man uit Tilburg aangehouden. "
        "Hij stak een 28-jarige man uit Arnhem in zijn been. De politie in Arnhem zocht met "
        "twintig agenten naar getuigen."
    )
    ages = [f for f in figures_of(text) if f.unit.value == "years"]
    # a person's age is a figure of one case: no region (gold), neither the home nor the article's place
    assert [a.region for a in ages] == [None, None]


def test_the_adjective_of_a_town_in_a_title_says_where() -> None:
    text = (
        "Reeks Utrechtse woninginbraken opgelost\n\n"
        "De politie heeft een bende opgerold die in Utrecht inbrak. Volgens de politie gaat het om "
        "42 inbraken. De buit was ruim 80.000 euro."
    )
    burglaries, loot = figures_of(text)
    assert (burglaries.value, burglaries.region) == (42, "Utrecht")
    assert (loot.value, loot.region) == (80_000, "Utrecht")


def test_a_country_whose_name_ends_in_e_in_a_title_is_no_adjective() -> None:
    text = (
        "Verkiezingen in Oekraïne: komiek wint eerste ronde\n\n"
        "De komiek kreeg volgens exitpolls ongeveer 30 procent van de stemmen. De zittende president "
        "kwam uit op 18 procent. In Oekraïne is de opkomst traditioneel hoog."
    )
    first, second = figures_of(text)
    assert (first.region, second.region) == ("Oekraïne", "Oekraïne")
