"""The figure extractor's shortcuts find what the plain scans find (issue 10: speed, same output).

A text with "İ", "ı" or "ſ" ("Yıldız") keeps its lower-case copy, so the period words and number
words are found by fast literal scans there too; the bare numbers after words of context are
tried once per digit run; an amount is matched once per start position.
"""

from __future__ import annotations

import csv
import dataclasses
import re
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


_BARE_PIECES = st.sampled_from([
    "van", "Van", "naar", "tot", "tegen", "tegenover", "ruim", "ca.", "zo’n", "nog", "namelijk", "op", "dat",
    "Het", "er", "daling", "verschil", "İ", "(", ")", "2017: ", "12", "1.250", "31,2", "-", "+", " ", "  ",
    "\n", ", ", ".", "in 2019", "een jaar eerder", "x",
])


def _bare_matches_per_digit_run(text: str, digits: list[int]) -> list[tuple[int, int, str]]:
    """What ``figures._bare_matches`` gave before: each lead looked for before each digit run."""
    found: list[re.Match[str]] = []
    for lead, pattern in figures._BARE_AFTER_WORDS:
        starts = {s for d in digits for s in figures._lead_starts(text, figures._sign_start(text, d), lead)}
        found.extend(_scan.matches_at(pattern, text, sorted(starts)))
    brackets = sorted({figures._sign_start(text, d) - 1 for d in digits} | {
        d - 1 for d in digits if text.startswith(("19", "20"), d)
    })
    opening = [b for b in brackets if b >= 0 and text[b] == "("]
    found.extend(_scan.matches_at(figures._BRACKETED, text, opening))
    return [(m.start(), m.end(), m.re.pattern) for m in sorted(found, key=lambda m: m.start("num"))]


def _bare_matches(text: str, digits: list[int]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.re.pattern) for m in figures._bare_matches(text, digits)]


@given(st.lists(_BARE_PIECES, max_size=16).map("".join))
def test_bare_numbers_after_words_of_context_are_found_once_per_digit_run(text: str) -> None:
    digits = _scan.digit_runs(text)
    assert _bare_matches(text, digits) == _bare_matches_per_digit_run(text, digits)


def test_each_wording_of_a_bare_number_in_context_is_found() -> None:
    text = (
        "Het aantal daalde van 1.250 naar 1.080, tegen ruim 900 in 2019. In 2017 waren dat er 214. "
        "Het lag op -3,5. Met de meeste zaken, namelijk 132. Een daling van 58,3. Diefstal (2017: 183)."
    )
    found = _bare_matches(text, _scan.digit_runs(text))
    assert [text[start:end].rsplit(maxsplit=1)[-1] for start, end, _ in found] == [
        "1.250", "1.080", "900", "214", "-3,5", "132", "58,3", "183)",
    ]
    assert found == _bare_matches_per_digit_run(text, _scan.digit_runs(text))


def test_bare_numbers_of_real_news_are_those_looked_for_before_each_digit_run(shared: Path) -> None:
    doc = _doc(_real_news_with_turkish_letters(shared))
    found = _bare_matches(doc.text, doc.digits)
    assert len(found) > 3
    assert found == _bare_matches_per_digit_run(doc.text, doc.digits)


@pytest.mark.parametrize("text", [
    "De gemeente Yıldız telde vorig jaar 1.250 woninginbraken, tegen 1.480 een jaar eerder.",
    "Het aantal İnbraken steeg van 80 naar 31,2 procent; gisteren waren het er twintig.",
])
def test_figures_of_invented_sentences_with_turkish_letters_do_not_depend_on_the_copy(text: str) -> None:
    doc = _doc(text)
    found = figures.from_document(doc)
    assert found
    assert figures.from_document(_without_lower_case_copy(doc)) == found
