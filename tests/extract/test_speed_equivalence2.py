"""Faster per-document steps find what the patterns they replace find (issue 10: speed headroom
with identical output).

Short news articles spent a tenth of their time compiling patterns made for one document: a trie
of the forms of verbs of change it holds, and a pattern per surname that a quote names alone.
The forms are now found with ``str.find`` in a short text, and a full name ending in a surname is
read step by step; both must give exactly what the compiled patterns give.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from trendbeeld.extract import _cues, _quote_names, _text

# Pieces of text around forms of change: letters, a letter-like digit ("²", no letter for
# str.isalpha), a hyphen, an underscore, white space.
_CHANGE_PIECES = st.sampled_from(
    ["stijgt", "daalde", "nam", "toe", "ge", "steeg", "t", "x", "é", "²", "-", "_", "1", " ", "\n"]
)
_WORDS = st.sets(
    st.sampled_from(["stijgt", "daalde", "steeg", "t", "²t", "gestijgt", "x²daalde"]), min_size=1
)


def _trie_hits(lower: str, words: set[str]) -> list[tuple[int, int]]:
    hits = re.compile(rf"(?:{_cues.trie(words)})(?![^\W\d_])")
    return [m.span() for m in hits.finditer(lower) if not (m.start() and lower[m.start() - 1].isalpha())]


@given(st.lists(_CHANGE_PIECES, max_size=16).map("".join), _WORDS)
def test_forms_of_change_found_with_find_are_those_the_trie_finds(lower: str, words: set[str]) -> None:
    assert _cues._word_hits(lower, words) == _trie_hits(lower, words)


def test_forms_of_change_in_a_long_text_are_found_with_the_trie() -> None:
    lower = "de criminaliteit daalde, het aantal inbraken steeg en nam toe. " * 20_000
    hits = _cues._word_hits(lower, {"daalde", "steeg"})
    assert len(hits) == 40_000
    assert hits == _trie_hits(lower, {"daalde", "steeg"})


def test_the_words_of_change_of_a_sentence_are_its_verb_forms() -> None:
    lower = "het aantal woninginbraken is in 2019 sterk gedaald, de geweldsdelicten namen toe."
    assert _cues._words_of_change(lower) == {"gedaald", "namen"}
    assert _cues._words_of_change(lower) == {"gedaald", "namen"}  # now from the known words
    assert _cues._words_of_change("de 2e helft nam toe, 12 m²daalde") == {"nam"}


_NAME_PIECES = st.sampled_from(
    ["Jan", "Smit", "smit", "Smits", "van", "Van", "de Vries", "Vries", "J.", "P.", "K.", "A.", "Jan-Peter",
     "Ébert", " ", "  ", "\n", "\n\n", "\t", "\xa0", "-", "_", "x", "2", ",", "."]
)
_SURNAMES = st.sampled_from(
    [("Smit", "Smit", False), ("de Vries", "De Vries", True), ("Vries", "Vries", False)]
)


@settings(max_examples=500)
@given(st.lists(_NAME_PIECES, max_size=14).map("".join), _SURNAMES, st.data())
def test_a_full_name_is_read_as_the_pattern_per_surname_finds_it(
    text: str, surname: tuple[str, str, bool], data: st.DataObject
) -> None:
    lowered, name, particle = surname
    pattern = _quote_names._full_name_pattern(lowered, name, particle=particle)
    full = _quote_names._full_name(lowered, name, particle=particle)
    assert isinstance(full, _quote_names._FullName)
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text) + 2))
    assert full.spans(text, pos, endpos) == [m.span() for m in pattern.finditer(text, pos, endpos)]
    expected, found = pattern.match(text, pos, endpos), full.match(text, pos, endpos)
    assert (found and found.span()) == (expected and expected.span())
    tails = (lowered,) if particle else (lowered, name)
    _quote_names._matches.cache_clear()
    before = _quote_names._last_before(pattern, text, pos, tails)
    read = _quote_names._last_before(full, text, pos, tails)
    assert (read and read.span()) == (before and before.span())


def test_a_surname_alone_is_the_full_name_given_before() -> None:
    text = "Het is rustig, volgens J.P. de Vries. Dat zegt ook Jan Smit. 'Het gaat goed', zegt Smit."
    full = _quote_names._full_name("Smit", "Smit", particle=False)
    found = _quote_names._last_before(full, text, text.rindex("Smit"), ("Smit", "Smit"))
    assert found is not None and found.group(0) == "Jan Smit"
    full = _quote_names._full_name("de Vries", "De Vries", particle=True)
    found = _quote_names._last_before(full, text, len(text), ("de Vries",))
    assert found is not None and found.group(0) == "J.P. de Vries"


_FRAGMENTS = st.sampled_from(["migratie", "vraagstuk", "des", "de", "é", "²", "1", "_", "-", " ", "\n", "x"])


def _trie_whole_words(lower: str, words: set[str]) -> list[tuple[str, int]]:
    pattern = re.compile(rf"(?:{_cues.trie(words)})(?![^\W\d_])")
    return [(m.group(0), m.end()) for m in pattern.finditer(lower)
            if not m.start() or not re.match(r"[^\W\d_]", lower[m.start() - 1])]


@given(st.lists(_FRAGMENTS, max_size=16).map("".join),
       st.sets(st.sampled_from(["migratie", "migratievraagstuk", "des", "de", "²des", "x"]), min_size=1))
def test_the_words_that_decide_a_join_are_found_as_the_trie_finds_them(lower: str, words: set[str]) -> None:
    assert list(_text._whole_words(lower, words)) == _trie_whole_words(lower, words)


def test_a_split_compound_is_joined_where_the_text_spells_it_as_one_word() -> None:
    text = ("Het migratievraagstuk is groot. Over het migratie\nvraagstuk spreken velen. "
            "Het migratievraagstuk blijft.\n")
    assert "migratievraagstuk spreken" in _text.clean(text).text
