"""Wording of change that states no trend in news, and slowing growth (extract/_trend_cases.py).

Invented sentences per class of wording found on unlabelled news (bench/trend_review.py), each
class with controls that stay trends.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs, statements_of
from trendbeeld.model import Change


@pytest.mark.parametrize(
    "text",
    [
        # "blijven" with an activity: what people keep doing
        "Ondanks de prijsverhoging blijven veel mensen in het weekend vliegen.",
        "Tot het laatste moment bleven de actievoerders hoop houden.",
        "Dat soort schilderijen blijft mij boeien.",
        "Na de explosie bleven de kinderen maar huilen.",
        # "blijven" with the speaker as subject
        "Op de vergadering zei ze: we blijven pragmatisch.",
        "Ik bleef op gepaste afstand van de groep.",
        # "blijven" with permission or possibility
        "De drie kinderen uit Utrecht mogen in Nederland blijven.",
        "De minister kan alleen aan de macht blijven als de coalitie instemt.",
        "Hoelang kunnen de bewoners in de noodopvang blijven?",
        # a verb of shift with "kan": a chance, no change
        "Volgens de huidige telling krijgt de partij een restzetel, maar dat kan nog veranderen.",
        "De onderzoekers melden dat het bedrag nog kan veranderen.",
        # "het blijft bij": one matter limited to something
        "Voorlopig blijft het bij enkele enthousiaste reacties van buurtbewoners.",
        "Het blijft vooralsnog bij één onderzoek naar de werkwijze van de dienst.",
        # an open question
        "De vraag is of het hierbij blijft.",
        "De vraag die overblijft, is waar de gestolen fietsen zijn gebleven.",
        # one quarrel or incident running high
        "Tijdens de vergadering lopen de gemoederen soms hoog op.",
        "Een agent sprak de supporters aan, waarna de zaak escaleerde.",
        # a clause of condition or time
        "En als de spanning in het kabinet oploopt, belt de premier zijn adviseur.",
        "Het zou opmerkelijk zijn als de agressie tegen deze groep toenam.",
        "Die jongeren zijn ook versleten als ze ouder worden.",
        # a wish or a duty
        "Ook zouden de scholen graag zien dat de diversiteit onder leraren groter wordt.",
        "De bonden willen dat de pensioenleeftijd de komende jaren niet stijgt.",
        "Daartegenover zou een even forse daling van de overheidsuitgaven moeten staan.",
        # a test administered, an injury incurred, a person gone
        "Bij beide bestuurders is een bloedproef afgenomen op het bureau.",
        "Vandaag worden op de basisscholen de eindtoetsen afgenomen.",
        "Het kind schudde zo hard dat het hersenletsel opliep.",
        "De overvallers verdwenen zonder buit.",
        "De politie krijgt tips over de verdwenen Belg Jelle Leemans.",
        # a record of one object or event
        "Het wordt het grootste schip dat de werf ooit heeft gebouwd.",
        "De stad werd getroffen door de grootste stroomstoring in jaren.",
    ],
)
def test_no_trend(text: str) -> None:
    assert statements_of(text) == []


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        # "blijven" with a state, a verb of change or a verb of lasting stays a trend
        ("Het aantal woninginbraken in de regio blijft hoog.", Change.STABLE, "aantal woninginbraken"),
        ("De kosten van de jeugdzorg blijven stijgen.", Change.UP, "kosten van de jeugdzorg"),
        ("Het probleem van de drugsoverlast blijft bestaan.", Change.STABLE, "probleem van de drugsoverlast"),
        ("De uitgaven blijven binnen de perken.", Change.STABLE, "uitgaven"),
        # a subject that is no speaker stays a trend
        ("De bewoners van de wijk blijven voorzichtig.", Change.STABLE, "bewoners"),
        # an expectation is a trend
        ("De rente zal nog lang laag blijven.", Change.STABLE, "rente"),
        # a record of a level stays a rise
        ("Het aantal meldingen bereikte het hoogste aantal in jaren.", Change.UP, "meldingen"),
        # growth that slows is down for the growth
        ("De bevolking groeit al minder hard.", Change.DOWN, "bevolking"),
        ("Makelaars zien dat de huizenprijzen nu minder snel oplopen.", Change.DOWN, "huizenprijzen"),
        # a rise at its ordinary pace stays up
        ("De huizenprijzen lopen snel op.", Change.UP, "huizenprijzen"),
        # "als" that compares or coordinates is no condition
        ("Het aantal gezonde jaren stijgt even snel als het de afgelopen jaren deed.", Change.UP,
         "aantal gezonde jaren"),
        ("Zowel het oordeel over het klimaat, als de koopbereidheid namen af.", Change.DOWN,
         "koopbereidheid"),
        # "willen" without "dat" is no wish about the change
        ("Steeds meer jongeren willen een eigen huis.", Change.UP, "jongeren"),
        # things that vanish stay a fall
        ("Contant geld verdwijnt steeds meer uit de winkels.", Change.DOWN, "Contant geld"),
        ("Het aantal meldingen is afgenomen.", Change.DOWN, "aantal meldingen"),
        # a shift that happened stays a shift
        ("De boekhoudregels zijn sterk veranderd.", Change.SHIFT, "boekhoudregels"),
        # tensions rising in a country are a trend, not an incident
        ("De spanningen in het land lopen verder op.", Change.UP, "spanningen"),
    ],
)
def test_still_a_trend(text: str, direction: Change, phenomenon: str) -> None:
    found = statements_of(text)
    assert [s.direction for s in found] == [direction]
    assert phenomenon.lower() in found[0].phenomenon.lower()


def test_a_statement_said_twice_is_kept_once() -> None:
    """"kan wel eens hoger uitvallen": the subject and the comparative make one statement, not two."""
    found = statements_of("De opkomst bij de verkiezingen kan vandaag wel eens hoger uitvallen dan in 2015.")
    assert len(found) == 1
    assert found[0].direction is Change.UP
    assert "opkomst" in found[0].phenomenon


def test_two_phenomena_of_one_sentence_stay_two() -> None:
    found = statements_of("De belasting op mantelzorgers groeit en de behoefte aan ondersteuning neemt toe.")
    assert [s.direction for s in found] == [Change.UP, Change.UP]


def test_a_separable_verb_around_blijven_is_no_activity() -> None:
    """"op blijft lopen" is "oplopen" (the direction is for the cues to read; the statement stays)."""
    assert statements_of("Terwijl het aantal doden op blijft lopen, zoekt de politie verder.")


def test_blijven_with_a_change_gives_the_change_only() -> None:
    """"blijft maar groeien": the change goes on, no stable beside it."""
    found = pairs("Het aantal Nederlanders met diabetes blijft maar groeien.")
    assert [d for d, _ in found] == [Change.UP], found
    assert [d for d, _ in pairs("De huurprijzen in de stad blijven stijgen.")] == [Change.UP]
    assert Change.STABLE in [d for d, _ in pairs("Het aantal inbraken blijft hoog.")]


def test_superlative_of_a_change_is_no_record_rise() -> None:
    """"de gemeente met de grootste daling sinds 2010": which member changed most, no record level;
    a record level stays a rise."""
    found = pairs("De provincie met de grootste daling sinds 2010 is Zeeland.")
    assert Change.UP not in [d for d, _ in found], found
    assert Change.UP in [d for d, _ in pairs("Het verzuim is dit jaar hoger dan ooit.")]


@pytest.mark.parametrize(
    "text",
    [
        "Zijn bericht op sociale media werd hem niet in dank afgenomen.",
        "Honderden opgevoerde auto's kwamen naar het parkeerterrein bij het winkelcentrum.",
        "Volgens de fiscus heeft de gemeente destijds onterecht diverse kosten opgevoerd.",
    ],
)
def test_idioms_of_taking_and_tuning_are_no_trend(text: str) -> None:
    assert statements_of(text) == []


def test_sharpened_supervision_of_one_actor_is_no_trend() -> None:
    """"onder verscherpt toezicht": the regime one institution is under; the sharpening stays."""
    assert statements_of("Drie restaurants in het centrum staan ook onder verscherpt toezicht.") == []
    assert statements_of("Het verscherpt toezicht op de kliniek in Eindhoven is opgeheven.") == []
    assert any(d is Change.UP for d, _ in pairs("Het toezicht op de haven is de laatste jaren verscherpt."))


def test_first_person_after_a_quote_mark_is_a_stance() -> None:
    """'"We blijven …': the speaker after an opening quote mark, no phenomenon that stays."""
    assert statements_of('"We blijven mantelzorgers in de wijk hulp en advies bieden.') == []


@pytest.mark.parametrize(
    "text",
    [
        "De eigenaar van de supermarkt blijft nuchter na de overval.",
        "De verdediger blijft zijn club trouw.",
        "De tennisster blijft positief na haar nederlaag.",
    ],
)
def test_blijven_with_a_stance_or_loyalty_is_no_trend(text: str) -> None:
    assert statements_of(text) == []
