"""Fast scans give what ``re.finditer`` and case-insensitive matching would give."""

from __future__ import annotations

import dataclasses
import re

from hypothesis import given
from hypothesis import strategies as st

from trendbeeld.extract import _document, _scan, figures, trends
from trendbeeld.model import Source

_PIECES = st.sampled_from(["12", "3,5", " mei ", "2020", "-", "a1", " ", "\n", "‘", "’", "Dit is het.", "x"])
_TEXTS = st.lists(_PIECES, max_size=20).map("".join)
_DATE = re.compile(r"(?<![\w-])\d{1,2}\s+mei\s+\d{4}|(?<![\w-])\d+,\d")
_PULL_QUOTE = re.compile(r"‘(?P<body>[^‘’\n]{3,40}?)’")


@given(_TEXTS)
def test_patterns_tried_at_digit_runs_match_like_finditer(text: str) -> None:
    found = [m.span() for m in _scan.matches_at(_DATE, text, _scan.digit_runs(text))]
    assert found == [m.span() for m in _DATE.finditer(text)]


@given(_TEXTS)
def test_pull_quotes_tried_at_line_starts_match_like_finditer(text: str) -> None:
    starts = _scan.line_starts(text, _scan.marks(text, "‘"))
    assert starts == [m.start(1) for m in re.finditer(r"(?m)^[ ]*(‘)", text)]
    at_line_start = re.compile(r"(?m)^[ ]*" + _PULL_QUOTE.pattern)
    found = [m.span("body") for m in _scan.matches_at(_PULL_QUOTE, text, starts)]
    assert found == [m.span("body") for m in at_line_start.finditer(text)]


def test_lower_case_copy_reads_what_case_insensitive_matching_reads() -> None:
    assert _scan.lowered("Het Aantal") == "het aantal"
    assert _scan.lowered("ſtijging") == "stijging"  # re.IGNORECASE reads "ſ" as "s"
    assert _scan.lowered("İstanbul") == "istanbul"  # lower() would make two characters of "İ"
    assert _scan.lowered("Yıldız") == "yildiz"


def test_extraction_is_the_same_without_a_lower_case_copy() -> None:
    text = "Het aantal woninginbraken in Tilburg daalde in 2022 met 12 procent. De onrust neemt toe."
    doc = _document.analyse(Source.create("test.txt", text))
    slow = dataclasses.replace(doc, lower=None)  # forces the case-insensitive scans
    for rules in (figures.from_document, trends.from_document):
        plain = [(i.span.start, i.text) for i in rules(doc)]
        assert plain
        assert [(i.span.start, i.text) for i in rules(slow)] == plain


_PIECES_OF_MARKS = st.sampled_from(["nog steeds ", "steeds", "ansteeds", " ", "x", "\n"])


@given(st.lists(_PIECES_OF_MARKS, max_size=12).map("".join))
def test_occurrences_are_what_a_pattern_finds(low: str) -> None:
    words = ("steeds", "nog steeds ")
    plain = sorted(m.start() for w in words for m in re.finditer(f"(?={re.escape(w)})", low))
    assert _scan.occurrences(low, words) == plain
    starts = sorted(at for at in plain if at == 0 or not low[at - 1].isalnum())
    assert _scan.occurrences(low, words, word_start=True) == starts
