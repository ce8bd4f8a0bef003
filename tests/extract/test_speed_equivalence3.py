"""Checks that skip work give what the full work gives (issue 10: speed with identical output).

An amount is no longer tried at a word that opens none; a word count stops at its limit.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trendbeeld.extract import _news_titles, _scan, lexicon, numbers

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
