"""Case-sensitive patterns on a lower-case copy find what the case-insensitive ones find in the text.

The speed-ups of issue 10 scan ``_scan.lowered(text)`` with lower-case twins of IGNORECASE patterns;
these tests hold the twins to the same spans on sentences with capitals, currency codes and the
letters that lower case treats apart ("İ", "ı", "ſ").
"""

from __future__ import annotations

import re

import pytest

from trendbeeld.extract import _figure_amounts, _scan, numbers

SENTENCES = [
    "Ruim Twee Derde van de inwoners betaalde EUR 1.250 per jaar, Meer Dan 40 Procent minder.",
    "De omzet steeg met US$ 3,4 MILJARD tot Zeven Op De Tien bedrijven; Drie van de vijf agenten.",
    "In 2019 waren het er Nog Ongeveer Drieduizend, tegen Anderhalf Miljoen in 2018 (+12%).",
    "Yıldız (24) uit İzmir kreeg € 500 boete; ſommige De Helft van 1.200 tot 1.500 demonstranten.",
    "Een Op Zeven werknemers, Vijftien tot Twintig panden en Tweeënveertig meldingen, 4 en een half jaar.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_amount_lower_spans(text: str) -> None:
    lower = _scan.lowered(text) or _scan.lower_per_letter(text)
    for start in range(len(text)):
        plain = numbers.AMOUNT.match(text, start)
        low = numbers.AMOUNT_LOWER.match(lower, start)
        assert (plain.span() if plain else None) == (low.span() if low else None), text[start:]


def test_amount_lower_has_no_capitals() -> None:
    bare = re.sub(r"\\.|\(\?P<\w+>", "", numbers.AMOUNT_LOWER.pattern)
    assert bare == bare.lower()


@pytest.mark.parametrize("text", SENTENCES)
def test_match_at_lower(text: str) -> None:
    lower = _scan.lowered(text)
    for pos in range(len(text)):
        plain = _figure_amounts._match_at(text, pos)
        low = _figure_amounts._match_at(text, pos, lower)
        assert (plain.span() if plain else None) == (low.span() if low else None)
        if plain is not None and low is not None:
            assert plain.groupdict() == low.groupdict()


NO_TREND_SENTENCES = [
    "Als de spanning in de wijk oploopt, grijpt de politie eerder in.",
    "ALS DE PRIJZEN STIJGEN, betalen huurders meer.",
    "Het zou opmerkelijk zijn wanneer die agressie toenam.",
    "De bewoners willen dat het aantal inbraken niet stijgt.",
    "Er zou een daling van de uitgaven moeten staan tegenover de nieuwe taken.",
    "De Vraag Is Of het aantal meldingen verder afneemt.",
    "Het aantal woninginbraken daalde vorig jaar met twaalf procent.",
    "Zowel het oordeel van de klanten, als de koopbereidheid namen af.",
    "In İzmir en Yıldız steeg het aantal bezoekers; alſ de vraag blijft of het toeneemt.",
]


@pytest.mark.parametrize("text", NO_TREND_SENTENCES)
def test_no_trend_quick_tests(text: str) -> None:
    from trendbeeld.extract import _cues, _trend_cases

    for cue in _cues.find(text, _scan.lowered(text)):
        low = cue.text.lower()
        assert _trend_cases._conditional(text, cue, 0, _scan.lowered(text[: cue.start])) == (
            _trend_cases._conditional(text, cue, 0)
        )
        assert _trend_cases._wished(text, cue, 0, _scan.lowered(text[: cue.start])) == (
            _trend_cases._wished(text, cue, 0)
        )
        assert isinstance(_trend_cases.no_trend(text, cue, low, 0), bool)


def test_no_trend_still_reads_conditions() -> None:
    from trendbeeld.extract import _cues, _trend_cases

    text = "ALS DE PRIJZEN STIJGEN, betalen huurders meer."
    cue = next(c for c in _cues.find(text, _scan.lowered(text)) if c.text.lower() == "stijgen")
    assert _trend_cases.no_trend(text, cue, "stijgen", 0)


def test_analyse_restores_the_garbage_collector() -> None:
    import gc

    from trendbeeld.extract import _document
    from trendbeeld.model import Source

    source = Source.create("gc", "Het aantal woninginbraken daalde in 2019 met 12 procent.")
    assert gc.isenabled()
    assert _document.analyse(source).cues
    assert gc.isenabled()
    gc.disable()
    try:
        _document.analyse(source)
        assert not gc.isenabled()  # a caller that paused it keeps it paused
    finally:
        gc.enable()
