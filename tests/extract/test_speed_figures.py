"""The figure extractor's shortcuts find what the plain scans find (issue 10: speed, same output).

A text with "İ", "ı" or "ſ" ("Yıldız") keeps its lower-case copy, so the period words and number
words are found by fast literal scans there too; the bare numbers after words of context are
tried once per digit run; an amount is matched once per start position.
"""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trendbeeld.extract import _document, _periods, _scan, figures
from trendbeeld.model import Source

_UNLIKE = ["İ", "ı", "ſ", "Yıldız", "İstanbul", "ſtijging"]
_PERIOD_PIECES = [
    "Maandag", "maandagavond", "op maandag", "Vorige week", "deze zomer", "afgelopen maand",
    "per jaar", "Jaarlijks", "elk jaar", "gisteren", "12", " 2019", "dinsdag 12 februari",
]
_PIECES = st.sampled_from([*_UNLIKE, *_PERIOD_PIECES, " ", "\n", "-", ", ", ". ", "x"])
_TEXTS = st.lists(_PIECES, max_size=14).map("".join)
_PERIOD_SCANS = (
    (_periods._NEWS_DAY, _periods._NEWS_DAY_WORDS),
    (_periods._YEARLESS, _periods._NEWS_DAY_WORDS + _periods._SEASON_WORDS),
    (_periods._YEARLY, _periods._YEARLY_WORDS),
)


def _doc(text: str) -> _document.Document:
    return _document.analyse(Source.create("nieuws.txt", text))


def _without_lower_case_copy(doc: _document.Document) -> _document.Document:
    return dataclasses.replace(doc, lower=None)


def test_turkish_i_and_long_s_keep_the_lower_case_copy_and_its_offsets() -> None:
    text = "Yıldız uit İstanbul meldt een ſtijging"
    assert _scan.lowered(text) == "yildiz uit istanbul meldt een stijging"
    assert _scan.lowered("Het Aantal") == "het aantal"


@settings(deadline=None)  # the first example loads the lexicons
@given(_TEXTS)
def test_period_words_are_found_in_the_lower_case_copy_as_the_full_scan_finds_them(text: str) -> None:
    doc = _doc(text)
    assert doc.lower is not None
    plain = _without_lower_case_copy(doc)
    for pattern, words in _PERIOD_SCANS:
        assert _periods._starts(pattern, doc, words) == _periods._starts(pattern, plain, words)


def _real_news_with_turkish_letters(shared: Path) -> str:
    feed = shared / "corpus" / "real" / "news" / "politie_nl_nieuwsberichten_2012_2019.csv"
    with feed.open(encoding="utf-8", newline="") as handle:
        leads = [row["lead"] for row in csv.DictReader(handle)]
    turkish = [lead for lead in leads if any(c in lead for c in "İıſ")]
    assert turkish, "the police feed has articles with Turkish letters"
    return "\n\n".join(turkish + leads[:300])


def test_figures_of_real_news_with_turkish_letters_are_those_of_the_case_insensitive_scans(
    shared: Path,
) -> None:
    doc = _doc(_real_news_with_turkish_letters(shared))
    assert doc.lower is not None
    found = figures.from_document(doc)
    assert len(found) > 100
    assert figures.from_document(_without_lower_case_copy(doc)) == found


@pytest.mark.parametrize("text", [
    "De gemeente Yıldız telde vorig jaar 1.250 woninginbraken, tegen 1.480 een jaar eerder.",
    "Het aantal İnbraken steeg van 80 naar 31,2 procent; gisteren waren het er twintig.",
])
def test_figures_of_invented_sentences_with_turkish_letters_do_not_depend_on_the_copy(text: str) -> None:
    doc = _doc(text)
    found = figures.from_document(doc)
    assert found
    assert figures.from_document(_without_lower_case_copy(doc)) == found
