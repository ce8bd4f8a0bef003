"""A possibility that states no change: a modal under a condition, with a negation or with the
speaker as subject (extract/_trend_actual.py). A possibility alone is a risk and stays.
Invented sentences after the classes seen on unlabelled news and reports.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs, statements_of
from trendbeeld.model import Change


@pytest.mark.parametrize(
    "text",
    [
        # a condition in the clause of the modal, before or after the change
        "Maar zonder concurrent in de wijk kan de basisschool gestaag verder groeien.",
        "Volgens de minister kunnen de belastinginkomsten fors stijgen als fraude wordt aangepakt.",
        "Onderzoek laat zien dat boerenbedrijven bij een hoge heffing zelfs kunnen verdwijnen.",
        # a negation: an ability or a cap, no change
        "We beginnen vanaf nul en kunnen vanwege de logistiek niet te hard groeien.",
        "De rechter zei dat de omvang van het gasveld niet kan worden verkleind.",
        # the speaker as subject
        "We gaan de goede kant op, maar we kunnen elkaar nog beter versterken.",
    ],
)
def test_possibility_under_condition_is_no_trend(text: str) -> None:
    assert statements_of(text) == []


@pytest.mark.parametrize(
    ("text", "direction", "word"),
    [
        # a risk: a possibility alone stays (a hard trend in the annotations)
        ("De verspreiding van desinformatie kan polarisatie versterken.", Change.UP, "polarisatie"),
        ("Ook minder zichtbare vormen van armoede kunnen toenemen.", Change.UP, "armoede"),
        # an actual change after "kan" in another clause stays
        ("Ze kunnen gerust zijn: de bevolkingsgroei is sinds 1970 gehalveerd.", Change.DOWN, "groei"),
    ],
)
def test_possibility_alone_stays(text: str, direction: Change, word: str) -> None:
    assert any(d is direction and word in p for d, p in pairs(text)), pairs(text)


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # the attribution after a quotation is no part of its clause: a name is no infinitive of an
        # activity after "blijven"
        (",,Voorzichtigheid blijft geboden'', zegt wethouder Jansen.", "Voorzichtigheid"),
        ("\"Toch blijft de onrust in de wijk,\" zegt Pietersen.", "onrust in de wijk"),
        ("De vraag naar huurwoningen bleef groot, zegt woordvoerder Van Dalen.", "vraag naar huurwoningen"),
    ],
)
def test_attribution_after_a_quotation_is_not_read_as_the_clause(text: str, phenomenon: str) -> None:
    assert pairs(text) == [(Change.STABLE, phenomenon)]


@pytest.mark.parametrize(
    "text",
    [
        # a change that closes the quotation without a subject before it: the words after it name
        # the speaker, no phenomenon
        ",,Het neemt alleen maar toe'', zegt wijkagent Pietersen.",
        "\"Het is hier een stuk rustiger geworden,\" zegt Jansen.",
        "'Laat ze dan maar daar blijven', zegt Ahmed el Amrani van de moskee.",
    ],
)
def test_a_change_closing_a_quotation_without_subject_names_no_speaker(text: str) -> None:
    assert all("zegt" not in phenomenon for _, phenomenon in pairs(text))


def test_a_change_closing_a_quotation_keeps_its_subject() -> None:
    quoted = ",,De overlast neemt alleen maar toe'', zegt wijkagent Pietersen."
    assert pairs(quoted) == [(Change.UP, "overlast")]
    inverted = ",,Daardoor neemt de overlast af'', zegt wijkagent Pietersen."
    assert pairs(inverted) == [(Change.DOWN, "overlast")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "als het gaat om/over" names the topic of the change, no condition
        (
            "In de wijk is sprake van een daling van het aantal meldingen als het gaat over woninginbraken.",
            "meldingen",
        ),
        ("Het aantal klachten is flink gestegen als het gaat om geluidsoverlast.", "klachten"),
    ],
)
def test_a_topic_after_the_change_is_no_condition(text: str, word: str) -> None:
    found = statements_of(text)
    assert found and word in found[0].phenomenon


def test_a_condition_after_the_change_still_drops_it() -> None:
    assert statements_of("De huren zullen stijgen als het kabinet de heffing verhoogt.") == []
