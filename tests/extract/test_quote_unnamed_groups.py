"""Unnamed speakers of news (issue 10, NOTES: anonymous speakers, threats in words): one of a group
("aldus een van hen", "zegt een van de activisten", "zegt de ander") and threatening words shouted
or posted without a colon by someone without a name are quotes of "anoniem" with the printed words
as role. Invented Dutch sentences."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of
from trendbeeld.model import Quote


def speakers(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.text, q.speaker, q.role) for q in items_of(Quote, text)]


@pytest.mark.parametrize(
    ("after", "role"),
    [
        ("aldus een van hen", "een van hen"),
        ("zegt een van de activisten", "een van de activisten"),
        ("zei een van de bewoners", "een van de bewoners"),
        ("zegt de ander", "de ander"),
    ],
)
def test_one_of_a_group_of_unnamed_people_is_anonymous(after: str, role: str) -> None:
    text = (f"Onrust in de wijk\n\nDe bewoners zijn boos op de gemeente. \"Dit kan zo niet langer, echt "
            f"niet,\" {after}. De raad praat er donderdag over.")
    assert speakers(text) == [("Dit kan zo niet langer, echt niet,", "anoniem", role)]


def test_one_of_a_group_named_after_a_comma_is_no_anonymous_speaker() -> None:
    text = ("Onrust in de wijk\n\nDe bewoners zijn boos. Een van hen, Yassin: \"Dit kan zo niet langer, echt "
            "niet.\" De raad praat er donderdag over.")
    assert [s for _, s, _ in speakers(text)] != ["anoniem"]


def test_one_of_the_lawyers_is_no_anonymous_speaker() -> None:
    text = ("Rechtszaak\n\nDe zaak dient donderdag. \"Dit kan zo niet langer, echt niet,\" zegt een van de "
            "advocaten. De rechtbank doet later uitspraak.")
    assert [s for _, s, _ in speakers(text)] != ["anoniem"]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Tijdens de mars scandeerde een vrouwelijke demonstrant achter een sjaal 'Als je de burgemeester "
         "wil raken, zeg dan pang'.", "vrouwelijke demonstrant"),
        ("De universiteit schorste een docent die onder een bericht 'Waar blijft de kogel?', had geschreven.",
         "docent"),
        ("De vrouw riep zaterdag op de Dam 'Als je de burgemeester wil raken, zeg dan pang'.", "vrouw"),
    ],
)
def test_threats_shouted_or_posted_without_a_colon_are_anonymous(sentence: str, role: str) -> None:
    text = f"Bedreiging\n\nDe burgemeester doet aangifte. {sentence} De politie onderzoekt de zaak."
    assert [(s, r) for _, s, r in speakers(text)] == [("anoniem", role)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a role refers to a person named before; "riep op" is no shouting, and the quote is a new sentence
        "Oppositieleider Jan Smit sprak in Caracas. De oppositievoorman riep de mensen op te betogen. "
        "\"We zijn sterker dan ooit, echt waar.\"",
        "Jan Smit riep zaterdag op de Dam 'Als je de burgemeester wil raken, zeg dan pang'.",  # named
    ],
)
def test_named_shouters_and_new_sentences_are_not_anonymous(sentence: str) -> None:
    text = f"Betoging\n\nDe burgemeester doet aangifte. {sentence} De politie onderzoekt de zaak."
    assert "anoniem" not in [s for _, s, _ in speakers(text)]


def test_a_court_written_as_one_word_is_an_organisation_that_speaks() -> None:
    text = ("Wraking\n\nDe verdediging vroeg om wraking. Er was geen sprake van 'schijn van partijdigheid', "
            "oordeelde het gerechtshof. Het proces gaat door.")
    assert speakers(text) == [("schijn van partijdigheid", "gerechtshof", None)]
