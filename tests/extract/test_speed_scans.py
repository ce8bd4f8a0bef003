"""Scans made cheaper (issue 10, speed) find what the patterns find: the interview answers under a
question on a line of its own (``_quote_continuation``, a scan of the whole text) and a caption after
a quote (``_quote_attribution._caption_after``, tried only after a letter) and the periods of a span
(``_context.periods_in``, tried only at a year or a word a period opens with); the number words
found in the scan for the cues (``_scan.words_and_numbers``) are those a scan of their own finds."""

from __future__ import annotations

from trendbeeld.extract import (
    _context,
    _document,
    _figure_amounts,
    _quote_continuation,
    _quote_interviews,
    _scan,
    trends,
)
from trendbeeld.extract._quote_attribution import _caption_after
from trendbeeld.model import Source

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


def test_periods_are_the_matches_of_the_period_pattern() -> None:
    text = ("In de eerste helft van 2020 en de zomer van 2019, juni 2018, 2012-2017, 2019 en 2020. "
            "EERSTE HELFT VAN 2021; Zomer 2022, eersteerste helft 2020, x2020, 12020 en de winter van 1999.")
    doc = _document.analyse(Source.create("periods.txt", text))
    for start, end in ((0, len(doc.text)), (3, 60), (20, 40), (90, len(doc.text) - 5)):
        expected = [(m.span(), m.groups()) for m in _context.PERIOD.finditer(doc.text, start, end)]
        assert [(m.span(), m.groups()) for m in _context.periods_in(doc, start, end)] == expected


def test_number_words_found_with_the_cues_are_those_a_scan_of_their_own_finds() -> None:
    text = ("Twee stijgingen, drie-en-twintig; de tweede helft: twintig procent meer (tien) zestigjarigen. "
            "Het geweld is in opkomst en neemt in toenemende mate toe: tien keer zoveel, een miljoen.")
    doc = _document.analyse(Source.create("numbers.txt", text))  # the cues, with the number words
    with_cues = _figure_amounts.triggers(doc)
    assert _scan.number_hits(doc.text) is None  # read once, and only for the text scanned
    assert _figure_amounts.triggers(doc) == with_cues  # a scan of its own
    assert len(with_cues) > len(doc.digits)


def test_sentences_without_cues_or_marks_are_passed_by_with_the_same_statements() -> None:
    text = ("Het aantal inbraken daalde. Hetzelfde geldt voor autodiefstal. Er is niets gebeurd.\n"
            "DATZELFDE GOLD VOOR fietsen. De politie was aanwezig.")
    doc = _document.analyse(Source.create("same.txt", text))
    statements = trends.statements(doc, None)
    assert [s.phenomenon for s in statements] == ["aantal inbraken", "autodiefstal", "fietsen"]
