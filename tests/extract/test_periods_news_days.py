"""The period of a figure in a news sentence dated by a day of the news (issue 10)."""

from __future__ import annotations

import datetime

from tests.extract._helpers import figures_of
from trendbeeld.model import Change, SourceMeta

BACKGROUND = "De man overleed in 2015 na een aanhouding. "


def test_a_day_of_the_news_is_not_the_year_named_before_in_an_undated_article() -> None:
    [figure] = figures_of(BACKGROUND + "Het OM eiste maandag een celstraf van zes maanden.")
    assert (figure.value, figure.period) == (6, None)
    [figure] = figures_of(BACKGROUND + "Vorige week vroegen de advocaten 40.000 euro schadevergoeding.")
    assert (figure.value, figure.period) == (40_000, None)


def test_a_day_of_the_news_takes_the_year_of_the_articles_date() -> None:
    meta = SourceMeta(date=datetime.date(2019, 4, 9))
    [figure] = figures_of(BACKGROUND + "Het OM eiste maandag een celstraf van zes maanden.", meta)
    assert figure.period == "2019"
    text = "Den Haag, 9 april 2019\n\n" + BACKGROUND + "Gisteren werden 12 agenten verhoord."
    assert [f.period for f in figures_of(text)] == ["2019"]


def test_a_year_in_the_sentence_itself_still_wins() -> None:
    [figure] = figures_of("Het OM meldde maandag dat er in 2018 1.200 zaken waren.")
    assert figure.period == "2018"


def test_a_weekday_of_a_full_date_is_no_day_of_the_news() -> None:
    text = "In 2018 waren er 300 meldingen. Op dinsdag 12 februari kwamen er nog 20 meldingen bij."
    assert [f.period for f in figures_of(text)] == ["2018", "2018"]


def test_a_later_time_without_a_year_stops_the_year_named_before() -> None:
    text = (
        "In 2018 waren er 300 schietincidenten. De raad sprak donderdag over afgelopen zomer. "
        "Binnen enkele dagen waren er meer dan zeven incidenten."
    )
    assert [f.period for f in figures_of(text)] == ["2018", None]
    text = "In 2018 waren er 300 incidenten. Vorige maand kwam een actie. Er werden 60 wapens ingeleverd."
    assert [f.period for f in figures_of(text)] == ["2018", None]


def test_a_month_without_a_year_keeps_the_year_named_before() -> None:
    text = "In 2018 waren er 300 incidenten. In april kwam een actie. Er werden 60 wapens ingeleverd."
    assert [f.period for f in figures_of(text)] == ["2018", "2018"]


def test_a_month_of_a_named_year_keeps_it() -> None:
    text = "In 2018 waren er 300 incidenten. In februari 2018 kwam een actie. Er werden 60 wapens ingeleverd."
    assert [f.period for f in figures_of(text)] == ["2018", "februari 2018"]


def test_so_far_this_year_against_a_whole_year_before() -> None:
    text = "Inmiddels is 1,4 miljoen euro buitgemaakt, tegen 800.000 euro in heel 2018."
    now, before = figures_of(text)
    assert (now.period, before.period) == ("2019", "2018")
    assert (now.direction, before.direction) == (Change.UP, Change.UP)
    now, before = figures_of("Dit jaar zijn er al 45 meldingen, tegen 39 in heel 2018.")
    assert (now.period, before.period) == ("2019", "2018")


def test_against_a_year_without_heel_is_no_year_so_far() -> None:
    now, before = figures_of("Er waren 45 meldingen, tegen 39 in 2018.")
    assert (now.period, before.period) == (None, "2018")


def test_a_season_of_a_year_is_a_period() -> None:
    [figure] = figures_of("In de zomer van 2017 werden 40 vrachtwagens leeggeroofd.")
    assert figure.period == "zomer van 2017"
    text = "Vorig jaar werd een bende veroordeeld voor de roof van 960 telefoons in de zomer van 2017."
    [figure] = figures_of(text, SourceMeta(date=datetime.date(2019, 4, 10)))
    assert figure.period == "zomer van 2017"  # nearer than 'vorig jaar'


def test_a_rate_every_year_has_no_period() -> None:
    text = "In 2018 groeide de economie sterk. De potentiële groei is ongeveer 1,5 procent per jaar."
    [figure] = figures_of(text)
    assert (figure.value, figure.period) == (1.5, None)
    [figure] = figures_of("In 2018 snoof Nederland veel. Jaarlijks gaat het om 3600 kilo.")
    assert figure.period is None


def test_an_annual_figure_of_one_year_keeps_its_year() -> None:
    text = "In 2018 groeide het aantal banen. De werkloosheid daalde op jaarbasis tot 3,8 procent."
    [figure] = figures_of(text)
    assert figure.period == "2018"


def test_the_coming_years_run_after_the_year_of_the_text() -> None:
    meta = SourceMeta(date=datetime.date(2019, 3, 1))
    [figure] = figures_of("In de komende vijf jaar worden 6.000 monteurs opgeleid.", meta)
    assert figure.period == "2019-2023"
    [figure] = figures_of("De afgelopen vijf jaar werden 300 zaken gemeld.", meta)
    assert figure.period == "2013-2018"


def test_a_weekday_of_a_habit_is_no_day_of_the_news() -> None:
    text = "In 2018 waren er 300 meldingen. Op maandag en vrijdag zijn er 12 agenten extra."
    assert [f.period for f in figures_of(text)] == ["2018", "2018"]
    [figure] = figures_of("De man overleed in 2015. Er werden maandag 40 mensen opgepakt.")
    assert figure.period is None  # "werden maandag": a day of the news


def test_today_is_a_day_of_the_news_too() -> None:
    meta = SourceMeta(date=datetime.date(2019, 5, 3))
    [figure] = figures_of(BACKGROUND + "Het OM eist vandaag een celstraf van zes maanden.", meta)
    assert (figure.value, figure.period) == (6, "2019")
