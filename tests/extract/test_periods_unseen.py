"""Periods of figures in undated news stored without paragraph breaks (DPG-style articles: title,
blank line, one long body), as the unlabelled 2019 articles showed them."""

from __future__ import annotations

from tests.extract._helpers import figures_of

FILLER = (
    "De raadsleden spraken op een avond in het stadhuis lang over de gevolgen voor de wijk. "
    "Sommigen wilden eerst meer weten over de kosten en over de planning van het werk. "
    "Anderen vonden dat de gemeente juist snel moest handelen nu de problemen zo zichtbaar zijn. "
    "De burgemeester beloofde de raad voor de zomer een uitgewerkt voorstel te sturen. "
    "Daarna kunnen de fracties nog met de bewoners in gesprek over de plannen. "
)


def test_an_event_year_named_once_does_not_date_figures_far_after_it() -> None:
    # The year of one event, named once, is not the year the article is about.
    text = (
        "Rechtszaak na dood van winkelier\n\n"
        "De winkelier kwam in 2015 om het leven bij een overval op zijn zaak in de binnenstad. "
        + FILLER * 2
        + "Aan vier van de vijf verdachten werden straffen opgelegd."
    )
    assert [(f.value, f.period) for f in figures_of(text)] == [(4.0, None), (5.0, None)]


def test_a_year_named_twice_in_news_does_not_date_seats_far_after_it() -> None:
    text = (
        "Partij groeit in peiling\n\n"
        "Bij de verkiezingen van 2017 haalde de partij een teleurstellende uitslag. "
        "Na 2017 ging het lange tijd niet goed met de leiding. "
        + FILLER * 2
        + "In de nieuwste peiling staat de partij op zeven zetels."
    )
    assert [(f.value, f.period) for f in figures_of(text)] == [(7.0, None)]


def test_the_year_a_report_names_again_and_again_is_still_carried_far() -> None:
    text = (
        "Economie groeit door\n\n"
        "In 2018 groeide de economie opnieuw. De werkloosheid daalde in 2018 verder. "
        "Ook de export nam in 2018 toe, net als de investeringen in 2018. "
        + FILLER * 2
        + "Het aantal zzp'ers kwam uit op ruim 1,1 miljoen."
    )
    assert [(f.value, f.period) for f in figures_of(text)] == [(1100000.0, "2018")]


def test_the_people_of_one_case_take_no_year_from_the_sentence_before() -> None:
    text = (
        "Straf geëist voor mishandeling\n\n"
        "De mishandeling van de portier gebeurde in de zomer van 2017 bij een café aan de Markt. "
        "Twee van de verdachten kregen een werkstraf opgelegd door de politierechter."
    )
    assert [(f.value, f.period) for f in figures_of(text)] == [(2.0, None)]


def test_the_size_of_one_project_takes_no_year_from_the_sentence_before() -> None:
    text = (
        "Proef met slimme dijken\n\n"
        "Het waterschap begon in 2018 met de eerste metingen langs de rivier. "
        "Het gaat om een Europees project met zeven partners uit vier landen."
    )
    assert [(f.value, f.period) for f in figures_of(text)] == [(7.0, None), (4.0, None)]


def test_a_count_of_occurrences_or_seats_in_words_keeps_the_year_before() -> None:
    text = (
        "Partij wint zetels\n\n"
        "De partij deed in 2015 voor het eerst mee aan de verkiezingen in de provincie. "
        "Ze haalde toen meteen vier zetels."
    )
    assert [(f.value, f.period) for f in figures_of(text)] == [(4.0, "2015")]


def test_a_written_number_in_its_own_year_keeps_that_year() -> None:
    text = (
        "Overvallen op vrachtwagens\n\n"
        "Vorig jaar waren er in 2018 drie van dit soort overvallen op parkeerplaatsen langs de A67."
    )
    assert [(f.value, f.period) for f in figures_of(text)] == [(3.0, "2018")]


def test_an_event_date_in_the_first_sentences_is_not_the_date_of_the_news() -> None:
    # "Op 14 juli 2016 …" dates an event; a figure of the day of the news ("maandag") in a text
    # without a date of its own has no year.
    text = (
        "Proces na aanslag\n\n"
        "Op 14 juli 2016 reed een vrachtwagen in op het publiek op de boulevard van Nice. "
        "Het OM eiste maandag tegen drie helpers een celstraf van vijf jaar."
    )
    found = figures_of(text)
    assert [(f.value, f.period) for f in found if f.value == 3.0] == [(3.0, None)]


def test_a_dateline_at_the_start_of_a_letter_dates_it() -> None:
    text = (
        "Den Haag, 12 maart 2019\n\n"
        "Geachte voorzitter,\n\n"
        "Het kabinet heeft vorig jaar 45 miljoen euro extra uitgetrokken voor de wijkagenten."
    )
    assert [(f.value, f.period) for f in figures_of(text)] == [(45000000.0, "2018")]
