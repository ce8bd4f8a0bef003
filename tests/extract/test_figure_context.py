"""Figures in general Dutch: periods resolved against the document's year, comparisons,
written and vague amounts, units beyond percent, tables in plain text, and what is no figure."""

from __future__ import annotations

from datetime import date

from tests.extract._helpers import items_of
from trendbeeld.model import Change, Figure, SourceMeta, Unit


def _figures(text: str, meta: SourceMeta | None = None) -> list[tuple[float, Unit]]:
    return [(f.value, f.unit) for f in items_of(Figure, text, meta)]


def _one(text: str, meta: SourceMeta | None = None) -> Figure:
    [figure] = items_of(Figure, text, meta)
    return figure


# --------------------------------------------------------------------------- periods


def test_relative_periods_are_resolved_against_the_source_date() -> None:
    meta = SourceMeta(date=date(2023, 3, 1))
    assert _one("Vorig jaar registreerde de politie 1.250 fietsdiefstallen.", meta).period == "2022"
    assert _one("Dit jaar verwacht de gemeente 80 nieuwe handhavers.", meta).period == "2023"
    assert _one("Volgend jaar komen er 40 wijkagenten bij.", meta).period == "2024"
    assert _one("In vijf jaar tijd steeg het aantal meldingen met 30 procent.", meta).period == "2017-2022"
    assert _one("De afgelopen drie jaar kwamen er 600 jeugdboa's bij.", meta).period == "2019-2022"


def test_without_a_date_the_year_comes_from_the_text() -> None:
    text = (
        "Jaarverslag 2021\n\n"
        "In 2021 nam de inspectie 310 besluiten. Ook in 2021 was er veel aandacht voor toezicht.\n\n"
        "Het afgelopen jaar legden toezichthouders 45 boetes op."
    )
    fines = [f for f in items_of(Figure, text) if f.value == 45]
    assert [f.period for f in fines] == ["2021"]


def test_a_title_year_is_not_a_period_of_the_figures_after_it() -> None:
    text = "Voor de Regionale Veiligheidsanalyse 2022 spraken we met meer dan 40 deskundigen."
    assert _one(text).period is None


def test_a_year_of_comparison_is_the_base_of_a_change() -> None:
    text = (
        "In 2021 registreerde de politie 2.400 inbraken in bedrijfspanden. Het aantal "
        "autodiefstallen nam met 8 procent toe ten opzichte van 2020."
    )
    change = next(f for f in items_of(Figure, text) if f.unit is Unit.PERCENT)
    assert change.period == "2020-2021"


def test_the_period_is_carried_from_the_paragraph_but_not_from_a_dateline() -> None:
    text = (
        "In 2022 telde de gemeente 512 woninginbraken. Het ging vooral om inbraken in "
        "rijtjeshuizen (61 procent).\n\nRTV Oost | 4 mei 2023\n\n"
        "Ruim 70 procent van de inwoners voelt zich veilig."
    )
    figures = items_of(Figure, text)
    assert [(f.value, f.period) for f in figures] == [(512.0, "2022"), (61.0, "2022"), (70.0, None)]


def test_years_of_an_annual_report_go_to_figures_that_name_none() -> None:
    text = (
        "Voor u ligt het jaarverslag van de veiligheidsregio. In 2020 rukte de brandweer 4.100 keer uit.\n\n"
        "Tabel\n\nDe meldkamer verwerkte 36.000 meldingen."
    )
    calls = next(f for f in items_of(Figure, text) if f.value == 36000)
    assert calls.period == "2020"


def test_a_range_of_years_gives_the_first_figure_of_from_to_its_first_year() -> None:
    text = "Tussen 2015 en 2020 daalde het aantal overvallen van 2.100 naar 1.400."
    figures = items_of(Figure, text)
    assert [(f.value, f.period) for f in figures] == [(2100.0, "2015"), (1400.0, "2015-2020")]


# --------------------------------------------------------------------------- comparisons and direction


def test_previous_year_in_brackets_gives_both_figures_a_direction() -> None:
    text = "In 2022 waren er 355 meldingen van oplichting (2021: 310)."
    now, before = items_of(Figure, text)
    assert (now.value, now.unit, now.period) == (355.0, Unit.COUNT, "2022")
    assert (before.value, before.unit, before.period) == (310.0, Unit.COUNT, "2021")
    assert now.direction is Change.UP and before.direction is Change.UP


def test_against_an_earlier_figure_with_a_qualifier() -> None:
    text = "In 2021 telde de gemeente 4.600 verkeersongevallen, tegenover ruim 4.100 in 2020."
    now, before = items_of(Figure, text)
    assert (before.value, before.period) == (4100.0, "2020")
    assert now.direction is Change.UP and before.direction is Change.UP


def test_a_bracketed_figure_after_a_year_of_comparison_is_that_years() -> None:
    text = "In 2022 raakten 130 handhavers gewond. Dat is 12% meer dan in 2021 (116)."
    earlier = next(f for f in items_of(Figure, text) if f.value == 116)
    assert (earlier.unit, earlier.period) == (Unit.COUNT, "2021")


def test_the_amount_of_a_change_after_a_comma_takes_the_verb_before_it() -> None:
    assert _one("Het aantal straatroven daalde fors, met bijna een derde.").direction is Change.DOWN


def test_a_shift_or_bare_persistence_is_no_direction_of_a_figure() -> None:
    assert _one("Ruim de helft zei daarna het eigen gedrag te veranderen.").direction is None
    assert _one("Met 40% vrouwen in de leiding blijven we voorop lopen.").direction is None
    assert _one("Het aandeel jonge daders bleef 12% van het totaal.").direction is Change.STABLE


# --------------------------------------------------------------------------- amounts and units


def test_bracketed_counts_after_a_word() -> None:
    text = "De meldingen betroffen vooral diefstal (412) en vernieling (97)."
    assert _figures(text) == [(412.0, Unit.COUNT), (97.0, Unit.COUNT)]


def test_bracketed_numbers_that_are_no_figures() -> None:
    assert _figures("Een meisje (16) werd beroofd van haar telefoon.") == []
    assert _figures("De aanpak kent drie pijlers: (1) preventie, (2) opsporing en (3) nazorg.") == [
        (3.0, Unit.COUNT)
    ]
    assert _figures("De cijfers staan in de tabel (zie bijlage 4).") == []


def test_times_is_a_count_unless_it_compares() -> None:
    assert _figures("De campagnevideo werd 120.000 keer bekeken.") == [(120000.0, Unit.COUNT)]
    assert _figures("Het risico op letsel is drie keer zo groot.") == [(3.0, Unit.FACTOR)]
    assert _figures("We hebben er twee keer over vergaderd.") == []


def test_written_counts_below_ten() -> None:
    assert _figures("De gemeente zet sinds kort vijf mobiele teams in.") == [(5.0, Unit.COUNT)]


def test_millions_without_a_noun_are_counts() -> None:
    text = "Het aantal aangiften daalde van 2,1 miljoen naar 1,8 miljoen."
    assert _figures(text) == [(2100000.0, Unit.COUNT), (1800000.0, Unit.COUNT)]


def test_a_dimensionless_index_is_unit_other() -> None:
    assert _figures("De Gini-coëfficiënt van de gemeente bedroeg 0.41 in dat jaar.") == [(0.41, Unit.OTHER)]


def test_an_english_thousands_comma_on_a_count() -> None:
    assert _figures("In totaal waren dit 512,300 misdrijven.") == [(512300.0, Unit.COUNT)]


def test_one_of_a_set_is_no_ratio() -> None:
    assert _figures("Tilburg is een van de 120 gemeenten met een eigen aanpak.") == [(120.0, Unit.COUNT)]
    assert _figures("Twee op de drie inwoners voelt zich veilig.") == [(66.7, Unit.PERCENT)]


def test_a_capitalised_demonym_between_number_and_noun() -> None:
    assert _figures("Het programma bereikte ruim 3.000 Nederlandse scholieren.") == [(3000.0, Unit.COUNT)]


def test_soft_hyphen_inside_the_counted_noun() -> None:
    assert _figures("Het plan bevat twintig maatrege\xad len voor de binnenstad.") == [(20.0, Unit.COUNT)]


# --------------------------------------------------------------------------- tables in plain text


def test_counts_in_table_rows_but_not_page_numbers() -> None:
    """Tab-separated columns as PDF-to-text tools write them."""
    prose = (
        "De cijfers per delict staan in de tabel hieronder. Ze komen uit de registratie van de politie\n"
        "en zijn voor alle gemeenten in de regio op dezelfde manier geteld, zodat ze te vergelijken\n"
        "zijn met de cijfers van eerdere jaren en met die van andere regio's in het land.\n\n"
    )
    text = (
        prose + "Delict\t\tAantal\nDiefstallen\t\t12.450\nInbraken\t\t 3.210\n\n"
        "Gerealiseerd 2021 1.230 845\n\nOpgehelderd\t\t10,8%\n\n37\n\nInhoud\nInleiding\t\t5\n"
    )
    assert _figures(text) == [
        (12450.0, Unit.COUNT), (3210.0, Unit.COUNT), (1230.0, Unit.COUNT), (845.0, Unit.COUNT),
        (10.8, Unit.PERCENT),
    ]


# --------------------------------------------------------------------------- regions


def test_the_adjective_of_a_place_names_the_place() -> None:
    assert _one("In 30 procent van de Utrechtse wijken is de overlast toegenomen.").region == "Utrecht"


def test_a_place_at_the_end_of_an_organisation_name_is_no_region() -> None:
    text = "Volgens Stichting Veilig Wonen Nederland had 20 procent van de huurders last van inbraak."
    assert _one(text).region is None


def test_written_numbers_after_om() -> None:
    assert _figures("Het ging om zeventig procent van de zaken.") == [(70.0, Unit.PERCENT)]
    assert _figures("De controle begon om 8 uur bij het station.") == []


def test_against_a_figure_in_a_whole_year() -> None:
    text = "Tot en met juni zijn 25 branden gesticht, tegen 39 in heel 2018."
    assert [(f.value, f.period) for f in items_of(Figure, text)] == [(25.0, None), (39.0, "2018")]


def test_measure_units_and_rates_per_hundred_thousand() -> None:
    assert _figures("De douane onderschepte 500 kilo cocaïne in de haven.") == [(500.0, Unit.OTHER)]
    assert _figures("Er vielen 4,2 verkeersdoden per 100.000 inwoners.") == [(4.2, Unit.OTHER)]


def test_vague_amounts_keep_their_order_of_magnitude() -> None:
    assert _figures("Er kwamen honderden meldingen binnen over de overlast.") == [(100.0, Unit.COUNT)]
    assert _figures("Het gaat om tienduizenden euro's schade.") == [(10000.0, Unit.EURO)]
    assert _figures("Het gaat altijd om de miljoenen die er te verdienen zijn.") == [(1000000.0, Unit.OTHER)]


def test_a_level_of_a_scale_is_no_figure() -> None:
    assert _figures("Het dreigingsniveau staat op niveau 4 van de 5.") == []
    assert _figures("Dit thema heeft prioriteit 3 gekregen.") == []


def test_a_duration_changed_from_to_in_years() -> None:
    text = "De maximale gevangenisstraf gaat omhoog van zes naar tien jaar."
    assert _figures(text) == [(6.0, Unit.YEARS), (10.0, Unit.YEARS)]


def test_a_change_from_millions_to_millions() -> None:
    text = "Het aantal meldingen steeg van 1,4 miljoen meldingen naar ruim 1,7 miljoen."
    assert {f.direction for f in items_of(Figure, text)} == {Change.UP}


def test_the_amount_of_a_change_between_dashes() -> None:
    text = "De afnemende diefstalcijfers – vorig jaar met 9% – zeggen niet alles."
    assert _one(text).direction is Change.DOWN


def test_a_comparison_restated_in_brackets_or_in_the_next_sentence() -> None:
    text = "In 212 gevallen (ruim 40 meer dan in 2020) ging het om vernieling."
    assert items_of(Figure, text)[0].direction is Change.UP
    text = "Vorig jaar raakten 310 boa's gewond. Dit is 9% lager dan het jaar ervoor."
    assert items_of(Figure, text)[0].direction is Change.DOWN


def test_a_country_is_a_region() -> None:
    assert _one("In 2019 woonde 12 procent van de daders in België.").region == "België"


def test_a_list_of_regions_is_the_region_of_the_figure() -> None:
    text = "In de provincies (Zeeland, Noord-Brabant en Limburg) daalde de criminaliteit met 6 procent."
    assert _one(text).region == "Zeeland, Noord-Brabant en Limburg"


def test_a_region_in_the_next_clause_belongs_to_that_clause() -> None:
    text = "Landelijk daalde het aantal inbraken met 4 procent en in Drenthe steeg het juist."
    assert _one(text).region == "Nederland"


def test_a_region_earlier_in_the_sentence() -> None:
    text = "Zwolle, de hoofdstad van de provincie, telde dat jaar 310 woninginbraken."
    assert _one(text).region == "Zwolle"


def test_a_weekday_with_a_date_gives_the_year_of_a_news_text() -> None:
    # 14 maart was a Thursday in 2019 (and in 2024, but that is outside the years the text names).
    text = (
        "Utrecht, donderdag 14 maart – De politie maakte vandaag de cijfers over 2018 bekend. "
        "Dit jaar verwacht het korps ruim 300 aanhoudingen."
    )
    assert _one(text).period == "2019"


def test_durations_in_months_and_years() -> None:
    assert _figures("Volwassenen kunnen zes maanden celstraf krijgen.") == [(6.0, Unit.OTHER)]
    text = "De maximumstraf gaat omhoog van twee naar vier maanden."
    assert _figures(text) == [(2.0, Unit.OTHER), (4.0, Unit.OTHER)]
    assert _figures("In vijf jaar tijd nam het aantal meldingen toe.") == []


def test_references_titles_and_labels_are_no_figures() -> None:
    assert _figures("6 vragen over nepwapens\n\nDe politie greep in bij een sportpark.") == []
    assert _figures("Volgens art. 273 lid 2 van het Wetboek is dat strafbaar.") == []
    assert _figures("Zie Kamerstukken II 2012/13, 33 400 VI, nr. 5.") == []
    assert _figures("Dit volgt uit ECLI:NL:HR:2019:1234 en uit tabel 47018NED.") == []


def test_the_second_half_of_a_year_is_no_share() -> None:
    text = "In de tweede helft van 2018 kregen 400 medewerkers een bodycam."
    assert _figures(text) == [(400.0, Unit.COUNT)]
    assert _figures("De helft van de meldingen ging over overlast.") == [(50.0, Unit.PERCENT)]


def test_a_possible_maximum_is_no_change() -> None:
    assert _one("De boete kan oplopen tot ruim 4.000 euro.").direction is None
    assert _one("De boetes liepen op tot 4.000 euro.").direction is Change.UP


def test_technical_units_and_measured_minutes() -> None:
    text = "Het net leverde 12,4 GWh aan 300 bedrijven."
    assert _figures(text) == [(12.4, Unit.OTHER), (300.0, Unit.COUNT)]
    assert _figures("De gemiddelde uitvalduur was 21,3 minuten per klant.") == [(21.3, Unit.OTHER)]
    assert _figures("De controle begon na 10 minuten.") == []


def test_the_source_region_when_the_text_names_none() -> None:
    meta = SourceMeta(region="Zwolle")
    assert _one("Vorig jaar werden 310 fietsen gestolen.", meta).region == "Zwolle"
    assert _one("In Kampen werden 40 fietsen gestolen.", meta).region == "Kampen"


def test_a_deadline_year_is_the_period_of_a_target() -> None:
    assert _one("Tegen 2030 moet het aantal verkeersdoden met 50 procent omlaag.").period == "2030"


def test_relative_years_in_an_annual_report() -> None:
    text = (
        "Voor u ligt het jaarverslag over 2022. In 2022 behandelden we 900 klachten.\n\n"
        "Dit jaar kwamen er 120 meldingen binnen. Vorig jaar waren het er nog 95 meldingen. "
        "Het afgelopen jaar hielden we 14 inspecties."
    )
    periods = {f.value: f.period for f in items_of(Figure, text)}
    assert (periods[120.0], periods[95.0], periods[14.0]) == ("2022", "2021", "2022")


def test_a_national_average_is_the_region_of_that_average_only() -> None:
    text = "In Zeeland heeft 61 procent van de gemeenten een score boven het landelijk gemiddelde van 0,44."
    figures = {f.value: f.region for f in items_of(Figure, text)}
    assert figures[61.0] == "Zeeland"
    text = "Met 40% vrouwen in de top blijven we het landelijke gemiddelde ver voor."
    assert _one(text).region is None


def test_a_change_in_apposition_after_the_figure() -> None:
    text = "De gemeente telde in 2022 12.400 woninginbraken, 8% minder dan een jaar eerder."
    assert [f.direction for f in items_of(Figure, text)] == [Change.DOWN, Change.DOWN]


def test_a_range_of_a_count() -> None:
    [crowd] = items_of(Figure, "Er waren 1.200 tot 1.500 demonstranten op het plein.")
    assert (crowd.value, crowd.value_high, crowd.unit) == (1200.0, 1500.0, Unit.COUNT)
    [reports] = items_of(Figure, "Per week komen er tussen 20 en 30 meldingen binnen.")
    assert (reports.value, reports.value_high) == (20.0, 30.0)


def test_more_comparisons_and_elided_units() -> None:
    assert _one("Van de verdachten was 62 procent jonger dan 25 jaar.").direction is None
    before = items_of(Figure, "In totaal gaat het om 3,4 miljard euro (2022: 3,1 miljard).")[-1]
    assert (before.value, before.unit, before.period) == (3.1e9, Unit.EURO, "2022")
    assert _figures("Het aantal geweldsmisdrijven per 1.000 inwoners bedroeg 5,1.") == [(5.1, Unit.PER_1000)]
    text = "Er waren 7,1 inbraken per 1.000 woningen en 45 meldingen van overlast."
    assert _figures(text) == [(7.1, Unit.PER_1000), (45.0, Unit.COUNT)]
    text = "Zo'n 40.000 mensen werken in de beveiliging, twee keer zoveel als in 2010."
    factor = items_of(Figure, text)[-1]
    assert factor.unit is Unit.FACTOR and factor.period != "2010"
    text = "In 2019 was 18% van de jongeren slachtoffer, in 2021 nog maar 14%."
    earlier, later = items_of(Figure, text)
    assert (earlier.period, later.period) == ("2019", "2021")


def test_one_and_a_half() -> None:
    assert _figures("Het kabinet trekt anderhalf miljoen euro uit.") == [(1500000.0, Unit.EURO)]
    assert _figures("De rechter legde anderhalf jaar celstraf op.") == [(1.5, Unit.YEARS)]


def test_a_place_is_carried_from_the_sentence_before() -> None:
    text = (
        "De gemeente Deventer deed mee aan de proef. In 30 procent van de wijken daalde de overlast.\n\n"
        "Landelijk bleef het beeld gelijk. In 12 procent van de wijken nam de overlast toe."
    )
    first, second = items_of(Figure, text)
    assert (first.region, second.region) == ("Deventer", None)
