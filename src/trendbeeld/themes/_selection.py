"""Which headings are sections: the furniture, front matter and layouts that are not.

Not sections (shared/gold/dev/CONVENTIONS.md): the foreword and its sub-headings, tables of contents
and colophons, bylines and a person's name on a line of its own (a caption), table and chart titles
("Activiteitentabel"), running headers and page numbers, the fields of a letter's heading
("Betreft ..."), the questions of a question list or interview (three or more question headings),
and news subheads: a text laid out as news (unwrapped paragraphs, short unnumbered subheads over
short passages, quotations with a speaker) or one with quotation after quotation has no sections.

A chapter candidate (:class:`._headings.Chapter`) is a chapter title, and so a section of level 1,
when it stands directly above a section: not over table cells (a row label), not a running header
(it recurs on many pages, or holds a year), not the last of a run of labels, and not an unnumbered
line above a numbered chapter (a title or a label).
"""

from __future__ import annotations

import re
from collections import Counter

from trendbeeld import newswords
from trendbeeld.themes._headings import (
    CHAPTER_LABEL,
    FOREWORD,
    FRONT_MATTER,
    MIN_BODY_CHARS,
    NUMBER_ONLY,
    NUMBERING,
    Chapter,
    Heading,
    is_chapter_number,
    joined,
    text_blocks,
)

# The last part of a compound that makes a heading a caption ('Activiteitentabel', 'Trendgrafiek').
CAPTION_WORDS = ("tabel", "grafiek", "figuur", "infographic", "schema", "diagram")
MAX_CHAPTER_NUMBER = 30
LETTER_FIELD = re.compile(
    r"^(?:(?:betreft|onderwerp|(?:ons |uw )?kenmerk|uw brief)\b"
    r"|(?:datum|bijlagen?|aan|van|cc|afschrift)\s*:)",
    re.IGNORECASE,
)
MIN_RUNNING_YEAR_LINES = 2
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
MAX_CHAPTER_WORDS = 8
RUNNING_MIN_TIMES = 3  # a heading line that recurs this often is a running header
FOREWORD_MAX_CHARS = 6000
# Lower-case particles inside a Dutch personal name ('Jan van der Berg', 'Els de Wit').
PERSON_PARTICLES = frozenset(["van", "de", "der", "den", "ter", "ten", "te", "in", "'t"])
MIN_NAME_WORDS = 3
MAX_NAME_WORDS = 5
NAME_PARTICLES = frozenset(["van", "de", "der", "den", "ter", "ten", "het", "en", "von", "la", "le", "du"])
BYLINE_CAPITALS = 0.8
# Questions as headings: this many make the document an interview or a list of questions.
MIN_QUESTIONS = 3
# News layout: this share of paragraphs on one line each (not wrapped), at least MIN_SUBHEADS headings of
# at most SUBHEAD_WORDS words over passages shorter than MAX_SUBHEAD_PASSAGE (median), and quotations.
UNWRAPPED_SHARE = 0.6
SUBHEAD_WORDS = 3
MIN_SUBHEADS = 1
MAX_SUBHEAD_PASSAGE = 1000
MIN_QUOTATIONS = 2
# A text with at least MIN_NEWS_QUOTATIONS quotations with a speaker, NEWS_QUOTATION_DENSITY per 10,000
# characters, is news in any layout (a report quotes now and then, an article all the time).
MIN_NEWS_QUOTATIONS = 4
NEWS_QUOTATION_DENSITY = 3.0


def _is_front_matter(title: str) -> bool:
    """A foreword, table of contents or colophon: not a section of the report."""
    return NUMBERING.sub("", title).strip().lower().rstrip(":") in FRONT_MATTER


def _is_byline(title: str) -> bool:
    """A list of names ('Wim Bernasco, Stijn Ruiter & Steve van de Weijer'), not a heading."""
    words = [w for w in re.findall(r"[^\W\d_]+", title) if w.lower() not in NAME_PARTICLES]
    capitals = sum(1 for w in words if w[0].isupper())
    return bool(re.search(r",|&", title)) and len(words) >= 2 and capitals >= BYLINE_CAPITALS * len(words)


def _is_person_name(title: str) -> bool:
    """A person's name on a line of its own ('Jolanda van Zanen', a caption under a photo or a
    pull quote): capitalised words with a lower-case name particle between them."""
    words = title.split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS or not all(w.isalpha() for w in words):
        return False
    inner = words[1:-1]
    particles = [w for w in inner if w in PERSON_PARTICLES]
    names = [w for w in words if w not in PERSON_PARTICLES]
    return bool(particles) and all(w[0].isupper() and w[1:].islower() for w in names)


def _is_chapter_section(
    headings: list[Heading | Chapter], index: int, lines: Counter[str], text: str
) -> bool:
    """Whether a chapter candidate is a chapter title: directly above a section (nothing but a
    number between them, not the cells of a table), not a running header (a title with a year, or a
    line that recurs on many pages) and not a label of the page."""
    chapter = headings[index]
    if not isinstance(chapter, Chapter) or chapter.running or index + 1 >= len(headings):
        return False
    title = chapter.title
    following = headings[index + 1]
    above_chapter = is_chapter_number(following.lines) and not NUMBERING.match(chapter.lines[0].text)
    if not isinstance(following, Heading) or YEAR.search(title) or above_chapter:
        return False  # an unnumbered line above a numbered chapter is a title or a label
    between = text[chapter.lines[-1].end : headings[index + 1].lines[0].start].split()
    if len(between) > 1 or (between and not NUMBER_ONLY.match(between[0])):
        return False  # a table row label above its cells ('Enexis', '1,48', '1,65', …)
    if len(title.split()) > MAX_CHAPTER_WORDS:
        return False
    before = headings[index - 1] if index else None
    if isinstance(before, Chapter) and not CHAPTER_LABEL.match(before.title):
        return False  # the last of a run of labels (an infographic, a table's header, a page's header)
    return lines[chapter.lines[0].text] < RUNNING_MIN_TIMES


def _is_news_layout(text: str, kept: list[Heading | Chapter]) -> bool:
    """Whether the text is news (articles with subheads) rather than a report: unwrapped paragraphs,
    short unnumbered subheads over short passages, and quotations. News subheads are not sections."""
    blocks = list(text_blocks(text))
    numbered = any(NUMBERING.match(h.lines[0].text) for h in kept)
    if numbered or any(NUMBER_ONLY.match(b[-1].text) for b in blocks):
        return False  # numbered headings: a report or a guideline
    quotations = len(newswords.ATTRIBUTED_QUOTATION.findall(text))
    if quotations >= MIN_NEWS_QUOTATIONS and quotations >= NEWS_QUOTATION_DENSITY * len(text) / 10_000:
        return True  # quotation after quotation, each with its speaker: news, whatever its layout
    paragraphs = [b for b in blocks if len(joined(b)) >= MIN_BODY_CHARS]
    if not paragraphs or sum(1 for b in paragraphs if len(b) == 1) < UNWRAPPED_SHARE * len(paragraphs):
        return False
    subheads = [i for i, h in enumerate(kept) if len(h.title.split()) <= SUBHEAD_WORDS]
    if len(subheads) < MIN_SUBHEADS or quotations < MIN_QUOTATIONS:
        return False
    ends = [h.lines[0].start for h in kept[1:]] + [len(text)]
    lengths = sorted(ends[i] - kept[i].lines[-1].end for i in subheads)
    return lengths[len(lengths) // 2] < MAX_SUBHEAD_PASSAGE


def _is_furniture(heading: Heading | Chapter, lines: Counter[str]) -> bool:
    """A running header (a line with a year that recurs: 'Jaarplan 2024'), a page number before a header
    ('34 Jaarplan 2024'), a field of a letter's heading ('Betreft: ...'), or a table or chart title
    ('Activiteitentabel 2024', 'Tabel 3')."""
    first = heading.lines[0].text
    number = re.match(r"^(\d+)\s", first)
    if number and int(number.group(1)) > MAX_CHAPTER_NUMBER:
        return True  # chapters are not numbered this high: a page number
    if YEAR.search(first) and lines[first] >= MIN_RUNNING_YEAR_LINES:
        return True
    if LETTER_FIELD.match(heading.title):
        return True  # a field of a letter's heading ('Betreft: ...', 'Ons kenmerk: ...')
    head_word = NUMBERING.sub("", heading.title).split()[0].lower()
    return head_word.endswith(CAPTION_WORDS)


def selected(headings: list[Heading | Chapter], text: str) -> list[int]:
    """The indices of the headings that are sections."""
    kept: list[Heading | Chapter] = []
    lines = Counter(line.strip() for line in text.split("\n"))  # how often each line recurs
    foreword_end = -1
    for index, heading in enumerate(headings):
        if isinstance(heading, Chapter) and not _is_chapter_section(headings, index, lines, text):
            continue
        start = heading.lines[0].start
        chapter_level = isinstance(heading, Chapter) or bool(NUMBERING.match(heading.lines[0].text))
        if start < foreword_end and not chapter_level:
            continue  # a sub-heading of the foreword
        if _is_front_matter(heading.title):
            if heading.title.lower() in FOREWORD:
                foreword_end = start + FOREWORD_MAX_CHARS
            continue
        if not (_is_byline(heading.title) or _is_person_name(heading.title) or _is_furniture(heading, lines)):
            kept.append(heading)
    questions = [h for h in kept if h.title.endswith("?")]
    if len(questions) >= MIN_QUESTIONS:  # an interview or a list of questions: the questions are no sections
        kept = [h for h in kept if not h.title.endswith("?")]
    if _is_news_layout(text, kept):
        return []
    chosen = {id(h) for h in kept}
    return [i for i, h in enumerate(headings) if id(h) in chosen]
