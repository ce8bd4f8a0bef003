"""Scans made cheaper (issue 10, speed) find what the patterns find: the interview answers under a
question on a line of its own (``_quote_continuation``, a scan of the whole text) and a caption after
a quote (``_quote_attribution._caption_after``, tried only after a letter)."""

from __future__ import annotations

from trendbeeld.extract import _quote_continuation, _quote_interviews
from trendbeeld.extract._quote_attribution import _caption_after

_QUESTIONS_AND_ANSWERS = [
    "Wij spraken met Karin de Boer.\n\nWat is er veranderd?\n“Veel meer jongeren op straat.”\n\n"
    "Hoe reageren de bewoners?\n\n  “Ze zijn begripvol.”\n",
    "Vraag?\n,,Ja.\nEcht?\n,,Nee.",
    "  a?\n“Nee", "x\n?\n'y", "?\n\"a", "Wat nu? \t\n\t‘Ja’\nEn toen?\n„Niets",
    "Vraag?\n,,Echt?\n,,Ja", "Een vraag? En nog een?\n“Antwoord”", "Geen vraag.\n“Een citaat”",
]


def _found_by_whole_scan(text: str) -> dict[int, int]:
    found = {}
    for m in _quote_continuation._QUESTION_ANSWER.finditer(text):
        if len(m.group("question").split()) <= _quote_interviews.MAX_QUESTION_WORDS:
            found[m.start("mark")] = m.start("question")
    return found


def test_interview_answers_are_the_answers_a_scan_of_the_whole_text_finds() -> None:
    for text in _QUESTIONS_AND_ANSWERS:
        expected = _quote_continuation._interviews(text, _found_by_whole_scan(text))
        assert _quote_continuation.interview_answers(text) == expected, text
    assert _found_by_whole_scan(_QUESTIONS_AND_ANSWERS[0])  # the examples hold answers


def test_a_caption_after_a_quote_is_read_after_the_letter_test() -> None:
    caption = _caption_after(" \t\n \tJan de Vries, directeur van de woningcorporatie\n")
    assert caption is not None and caption.speaker == "Jan de Vries"
    colon = _caption_after("\n  Jan de Vries:\nHet gaat goed.")
    assert colon is not None and colon.speaker == "Jan de Vries"
    dash = _caption_after("\n– Jan de Vries, directeur")
    assert dash is not None and dash.speaker == "Jan de Vries"
    assert _caption_after(", zegt Jan de Vries, directeur.") is None
    assert _caption_after("\n\nJan de Vries, directeur\n") is None  # a blank line: no caption line
