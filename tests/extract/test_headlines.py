"""Media headlines with outlet and date, as printed in clippings, and news items."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.extract._helpers import items_of
from trendbeeld.extract import headlines
from trendbeeld.model import Headline, SourceMeta, SourceType

CLIPPINGS = (
    "Slot van een alinea over de rechtsstaat.\n\n"
    "Jongeren-\nwerkers zien \nstraatcultuur \nverharden\n\n"
    "NPO Radio 1 | 26 augustus 2020 Horeca \nprooi voor \ncrimineel\n\n"
    "De Telegraaf\n3 oktober 2020\n\n"
    "Wijkagenten \nslaan alarm\n\n"
    "Dagblad van het Noorden\n\n12 mei 2021\n\n"
    "Rotterdams Nieuws – 4 juni 2021\n\n"
    "Meer camera's \nin de binnenstad\n\n\n\n"
    "Een nieuw hoofdstuk begint hier met gewone lopende tekst over iets anders.\n"
)


def test_captions_take_the_headline_before_them_or_after_them() -> None:
    found = {(h.title, h.outlet, h.date) for h in items_of(Headline, CLIPPINGS)}
    assert found == {
        ("Jongerenwerkers zien straatcultuur verharden", "NPO Radio 1", date(2020, 8, 26)),
        ("Horeca prooi voor crimineel", "De Telegraaf", date(2020, 10, 3)),
        ("Wijkagenten slaan alarm", "Dagblad van het Noorden", date(2021, 5, 12)),
        ("Meer camera's in de binnenstad", "Rotterdams Nieuws", date(2021, 6, 4)),
    }


def test_headline_spans_point_into_the_wrapped_text() -> None:
    first = items_of(Headline, CLIPPINGS)[0]
    assert first.text == "Jongeren-\nwerkers zien \nstraatcultuur \nverharden"


def test_a_news_item_is_its_own_headline() -> None:
    meta = SourceMeta(type=SourceType.NEWS, title="Politie rolt drugsnetwerk op", publisher="NOS",
                      date=date(2024, 3, 1), url="https://nos.nl/x")
    [headline] = items_of(Headline, "Politie rolt drugsnetwerk op\n\nDe politie heeft ...", meta)
    assert (headline.title, headline.outlet, headline.date, headline.url) == (
        "Politie rolt drugsnetwerk op", "NOS", date(2024, 3, 1), "https://nos.nl/x"
    )
    assert headline.text == "Politie rolt drugsnetwerk op"


def test_running_text_with_a_date_is_no_headline() -> None:
    text = "Op 3 oktober 2020 publiceerde de minister een brief over de aanpak van ondermijning."
    assert items_of(Headline, text) == []


@pytest.mark.parametrize(
    ("text", "title", "outlet", "when"),
    [
        ("De Telegraaf kopte op 10 september 2019 “Politie Amsterdam geeft toe: mes op zak wordt normaal”.",
         "Politie Amsterdam geeft toe: mes op zak wordt normaal", "De Telegraaf", date(2019, 9, 10)),
        ("Het beeld is zorgelijk. NOS: 'Aantal explosies bij woningen verdubbeld' (12 januari 2024).",
         "Aantal explosies bij woningen verdubbeld", "NOS", date(2024, 1, 12)),
        ("In de Volkskrant verscheen op 5 juni 2022 het artikel ‘Drugsbendes ronselen tieners via Snapchat’.",
         "Drugsbendes ronselen tieners via Snapchat", "de Volkskrant", date(2022, 6, 5)),
        ("Bron: NU.nl, 'Politie pakt drie verdachten op na plofkraak', 14-02-2024.",
         "Politie pakt drie verdachten op na plofkraak", "NU.nl", date(2024, 2, 14)),
        ("Het AD schreef: “Rotterdam worstelt met een golf van explosies”.",
         "Rotterdam worstelt met een golf van explosies", "AD", None),
    ],
)
def test_headlines_cited_in_running_text(text: str, title: str, outlet: str, when: date | None) -> None:
    [headline] = items_of(Headline, text)
    assert (headline.title, headline.outlet, headline.date) == (title, outlet, when)
    assert headline.text == title


def test_a_quoted_phrase_without_a_known_outlet_is_no_headline() -> None:
    assert items_of(Headline, "De wijkagent zei: 'Dit gaat zo niet langer door in onze wijk'.") == []


@pytest.mark.parametrize(
    ("text", "title", "when"),
    [
        ("Drie aanhoudingen na schietpartij in Zuidoost\n\nAMSTERDAM - De politie heeft drie mannen "
         "aangehouden na een schietpartij. Niemand raakte gewond.",
         "Drie aanhoudingen na schietpartij in Zuidoost", None),
        ("Meer inbraken in Brabantse dorpen\n\n12 maart 2019\n\nEINDHOVEN (ANP) - Het aantal woninginbraken "
         "is vorig jaar gestegen.", "Meer inbraken in Brabantse dorpen", date(2019, 3, 12)),
        ("Plofkraak op geldautomaat in Veenendaal\n\n(ANP) - In Veenendaal is vannacht een geldautomaat "
         "opgeblazen.", "Plofkraak op geldautomaat in Veenendaal", None),
        ("Inbraakgolf in de binnenstad\n\n'S-HERTOGENBOSCH - Bij zes woningen is ingebroken.",
         "Inbraakgolf in de binnenstad", None),
    ],
)
def test_the_line_above_a_dateline_is_the_title_of_a_news_item(
    text: str, title: str, when: date | None
) -> None:
    [headline] = items_of(Headline, text)
    assert (headline.title, headline.date) == (title, when)


def test_every_article_of_a_compilation_of_news_articles_has_its_title() -> None:
    body = ("De gemeente en de politie werken samen aan een veiliger centrum. Er komen meer camera's en "
            "extra boa's in de avonduren. Bewoners kunnen meldingen doen via een app.\n\n"
            "Het plan gaat na de zomer in.")
    second = "Jongeren vaker slachtoffer van online fraude"
    text = f"Meer toezicht in het centrum\n\n{body}\n\n\n{second}\n\n{body}"
    found = [(h.title, h.outlet, h.date) for h in items_of(Headline, text)]
    assert found == [("Meer toezicht in het centrum", None, None),
                     ("Jongeren vaker slachtoffer van online fraude", None, None)]


def test_a_compilation_stored_as_dataset_records_one_blank_line_apart() -> None:
    # each record: a title line, a blank line, the body as one unwrapped line; records one blank line apart
    body = ("De politie heeft zaterdag in het centrum een man aangehouden na een achtervolging door de stad. "
            "Hij reed met hoge snelheid door rood en botste tegen een geparkeerde auto. Niemand raakte "
            "gewond, meldt een woordvoerder.")
    titles = ["Vluchter in auto botst tegen huis", "'We willen gewoon veilig naar huis kunnen lopen'",
              "Meer camera's bij het station"]
    text = "\n\n".join(f"{title}\n\n{body}" for title in titles)
    found = [h.title for h in items_of(Headline, text)]
    assert found == ["Vluchter in auto botst tegen huis", "We willen gewoon veilig naar huis kunnen lopen",
                     "Meer camera's bij het station"]


def test_a_report_with_one_paragraph_per_heading_somewhere_is_no_compilation() -> None:
    body = ("De gemeente werkt samen met de politie en de zorg aan de veiligheid in de wijken. Er zijn veel "
            "meldingen gedaan door bewoners over overlast van jongeren en over verkeer.")
    text = (f"Overlast in de wijken\n\n{body}\n\nVerkeersveiligheid\n\n{body}\n\n{body}\n\n"
            f"Ondermijning\n\n{body}")
    assert items_of(Headline, text) == []


def test_report_chapters_are_no_compilation_of_news_articles() -> None:
    body = "De gemeente werkt samen met de politie en de zorg. Er zijn veel meldingen gedaan door bewoners."
    text = f"1 Inleiding\n\n{body} {body}\n\n\n2 Aanpak in de wijken\n\n{body} {body}"
    assert items_of(Headline, text) == []


@pytest.mark.parametrize(
    ("text", "title", "outlet", "when"),
    [
        ("Het AD schreef op 4 april 2021 'Meer auto's gestolen in Utrecht dan ooit'. Dat klopt.",
         "Meer auto's gestolen in Utrecht dan ooit", "AD", date(2021, 4, 4)),
        ("'Politie zet drones in bij grote evenementen', meldt NOS op 2 juni 2022.",
         "Politie zet drones in bij grote evenementen", "NOS", date(2022, 6, 2)),
        ("De Telegraaf kopte: ‘Criminelen ronselen kinderen via Snapchat’ (8 oktober 2019).",
         "Criminelen ronselen kinderen via Snapchat", "De Telegraaf", date(2019, 10, 8)),
        ("NOS, 3 mei 2020: ‘Aantal woninginbraken daalt opnieuw sterk’.",
         "Aantal woninginbraken daalt opnieuw sterk", "NOS", date(2020, 5, 3)),
    ],
)
def test_more_citation_forms_of_news_titles(text: str, title: str, outlet: str, when: date) -> None:
    [headline] = items_of(Headline, text)
    assert (headline.title, headline.outlet, headline.date) == (title, outlet, when)


def test_a_list_of_news_titles_with_outlet_and_date() -> None:
    text = ("In de media verschenen de volgende berichten:\n"
            "- Politie pakt drie verdachten op na plofkraak (NU.nl, 14 februari 2024)\n"
            "- Jongeren vaker slachtoffer van online fraude (NOS, 3 maart 2024)\n")
    found = [(h.title, h.outlet, h.date) for h in items_of(Headline, text)]
    assert found == [("Politie pakt drie verdachten op na plofkraak", "NU.nl", date(2024, 2, 14)),
                     ("Jongeren vaker slachtoffer van online fraude", "NOS", date(2024, 3, 3))]


def test_a_byline_and_a_time_between_title_and_dateline_are_skipped() -> None:
    text = ("Brand in loods bij haven\n\nDoor Jan Smit\n\n14:32\n\nROTTERDAM - In een loods in de haven "
            "woedt sinds vanochtend een grote brand.")
    assert [h.title for h in items_of(Headline, text)] == ["Brand in loods bij haven"]


def test_the_title_of_one_news_article_with_quotes() -> None:
    text = ("Buurt klaagt over overlast van scooters\n\n"
            "Bewoners van de Vogelwijk zijn de herrie van scooters op de stoep zat. ‘Elke avond racen ze "
            "hier langs met een rotvaart’, zegt buurtbewoner Kees Jansen. De gemeente gaat extra "
            "handhavers inzetten in de wijk.")
    assert [(h.title, h.outlet) for h in items_of(Headline, text)] == [
        ("Buurt klaagt over overlast van scooters", None)
    ]


def test_the_title_of_a_report_without_quotes_is_no_headline() -> None:
    text = ("Verdeling van misdaad over de buurten van een gemeente\n\n"
            "In dit rapport beschrijven we hoe misdaad over buurten is verdeeld. We gebruiken cijfers "
            "van de politie over de jaren 2012 tot en met 2023 en vergelijken gemeenten met elkaar.")
    assert items_of(Headline, text) == []


def test_a_date_line_under_an_article_title_gives_its_date() -> None:
    text = ("Buurt klaagt over overlast van scooters\n14 mei 2019\n"
            "Bewoners van de Vogelwijk zijn de herrie van scooters op de stoep zat. ‘Elke avond racen ze "
            "hier langs met een rotvaart’, zegt buurtbewoner Kees Jansen. De gemeente gaat extra "
            "handhavers inzetten in de wijk.")
    assert [(h.title, h.date) for h in items_of(Headline, text)] == [
        ("Buurt klaagt over overlast van scooters", date(2019, 5, 14))
    ]


def test_outlet_and_date_lines_above_an_article_title() -> None:
    text = ("De Telegraaf\n14 mei 2019\n\nBuurt klaagt over overlast van scooters\n\n"
            "Bewoners van de Vogelwijk zijn de herrie van scooters op de stoep zat. ‘Elke avond racen ze "
            "hier langs met een rotvaart’, zegt buurtbewoner Kees Jansen. De gemeente gaat extra "
            "handhavers inzetten in de wijk.")
    assert [(h.title, h.outlet, h.date) for h in items_of(Headline, text)] == [
        ("Buurt klaagt over overlast van scooters", "De Telegraaf", date(2019, 5, 14))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Berichten:\n\n14-02-2024 | NU.nl | Politie pakt drie verdachten op na plofkraak\n\nDaarna meer.",
        "Bronnen:\nNU.nl (14 februari 2024). Politie pakt drie verdachten op na plofkraak.\n",
    ],
)
def test_lines_of_a_list_of_news_items(text: str) -> None:
    [headline] = items_of(Headline, text)
    assert (headline.title, headline.outlet, headline.date) == (
        "Politie pakt drie verdachten op na plofkraak", "NU.nl", date(2024, 2, 14)
    )


def test_a_literature_reference_of_no_outlet_is_no_headline() -> None:
    text = "Bronnen:\nCBS (12 mei 2020). Criminaliteit en rechtshandhaving in Nederland.\n"
    assert items_of(Headline, text) == []


_SPACE_THEN_BRACKET = re.compile(r"\s*\(")


def _bracket_on_line_or_after_break(text: str, q: int) -> bool:
    """The plain reading of the bracket pre-check: a bracket on the line of ``q``, or white space
    from the line break after ``q`` up to a bracket."""
    line_end = text.find("\n", q)
    if line_end < 0:
        return text.find("(", q) >= 0
    return text.find("(", q, line_end) >= 0 or _SPACE_THEN_BRACKET.match(text, line_end) is not None


@pytest.mark.parametrize("text", [
    "Buurtbewoners zeggen ‘Het is hier niet meer veilig’ (Omroep Brabant, 3 mei 2020) over de wijk.",
    "De wethouder noemde het 'een zorgelijke ontwikkeling' en de auto's van de buurt staan stil.",
    "Kop: “Inbraken in Tilburg nemen toe”\n\n(BN DeStem, 12 juni 2019)\nVerder geen nieuws.",
    "Jan (54) zegt ‘we zien het elke dag’. Later volgt een tweede alinea zonder haakjes.\nEinde.",
])
def test_bracket_precheck_reads_no_further_than_the_first_bracket(text: str) -> None:
    for q in range(len(text) + 1):
        assert headlines._bracket_may_follow(text, q) == _bracket_on_line_or_after_break(text, q)
