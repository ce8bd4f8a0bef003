"""Core statements of change: wording classes found missing on unlabelled news (issue 10).

Invented sentences per class (bench/trend_review.py, bench/trend_recall_scan.py on
/tmp/dpg/even_txt), each with controls.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs
from trendbeeld.model import Change


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound whose head is a noun of rise or fall names its own phenomenon
        ("De exportdaling van de afgelopen maanden raakt vooral de havens.", (Change.DOWN, "exportdaling")),
        ("De prijsdaling lijkt het gevolg van het grotere aanbod.", (Change.DOWN, "prijsdaling")),
        ("Volgens de winkeliers leidt dat tot prijsstijgingen.", (Change.UP, "prijsstijgingen")),
        # negated: no fall (stable)
        ("Het grotere aanbod leidt vreemd genoeg niet tot prijsdalingen.", (Change.STABLE, "prijsdalingen")),
    ],
)
def test_compound_of_rise_or_fall(text: str, expected: tuple[Change, str]) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "De bestijging van de berg duurde twee dagen.",  # a climb: "be-" is no first part
        "De afdaling werd in de mist gereden.",
        "De bevolkingsgroei baart zorgen.",  # "-groei" is no head: mostly a topic in news
        "Het kabinet kondigde een belastingverlaging aan.",  # a measure, no head
    ],
)
def test_no_compound_of_change(text: str) -> None:
    assert pairs(text) == []


def test_a_coordinated_predicate_after_another_verb_shares_its_subject() -> None:
    # the clause before has a verb outside the closed list of finite verbs ("bereikte")
    text = "Het aantal bezoekers bereikte in april een recordhoogte, maar zakte daarna weer wat weg."
    assert (Change.DOWN, "aantal bezoekers") in pairs(text)
    # a noun after a preposition is no verb ("van huishoudens")
    text = "De schulden van huishoudens daalden licht, maar blijven hoog in historisch opzicht."
    assert (Change.STABLE, "schulden van huishoudens") in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a topic opens the clause; the subject follows the finite verb
        (
            "Na een gesprek met de leiding bleken de problemen bij de dienst alleen maar groter geworden.",
            (Change.UP, "problemen bij de dienst"),
        ),
        (
            "Met de bank als nieuwe sponsor wordt de strijd tegen armoede opgevoerd.",
            (Change.UP, "strijd tegen armoede"),
        ),
    ],
)
def test_the_subject_after_a_fronted_topic_and_a_copula(text: str, expected: tuple[Change, str]) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De huurprijzen in de stad schieten omhoog.", (Change.UP, "huurprijzen in de stad")),
        ("In de eerste maanden schoten de klachten opnieuw omhoog.", (Change.UP, "klachten")),
        ("De prijs van koffie duikt verder omlaag.", (Change.DOWN, "prijs van koffie")),
        ("Ook de groothandelsprijs duikt niet verder omlaag.", (Change.STABLE, "groothandelsprijs")),
        # after a fronted clause the subject follows the finite verb
        (
            "Toen de zangeres het vertelde, schoten de aanvragen bij klinieken omhoog.",
            (Change.UP, "aanvragen bij klinieken"),
        ),
    ],
)
def test_a_verb_of_motion_with_omhoog_or_omlaag(text: str, expected: tuple[Change, str]) -> None:
    assert expected in pairs(text)


def test_omlaag_in_a_goal_is_the_goal_s_statement() -> None:
    # the verb-final order is left out by the rules on cues; the goal itself is a trend (conventions:
    # goals of a speaker are trends, hard), made by _trend_more with the direction it names
    assert pairs("Met het plan willen zij bereiken dat het aantal ongelukken omlaag gaat.") == [
        (Change.DOWN, "aantal ongelukken")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Er zijn vorig jaar meer meldingen over oplichting gedaan dan in 2017.",
            (Change.UP, "meldingen over oplichting"),
        ),
        ("Er werden vorig jaar minder fietsen gestolen dan in 2017.", (Change.DOWN, "fietsen gestolen")),
    ],
)
def test_more_after_er_and_a_time_than_before(text: str, expected: tuple[Change, str]) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het is niet iets wat we dus zouden veranderen.",
        "In 2010 werd het hersteld en uitgebreid.",
        "Ik waarschuwde al jaren voor de gevolgen.",
    ],
)
def test_a_verb_alone_is_no_phenomenon(text: str) -> None:
    assert pairs(text) == []


def test_a_noun_that_looks_like_a_verb_form_stays() -> None:
    assert (Change.UP, "Gewassen") in pairs("Gewassen groeien harder door de warmte.")


@pytest.mark.parametrize(
    "text",
    [
        "Alleen stevige maatregelen kunnen tot verbetering leiden.",
        "De politie in Gouda krijgt versterking om autobranden te stoppen.",
        "Dat de gemeente niet meewerkt aan uitbreiding, vindt hij jammer.",
    ],
)
def test_a_generic_noun_of_change_alone_names_nothing(text: str) -> None:
    assert pairs(text) == []


def test_a_noun_of_a_particular_change_alone_stays() -> None:
    assert (Change.UP, "verharding") in pairs("Dat leidt in sommige gevallen tot verharding.")


@pytest.mark.parametrize(
    "text",
    [
        "Dat was de chauffeur uit Eindhoven, die al jaren geleden is overleden.",
        "De Verenigde Naties hebben de export van luxegoederen al jaren geleden verboden.",
    ],
)
def test_al_jaren_geleden_is_a_time_in_the_past(text: str) -> None:
    assert pairs(text) == []


def test_al_jaren_is_persistence() -> None:
    assert (Change.STABLE, "tekort aan agenten") in pairs("Het tekort aan agenten speelt al jaren.")


@pytest.mark.parametrize(
    "text",
    [
        "Het bureau heeft last van een muizenplaag, die donderdag verergerde.",
        "Daar verdwenen in juli 2017 een computer en een camera.",
        "De politie heeft vrijdagochtend de zoekactie naar de vermiste vrouw uitgebreid.",
    ],
)
def test_a_date_is_no_phenomenon(text: str) -> None:
    assert all(not name.lower().startswith(("donderdag", "juli", "vrijdag")) for _, name in pairs(text))


@pytest.mark.parametrize(
    "text",
    ["Waar blijft de snelle glasvezel in het buitengebied?", "Waar bleven die vier banken uit de wijk?"],
)
def test_waar_blijft_is_a_question_of_place(text: str) -> None:
    assert pairs(text) == []


def test_blijft_after_a_relative_waar_with_a_subject_stays() -> None:
    text = "Het is een wijk waar het aantal inbraken al jaren hoog blijft."
    assert any("aantal inbraken" in name for _, name in pairs(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het toegenomen toerisme leidt ook tot overlast.", (Change.UP, "toerisme")),
        ("Ze merken de effecten van het toegenomen aantal buurtapps.", (Change.UP, "aantal buurtapps")),
    ],
)
def test_a_participle_after_het_is_no_infinitive(text: str, expected: tuple[Change, str]) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Er was een indicatie van drugs, dus er is bloed bij hem afgenomen.",
        "Het afgenomen dna hoeft niet te worden opgenomen in de databank.",
    ],
)
def test_a_sample_taken_is_no_fall(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het aantal urgentieverklaringen, dat voorrang geeft, is de laatste jaren gestegen.",
            (Change.UP, "aantal urgentieverklaringen"),
        ),
        (
            "Het aantal gevallen van computervredebreuk – hacking – steeg tussen 2013 en 2018 fors.",
            (Change.UP, "aantal gevallen van computervredebreuk"),
        ),
    ],
)
def test_the_subject_before_an_inserted_clause(text: str, expected: tuple[Change, str]) -> None:
    assert expected in pairs(text)


def test_a_person_before_an_inserted_clause_who_stays_is_no_phenomenon() -> None:
    text = "De zanger, die verslaafd was aan alcohol, is tot de dag van vandaag nuchter gebleven."
    assert all("zanger" not in name for _, name in pairs(text))
