"""Whole-text scans made cheaper (issue 10, speed) find what the patterns find over the whole text:
the interview answers under a question on a line of its own (``_quote_continuation``)."""

from __future__ import annotations

from trendbeeld.extract import _quote_continuation, _quote_interviews

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
