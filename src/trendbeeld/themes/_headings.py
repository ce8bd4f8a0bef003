"""Headings found from layout and wording: the candidates for sections (see :mod:`.sections`).

Reports reach us as plain text (PDF text layers, Word files, Markdown), so headings are found from
layout and wording, not from styles:

- A **section heading** is a short phrase in sentence case at the start of a block that is followed
  by body text: either in the same block (the heading's wrapped lines continue in lower case, the
  body starts with a capital) or in the next blocks. Body text holds a sentence of some words; a
  short paragraph, or one that ends in a colon or mid-sentence, runs on into the next block.
  Markdown headings (``## Titel``) count too, and so do titles that open with a bracketed capitalised
  part of their first words ("(Hoger) beroep", "(Bijna-)ongevallen").
- Not headings: the document's title (its first block), lines that end in a full stop, comma or open
  word ("van", "waarvan"; a verb particle as in "Geweld neemt toe" is fine), sentences broken by a
  blank line (the next block starts in lower case), footnotes and citations ("SCP (2015)"), dated
  letters and news bylines, captions ("Figuur 3"), table-of-contents entries, form labels, lists
  without sentences, and labels under a table.
- PDF text and text with a paragraph per line may have no blank lines at all: a short title line after
  a finished sentence, under a number line or under a chapter title, followed by running text, starts
  a block of its own (a heading inside a block).
- A **chapter** candidate is a short block on its own, followed by another heading rather than by
  body text (:class:`Chapter`); whether it is a chapter title or a label is decided in
  :mod:`._selection`. Headings without body text (tables of contents, summary pages) are no
  section headings.
- A **list of one-line topics** between running text (a short heading, then two or more lines that
  name topics without a sentence, then the paragraph about them: "Beeld professionals" /
  "Leegstand" / "Overlast op looproutes" / "Professionals noemen ...") is one section under its
  first line; the topics are list items, not headings.
- Numbers may be digits, Roman numerals, letters ("A.", "b.") or carry "§"; a chapter label on its
  own line ("Hoofdstuk 2") stands above the chapter's title; a footnote marker glued to a heading's
  last word is not part of its title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from trendbeeld import months
from trendbeeld.cutwords import unwrap

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
CHAPTER_LABEL = re.compile(r"^(?:(?:hoofdstuk|deel|bijlage)\s+)?(?:\d+|[IVX]+)\.?$", re.IGNORECASE)
FOOTNOTE_MARKER = re.compile(r"(?<=[a-zà-ÿ]{3})(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$")
MAX_DATELINE_WORDS = 10
CONTENTS_ENTRY = re.compile(r"(?:\.{3,}|…|(?:\s\.){3,}|\s\d{1,3})$")
MARKDOWN = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
BULLET = re.compile(r"^[•\-–*·\u25aa\uf0b7]")
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
FRONT_MATTER = frozenset(["voorwoord", "woord vooraf", "inhoud", "inhoudsopgave", "colofon"])
# The foreword's sub-headings are not sections either: those up to the next chapter title, within about
# two pages of the foreword's heading.
FOREWORD = frozenset(["voorwoord", "woord vooraf"])
# A dot after a letter inside a token: an abbreviation ('i.v.m.', 'A.P.'), not a sentence end; a dot
# between figures is none ('1.500.', '(figuur 2.1.1).').
ABBREVIATION_DOT = re.compile(r"[^\W\d_]\.")
# A title under a section number ('2.1 Minder trajecten gestart', '3. Jeugd'): a heading wherever it stands.
NUMBERED_TITLE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]")
NUMBER_ONLY = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.?)$")
# A title that opens with a bracketed capitalised part of its first words: "(Hoger) beroep",
# "(Bijna-)ongevallen", "(Cyber)criminaliteit"; not "(ANP) De ...", "(zie tabel 3)" or "(markt)partijen".
BRACKETED_START = re.compile(r"^\([A-Z][a-zà-ÿ]+-?\)\s?[a-zà-ÿ]")
# A table's head row of years ('2014 2015 2016 2017', '2018 2019 t/m Q2', '2021 2022 jan-mrt').
YEAR_HEAD = re.compile(r"^(?:19|20)\d\d(?:\s+(?:19|20)\d\d\b)+")
# A list of one-line topics under a heading: at least this many topic lines, at most this many.
MIN_TOPIC_ITEMS = 2
MAX_TOPIC_ITEMS = 12
# A line at most this share of its block's widest line is short enough to be a heading inside the block.
SHORT_LINE_SHARE = 0.7


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    raw: str

    @property
    def text(self) -> str:
        return self.raw.strip()


@dataclass(frozen=True, slots=True)
class Heading:
    lines: tuple[Line, ...]
    body: str
    level: int

    @property
    def title(self) -> str:
        return _without_footnote_marker(unwrap([line.raw for line in self.lines]).strip())


@dataclass(frozen=True, slots=True)
class Chapter:
    """A short heading block without body text of its own: a chapter title, or a running label."""

    lines: tuple[Line, ...]
    running: bool = False

    @property
    def title(self) -> str:
        return _without_footnote_marker(unwrap([line.raw for line in self.lines]).strip())


def _without_footnote_marker(title: str) -> str:
    """A title without the footnote marker glued to its last word ('Fiscale delicten2', 'Opsporing¹')."""
    return FOOTNOTE_MARKER.sub("", title)


def text_blocks(text: str) -> Iterator[list[Line]]:
    """Runs of non-blank lines, with their offsets; a page break (form feed) also ends a run."""
    block: list[Line] = []
    offset = 0
    for raw in text.split("\n"):
        for piece in raw.split("\f"):
            end = offset + len(piece)
            if piece.strip():
                block.append(Line(offset, end, piece))
            if (not piece.strip() or end < offset + len(raw)) and block:
                yield block
                block = []
            offset = end + 1
    if block:
        yield block


def _paragraphs(text: str) -> list[list[Line]]:
    """The text's blocks, with a block split where a heading sits inside it (PDF text without blank lines)."""
    out: list[list[Line]] = []
    for found in text_blocks(text):
        block = found
        if len(found) > 1 and CHAPTER_LABEL.match(found[0].text):
            out.append(found[:1])  # "Hoofdstuk 2" on a line of its own above the chapter's title
            block = found[1:]
        widths = sorted(len(line.text) for line in block)
        # The usual width of running text (not the widest line, nor one pulled down by headings);
        # a short block is as wide as its widest line.
        width = widths[int(WIDTH_QUANTILE * len(widths))] if len(widths) >= MIN_WIDTH_LINES else widths[-1]
        current: list[Line] = []
        for k, line in enumerate(block):
            if current and _inner_heading(block, k, width, opens=len(current) == 1):
                out.append(current)
                current = []
            current.append(line)
        out.append(current)
    return out


def _inner_heading(block: list[Line], k: int, width: int, *, opens: bool = False) -> bool:
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
    if not _is_title_start(first) or len(first) <= len(line) or not _has_sentence(joined(after)):
        return False  # a list of labels, or a table
    if SENTENCE_END.search(previous) or NUMBER_ONLY.match(previous):
        return True  # after a finished sentence, or under a heading's number on its own line
    # Under another heading line (a chapter title above a sub-heading): the block's first line, or a
    # short title line after a finished sentence.
    above = block[k - 2].text if k >= 2 else ""
    heading_above = len(previous) <= SHORT_LINE_SHARE * width and _title_ok([block[k - 1]])
    # After a finished sentence, running text follows a sub-heading; a short line follows an item of a
    # list of topics under a heading ('Beeld partners' / 'Woninginbraak' / 'Zwerfvuil' / 'Partners ...').
    runs_on = len(first) > SHORT_LINE_SHARE * width or bool(SENTENCE_END.search(first))
    after_sentence = opens or bool(SENTENCE_END.search(above))  # a title line split off after a sentence
    under = (k == 1 and opens) or (runs_on and after_sentence) or bool(NUMBER_ONLY.match(above))
    return heading_above and under


def _is_title_start(line: str) -> bool:
    line = NUMBERING.sub("", line)
    if BRACKETED_START.match(line):
        return True  # "(Hoger) beroep", "(Bijna-)ongevallen"
    return bool(line) and line[0].isupper() and not BULLET.match(line)


def _is_continuation(line: str) -> bool:
    """Whether a block starts in the middle of a sentence (after a blank line in running text)."""
    return line.lstrip(QUOTE_MARKS)[:1].islower()


def _title_ok(lines: list[Line]) -> bool:
    title = unwrap([line.raw for line in lines]).strip()
    words = title.split()
    if not words or len(title) > MAX_TITLE_CHARS or len(words) > MAX_TITLE_WORDS:
        return False
    opening = title[0] in "“\"'" or (title[0] == "(" and not BRACKETED_START.match(title))
    if title[-1] in ".,;:!“”\"'(<>»«|/+=*#" or opening or title.count("(") != title.count(")"):
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


def _is_chapter_line(line: Line) -> bool:
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
        if not ABBREVIATION_DOT.search(token[:-1]) and words + 1 >= MIN_SENTENCE_WORDS:
            return True
        words = 0  # a sentence too short to count, or an abbreviation ('i.v.m.', 'A.P.')
    return False


def _is_body(text: str) -> bool:
    """Running text (not a quotation): long enough and with at least one full sentence."""
    return len(text) >= MIN_BODY_CHARS and text[:1] not in QUOTE_MARKS and _has_sentence(text)


def _wrapped_sentence(head: list[Line], rest: list[Line]) -> bool:
    """Whether the 'heading' is the first line of running text that wraps at a capitalised word."""
    width = max(len(x.text) for x in rest)
    return len(rest) >= 2 and len(head[-1].text) >= FULL_LINE_SHARE * width


def _split(block: list[Line]) -> tuple[list[Line], list[Line]]:
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


def joined(block: list[Line]) -> str:
    return " ".join(x.text for x in block)


def _is_heading_block(block: list[Line]) -> bool:
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


def _body_after(blocks: list[list[Line]], i: int, text: str = "") -> str:
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
        body = f"{body} {joined(block)}".strip()
    return body


def _opens_section(block: list[Line]) -> bool:
    """Whether a block is a heading followed, in the same block, by its body text."""
    head, rest = _split(block)
    return bool(head and rest) and _title_ok(head) and not _wrapped_sentence(head, rest)


def _markdown(blocks: list[list[Line]], i: int, found: re.Match[str]) -> Heading:
    line = blocks[i][0]
    offset = line.raw.index(found.group(2))
    heading = Line(line.start + offset, line.start + offset + len(found.group(2)), found.group(2))
    body = _body_after(blocks, i, joined(blocks[i][1:]))
    return Heading((heading,), body, len(found.group(1)))


def _is_document_title(block: list[Line]) -> bool:
    """The title of the whole document (its first block): a level-1 or an unnumbered heading alone."""
    markdown = MARKDOWN.match(block[0].text)
    if markdown:
        return len(markdown.group(1)) == 1
    return _is_heading_block(block) and not NUMBERING.match(block[0].text)


def _is_topic_line(block: list[Line]) -> bool:
    """A block of one short line without a sentence: a heading or an item of a list of topics."""
    return len(block) == 1 and _is_topic(block[0].text)


def _is_list_topic(line: str) -> bool:
    """A line of a list of topics, not a wrapped line of running text: a capital, a closed ending."""
    words = line.lower().split()
    return _is_title_start(line) and line[-1:] != "," and _ends_closed(words) and _is_topic(line)


def _is_topic(line: str) -> bool:
    """A short line without a sentence (a full stop only after an abbreviation: 'vernieling e.d.'), no
    number and no figure at its end: a topic or a title."""
    words = line.split()
    if not words or len(line) > MAX_TITLE_CHARS or len(words) > MAX_TITLE_WORDS or line[-1] in ":;!?":
        return False
    if line[-1] == "." and not ABBREVIATION_DOT.search(words[-1][:-1]):
        return False
    return not (NUMBERING.match(line) or NUMERIC_CELL.search(line) or _has_sentence(line))


def _topic_lists(blocks: list[list[Line]]) -> dict[int, int]:
    """Lists of one-line topics under a heading, between running text: the heading's block index
    mapped to the index of the list's last topic."""
    lists: dict[int, int] = {}
    i = 1
    while i < len(blocks):
        if not _is_topic_line(blocks[i]):
            i += 1
            continue
        end = i
        while end + 1 < len(blocks) and _is_topic_line(blocks[end + 1]):
            end += 1
        items = end - i
        before = joined(blocks[i - 1])
        if (
            MIN_TOPIC_ITEMS <= items <= MAX_TOPIC_ITEMS
            and SENTENCE_END.search(before)
            and _has_sentence(before)
            and _is_title_start(blocks[i][0].text)
            and _title_ok(blocks[i])
            and _is_body(_body_after(blocks, end))
        ):
            lists[i] = end
        i = end + 1
    return lists


def find_headings(text: str) -> Iterator[Heading | Chapter]:
    """Section headings, and chapter candidates (short blocks without body), in text order."""
    blocks = _paragraphs(text)
    topic_lists = _topic_lists(blocks)
    skip_to = -1
    for i, block in enumerate(blocks):
        if i <= skip_to or (i == 0 and _is_document_title(block)):
            continue
        if i in topic_lists:  # a heading over a list of one-line topics and the paragraph about them
            skip_to = topic_lists[i]
            yield Heading(tuple(block), _body_after(blocks, skip_to), 2)
        elif not (i > 0 and _is_table_label(blocks[i - 1], block)):  # a label under a table: no heading
            yield from _block_headings(blocks, i)


def _block_headings(blocks: list[list[Line]], i: int) -> Iterator[Heading | Chapter]:
    """The heading, chapter candidate or running label block ``i`` opens, if any."""
    block = blocks[i]
    if MARKDOWN.match(block[0].text):
        yield _markdown_heading(blocks, i)
        return
    following = blocks[i + 1] if i + 1 < len(blocks) else []
    head, rest = _split(block)
    if len(block) > 1 and _is_chapter_line(block[-1]) and following and _split(following)[0]:
        yield Chapter((block[-1],), running=True)  # a running label at the foot of a block
    if not head or not _title_ok(head):
        return
    if rest:
        if len(rest) == 1 and _title_ok(rest):
            yield Chapter(tuple(head))  # a chapter label above a heading in the same block
            return
        found = _heading_over(blocks, i, head, rest)
        if found is not None:
            yield found
        return
    if not following or _is_continuation(following[0].text):
        return  # a sentence broken by a blank line, not a heading
    body = _body_after(blocks, i)
    if not _opens_section(following) and not _is_heading_block(following) and _is_body(body):
        yield Heading(tuple(head), body, 2)
    elif len(head) <= 2:
        yield Chapter(tuple(head))  # a chapter heading (or a label) above the next heading


def _heading_over(blocks: list[list[Line]], i: int, head: list[Line], rest: list[Line]) -> Heading | None:
    """The heading ``head`` over the lines ``rest`` of its block, when those start its body text."""
    table_head = NUMERIC_CELL.search(rest[0].text) or YEAR_HEAD.match(rest[0].text)
    if table_head and not _has_sentence(joined(rest[:MAX_TITLE_LINES])):
        return None  # a table's title over its head row of years or its figures ('2018 2019 t/m Q2')
    body = joined(rest)
    if len(rest) >= MIN_TOPIC_ITEMS and all(_is_list_topic(line.text) for line in rest):
        body = _body_after(blocks, i)  # a list of one-line topics, then the paragraph about them
    elif not _is_body(body):
        body = _body_after(blocks, i, body)
    if _is_body(body) and not _wrapped_sentence(head, rest) and not _is_dateline(rest[0].text):
        return Heading(tuple(head), body, 2)
    return None


def _markdown_heading(blocks: list[list[Line]], i: int) -> Heading | Chapter:
    """A Markdown heading: a section over its body, or a chapter above its sections."""
    found = MARKDOWN.match(blocks[i][0].text)
    assert found is not None
    heading = _markdown(blocks, i, found)
    return heading if heading.body else Chapter(heading.lines)


def _is_table(block: list[Line]) -> bool:
    """Whether a block holds table rows: at least two lines that end in a figure."""
    return sum(1 for line in block if NUMERIC_CELL.search(line.text)) >= MIN_TABLE_ROWS


def _is_table_label(before: list[Line], block: list[Line]) -> bool:
    """A short block under a table ('Gerealiseerd'), not a heading; a table of contents is no table,
    and a numbered title ('1.1 Minder trajecten gestart') opens the next section, not a label."""
    if NUMBERED_TITLE.match(block[0].text):
        return False
    return _is_table(before) and not _is_contents(before) and len(block) <= MAX_TITLE_LINES


def _is_contents(block: list[Line]) -> bool:
    """Whether a block is a table of contents: under its own heading ('Inhoud'), or entries that
    start with a section number and end with a page number."""
    if NUMBERING.sub("", block[0].text).strip().lower().rstrip(":") in FRONT_MATTER - FOREWORD:
        return True
    entries = [line.text for line in block if NUMERIC_CELL.search(line.text)]
    return all(NUMBERING.match(entry) for entry in entries)


def is_chapter_number(lines: tuple[Line, ...]) -> bool:
    """Whether a chapter heading is numbered as a chapter ("3 Jeugd", "3. Jeugd", "III. Jeugd")."""
    return bool(CHAPTER_NUMBER.match(lines[0].text))
