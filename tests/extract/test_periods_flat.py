"""Periods in news: stored without paragraph breaks, dated by its source, ages and amounts that look
like years."""

from __future__ import annotations

import datetime

from tests.extract._helpers import figures_of
from trendbeeld.model import SourceMeta, SourceType

FILLER = (
    "De wethouder sprak op een bijeenkomst in het gemeentehuis met bewoners over de plannen. "
    "Zij wilde weten hoe de buurt over de nieuwe aanpak dacht en wat er beter kon. "
    "Veel aanwezigen waren tevreden over de manier waarop de gemeente hen had betrokken. "
    "Een enkeling vond dat het allemaal te lang had geduurd en dat er te weinig was veranderd. "
    "Na afloop bleven de meeste bewoners nog even hangen om met elkaar na te praten. "
)


def test_an_old_year_several_sentences_back_does_not_date_a_later_figure() -> None:
    text = (
        "Buurt praat mee\n\nDe gemeente begon in 2019 met een nieuwe aanpak, die tot eind 2019 loopt. "
        "In 2011 ging het mis met de renovatie van de flat. "
        + FILLER * 2
        + "Nu hebben zo'n 600 bewoners een nieuwe woning gevonden."
    )
    figures = figures_of(text)
    assert [(f.value, f.period) for f in figures] == [(600.0, None)]


def test_an_old_year_in_the_sentence_before_still_dates_a_figure() -> None:
    text = (
        "Buurt praat mee\n\n" + FILLER * 2
        + "In 2011 ging het mis met de renovatie van de flat. Toen moesten 600 bewoners tijdelijk verhuizen."
    )
    figures = figures_of(text)
    assert [(f.value, f.period) for f in figures] == [(600.0, "2011")]


def test_an_old_year_at_the_start_of_a_flattened_article_dates_only_the_sentence_after_it() -> None:
    text = (
        "Kliniek failliet\n\nHet vertrouwen in de zorgorganisatie liep in de zomer van 2018 een deuk op. "
        "De nieuwe directeur vroeg het faillissement aan. "
        "De organisatie die zegt zo'n 200.000 mantelzorgers te ondersteunen, dreigde ten onder te gaan. "
        + FILLER * 2
    )
    figures = figures_of(text)
    assert [(f.value, f.period) for f in figures] == [(200000.0, None)]


def test_the_year_a_flattened_text_is_about_is_carried_far() -> None:
    text = (
        "Cijfers over 2018\n\nIn 2018 registreerde de politie meer woninginbraken dan verwacht. "
        "De cijfers over 2018 zijn gisteren gepubliceerd. "
        + FILLER * 2
        + "Het ging om 1250 woninginbraken in de regio."
    )
    figures = figures_of(text)
    assert [(f.value, f.period) for f in figures] == [(1250.0, "2018")]


def test_a_persons_age_has_no_period() -> None:
    text = (
        "In 2018 werd Marit (26) ontslagen. "
        "Dezelfde week zag de 61-jarige buurman in 2018 zijn huis verkocht."
    )
    figures = figures_of(text)
    assert [(f.value, f.period) for f in figures] == [(26.0, None), (61.0, None)]


def test_an_amount_that_looks_like_a_year_is_no_year() -> None:
    text = (
        "De armoedegrens was in 2017 voor een alleenstaande ouder 1380 euro en voor een stel 1960 euro.\n\n"
        "Op de foto stemden 2098 mensen uit 17 gemeenten."
    )
    figures = figures_of(text)
    assert [(f.value, f.period) for f in figures if f.value != 2098] == [
        (1380.0, "2017"), (1960.0, "2017"), (17.0, None)
    ]


NEWS_OF_2019 = SourceMeta(type=SourceType.NEWS, date=datetime.date(2019, 3, 20))


def test_years_ago_count_back_from_the_news_date() -> None:
    text = "Als districtschef had zij tien jaar geleden een verzuim van 9,8 procent."
    [figure] = figures_of(text, NEWS_OF_2019)
    assert (figure.value, figure.period) == (9.8, "2009")
    guessed = "In 2018 en in 2018 waren er meer meldingen.\n\n" + text  # a guessed year: no count
    assert [f.period for f in figures_of(guessed) if f.value == 9.8] == [None]


def test_since_a_year_in_dated_news_runs_up_to_the_news_itself() -> None:
    text = "De toezichthouder heeft sinds 2014 achttien boetes uitgedeeld aan banken."
    [figure] = figures_of(text, NEWS_OF_2019)
    assert (figure.value, figure.period) == (18.0, "2014-2019")


def test_now_in_dated_news_is_the_news_date_not_a_year_named_before() -> None:
    text = (
        "In 2011 vreesde de regering een toestroom van uitkeringsaanvragen. "
        "Toch maakt nu minder dan 2 procent van de nieuwkomers aanspraak op bijstand."
    )
    figures = figures_of(text, NEWS_OF_2019)
    assert [(f.value, f.period) for f in figures] == [(2.0, "2019")]
    undated = figures_of(text)
    assert [(f.value, f.period) for f in undated] == [(2.0, None)]


def test_a_forecast_year_dates_no_figure_after_it() -> None:
    text = (
        "Volgens de VN moeten we in 2050 zo'n 10 miljard mensen voeden. "
        "Gemiddeld eet een Amerikaan drie hamburgers per week. De landbouw is goed voor "
        "9 procent van alle broeikasgassen."
    )
    figures = figures_of(text, NEWS_OF_2019)
    assert [(f.value, f.period) for f in figures if f.value == 9] == [(9.0, None)]


def test_a_year_after_a_glued_subhead_is_no_name() -> None:
    text = (
        "Geweld tegen hulpverleners\n\nHet aantal meldingen nam toe. "
        "Geweld In 2018 werden ruim 10.000 zaken geregistreerd."
    )
    figures = figures_of(text)
    assert [(f.value, f.period) for f in figures] == [(10000.0, "2018")]


def test_last_year_of_one_event_does_not_date_figures_far_after_it() -> None:
    text = (
        "Hitteregels\n\nDe inspectie beboette tijdens de hittegolf van vorig jaar juli vijf vervoerders. "
        + FILLER * 2
        + "Het protocol treedt in werking bij een temperatuur van 27 graden of meer."
    )
    figures = figures_of(text, NEWS_OF_2019)
    assert [(f.value, f.period) for f in figures if f.value == 27] == [(27.0, None)]


def test_a_length_of_time_takes_no_period_from_before() -> None:
    text = (
        "In juli 2018 werd de man aangehouden in Arnhem. "
        "De rechter legde hem een werkstraf van 40 uur op, na bijna achttien maanden cel."
    )
    figures = figures_of(text, NEWS_OF_2019)
    assert [(f.value, f.period) for f in figures] == [(40.0, None), (18.0, None)]


def test_then_and_now_in_one_clause_is_not_dated_now() -> None:
    text = (
        "In 2010 kostte biologische melk veel meer. "
        "Waren de producten toen gemiddeld twee keer zo duur, nu is het verschil nog maar 63 procent."
    )
    figures = figures_of(text, NEWS_OF_2019)
    assert [(f.value, f.period) for f in figures if f.value == 63] == [(63.0, "2019")]
    assert [f.period for f in figures if f.value == 2] != ["2019"]


def test_a_figure_a_year_earlier_takes_the_year_before_the_one_named() -> None:
    text = (
        "De organisatie registreerde vorig jaar al 1700 protesten, tegenover 1200 een jaar daarvoor. "
        "De politie telde 331 meldingen in 2017 tegenover 239 een jaar eerder. "
        "Het OM vervolgde in 2017 drie op de tien gevallen."
    )
    figures = figures_of(text, NEWS_OF_2019)
    assert [(f.value, f.period) for f in figures if f.value != 30] == [
        (1700.0, "2018"), (1200.0, "2017"), (331.0, "2017"), (239.0, "2016")
    ]


def test_a_small_count_of_one_case_takes_not_even_the_year_the_text_is_about() -> None:
    text = (
        "Misdaad in gemeenten\n\nIn 2023 telde Nederland 342 gemeenten. In 2023 werden 625.000 misdrijven "
        "geregistreerd. De cijfers over 2023 zijn van de politie. Ook in 2023 was de verdeling ongelijk. "
        "Vier gemeenten laten we buiten beschouwing omdat ze uit te weinig buurten bestaan."
    )
    periods = {f.value: f.period for f in figures_of(text)}
    assert periods[342.0] == "2023"
    assert periods[4.0] is None


def test_a_small_count_after_a_word_such_as_slechts_is_a_count_of_one_case() -> None:
    text = (
        "Horeca onder toezicht\n\nIn 2017 stonden 109 horecazaken onder verscherpt toezicht. Een restaurant "
        "krijgt deze status als het in een periode van twee jaar minstens drie boetes heeft gekregen."
    )
    periods = {f.value: f.period for f in figures_of(text)}
    assert periods[109.0] == "2017"
    assert periods[3.0] is None
