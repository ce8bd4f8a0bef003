"""Headlines cited in the usual Dutch forms: outlet and date before or after the title, the verb
before the outlet ("Op 3 mei kopte De Telegraaf"), a title in quotation marks followed by outlet
and date in brackets, and reference-list entries. A cited title is a headline, never a quote."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract._helpers import items_of
from trendbeeld.model import Headline, Quote


@pytest.mark.parametrize(
    ("text", "title", "outlet", "when"),
    [
        ("Dat bleek uit de berichten. ‘Politie ziet meer fraude met auto's in de stad’ (NOS, 3 mei 2020).",
         "Politie ziet meer fraude met auto's in de stad", "NOS", date(2020, 5, 3)),
        ("Op 3 mei 2020 kopte De Telegraaf: ‘Criminelen stappen over op online fraude’. Dat klopt.",
         "Criminelen stappen over op online fraude", "De Telegraaf", date(2020, 5, 3)),
        ("Zo kopte de Volkskrant op 12 april 2020: ‘Minder inbraken door het thuiswerken’.",
         "Minder inbraken door het thuiswerken", "de Volkskrant", date(2020, 4, 12)),
        ("In het AD van 4 april 2021 stond het artikel ‘Meer auto's gestolen in Utrecht dan ooit’.",
         "Meer auto's gestolen in Utrecht dan ooit", "AD", date(2021, 4, 4)),
        ("Het Parool (2 april 2020) kopte: ‘Minder inbraken door het thuiswerken’.",
         "Minder inbraken door het thuiswerken", "Parool", date(2020, 4, 2)),
        ("Volgens een artikel in Trouw (‘Minder inbraken door het thuiswerken’, 2 april 2020) daalde het.",
         "Minder inbraken door het thuiswerken", "Trouw", date(2020, 4, 2)),
        ("Zie bijvoorbeeld: ‘Minder inbraken door het thuiswerken’, NOS, 2 april 2020.",
         "Minder inbraken door het thuiswerken", "NOS", date(2020, 4, 2)),
    ],
)
def test_cited_titles_with_outlet_and_date_around_them(
    text: str, title: str, outlet: str, when: date
) -> None:
    [headline] = items_of(Headline, text)
    assert (headline.title, headline.outlet, headline.date) == (title, outlet, when)
    assert headline.text == title
    assert items_of(Quote, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bronnen:\nNOS. (2 april 2020). Minder inbraken door het thuiswerken.\n",
        "Bronnen:\nNOS (2020, 2 april). Minder inbraken door het thuiswerken.\n",
    ],
)
def test_reference_list_entries_of_news_items(text: str) -> None:
    [headline] = items_of(Headline, text)
    assert (headline.title, headline.outlet, headline.date) == (
        "Minder inbraken door het thuiswerken", "NOS", date(2020, 4, 2)
    )


def test_a_title_without_a_named_outlet_is_no_headline() -> None:
    assert items_of(Headline, "De krant kopte ‘Minder inbraken door het thuiswerken’ op 2 april 2020.") == []


NEWS_BODY = (
    "De politie heeft gisteren drie mannen aangehouden na een schietpartij in de wijk. Niemand raakte "
    "gewond. Volgens buurtbewoners was het al weken onrustig in de straat."
)


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (f"Drie aanhoudingen na schietpartij\n\nEindhoven - {NEWS_BODY}\n\nBrand in loods bij haven\n\n"
         f"Rotterdam - {NEWS_BODY}\n", ["Drie aanhoudingen na schietpartij", "Brand in loods bij haven"]),
        (f"Drie aanhoudingen na schietpartij\n\nAMSTERDAM, 12 maart 2019 - {NEWS_BODY}\n",
         ["Drie aanhoudingen na schietpartij"]),
        (f"Schietpartij Zuidoost\n\nAMSTERDAM - {NEWS_BODY}\n", ["Schietpartij Zuidoost"]),
    ],
)
def test_titles_above_datelines_of_news_items(text: str, titles: list[str]) -> None:
    assert [h.title for h in items_of(Headline, text)] == titles


def test_a_paragraph_opening_with_a_word_and_a_dash_is_no_dateline() -> None:
    text = f"Aanpak van overlast in de wijk\n\nPreventie - {NEWS_BODY}\n"
    assert items_of(Headline, text) == []


@pytest.mark.parametrize(
    ("text", "outlet", "when"),
    [
        ("Zie ‘Meer fraude met mondkapjes tijdens de coronacrisis’ (Omroep Zwolle, 3 mei 2020).",
         "Omroep Zwolle", date(2020, 5, 3)),
        ("Het nieuws meldde ‘Meer fraude met mondkapjes tijdens de coronacrisis’ (AD, april 2020).",
         "AD", None),
    ],
)
def test_a_title_with_an_outlet_and_a_date_in_brackets(text: str, outlet: str, when: date | None) -> None:
    [headline] = items_of(Headline, text)
    assert (headline.title, headline.outlet, headline.date) == (
        "Meer fraude met mondkapjes tijdens de coronacrisis", outlet, when
    )
    assert items_of(Quote, text) == []


def test_a_person_and_a_date_in_brackets_make_no_headline() -> None:
    text = "Een deelnemer zei: ‘We moeten hier echt iets aan doen met zijn allen’ (Jan Smit, 3 mei 2020)."
    assert items_of(Headline, text) == []


def test_a_compilation_keeps_its_titles_when_one_article_has_none() -> None:
    body = ("De gemeente en de politie werken samen aan een veiliger centrum. Er komen meer camera's en "
            "extra boa's in de avonduren. Bewoners kunnen meldingen doen via een app.\n\nHet plan gaat in.")
    titles = ["Meer toezicht in het centrum", "Jongeren vaker slachtoffer", "Wijkagent krijgt hulp"]
    articles = [f"{title}\n\n{body}" for title in titles] + [f"Lees ook: {body}"]
    found = [h.title for h in items_of(Headline, "\n\n\n".join(articles))]
    assert found == titles


@pytest.mark.parametrize(
    ("clipping", "title"),
    [
        ("Politie: ‘Meer jonge daders bij explosies’\n\nNOS | 3 mei 2020",
         "Politie: ‘Meer jonge daders bij explosies"),
        ("‘Meer jonge daders bij explosies’\nDe Telegraaf 3 mei 2020", "Meer jonge daders bij explosies"),
    ],
)
def test_a_quoted_title_above_its_outlet_and_date_is_a_headline(clipping: str, title: str) -> None:
    text = f"Slot van een alinea.\n\n{clipping}\n\nDe rest van de tekst gaat hier verder over iets anders.\n"
    [headline] = items_of(Headline, text)
    assert headline.title == title
    assert items_of(Quote, text) == []


@pytest.mark.parametrize(
    ("text", "title", "outlet", "when"),
    [
        ("Het AD kopte vorige week ‘Explosies bij woningen opnieuw verdubbeld’. Dat klopt.",
         "Explosies bij woningen opnieuw verdubbeld", "AD", None),
        ("Het Parool schreef op 4 april 2019 over ‘Geweld tegen hulpverleners neemt toe’.",
         "Geweld tegen hulpverleners neemt toe", "Parool", date(2019, 4, 4)),
        ("De Telegraaf opende gisteren met de kop ‘Bendes werven kinderen via sociale media’.",
         "Bendes werven kinderen via sociale media", "De Telegraaf", None),
        ("Onlangs kopte NOS ook: ‘Meer meldingen van oplichting via WhatsApp’.",
         "Meer meldingen van oplichting via WhatsApp", "NOS", None),
    ],
)
def test_a_time_or_topic_word_may_stand_between_the_verb_and_the_title(
    text: str, title: str, outlet: str, when: date | None
) -> None:
    [headline] = items_of(Headline, text)
    assert (headline.title, headline.outlet, headline.date) == (title, outlet, when)
    assert items_of(Quote, text) == []


def test_a_quotation_after_schreef_dat_is_no_headline() -> None:
    text = "De Telegraaf schreef dat de burgemeester ‘hier niets van wist en het ook niet wilde weten’."
    assert items_of(Headline, text) == []
