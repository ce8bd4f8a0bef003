"""Periods in reports, letters to parliament and written answers: what a running head names is
no period of the figures under it."""

from __future__ import annotations

import datetime

from tests.extract._helpers import figures_of
from trendbeeld.model import SourceMeta, SourceType


def test_a_session_in_a_running_head_is_not_carried() -> None:
    text = (
        "In 2022 registreerde de politie 1.200 meldingen van oplichting. Het aantal aangiften\n"
        "Tweede Kamer, vergaderjaar 2023–2024, 29 628, nr. 1200 2\n"
        "lag daarmee hoger. Van de meldingen betroffen 300 meldingen jongeren.\n"
    )
    figures = figures_of(text)
    assert [(f.value, f.period) for f in figures] == [(1200.0, "2022"), (300.0, "2022")]


def test_a_session_in_a_document_line_names_no_period() -> None:
    text = (
        "Zitting 1969-1970 -10 333\n"
        "Verslagen van de Commissie voor de Verzoekschriften\n"
        "De commissie ontving 18 verzoekschriften over detentie.\n"
    )
    [figure] = figures_of(text)
    assert (figure.value, figure.period) == (18.0, None)


def test_a_year_after_zitting_without_a_second_year_stays_a_period() -> None:
    # a reference to one session year ("zitting 1963") is no running head
    text = "Aanhangsel, zitting 1963: bij de taptoe waren 56 agenten ingezet.\n"
    [figure] = figures_of(text)
    assert (figure.value, figure.period) == (56.0, "1963")


def test_a_year_after_the_session_head_is_read_again() -> None:
    text = (
        "Tweede Kamer, vergaderjaar 2018–2019, 35 200, nr. 1\n\n"
        "In 2018 groeide de economie met 2,7 procent.\n"
    )
    [figure] = figures_of(text)
    assert (figure.value, figure.period) == (2.7, "2018")


def test_op_dit_moment_dates_a_figure_at_the_news_not_at_a_year_named_before() -> None:
    meta = SourceMeta(type=SourceType.NEWS, date=datetime.date(2019, 3, 21))
    text = "In 2015 won de partij negen zetels. Op dit moment heeft de partij nog twaalf senatoren."
    figures = figures_of(text, meta)
    assert [(f.value, f.period) for f in figures] == [(9.0, "2015"), (12.0, "2019")]


def test_op_het_moment_dat_is_a_time_not_now() -> None:
    meta = SourceMeta(type=SourceType.NEWS, date=datetime.date(2019, 3, 21))
    text = "In 2015 waren er op het moment dat de wet inging 300 klachten."
    [figure] = figures_of(text, meta)
    assert (figure.value, figure.period) == (300.0, "2015")


def test_a_year_that_opens_the_sentence_dates_a_figure_in_a_later_clause() -> None:
    text = (
        "In 2016 verscheen het eerste rapport. "
        "Eind 2018 publiceerde het instituut een rapport, waarin 41 gemeenten worden vergeleken."
    )
    [figure] = figures_of(text)
    assert (figure.value, figure.period) == (41.0, "2018")


def test_an_opening_year_between_commas_dates_the_figure() -> None:
    text = (
        "De opkomst was in 2019 laag. "
        "In 2015, bij de vorige verkiezingen, lag dat percentage met 3,4 procent ook al laag."
    )
    figures = figures_of(text)
    assert [(f.value, f.period) for f in figures][-1] == (3.4, "2015")


def test_the_time_of_another_event_does_not_open_the_sentence() -> None:
    meta = SourceMeta(type=SourceType.NEWS, date=datetime.date(2019, 3, 26))
    text = "De zaak is zeven jaar geleden opgericht, heeft twee vaste medewerkers in dienst en groeit."
    [figure] = figures_of(text, meta)
    assert figure.period is None


def test_a_date_in_brackets_does_not_open_the_sentence() -> None:
    text = (
        "In 1986 overleed een man. (Ontvangen 2 februari 1987) Naar de gebeurtenissen, waarbij "
        "een man door twee kogels werd verwond, is een onderzoek ingesteld."
    )
    [figure] = figures_of(text)
    assert figure.period != "februari 1987"


def test_now_in_the_figures_own_clause_beats_a_year_named_before_it() -> None:
    meta = SourceMeta(type=SourceType.NEWS, date=datetime.date(2019, 4, 8))
    text = "Telde de school in 2015 nog 734 leerlingen, nu zijn het er 533."
    figures = figures_of(text, meta)
    assert [(f.value, f.period) for f in figures] == [(734.0, "2015"), (533.0, "2019")]


def test_inmiddels_after_a_founding_year_is_the_news_date() -> None:
    meta = SourceMeta(type=SourceType.NEWS, date=datetime.date(2019, 3, 5))
    text = "Het netwerk is in 2006 opgericht, en inmiddels zijn 45 organisaties aangesloten."
    [figure] = figures_of(text, meta)
    assert (figure.value, figure.period) == (45.0, "2019")


def test_a_year_between_now_and_the_figure_still_dates_it() -> None:
    meta = SourceMeta(type=SourceType.NEWS, date=datetime.date(2019, 3, 5))
    text = "Het ministerie meldt nu dat de school in 2015 734 leerlingen telde."
    [figure] = figures_of(text, meta)
    assert (figure.value, figure.period) == (734.0, "2015")


def test_a_year_inside_a_quotation_does_not_open_the_sentence_after_it() -> None:
    text = (
        "De markt krimpt. \"In 2017 verkocht ik nog makkelijk vijftien auto's per maand, maar vorig "
        "jaar waren dat er maar acht\", zegt Song Miao (30), een van de drie verkopers bij de ingang."
    )
    figures = figures_of(text)
    assert [f.period for f in figures if f.value == 3.0] == [None]
