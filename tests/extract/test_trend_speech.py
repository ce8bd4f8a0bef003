"""Quotation marks, speaker labels and attributions around a trend (``_trend_speech``): the rules
read a quoted clause like one in body text. Invented sentences in the style of Dutch news, with the
low-9 marks of regional papers (",,…''") and the other quotation styles."""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs
from trendbeeld.extract import _trend_speech
from trendbeeld.model import Change


def test_opening_skips_a_speaker_label_and_the_marks() -> None:
    text = "Wijkagent De Vries: ,,Inbraken komen hier regelmatig voor.''"
    assert text[_trend_speech.opening(text, 0, len(text)) :].startswith("Inbraken")
    assert _trend_speech.opening("Inbraken komen voor.", 0, 20) == 0


def test_attribution_start_after_each_closing_style() -> None:
    for text in (",,Het blijft onrustig'', zegt hij.", "\"Het blijft onrustig,\" zegt hij.",
                 "'Het blijft onrustig', zegt hij.", "Het blijft onrustig, aldus de politie."):
        assert text[: _trend_speech.attribution_start(text, 0, len(text))].rstrip(",'\"").endswith("onrustig")
    assert _trend_speech.attribution_start("Auto's blijven staan.", 0, 21) == 21


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("Wijkagent De Vries: ,,Stroomstoringen komen regelmatig voor in het oosten van het land.''",
         Change.STABLE, "Stroomstoringen"),
        (",,Stroomstoringen komen regelmatig voor in het oosten van het land'', zegt de woordvoerder.",
         Change.STABLE, "Stroomstoringen"),
        (",,Het is niet voor het eerst dat er brandbommen worden gegooid'', zegt Smit.",
         Change.STABLE, "brandbommen"),
        ("Smit: ,,Het aantal meldingen van overlast blijft hoog.''",
         Change.STABLE, "aantal meldingen van overlast"),
    ],
)
def test_trends_inside_quotations(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("Directeur Smit: ,,Telde de basisschool in 2016 nog 420 leerlingen, nu zijn het er 310.''",
         Change.DOWN, "aantal leerlingen"),
        ("Smit: ,,De omzet van de markt was vorig jaar 2,1 miljoen euro, een stijging van 4 procent.''",
         Change.UP, "omzet van de markt"),
    ],
)
def test_a_speaker_label_before_the_sentence(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        # a comparative with "worden" that closes the quotation, and a coordinated predicate
        (",,De wachtlijst bij de schuldhulp wordt groter'', zegt de wethouder.",
         Change.UP, "wachtlijst bij de schuldhulp"),
        ("'Het aantal zwerfkatten in de wijk blijft maar groeien', zegt de dierenambulance.",
         Change.UP, "aantal zwerfkatten in de wijk"),
        ("\"Het aantal vrijwilligers dat bij de voedselbank helpt, neemt fors toe,\" zegt de coördinator.",
         Change.UP, "aantal vrijwilligers"),
    ],
)
def test_a_change_that_closes_the_quotation(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in pairs(text)


def test_a_quoted_title_is_no_comparative() -> None:
    assert pairs("De minister onthulde het logo van 'Waardig ouder worden'.") == []


def test_a_doubled_comparative_of_less() -> None:
    # like "steeds minder" and the doubled "meer en meer" (lexicon/change.tsv)
    text = "Er komen de laatste jaren minder en minder jongeren naar het buurthuis."
    assert (Change.DOWN, "jongeren naar het buurthuis") in pairs(text)
