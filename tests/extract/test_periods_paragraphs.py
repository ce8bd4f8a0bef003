"""Periods in news with a blank line between its paragraphs (read as double-spaced text): a year of an
earlier paragraph does not date a later figure, unless it is the year the article is about, and never
a figure inside a quotation of a later paragraph."""

from __future__ import annotations

from tests.extract._helpers import figures_of

# A second article of the compilation, in short paragraphs: with it the text has enough lines to be
# read as double-spaced, as news saved with a blank line after every paragraph is.
OTHER_ARTICLE = "\n\n\nWijkagent neemt afscheid\n\n" + "\n\n".join((
    "De wijkagent van de binnenstad neemt afscheid.",
    "Hij werkte er lange tijd met veel plezier.",
    "Bewoners kwamen massaal naar de receptie.",
    "Zij hadden een cadeau voor hem gekocht.",
    "De burgemeester hield een korte toespraak.",
    "Zij prees zijn betrokkenheid bij de buurt.",
    "De agent was zichtbaar ontroerd.",
    "Hij bedankte iedereen voor de steun.",
    "Zijn opvolger is al bekend.",
    "Zij begint volgende maand in de wijk.",
    "De buurtvereniging wil haar snel ontmoeten.",
    "Er komt een inloopochtend in het buurthuis.",
    "Daar kunnen bewoners hun zorgen delen.",
    "De gemeente is blij met de belangstelling.",
    "Zij hoopt dat het contact goed blijft.",
    "De receptie duurde tot laat in de middag.",
)) + "\n"


def _periods(text: str) -> dict[float, str | None]:
    return {f.value: f.period for f in figures_of(text + OTHER_ARTICLE)}


def test_an_event_year_of_an_earlier_paragraph_does_not_date_a_later_figure() -> None:
    text = (
        "Tbs-gestelde opnieuw voor de rechter\n\n"
        "Michael P. wist in 2010 tbs te ontlopen door niet mee te werken aan het onderzoek. "
        "Hij werd later veroordeeld voor een ernstig misdrijf.\n\n"
        "Om het zekere voor het onzekere te nemen is opnieuw gekeken naar de gedetineerden die nu in "
        "een kliniek zitten. Bij dertien gedetineerden bleek dat ze nog niet in de laatste fase zaten.\n\n"
        "De minister wil de regels aanscherpen. Hij stuurt binnenkort een brief naar de Kamer.\n\n"
        "De Kamer debatteert er volgende maand over. Verschillende partijen willen een strengere aanpak.\n"
    )
    assert _periods(text)[13.0] is None


def test_a_year_in_the_sentence_before_within_the_paragraph_still_dates_a_figure() -> None:
    text = (
        "Jacht te water\n\n"
        "Lang moest de eigenaar wachten op zijn schip. Maar in het voorjaar van 2009 kon hij eindelijk "
        "het water op. Het schip heeft zo'n 30 miljoen euro gekost.\n\n"
        "Het werd gebouwd door een Brabantse scheepsbouwer. De werf bestaat al lang.\n\n"
        "De eigenaar wil er nog jaren mee varen. Hij zegt er veel plezier aan te beleven.\n\n"
        "De werf bouwt inmiddels een nieuw schip voor een andere klant.\n"
    )
    assert _periods(text)[30000000.0] == "voorjaar van 2009"


def test_the_year_a_statistics_article_is_about_dates_the_figures_of_later_paragraphs() -> None:
    text = (
        "Meer geweld tegen agenten\n\n"
        "Het aantal gevallen van geweld tegen de politie is in 2018 toegenomen in "
        "vergelijking met 2017. Dat blijkt uit cijfers van de politie.\n\n"
        "Geweld\n\n"
        "In 2018 werden ruim 10.000 zaken geregistreerd. In bijna alle categorieën steeg het aantal.\n\n"
        "Ernstig\n\n"
        "Ook bij de zwaarste vormen van geweld stegen de cijfers. Het aantal zware mishandelingen "
        "daalde wel, met bijna de helft.\n"
    )
    assert _periods(text)[50.0] == "2018"


def test_a_quotation_in_a_later_paragraph_is_not_dated_by_the_article_year() -> None:
    text = (
        "Snelwegrovers slaan vaker toe\n\n"
        "In 2018 werden in ons land 437 incidenten gemeld. Vorig jaar ging het om 17,6 miljoen euro "
        "aan gestolen goederen. In 2018 was Venlo de plek met de meeste berovingen.\n\n"
        "Tekort aan parkeerplaatsen\n\n"
        "„Wij zien nog steeds een tekort aan bewaakte parkeerplaatsen”, zegt een verzekeraar. „Het "
        "blijkt dat 70 tot 80% van alle ladingdiefstallen plaatsvindt op onbewaakte parkeerplaatsen.”\n\n"
        "De politie wil meer controles langs de snelwegen. Zij werkt daarvoor samen met de vervoerders.\n"
    )
    periods = _periods(text)
    assert periods[437.0] == "2018"
    assert periods[70.0] is None


def test_against_without_an_amount_is_no_comparison() -> None:
    text = "Geweld tegen agenten\n\nHet geweld tegen de politie is in 2018 met 11 procent toegenomen.\n"
    assert _periods(text)[11.0] == "2018"


def test_a_pdf_with_a_blank_line_after_every_printed_line_keeps_carrying_within_reach() -> None:
    lines = [
        "Inbraken in de regio",
        "In 2018 registreerde de politie in de regio opnieuw",
        "minder woninginbraken dan in de jaren daarvoor.",
        "De daling was het sterkst in de grote steden van",
        "de provincie, waar extra surveillance werd ingezet",
        "door de politie en de gemeenten samen.",
        "Het ging in totaal om 1250 woninginbraken, een",
        "daling die de korpschef vooral toeschrijft aan de",
        "inzet van buurtpreventie en de aanpak van helers.",
        "Ook het aantal overvallen liep verder terug en",
        "bleef daarmee ruim onder het landelijke gemiddelde",
        "van de afgelopen jaren in deze regio en daarbuiten.",
        "De burgemeesters spraken van een goed resultaat",
        "voor de hele regio en alle betrokken partners.",
        "Zij willen de aanpak de komende jaren voortzetten",
        "en waar mogelijk uitbreiden naar andere vormen van",
        "criminaliteit, zoals fietsendiefstal en vernielingen.",
        "De gemeenteraden bespreken de plannen binnenkort",
        "in een gezamenlijke vergadering met de politie.",
        "Daarna volgt een besluit over het geld voor de aanpak.",
        "De korpschef is tevreden met de samenwerking.",
    ]
    periods = {f.value: f.period for f in figures_of("\n\n".join(lines) + "\n")}
    assert periods[1250.0] == "2018"
