"""National figures of a statistics or planning office take Nederland without naming it (issue 10,
``_region_national.of_statistics``): the figure's sentence, one of the two before it, or the next
sentence that points back ("Dat blijkt uit …") names the office as the source of the figures; and
every figure of an office's own publication (``of_office_publication``) that names no place."""

from __future__ import annotations

from tests.extract._helpers import figures_of
from trendbeeld.model import SourceMeta


def _regions(text: str) -> list[str | None]:
    return [f.region for f in figures_of(text)]


def test_figures_of_the_statistics_office_are_the_countrys() -> None:
    text = "Zo rookt één op de vijf jongeren dagelijks, blijkt uit nieuwe cijfers van het CBS."
    assert _regions(text) == ["Nederland"]
    text = ("Steeds minder gezinnen hebben een tuin. Ongeveer 40 procent woont in een flat. "
            "Dat blijkt uit de Woonmonitor die donderdag werd gepresenteerd door het Centraal Bureau voor de "
            "Statistiek.")
    assert _regions(text) == ["Nederland"]


def test_an_office_that_reports_or_estimates_gives_the_country() -> None:
    text = "Het Centraal Planbureau verwacht dat de lonen volgend jaar met 2,5 procent stijgen."
    assert _regions(text) == ["Nederland"]
    text = ("Uit de CBS-cijfers valt op dat vooral ouderen vaker fietsen. "
            "Zij legden 12 procent meer kilometers af.")
    assert _regions(text) == ["Nederland"]


def test_a_place_named_or_a_place_abroad_comes_first() -> None:
    text = "In Rotterdam rookt 25 procent van de jongeren, blijkt uit cijfers van het CBS."
    assert _regions(text) == ["Rotterdam"]
    text = "Volgens het CBS en het Duitse statistiekbureau pendelen 30.000 mensen dagelijks over de grens."
    assert _regions(text) == ["Duitsland"]


def test_a_definition_or_an_employer_is_no_source() -> None:
    text = ("We tellen de misdrijven volgens de definitie van het CBS. "
            "In 2023 waren dit 625.000 misdrijven.")
    assert _regions(text) == [None]
    text = "De test spoort 85 procent van de tumoren op, zegt een onderzoeker bij het RIVM."
    assert _regions(text) == [None]


def test_a_share_of_opinion_in_a_survey_is_the_countrys() -> None:
    text = ("Uit onderzoek van een adviesbureau bleek vorig jaar dat bijna de helft van de huisartsen vindt "
            "dat hun praktijk te klein is.")
    assert _regions(text) == ["Nederland"]
    text = ("Het onderzoeksbureau hield een peiling over het klimaat. "
            "Een derde van de ondervraagden gaf aan zich zorgen te maken.")
    assert _regions(text) == ["Nederland"]


def test_a_survey_of_the_own_staff_or_without_an_opinion_is_not() -> None:
    text = ("We doen elk kwartaal een steekproef onder medewerkers. "
            "Ruim 60 procent vindt het werk uitdagend.")
    assert _regions(text) == [None]
    text = "Uit het onderzoek bleek dat 80 procent van de deelnemers minder angst had."
    assert _regions(text) == [None]
    text = "Uit een enquête in Zwolle blijkt dat 40 procent van de bewoners de wijk onveilig vindt."
    assert _regions(text) == ["Zwolle"]


def test_the_figures_of_a_statistics_offices_own_publication_are_the_countrys() -> None:
    text = ("Kinderopvang 2022\n\nOver deze publicatie\n\n"
            "In deze publicatie beschrijft het CBS het gebruik van kinderopvang in 2022. Eind 2022 gingen "
            "ruim 480 duizend kinderen naar een kinderdagverblijf.\n\n"
            "Het aantal gastouders is verder gedaald, naar 14 200 gastouders op 31 december. Dat is 6 "
            "procent minder dan een jaar eerder.")
    assert _regions(text) == ["Nederland", "Nederland", "Nederland"]


def test_the_cells_of_tables_the_office_credits_are_the_countrys() -> None:
    text = ("1.0.1 Huishoudens naar samenstelling, 2022*\n"
            "\tBegin\tEind\nEenpersoons\t3 150\t3 210\nBron: CBS.\n\n"
            "In 2022 waren er 8 200 duizend huishoudens.\n\n"
            "1.0.2 Huishoudens met kinderen\n\tBegin\tEind\nTotaal\t2 560\t2 540\nBron: CBS.")
    assert set(_regions(text)) == {"Nederland"}


def test_a_news_article_that_cites_the_office_makes_no_other_article_national() -> None:
    text = ("Meer fietsen gestolen\n\nIn Zwolle werden vorig jaar 1200 fietsen gestolen.\n\n\n"
            "Vakantiegeld\n\nGrafiek bij dit bericht. Bron: CBS\n\nDe bond eist 3 procent meer loon.")
    assert _regions(text) == ["Zwolle", None]


def test_the_offices_own_organisation_is_not_the_country() -> None:
    text = ("In dit jaarverslag presenteert het CBS zijn resultaten. "
            "Het CBS had eind 2022 ruim 2000 medewerkers in dienst.")
    assert _regions(text) == [None]


def test_friesland_is_a_province_and_no_place_abroad() -> None:
    text = ("In Friesland en Limburg kwam jeugdbescherming het meest voor. Het kabinet trekt daarom "
            "40 miljoen euro uit.")
    assert _regions(text) == ["Nederland"]


def test_a_report_that_uses_the_offices_data_is_no_publication_of_the_office() -> None:
    text = ("In deze monitor staan cijfers van het CBS over de wijken van onze gemeente. "
            "Eind 2022 woonden er 4200 mensen in de wijk.\n\n"
            "Het aantal woningen groeide met 3 procent.")
    assert _regions(text)[-1] is None  # the paragraph after: no publication of the office


def test_a_source_the_office_publishes_is_the_countrys_but_not_its_annual_plan() -> None:
    text = ("In 2022 vlogen ruim 475 duizend passagiers van en naar de vliegvelden. "
            "Dat is bijna 64 procent meer dan in 2021.")
    meta = SourceMeta(publisher="CBS", title="Meer luchtvaartpassagiers")
    assert [f.region for f in figures_of(text, meta)] == ["Nederland", "Nederland"]
    meta = SourceMeta(publisher="Centraal Bureau voor de Statistiek", title="CBS Jaarplan 2023")
    text = "Het ziekteverzuim daalde in 2022 naar 5 procent."
    assert [f.region for f in figures_of(text, meta)] == [None]
