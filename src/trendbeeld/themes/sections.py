"""Sections (hoofdstukken en paragrafen): the headings of a report, each with the text it introduces.

Reports reach us as plain text (PDF text layers, Word files, Markdown), so headings are found from
layout and wording, not from styles:

- A **section heading** is a short phrase in sentence case at the start of a block that is followed
  by body text: either in the same block (the heading's wrapped lines continue in lower case, the
  body starts with a capital) or in the next blocks. Body text holds a sentence of some words; a
  short paragraph, or one that ends in a colon or mid-sentence, runs on into the next block.
  Markdown headings (``## Titel``) count too.
- Not headings: the document's title (its first block), lines that end in a full stop, comma or open
  word ("van", "waarvan"; a verb particle as in "Geweld neemt toe" is fine), sentences broken by a
  blank line (the next block starts in lower case), footnotes and citations ("SCP (2015)"), dated
  letters and news bylines, captions ("Figuur 3"), table-of-contents entries, form labels and lists
  without sentences.
- PDF text and text with a paragraph per line may have no blank lines at all: a short title line after
  a finished sentence, under a number line or under a chapter title, followed by running text, starts
  a block of its own (a heading inside a block).
- A **chapter heading** is a short block on its own, followed by another heading rather than by
  body text. Directly above a section it is a section itself (level 1; sub-headings are level 2),
  unless it is a running header (it recurs on many pages, or holds a year). When it names a theme of
  the taxonomy (by name or by a key term), the sections under it get that theme; a numbered chapter
  that names none ends the previous chapter's theme.
- Headings without body text (tables of contents, summary pages) are not sections. A sub-heading
  that recurs in every chapter ("Duiding") is a section each time.
- Not sections either (shared/gold/dev/CONVENTIONS.md): the foreword and its sub-headings, tables of
  contents and colophons, bylines, labels under a table and table column headers, table and chart
  titles ("Activiteitentabel"), running headers and page numbers, the questions of a question list
  or interview (three or more question headings), and news subheads: a news source has no sections,
  nor has a text laid out as news (unwrapped paragraphs, short unnumbered subheads over short
  passages, quotations with a speaker) or one with quotation after quotation; nor are the fields of
  a letter's heading ("Betreft ...").
  A compilation of news articles and one news article have no sections at all; a text whose
  paragraphs are whole articles or pages keeps only the numbered headings and headings in
  capitals inside its lines (see :mod:`trendbeeld.themes._newstext`).
- A numbered heading's level is its number's depth ("3" 1, "3.2" 2); a footnote marker glued to a
  heading's last word is not part of its title. Numbers may be digits, Roman numerals, letters
  ("A.", "b.") or carry "§"; a chapter label on its own line ("Hoofdstuk 2") stands above the
  chapter's title. A chapter title stands directly above its first section: not over table cells
  (a row label), and an unnumbered line above a numbered chapter is a title or label. A person's
  name on a line of its own (a caption) is no section.

A section's theme is its chapter's theme when the chapter names one; otherwise the theme whose
profile (see :mod:`trendbeeld.themes.profiles`) best fits its heading and the text under it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from trendbeeld import months
from trendbeeld.cutwords import unwrap
from trendbeeld.model import Section, Source, SourceType, Span, Taxonomy, Theme
from trendbeeld.stemming import stems
from trendbeeld.themes._flatsections import FlatHeading, capital_headings, numbered_headings
from trendbeeld.themes._newstext import is_news, lost_line_breaks
from trendbeeld.themes.profiles import Profiles
from trendbeeld.themes.taxonomy import top_level

MAX_TITLE_CHARS = 110
MAX_TITLE_WORDS = 14
MAX_TITLE_LINES = 3
MIN_BODY_CHARS = 80
# A heading never ends in a word that needs a continuation: an article, a conjunction, a relative
# word, a preposition or an auxiliary verb.
OPEN_ENDINGS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "van",
        "voor",
        "met",
        "tot",
        "te",
        "naar",
        "als",
        "dan",
        "dat",
        "die",
        "dit",
        "deze",
        "zijn",
        "haar",
        "hun",
        "is",
        "wordt",
        "werd",
        "niet",
        "ook",
        "maar",
        "nog",
        "waarvan",
        "waarin",
        "waarbij",
        "waardoor",
        "waarmee",
        "waarop",
        "zoals",
        "omdat",
        "doordat",
        "terwijl",
        "zodat",
        "wanneer",
        "tussen",
        "tegen",
        "zonder",
        "via",
        "per",
    ]
)
# Prepositions that also end a heading as the particle of a verb: "Geweld neemt toe", "Onrust houdt
# aan", "Drugshandel zet door", "Criminaliteit verplaatst zich online".
PARTICLES = frozenset(["aan", "af", "bij", "door", "in", "mee", "om", "op", "over", "toe", "uit"])
VERB_ENDINGS = ("t", "en", "zich")
NUMBERING = re.compile(r"^(?:§\s*)?(?:\d+(?:\.\d+)*[.)]?|[IVX]+\.|[A-Za-z][.)])\s+")
CHAPTER_NUMBER = re.compile(r"^(?:(?:hoofdstuk\s+)?\d+\.?|[IVX]+\.)\s+\D", re.IGNORECASE)
# Running text gathered after a heading: at most this many blocks, until it holds a full sentence.
MAX_BODY_BLOCKS = 3
MIN_WIDTH_LINES = 5
WIDTH_QUANTILE = 0.75
MAX_BODY_LINES = 8  # the lines under a heading inside a block that must hold a sentence
MIN_SENTENCE_WORDS = 5
# A 'heading' whose last line is this wide, relative to the lines under it, opens a paragraph.
FULL_LINE_SHARE = 0.85
# Lines that look like headings but are not: a reference or footnote, a dated letter or byline,
# a caption, a table-of-contents entry (dot leaders or a trailing page number).
CITATION = re.compile(r"\((?:[^()]*\D)?(?:19|20)\d\d[a-z]?\)")
FULL_DATE = re.compile(rf"\b\d{{1,2}}\s+(?:{months.alternation()})\s+(?:19|20)\d\d\b", re.IGNORECASE)
CAPTION = re.compile(
    r"^(?:figuur|tabel|grafiek|afbeelding|kaart|foto|bron|figure|table|source)\b(?!\s+(?:en|van)\b)",
    re.IGNORECASE,
)
# The last part of a compound that makes a heading a caption ('Activiteitentabel', 'Trendgrafiek').
CAPTION_WORDS = ("tabel", "grafiek", "figuur", "infographic", "schema", "diagram")
MAX_CHAPTER_NUMBER = 30
CHAPTER_LABEL = re.compile(r"^(?:(?:hoofdstuk|deel|bijlage)\s+)?(?:\d+|[IVX]+)\.?$", re.IGNORECASE)
LETTER_FIELD = re.compile(
    r"^(?:(?:betreft|onderwerp|(?:ons |uw )?kenmerk|uw brief)\b"
    r"|(?:datum|bijlagen?|aan|van|cc|afschrift)\s*:)",
    re.IGNORECASE,
)
MIN_RUNNING_YEAR_LINES = 2
FOOTNOTE_MARKER = re.compile(r"(?<=[a-zà-ÿ]{3})(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$")
MAX_DATELINE_WORDS = 10
CONTENTS_ENTRY = re.compile(r"(?:\.{3,}|…|(?:\s\.){3,}|\s\d{1,3})$")
MARKDOWN = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
BULLET = re.compile(r"^[•\-–*·\u25aa\uf0b7]")
CHAPTER_OVERLAP = 0.5
# Words in theme names that do not name a theme in a chapter title: "Veiligheid" is no chapter on
# "Zorg en veiligheid", "Ontwikkelingen" none on "Mondiale ontwikkelingen".
GENERIC_NAME_WORDS = ("en", "veiligheid", "ontwikkelingen")
# A section's theme: its heading's fit weighs this much, the text under it (up to the next heading,
# at most THEME_CONTEXT_CHARS) the rest.
HEADING_WEIGHT = 0.5
THEME_CONTEXT_CHARS = 1500
MAX_CHAPTER_CHARS = 40
QUOTE_MARKS = "“„\"'‘«"
FOOTNOTE = re.compile(r"^\d{1,2}\s+[A-Z“‘\"']")  # "4 Concurrentie tussen mantelzorg en ..."
# A sentence ends inside a line: a word and a stop, then a capital (not after an abbreviation such as
# 'art.' or 'Sr.'); or a question or exclamation mark followed by more words.
SENTENCE_INSIDE = re.compile(r"(\w+)[.]\s+[A-Z]|[!?]\s+\S")
_ABBREVIATIONS = "art artt nr nrs jo sr sv bijv bv ca resp vgl zgn blz pag mr dr drs prof ir st min max"
ABBREVIATIONS = frozenset(_ABBREVIATIONS.split())
SENTENCE_END = re.compile(r"[.!?][)’”\"']*$")
NUMERIC_CELL = re.compile(r"(?:^|\s)[-+]?\d[\d.,]*\s?%?$")
MIN_TABLE_ROWS = 2
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
MAX_CHAPTER_WORDS = 8
RUNNING_MIN_TIMES = 3  # a heading line that recurs this often is a running header
FRONT_MATTER = frozenset(["voorwoord", "woord vooraf", "inhoud", "inhoudsopgave", "colofon"])
# The foreword's sub-headings are not sections either: those up to the next chapter title, within about
# two pages of the foreword's heading.
FOREWORD = frozenset(["voorwoord", "woord vooraf"])
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
SPEECH_VERBS = (
    r"(?:zegt|zei|zeggen|aldus|vertelt|vertelde|stelt|stelde|schrijft|schreef|meldt|meldde|reageert|reageerde"
    r"|benadrukt|verklaart|verklaarde|waarschuwt|laat\s+\w+\s+weten|liet\s+\w+\s+weten)"
)
# A quotation with its speaker: the verb after the closing mark, or before a colon and the opening mark.
ATTRIBUTED_QUOTATION = re.compile(
    rf"[’'”\"][,.]?\s+{SPEECH_VERBS}\b|\b{SPEECH_VERBS}\b[^.\n]{{0,60}}:\s*[‘'“\"„]"
)
NUMBER_ONLY = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.?)$")
# A line at most this share of its block's widest line is short enough to be a heading inside the block.
SHORT_LINE_SHARE = 0.7


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    raw: str

    @property
    def text(self) -> str:
        return self.raw.strip()


@dataclass(frozen=True, slots=True)
class _Heading:
    lines: tuple[_Line, ...]
    body: str
    level: int

    @property
    def title(self) -> str:
        return _without_footnote_marker(unwrap([line.raw for line in self.lines]).strip())


@dataclass(frozen=True, slots=True)
class _Chapter:
    """A short heading block without body text of its own: a chapter title, or a running label."""

    lines: tuple[_Line, ...]
    running: bool = False

    @property
    def title(self) -> str:
        return _without_footnote_marker(unwrap([line.raw for line in self.lines]).strip())


def _without_footnote_marker(title: str) -> str:
    """A title without the footnote marker glued to its last word ('Fiscale delicten2', 'Opsporing¹')."""
    return FOOTNOTE_MARKER.sub("", title)


def _blocks(text: str) -> Iterator[list[_Line]]:
    """Runs of non-blank lines, with their offsets; a page break (form feed) also ends a run."""
    block: list[_Line] = []
    offset = 0
    for raw in text.split("\n"):
        for piece in raw.split("\f"):
            end = offset + len(piece)
            if piece.strip():
                block.append(_Line(offset, end, piece))
            if (not piece.strip() or end < offset + len(raw)) and block:
                yield block
                block = []
            offset = end + 1
    if block:
        yield block


def _paragraphs(text: str) -> list[list[_Line]]:
    """The text's blocks, with a block split where a heading sits inside it (PDF text without blank lines)."""
    out: list[list[_Line]] = []
    for found in _blocks(text):
        block = found
        if len(found) > 1 and CHAPTER_LABEL.match(found[0].text):
            out.append(found[:1])  # "Hoofdstuk 2" on a line of its own above the chapter's title
            block = found[1:]
        widths = sorted(len(line.text) for line in block)
        # The usual width of running text (not the widest line, nor one pulled down by headings);
        # a short block is as wide as its widest line.
        width = widths[int(WIDTH_QUANTILE * len(widths))] if len(widths) >= MIN_WIDTH_LINES else widths[-1]
        current: list[_Line] = []
        for k, line in enumerate(block):
            if current and _inner_heading(block, k, width, opens=len(current) == 1):
                out.append(current)
                current = []
            current.append(line)
        out.append(current)
    return out


def _inner_heading(block: list[_Line], k: int, width: int, *, opens: bool = False) -> bool:
    """Whether line ``k`` of a block is a heading of its own: a short title line after a finished
    sentence (or under a title line that ``opens`` the block being built), followed by running text
    in sentence case."""
    line, previous = block[k].text, block[k - 1].text
    after = block[k + 1 : k + 1 + MAX_BODY_LINES]
    short_title = "\t" not in block[k].raw and len(line) <= SHORT_LINE_SHARE * width
    if not (short_title and _is_title_start(line) and _title_ok([block[k]])):
        return False
    if not after:  # the block's last line, after a finished paragraph: the blocks after it decide
        return k >= 1 and bool(SENTENCE_END.search(previous)) and len(previous) > len(line)
    first = after[0].text
    if not _is_title_start(first) or len(first) <= len(line) or not _has_sentence(_joined(after)):
        return False  # a list of labels, or a table
    if SENTENCE_END.search(previous) or NUMBER_ONLY.match(previous):
        return True  # after a finished sentence, or under a heading's number on its own line
    # Under another heading line (a chapter title above a sub-heading): the block's first line, or a
    # short title line after a finished sentence.
    above = block[k - 2].text if k >= 2 else ""
    heading_above = len(previous) <= SHORT_LINE_SHARE * width and _title_ok([block[k - 1]])
    return heading_above and (opens or bool(SENTENCE_END.search(above)) or bool(NUMBER_ONLY.match(above)))


def _is_title_start(line: str) -> bool:
    line = NUMBERING.sub("", line)
    return bool(line) and line[0].isupper() and not BULLET.match(line)


def _is_continuation(line: str) -> bool:
    """Whether a block starts in the middle of a sentence (after a blank line in running text)."""
    return line.lstrip(QUOTE_MARKS)[:1].islower()


def _title_ok(lines: list[_Line]) -> bool:
    title = unwrap([line.raw for line in lines]).strip()
    words = title.split()
    if not words or len(title) > MAX_TITLE_CHARS or len(words) > MAX_TITLE_WORDS:
        return False
    if title[-1] in ".,;:!“”\"'(<>»«|/+=*#" or title[0] in "“\"'(" or title.count("(") != title.count(")"):
        return False  # a question may be a heading ("Vertrouwen: een neerwaartse trend?")
    ends = SENTENCE_INSIDE.finditer(NUMBERING.sub("", title))
    if any(not m.group(1) or m.group(1).lower() not in ABBREVIATIONS for m in ends):
        return False  # a sentence ends inside: this is body text (not an abbreviation: 'art. 273f Sr')
    if sum(ch.isdigit() for ch in title) > len(title) / 4:
        return False  # a line of figures or page numbers
    return not _is_reference(title) and _ends_closed([w.lower() for w in words])


def _is_dateline(line: str) -> bool:
    """A short line with a full date under a 'heading': the sender or outlet of a letter or news item."""
    return bool(FULL_DATE.search(line)) and len(line.split()) <= MAX_DATELINE_WORDS


def _is_reference(title: str) -> bool:
    """A footnote or citation, a dated letter or byline, a caption, or a table-of-contents entry."""
    return bool(
        CITATION.search(title)
        or FULL_DATE.search(title)
        or CAPTION.match(title)
        or (CONTENTS_ENTRY.search(title) and " " in title)
    )


def _ends_closed(words: list[str]) -> bool:
    """Whether the last word can end a heading (a particle only after a verb or 'zich')."""
    if words[-1] in OPEN_ENDINGS:
        return False
    return words[-1] not in PARTICLES or (len(words) > 2 and words[-2].endswith(VERB_ENDINGS))


def _is_chapter_line(line: _Line) -> bool:
    return (
        line.raw[:1].isspace()
        and len(line.text) <= MAX_CHAPTER_CHARS
        and _is_title_start(line.text)
        and _title_ok([line])
    )


def _has_sentence(text: str) -> bool:
    """Whether ``text`` holds a sentence of some words ending in a full stop (not 'i.v.m. agendapunt')."""
    words = 0
    tokens = text.split()
    for number, token in enumerate(tokens, 1):
        # A colon or semicolon at the very end ends a sentence before a list, or a list item.
        if token[-1:] not in (".!?:;" if number == len(tokens) else ".!?"):
            words += 1
            continue
        if "." not in token[:-1] and words + 1 >= MIN_SENTENCE_WORDS:
            return True
        words = 0  # a sentence too short to count, or an abbreviation ('i.v.m.', 'A.P.')
    return False


def _is_body(text: str) -> bool:
    """Running text (not a quotation): long enough and with at least one full sentence."""
    return len(text) >= MIN_BODY_CHARS and text[:1] not in QUOTE_MARKS and _has_sentence(text)


def _wrapped_sentence(head: list[_Line], rest: list[_Line]) -> bool:
    """Whether the 'heading' is the first line of running text that wraps at a capitalised word."""
    width = max(len(x.text) for x in rest)
    return len(rest) >= 2 and len(head[-1].text) >= FULL_LINE_SHARE * width


def _split(block: list[_Line]) -> tuple[list[_Line], list[_Line]]:
    """A block's leading heading lines (sentence-case wrap) and the lines after them."""
    if not _is_title_start(block[0].text):
        return [], block
    head = [block[0]]
    for line in block[1:]:
        first = line.text[:1]
        if len(head) >= MAX_TITLE_LINES or not (first.islower() or head[-1].text[-1:] in "-\u00ad"):
            break
        head.append(line)
    return head, block[len(head) :]


def _joined(block: list[_Line]) -> str:
    return " ".join(x.text for x in block)


def _is_heading_block(block: list[_Line]) -> bool:
    """Whether a block opens with a heading: a Markdown heading, or heading lines over its whole length."""
    head, rest = _split(block)
    return bool(MARKDOWN.match(block[0].text)) or (bool(head) and not rest and _title_ok(head))


def _carries_on(text: str, line: str) -> bool:
    """Whether a block starting with ``line`` carries on the running text ``text`` after a blank line."""
    if text.endswith(":"):
        return len(text.split()) >= MIN_SENTENCE_WORDS  # a list introduced by a sentence, not a form label
    if text.endswith(";"):
        return bool(BULLET.match(line)) or _is_continuation(line)  # the next item of a list
    if SENTENCE_END.search(text):
        return not BULLET.match(line)  # the next paragraph
    # mid-sentence: a sentence broken by a blank line goes on in lower case or with a figure ("75-plussers")
    return _is_continuation(line) or line.lstrip(QUOTE_MARKS)[:1].isdigit()


def _body_after(blocks: list[list[_Line]], i: int, text: str = "") -> str:
    """``text`` with the running text after block ``i``: the paragraphs that follow, up to a heading."""
    body = text
    counted = 0
    for block in blocks[i + 1 :]:
        if _is_body(body) or counted >= MAX_BODY_BLOCKS:
            break  # enough running text to tell a section from a label
        line = block[0].text
        counted += 0 if BULLET.match(line) and body.endswith((":", ";")) else 1  # a list counts as one block
        if body and not _carries_on(body, line):
            break
        if (
            (line[:1] in QUOTE_MARKS and not _is_continuation(line))
            or FOOTNOTE.match(line)
            or _is_heading_block(block)
            or _opens_section(block)
        ):
            break
        body = f"{body} {_joined(block)}".strip()
    return body


def _opens_section(block: list[_Line]) -> bool:
    """Whether a block is a heading followed, in the same block, by its body text."""
    head, rest = _split(block)
    return bool(head and rest) and _title_ok(head) and not _wrapped_sentence(head, rest)


def _markdown(blocks: list[list[_Line]], i: int, found: re.Match[str]) -> _Heading:
    line = blocks[i][0]
    offset = line.raw.index(found.group(2))
    heading = _Line(line.start + offset, line.start + offset + len(found.group(2)), found.group(2))
    body = _body_after(blocks, i, _joined(blocks[i][1:]))
    return _Heading((heading,), body, len(found.group(1)))


def _is_document_title(block: list[_Line]) -> bool:
    """The title of the whole document (its first block): a level-1 or an unnumbered heading alone."""
    markdown = MARKDOWN.match(block[0].text)
    if markdown:
        return len(markdown.group(1)) == 1
    return _is_heading_block(block) and not NUMBERING.match(block[0].text)


def _headings(text: str) -> Iterator[_Heading | _Chapter]:
    """Section headings, and chapter candidates (short blocks without body), in text order."""
    blocks = _paragraphs(text)
    for i, block in enumerate(blocks):
        if i == 0 and _is_document_title(block):
            continue
        if i > 0 and _is_table_label(blocks[i - 1], block):
            continue  # a label under a table ('Gerealiseerd'), not a heading
        if MARKDOWN.match(block[0].text):
            yield _markdown_heading(blocks, i)
            continue
        following = blocks[i + 1] if i + 1 < len(blocks) else []
        head, rest = _split(block)
        if len(block) > 1 and _is_chapter_line(block[-1]) and following and _split(following)[0]:
            yield _Chapter((block[-1],), running=True)  # a running label at the foot of a block
        if not head or not _title_ok(head):
            continue
        if rest:
            if len(rest) == 1 and _title_ok(rest):
                yield _Chapter(tuple(head))  # a chapter label above a heading in the same block
                continue
            found = _heading_over(blocks, i, head, rest)
            if found is not None:
                yield found
            continue
        if not following or _is_continuation(following[0].text):
            continue  # a sentence broken by a blank line, not a heading
        body = _body_after(blocks, i)
        if not _opens_section(following) and not _is_heading_block(following) and _is_body(body):
            yield _Heading(tuple(head), body, 2)
        elif len(head) <= 2:
            yield _Chapter(tuple(head))  # a chapter heading (or a label) above the next heading


def _heading_over(blocks: list[list[_Line]], i: int, head: list[_Line], rest: list[_Line]) -> _Heading | None:
    """The heading ``head`` over the lines ``rest`` of its block, when those start its body text."""
    if NUMERIC_CELL.search(rest[0].text) and not _has_sentence(_joined(rest[:MAX_TITLE_LINES])):
        return None  # a table's column header above its figures (running text wraps at a figure)
    body = _joined(rest)
    if not _is_body(body):
        body = _body_after(blocks, i, body)
    if _is_body(body) and not _wrapped_sentence(head, rest) and not _is_dateline(rest[0].text):
        return _Heading(tuple(head), body, 2)
    return None


def _markdown_heading(blocks: list[list[_Line]], i: int) -> _Heading | _Chapter:
    """A Markdown heading: a section over its body, or a chapter above its sections."""
    found = MARKDOWN.match(blocks[i][0].text)
    assert found is not None
    heading = _markdown(blocks, i, found)
    return heading if heading.body else _Chapter(heading.lines)


def _is_table(block: list[_Line]) -> bool:
    """Whether a block holds table rows: at least two lines that end in a figure."""
    return sum(1 for line in block if NUMERIC_CELL.search(line.text)) >= MIN_TABLE_ROWS


def _is_table_label(before: list[_Line], block: list[_Line]) -> bool:
    """A short block under a table ('Gerealiseerd'), not a heading; a table of contents is no table."""
    return _is_table(before) and not _is_contents(before) and len(block) <= MAX_TITLE_LINES


def _is_contents(block: list[_Line]) -> bool:
    """Whether a block is a table of contents: under its own heading ('Inhoud'), or entries that
    start with a section number and end with a page number."""
    if NUMBERING.sub("", block[0].text).strip().lower().rstrip(":") in FRONT_MATTER - FOREWORD:
        return True
    entries = [line.text for line in block if NUMERIC_CELL.search(line.text)]
    return all(NUMBERING.match(entry) for entry in entries)


def _chapter_theme(lines: tuple[_Line, ...], taxonomy: Taxonomy) -> str | None:
    """The top-level theme a chapter heading names, if it names one: by its name or a key term."""
    generic = set(stems(" ".join(GENERIC_NAME_WORDS)))
    title = {s for s in stems(unwrap([x.raw for x in lines])) if not s.isdigit()} - generic
    if not title:
        return None
    best, best_fit = None, 0.0
    for theme in taxonomy.themes:
        name = set(stems(theme.name)) - generic
        shared = len(title & name)
        if theme.parent or not name or shared / len(name) < CHAPTER_OVERLAP or len(title) > len(name) + 2:
            continue
        fit = shared / len(name) + shared / len(
            title
        )  # "Georganiseerde criminaliteit" is not "Criminaliteit"
        if fit > best_fit:
            best, best_fit = theme.key, fit
    return best or _named_by_key_term(title, taxonomy)


def _named_by_key_term(title: set[str], taxonomy: Taxonomy) -> str | None:
    """The one top-level theme with a key term that is the whole chapter title ("Ondermijning")."""
    named = {
        top.key
        for theme in taxonomy.themes
        if any(set(stems(term)) == title for term in theme.key_terms)
        and (top := top_level(taxonomy, theme.key)) is not None
    }
    return named.pop() if len(named) == 1 else None


def _is_chapter_number(lines: tuple[_Line, ...]) -> bool:
    """Whether a chapter heading is numbered as a chapter ("3 Jeugd", "3. Jeugd", "III. Jeugd")."""
    return bool(CHAPTER_NUMBER.match(lines[0].text))


def _section_text(text: str, headings: list[_Heading | _Chapter], index: int) -> str:
    """The text under heading ``index`` up to the next heading, at most THEME_CONTEXT_CHARS long."""
    start = headings[index].lines[-1].end
    following = [h.lines[0].start for h in headings[index + 1 :]]
    end = min([*following, start + THEME_CONTEXT_CHARS])
    return " ".join(text[start:end].split())


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
    headings: list[_Heading | _Chapter], index: int, lines: Counter[str], text: str
) -> bool:
    """Whether a chapter candidate is a chapter title: directly above a section (nothing but a
    number between them, not the cells of a table), not a running header (a title with a year, or a
    line that recurs on many pages) and not a label of the page."""
    chapter = headings[index]
    if not isinstance(chapter, _Chapter) or chapter.running or index + 1 >= len(headings):
        return False
    title = chapter.title
    following = headings[index + 1]
    above_chapter = _is_chapter_number(following.lines) and not NUMBERING.match(chapter.lines[0].text)
    if not isinstance(following, _Heading) or YEAR.search(title) or above_chapter:
        return False  # an unnumbered line above a numbered chapter is a title or a label
    between = text[chapter.lines[-1].end : headings[index + 1].lines[0].start].split()
    if len(between) > 1 or (between and not NUMBER_ONLY.match(between[0])):
        return False  # a table row label above its cells ('Enexis', '1,48', '1,65', …)
    if len(title.split()) > MAX_CHAPTER_WORDS:
        return False
    before = headings[index - 1] if index else None
    if isinstance(before, _Chapter) and not CHAPTER_LABEL.match(before.title):
        return False  # the last of a run of labels (an infographic, a table's header, a page's header)
    return lines[chapter.lines[0].text] < RUNNING_MIN_TIMES


def _is_news_layout(text: str, kept: list[_Heading | _Chapter]) -> bool:
    """Whether the text is news (articles with subheads) rather than a report: unwrapped paragraphs,
    short unnumbered subheads over short passages, and quotations. News subheads are not sections."""
    blocks = list(_blocks(text))
    numbered = any(NUMBERING.match(h.lines[0].text) for h in kept)
    if numbered or any(NUMBER_ONLY.match(b[-1].text) for b in blocks):
        return False  # numbered headings: a report or a guideline
    quotations = len(ATTRIBUTED_QUOTATION.findall(text))
    if quotations >= MIN_NEWS_QUOTATIONS and quotations >= NEWS_QUOTATION_DENSITY * len(text) / 10_000:
        return True  # quotation after quotation, each with its speaker: news, whatever its layout
    paragraphs = [b for b in blocks if len(_joined(b)) >= MIN_BODY_CHARS]
    if not paragraphs or sum(1 for b in paragraphs if len(b) == 1) < UNWRAPPED_SHARE * len(paragraphs):
        return False
    subheads = [i for i, h in enumerate(kept) if len(h.title.split()) <= SUBHEAD_WORDS]
    if len(subheads) < MIN_SUBHEADS or quotations < MIN_QUOTATIONS:
        return False
    ends = [h.lines[0].start for h in kept[1:]] + [len(text)]
    lengths = sorted(ends[i] - kept[i].lines[-1].end for i in subheads)
    return lengths[len(lengths) // 2] < MAX_SUBHEAD_PASSAGE


def _is_furniture(heading: _Heading | _Chapter, lines: Counter[str]) -> bool:
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


def _selected(headings: list[_Heading | _Chapter], text: str) -> list[int]:
    """The indices of the headings that are sections."""
    kept: list[_Heading | _Chapter] = []
    lines = Counter(line.strip() for line in text.split("\n"))  # how often each line recurs
    foreword_end = -1
    for index, heading in enumerate(headings):
        if isinstance(heading, _Chapter) and not _is_chapter_section(headings, index, lines, text):
            continue
        start = heading.lines[0].start
        chapter_level = isinstance(heading, _Chapter) or bool(NUMBERING.match(heading.lines[0].text))
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


def sections(source: Source, taxonomy: Taxonomy | None = None) -> list[Section]:
    """The sections of ``source``; with a taxonomy, each gets a theme and that theme's impact.

    A section's theme is its chapter's when the chapter names one; otherwise the theme that fits its
    heading (weighing HEADING_WEIGHT) and the text under it best.
    """
    if source.meta.type is SourceType.NEWS or is_news(source.text):
        return []  # a news article's subheads are not sections, nor a compilation's titles
    profiles = Profiles.build(taxonomy) if taxonomy else None
    by_key = {t.key: t for t in taxonomy.themes} if taxonomy else {}
    if lost_line_breaks(source.text):  # only numbered headings and headings in capitals show
        flat = sorted(
            [*numbered_headings(source.text), *capital_headings(source.text)], key=lambda h: h.start
        )
        kept = [h for i, h in enumerate(flat) if not i or flat[i - 1].end <= h.start]
        return [_flat_section(source, h, profiles, by_key) for h in kept]
    found: list[Section] = []
    headings = list(_headings(source.text))
    for index in _selected(headings, source.text):
        heading = headings[index]
        theme_key: str | None = None
        if taxonomy is not None and profiles is not None:
            chapter = _chapter_of(headings[:index], taxonomy)
            if isinstance(heading, _Chapter):
                chapter = _chapter_theme(heading.lines, taxonomy)
            if isinstance(heading, _Chapter):  # a chapter's text runs on under its sections
                start = heading.lines[-1].end
                body = " ".join(source.text[start : start + THEME_CONTEXT_CHARS].split())
            else:
                body = _section_text(source.text, headings, index) or heading.body
            theme_key = chapter or profiles.best_top(heading.title, body, heading_weight=HEADING_WEIGHT)
        theme = by_key.get(theme_key) if theme_key else None
        start, end = heading.lines[0].start, heading.lines[-1].end
        start += len(heading.lines[0].raw) - len(heading.lines[0].raw.lstrip())
        end -= len(heading.lines[-1].raw) - len(heading.lines[-1].raw.rstrip())
        found.append(
            Section(
                span=Span(source.id, start, end),
                text=source.text[start:end],
                title=heading.title,
                level=_level(heading),
                theme=theme.name if theme else None,
                impact=theme.impact if theme else None,
                page=source.page_at(start),
            )
        )
    return found


def _flat_section(
    source: Source, heading: FlatHeading, profiles: Profiles | None, by_key: dict[str, Theme]
) -> Section:
    """A numbered heading found inside a line (line breaks lost) as a section."""
    body = " ".join(source.text[heading.end : heading.end + THEME_CONTEXT_CHARS].split())
    key = profiles.best_top(heading.title, body, heading_weight=HEADING_WEIGHT) if profiles else None
    theme = by_key.get(key) if key else None
    return Section(
        span=Span(source.id, heading.start, heading.end),
        text=source.text[heading.start : heading.end],
        title=heading.title,
        level=heading.level,
        theme=theme.name if theme else None,
        impact=theme.impact if theme else None,
        page=source.page_at(heading.start),
    )


def _level(heading: _Heading | _Chapter) -> int:
    """A numbered heading's depth ('3' 1, '3.2' 2, '3.2.1' 3); else 1 for a chapter, the heading's own."""
    number = re.match(r"^(\d+(?:\.\d+)*)\.?\s", heading.lines[0].text)
    if number:
        return number.group(1).count(".") + 1
    return heading.level if isinstance(heading, _Heading) else 1


def _chapter_of(before: list[_Heading | _Chapter], taxonomy: Taxonomy) -> str | None:
    """The theme named by the chapter the headings ``before`` a section leave open, if any."""
    chapter: str | None = None
    for heading in before:
        if isinstance(heading, _Chapter):
            named = _chapter_theme(heading.lines, taxonomy)
            # A numbered chapter that names no theme ends the previous chapter's theme.
            chapter = named or (None if _is_chapter_number(heading.lines) else chapter)
    return chapter
