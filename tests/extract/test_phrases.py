"""Noun phrases (``_phrases.noun_phrase``): "zijn" after a lone name is a possessive when a noun
follows it, the verb of a plural subject otherwise. Invented sentences in the style of Dutch news."""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs
from trendbeeld.extract import _phrases
from trendbeeld.model import Change


def _phrase(text: str, at: str) -> str | None:
    start = text.index(at)
    span = _phrases.noun_phrase(text, start, len(text))
    return text[span.start : span.end] if span is not None else None


@pytest.mark.parametrize(
    ("text", "at", "phrase"),
    [
        ("Met de overname vergroot Ahold zijn marktaandeel in Duitsland.", "Ahold",
         "Ahold zijn marktaandeel in Duitsland"),
        ("Iedereen hoopt dat Forum zijn rol in de provincie serieus neemt.", "Forum",
         "Forum zijn rol in de provincie serieus"),
        # the verb of a plural subject or after a place: no possessive
        ("In Amsterdam zijn relatief veel woningen verkocht.", "Amsterdam", "Amsterdam"),
        ("Jos en Celine zijn superblij met de prijs.", "Celine", "Celine"),
        ("Ruim vier miljoen Venezolanen zijn al gevlucht.", "Venezolanen", "Venezolanen"),
        ("Supporters van voetbalclub GVVV zijn zaterdag slaags geraakt.", "GVVV", "GVVV"),
        ("De leraren van basisschool Zonnewijzer zijn bezig met een staking.", "Zonnewijzer", "Zonnewijzer"),
    ],
)
def test_zijn_after_a_name(text: str, at: str, phrase: str) -> None:
    assert _phrase(text, at) == phrase


def test_a_causative_verb_with_a_possessive_object() -> None:
    text = "Met de overname vergroot Ahold zijn marktaandeel in Duitsland."
    assert (Change.UP, "marktaandeel in Duitsland") in pairs(text)


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("Het bedrijf verdubbelde vorig jaar zijn omzet.", Change.UP, "omzet"),
        ("Het kabinet verhoogt zijn bijdrage aan de NAVO.", Change.UP, "bijdrage aan de NAVO"),
    ],
)
def test_a_possessive_opens_the_object(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in pairs(text)


def test_zijn_before_a_plural_is_the_verb() -> None:
    text = "In Amsterdam zijn woningen de laatste jaren veel duurder geworden."
    assert _phrase(text, "zijn") is None


def test_a_present_participle_qualifies_the_noun_after_it() -> None:
    # "rondhangende" has the lemma "rondhangen" but is no finite verb: the phrase runs on.
    text = "In de wijk blijft de overlast van rondhangende jongeren ongeveer gelijk."
    assert pairs(text) == [(Change.STABLE, "overlast van rondhangende jongeren")]
