"""Checks that skip work give what the full work gives (issue 10: speed with identical output).

The cue scan keeps only the first words of change.tsv where one of their lines matches; an amount
is no longer tried at a word that opens none; a word count stops at its limit.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from trendbeeld.extract import _cues, _news_titles, _scan, lexicon, numbers

_FIRST_WORDS = sorted(_cues._matcher().lines)
_CUE_PIECES = st.sampled_from([
    *_FIRST_WORDS[:: max(1, len(_FIRST_WORDS) // 40)], "in", "een", "aan", "meer", "steeds", "wordt",
    "toenemende", "mate", "opkomst", "plaats", "van", "geworden", "groter", "Meer", "In", "Een",
    " ", " ", " ", "\n", ",", "-", "é", "12", "İ", "dan", "ooit", "de", "lift", "zit",
])
_CUE_TEXTS = st.lists(_CUE_PIECES, max_size=20).map("".join)


def _cues_at(text: str, lower: str | None, hits: list[tuple[int, str]]) -> list[_cues.Cue | None]:
    lines = _cues._matcher().lines
    return [_cues._best(text, start, lines.get(word, ()), lower) for start, word in hits]


@given(_CUE_TEXTS)
def test_the_checked_scan_keeps_every_hit_where_a_cue_starts(text: str) -> None:
    lower = _scan.lowered(text)
    every = list(_cues._trigger_hits(text, lower))
    kept = list(_cues._line_hits(text, lower))
    assert set(kept) <= set(every)
    dropped = [hit for hit in every if hit not in set(kept)]
    assert _cues_at(text, lower, dropped) == [None] * len(dropped)
    assert [c for c in _cues_at(text, lower, kept) if c] == [c for c in _cues_at(text, lower, every) if c]


def test_the_checked_scan_finds_the_cues_of_a_real_report(shared: Path) -> None:
    text = (shared / "corpus" / "national-2020.txt").read_text(encoding="utf-8")
    lower = _scan.lowered(text)
    every = list(_cues._trigger_hits(text, lower))
    kept = list(_cues._line_hits(text, lower))
    assert len(kept) < len(every)
    assert [c for c in _cues_at(text, lower, every) if c] == [c for c in _cues_at(text, lower, kept) if c]


_AMOUNT_PIECES = st.sampled_from([
    *sorted(lexicon.load().qualifiers)[:12], "twintig", "tweeënhalf", "anderhalve", "driekwart", "eenderde",
    "de helft", "helft", "EUR", "US$", "€", "$", "+", "-", "12", "3,5", "1.200", "procent", "miljoen",
    "het", "van", "ruimte", "zo’n", "ca.", "Ruim", "Een", "een", "op", "de", "tien", " ", " ", "\n", "(",
])


@given(st.lists(_AMOUNT_PIECES, max_size=10).map("".join))
def test_an_amount_opens_only_where_its_letters_may_open_one(text: str) -> None:
    lower = _scan.lowered(text)
    if lower is None:
        return
    for start in range(len(lower)):
        if numbers.AMOUNT_LOWER.match(lower, start) is not None:
            assert numbers.may_open_amount(lower, start), (lower, start)


@given(st.lists(st.sampled_from(["a", "bb", " ", "  ", "\n", "\t", "c."]), max_size=30).map("".join),
       st.integers(min_value=1, max_value=8))
def test_bounded_word_counts_are_the_counts(text: str, limit: int) -> None:
    assert _news_titles._at_most_words(text, limit) == (len(text.split()) <= limit)
    assert _news_titles._at_least_words(text, limit) == (len(text.split()) >= limit)


@given(st.lists(_AMOUNT_PIECES, max_size=12).map("".join))
def test_amounts_are_read_as_without_the_opening_check(text: str) -> None:
    from trendbeeld.extract import _figure_amounts

    lower = _scan.lowered(text)
    if lower is None:
        return
    for pos in range(len(text)):
        checked = _figure_amounts._match_at(text, pos, lower)
        plain = _figure_amounts._match_at(text, pos, None)
        assert (checked and checked.span()) == (plain and plain.span()), (text, pos)
