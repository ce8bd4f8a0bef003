"""Trend statements that are no trends, and phenomena that kept a verb (extract/_trend_filters.py).

Invented sentences per class of wording, each with a control that stays a trend; one real
decision list of the Tweede Kamer from the corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract._helpers import statements_of
from trendbeeld import sources
from trendbeeld.extract import _document, trends
from trendbeeld.model import Change, TrendStatement

REPORTS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real" / "reports"



@pytest.mark.parametrize(
    "text",
    [
        # custody: "blijven" with being held
        "Verdachte van steekpartij in Arnhem blijft vast.",
        "De twee mannen blijven voorlopig in voorarrest.",
        "De 41-jarige man uit Tilburg blijft langer in de cel.",
        "De rechter bepaalt maandag of de verdachte vast blijft.",
        "Drie verdachten van de overval blijven in hechtenis.",
        "De tiener blijft nog twee weken in voorlopige hechtenis.",
        "De verdachte blijft in ieder geval nog 14 dagen in de cel.",
        "De stalker van de zangeres verdwijnt voor vier jaar achter de tralies.",
        # one person gone on one day (a missing person)
        "De vrouw uit Katwijk verdween op 29 mei na een avond stappen.",
        "De 23-jarige studente verdween zaterdagavond op weg naar huis.",
        # the state of one place, person or case
        "Het zwembad in de wijk blijft deze zomer dicht.",
        "De bestuurder van de bestelbus bleef bij het ongeval ongedeerd.",
        "Het motief van de schietpartij blijft een raadsel.",
        # amendments of an instrument of law or administration
        "Wijziging van de Kieswet en enkele andere wetten.",
        "De commissie bespreekt de wijziging van artikel 12.",
        "De minister stuurt een wijziging op het Belastingplan.",
        "Het ontwerpbegrotingsplan is niet gewijzigd.",
        "Laatste week voor het reces: besluitvorming over wijziging RGP door de Tweede Kamer.",
        "Deze wijziging maakt deel uit van een besluit tot wijziging van enige uitvoeringsbesluiten.",
        # one quarrel getting out of hand
        "Burenruzie in Wapenveld escaleert, man ernstig gewond.",
        # a meeting or a match moved in the calendar
        "De KNVB verplaatst het duel om de Johan Cruijff Schaal.",
        "Het op 25 oktober geplande overleg met de Rekenkamer is verplaatst.",
        "Concert in de Ziggo Dome last minute verplaatst.",
        # imperatives and the stem of a verb of change
        "Versterk de persoonlijke veerkracht van mantelzorgers.",
        "Vergroot het emotionele welzijn van ouderen.",
        "Investeer in buurtwerk, verbeter de bereikbaarheid van de wijkagent.",
        # a transitive verb of change as a noun: an aim or an activity
        "De Europese Commissie stuurde een mededeling over het versnellen van hervormingen.",
        "Het verbeteren van de communicatie met ouderen vraagt aandacht.",
        # incurring an injury is no rise
        "Het slachtoffer heeft letsel aan zijn gezicht opgelopen.",
        "Een agent liep bij de aanhouding een verwonding aan zijn arm op.",
        # a word of change that is another word here: a name, a plural noun, "thorough"
        "Een 20-jarige man uit Krimpen aan den IJssel is aangehouden.",
        "De douane vond 226 zakken met cocaïne in een container.",
        "De recherche is bezig met een uitgebreid onderzoek naar de schietpartij.",
        # a correlation is no change in time
        "Naarmate gemeenten groter worden stijgt het aantal misdrijven per inwoner.",
        # a connective is no phenomenon
        "Desondanks blijft de zorg voor naasten een taak van ouderen.",
    ],
)
def test_no_trend(text: str) -> None:
    assert statements_of(text) == []


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("Het aantal verdachten van woninginbraak blijft hoog.", Change.STABLE, "aantal verdachten"),
        ("Het aantal gedetineerden in de cel blijft stabiel.", Change.STABLE, "aantal gedetineerden"),
        ("De wachttijd voor een plek in de cel blijft oplopen.", Change.UP, "wachttijd"),
        ("Het aantal bezoekers aan de website is opgelopen tot 12.000.", Change.UP, "aantal bezoekers"),
        ("Het aantal gewonden is opgelopen tot twaalf.", Change.UP, "aantal gewonden"),
        ("De wijziging van het klimaat raakt de landbouw.", Change.SHIFT, "klimaat"),
        ("Er is een wijziging in het gedrag van jongeren.", Change.SHIFT, "gedrag van jongeren"),
        ("De drugshandel verplaatst zich naar online platforms.", Change.SHIFT, "drugshandel"),
        ("Het proefproject wordt uitgebreid met drie gemeenten.", Change.UP, "proefproject"),
        ("De toegenomen vraag naar bouwvakkers baart zorgen.", Change.UP, "vraag naar bouwvakkers"),
        ("De prijzen van woningen zakken.", Change.DOWN, "prijzen van woningen"),
        ("Contant geld verdwijnt steeds meer uit winkels.", Change.DOWN, "Contant geld"),
        ("Het geweld tussen de twee landen escaleert.", Change.UP, "geweld"),
        # a heading run into the text before it (flattened news): capitalised, still a trend
        ("Technologie en samenleving Groeiende afhankelijkheid zorgt voor problemen.", Change.UP,
         "afhankelijkheid"),
        ("Sociale media vergroot de verschillen tussen groepen.", Change.UP, "verschillen tussen groepen"),
        ("Het stijgen van de gemiddelde leeftijd zet door.", Change.UP, "gemiddelde leeftijd"),
        ("Polarisatie kan de onrust in wijken versterken.", Change.UP, "onrust in wijken"),
    ],
)
def test_still_a_trend(text: str, direction: Change, phenomenon: str) -> None:
    [statement] = statements_of(text)
    assert statement.direction is direction
    assert phenomenon.lower() in statement.phenomenon.lower()


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # "heeft" + object + participle: the object changed, not the subject
        ("De pandemie heeft de incidentie van naastenzorg versneld.", "incidentie van naastenzorg"),
        ("De crisis heeft onze gewoonten veranderd.", "gewoonten"),
        # a phenomenon that ran on into its predicate
        ("Vertrouwen is steeds meer verweven geraakt met het dagelijks leven.", "Vertrouwen"),
        ("Fietsendieven in de binnenstad worden steeds vaker gepakt.", "Fietsendieven in de binnenstad"),
        # a noun inside an adverbial of a relative clause: its antecedent is the phenomenon
        ("Voor velen vormt het gebrek aan vrije tijd een probleem, dat tijdens de pandemie is verergerd.",
         "gebrek aan vrije tijd"),
    ],
)
def test_phenomenon_repaired(text: str, phenomenon: str) -> None:
    [statement] = statements_of(text)
    assert statement.phenomenon == phenomenon


def test_pointer_object_without_antecedent_is_dropped() -> None:
    assert statements_of("De pandemie heeft deze beperkingen verergerd.") == []


def test_adverbial_alone_is_dropped() -> None:
    text = "Kort na de pandemie ervaart een op de vier jongeren mentale problemen, wat een stijging is."
    assert all("pandemie" not in s.phenomenon for s in statements_of(text))


def test_decision_list_has_no_amendments_as_trends() -> None:
    """A real decision list of the Tweede Kamer: bill titles and agenda items are no trends."""
    path = REPORTS / "tweedekamer_besluitenlijst_fin_2016-10-28.pdf"
    if not path.exists():
        pytest.skip(f"{path} ontbreekt")
    found: list[TrendStatement] = []
    for target, meta in sources.discover([str(path)]):
        for source in sources.read(target, meta=meta):
            found += trends.from_document(_document.analyse(source))
    assert not [s for s in found if "wijzig" in s.text.lower()]
    assert not [s for s in found if "versnellen van" in s.text.lower()]


@pytest.mark.parametrize(
    "text",
    [
        "Sanne (17) wordt al jaren lastiggevallen door een stalker.",
        "Mishandelde Tilburger (48) loopt gebroken kaak op in Breda",
        "De zedenzaak met verdachte Karim B. (29) wordt steeds groter.",
    ],
)
def test_one_person_with_an_age_is_no_trend(text: str) -> None:
    assert statements_of(text) == []
