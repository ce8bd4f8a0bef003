"""Faster scans find what the plain patterns find (issue 10: speed with identical output).

The words of change.tsv are scanned with a pattern that starts with a character class (the regex
engine skips ahead) instead of a look-behind; the sentence splitter reads back for an
abbreviation only to the last space. Both must give what the plain scan gives.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests._child import in_child
from trendbeeld.extract import _cues, _scan, _text, lexicon

_TRIGGER_WORDS = sorted(_cues._matcher().lines)[:: max(1, len(_cues._matcher().lines) // 40)]
_OTHER_PIECES = [" ", "\n", "-", ",", "x", "é", "12", "İ"]
_PIECES = st.sampled_from([*_TRIGGER_WORDS, *(w.capitalize() for w in _TRIGGER_WORDS[:10]), *_OTHER_PIECES])
_TEXTS = st.lists(_PIECES, max_size=16).map("".join)
SENTENCES_BUDGET = 10.0  # seconds for 2 MB in one paragraph (quadratic before: a minute)


def _plain_hits(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0).lower()) for m in _cues._matcher().trigger.finditer(text)]


@given(_TEXTS)
def test_trigger_words_are_found_as_the_look_behind_pattern_finds_them(text: str) -> None:
    assert list(_cues._trigger_hits(text, None)) == _plain_hits(text)
    lower = _scan.lowered(text)
    if lower is not None:
        assert list(_cues._trigger_hits(text, lower)) == _plain_hits(text)


def test_trigger_words_of_a_real_report_are_all_found(shared: Path) -> None:
    text = (shared / "corpus" / "national-2020.txt").read_text(encoding="utf-8")
    hits = list(_cues._trigger_hits(text, _scan.lowered(text)))
    assert hits == _plain_hits(text)
    assert len(hits) > 100


def _naive_abbreviation(text: str, pos: int) -> bool:
    start = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos)) + 1
    word = text[start:pos].lower().lstrip("(“‘\"'")
    return word in lexicon.load().abbreviations or _text._INITIALS.fullmatch(word) is not None


_WORDS_AND_BREAKS = st.sampled_from(["blz.", "nr.", "Zie", "a.b.", " ", "\n", "(", "12", "Het", "x."])


@given(st.lists(_WORDS_AND_BREAKS, max_size=12))
def test_an_abbreviation_is_read_back_to_the_last_space_or_line_break(pieces: list[str]) -> None:
    text = "".join(pieces)
    abbreviations = lexicon.load().abbreviations
    for pos in range(len(text) + 1):
        assert _text._ends_with_abbreviation(text, pos, abbreviations) == _naive_abbreviation(text, pos)


def test_an_abbreviation_after_a_line_break_does_not_end_the_sentence() -> None:
    text = "Zie het overzicht op\nblz. 12 van het rapport. Daarna volgt meer."
    found = [text[s.start : s.end] for s in _text.sentences(text)]
    assert found == ["Zie het overzicht op", "blz. 12 van het rapport.", "Daarna volgt meer."]


def test_sentences_of_a_paragraph_without_line_breaks_are_split_in_linear_time() -> None:
    """Flattened news: every sentence end looked back to the last line break, the paragraph start."""
    text = "De politie meldt een daling van het aantal inbraken. " * 40_000  # 2 MB, one paragraph
    outcome, detail = in_child(lambda: _text.sentences(text), SENTENCES_BUDGET)
    assert outcome == "ok", detail
    assert len(_text.sentences(text[:5300])) == 100
