"""Question-and-answer interviews printed without quotation marks: every answer is a quote of the
interviewee. Interview notes of a source of type ``interview`` quote their author paragraph by
paragraph; elsewhere, questions on lines of their own that address someone ("u", "je") with
first-person answers under them quote the person introduced before the first question.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from trendbeeld.extract import _speakers
from trendbeeld.extract._document import Document
from trendbeeld.extract._speakers import Attribution
from trendbeeld.model import Quote

LEAD_CHARS = 1200  # the interviewee is named this close before the first question
MIN_PARAGRAPH_WORDS = 8
MAX_QUESTION_WORDS = 25  # a question line of an interview
MIN_INTERVIEW_ANSWERS = 2  # an interview has at least this many questions with answers
_LINE = re.compile(r"[^\n]+")
_QUESTION_END = re.compile(r"\?[ \t]*(?:\n|\Z)")
_QUOTE_MARK = re.compile(r"[“”„«»\"‘’]|(?<!\w)'|'(?!\w)")
_FIRST_PERSON = re.compile(r"(?i)(?<![\w-])(?:ik|we|wij|mijn|me|mij|ons|onze)(?![\w-])")
_FIRST_PERSON_SINGULAR = re.compile(r"(?i)(?<![\w-])(?:ik|mijn|mij)(?![\w-])")
_ADDRESSED = re.compile(r"(?i)(?<![\w-])(?:u|uw|jij|jouw|jullie|je)(?![\w-])")


def interview_paragraphs(doc: Document) -> Iterator[Quote]:
    """Interview notes without quotation marks: every paragraph is the interviewee speaking."""
    meta = doc.source.meta
    if not meta.author:
        return
    for sentence_group in _paragraphs(doc.text):
        start, end = sentence_group
        if len(doc.text[start:end].split()) < MIN_PARAGRAPH_WORDS:
            continue
        span, evidence, page = doc.span(start, end)
        yield Quote(span=span, text=evidence, speaker=meta.author, role=meta.role,
                    organisation=meta.organisation, page=page)


@dataclass(slots=True)
class _Answer:
    question: int  # start of the question line
    start: int
    end: int
    words: int = 0
    first_person: bool = False
    singular: bool = False  # "ik", "mijn": a person speaks, not an organisation's "we"
    addressed: bool = False  # the question speaks to someone ("u", "je")


def interview_answers(doc: Document, known: dict[str, Attribution]) -> Iterator[Quote]:
    """A question-and-answer interview printed without quotation marks: questions on lines of
    their own that address someone ("u", "je"), each followed by answer paragraphs in the first
    person, "ik" among them (an organisation's FAQ answers with "we"). Every answer is one quote
    of the person introduced before the first question."""
    for answers in _qa_passages(doc.text):
        if not _interview_like(answers):
            continue
        person = interviewee(doc, answers[0].question, known)
        if person is None:
            continue
        for answer in answers:
            span, evidence, page = doc.span(answer.start, answer.end)
            yield Quote(span=span, text=evidence, speaker=person.speaker, role=person.role,
                        organisation=person.organisation, page=page)


def _interview_like(answers: list[_Answer]) -> bool:
    half = len(answers) / 2
    return (
        len(answers) >= MIN_INTERVIEW_ANSWERS
        and sum(a.first_person for a in answers) >= half
        and sum(a.addressed for a in answers) >= half
        and any(a.singular for a in answers)
    )


def _next_question_line(text: str, pos: int) -> int:
    mark = _QUESTION_END.search(text, pos)
    return len(text) if mark is None else text.rfind("\n", 0, mark.start()) + 1


def _qa_passages(text: str) -> Iterator[list[_Answer]]:
    """Runs of question lines with the answer paragraphs after them; a short line that is no
    question (a heading) or a quoted paragraph ends a run."""
    answers: list[_Answer] = []
    current: _Answer | None = None
    pos = 0
    while pos < len(text):
        if current is None:  # skip ahead to the next line that ends with a question mark
            pos = _next_question_line(text, pos)
        m = _LINE.match(text, pos)
        if m is None:
            pos += 1
            continue
        pos = m.end()
        line = m.group(0).strip()
        if not line:
            continue
        words = line.split()
        if line.endswith("?") and len(words) <= MAX_QUESTION_WORDS and not _QUOTE_MARK.search(line):
            if current is not None and current.words:
                answers.append(current)
            elif current is not None:  # two questions in a row: no interview here
                yield answers
                answers = []
            current = _Answer(m.start(), m.end(), m.end(), addressed=bool(_ADDRESSED.search(line)))
            continue
        if current is None:
            continue
        if len(words) < MIN_PARAGRAPH_WORDS or _QUOTE_MARK.search(line):
            if current.words:
                answers.append(current)
            yield answers
            answers, current = [], None
            continue
        if not current.words:
            current.start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        current.end = m.start() + len(m.group(0).rstrip())
        current.words += len(words)
        current.first_person = current.first_person or bool(_FIRST_PERSON.search(line))
        current.singular = current.singular or bool(_FIRST_PERSON_SINGULAR.search(line))
    if current is not None and current.words:
        answers.append(current)
    yield answers


def interviewee(
    doc: Document, question: int, known: dict[str, Attribution]
) -> Attribution | None:
    """The person named last in the lead before the first question (a full name)."""
    text = doc.text
    start = _speakers.article_start(text, question, LEAD_CHARS)
    region = text[start:question]
    person: Attribution | None = None
    for m in _speakers.name_pattern().finditer(region):
        found = _speakers.mention(region, m, known)
        if found is not None and len(found.speaker.split()) >= 2:
            person = found
    return person


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    for m in re.finditer(r"[^\n]+", text):
        if not m.group(0).lstrip().startswith("#"):
            yield m.start(), m.end()


# --------------------------------------------------------------------------- answers in running text

MIN_INLINE_ANSWERS = 3  # questions answered by a quotation: an interview printed as running text
MAX_QUESTION_CHARS = 300  # the words between an answer and the question before it
# A question that ends right before an opening mark: "Bewust? ,,Het was …", "…? “Nee, …".
# A question right before an opening mark: "Bewust? ,,Het was …", "Wie? ‘Inderdaad, die.", in the single
# quotation marks of most Dutch papers also the straight one before a capital ("Welk punt? 'Dat het …").
QUESTION_BEFORE_MARK = re.compile(r"\?[ \t]*(?P<mark>,,|[“„\"«‘]|'(?=[A-ZÀ-Ý]))")


def inline_interview(text: str) -> bool:
    """Whether ``text`` holds an interview whose line breaks are lost: several questions each
    answered by a quotation right after the question mark."""
    found = itertools.islice(QUESTION_BEFORE_MARK.finditer(text), MIN_INLINE_ANSWERS)
    return sum(1 for _ in found) >= MIN_INLINE_ANSWERS


def answers_question(text: str, previous_end: int, open_pos: int) -> bool:
    """The quotation at ``open_pos`` answers a question put right before it, after the quotation
    that ended at ``previous_end`` ("….” Bewust? ,,Het was …"): the words between are short and
    end in a question mark."""
    gap = text[previous_end:open_pos]
    return 0 < len(gap) <= MAX_QUESTION_CHARS and gap.rstrip().endswith("?") and "\n\n" not in gap
