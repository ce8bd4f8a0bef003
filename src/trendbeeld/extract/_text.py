"""A cleaned view of a source text with a map back to the original offsets.

Reports come with hard line breaks, words split across lines ("ontwikke\\nlingen",
"ont-\\nwikkelingen"), bullets and layout spaces. Extraction runs on a cleaned copy in which
a split word is joined, a wrapped line becomes a space and a break that ends a heading, a
bullet or a paragraph becomes ``"\\n"``. :meth:`Cleaned.source_offset` maps any position of
the clean text back into the text as given, so evidence spans stay exact. Across a blank line two
words join only when their joined form is a word ("ontwikke" / "lingen" over a page break), not a
title ending in "doen" and a text opening with "droogte - …".
"""

from __future__ import annotations

import bisect
import functools
import re
import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from trendbeeld import adjectives
from trendbeeld.extract import _digit_groups, lexicon

# A line shorter than this share of the document's typical line ends a heading or a caption.
SHORT_LINE_RATIO = 0.75
# Lines counted for the typical line length must be longer than this.
MIN_COUNTED_LINE = 10
# A text "keeps a space" at wrapped line ends when this share of its wraps do (then a line
# without one ends a heading); at least this many wraps are needed to tell.
TRAILING_SPACE_SHARE = 0.6
MIN_WRAPS = 20
# A text with a blank line after this share of its lines is double-spaced.
DOUBLE_SPACED_SHARE = 0.6
# Joining two fragments is accepted when the joined word is at most this much (Zipf) rarer
# than the rarer fragment.
JOIN_TOLERANCE = 1.0
_PLURAL_NOT_IN_COMPOUNDS = ("ingen",)
MIN_ADJECTIVE_CHARS = 4  # shorter words ("oud", "rode") are parts of known compounds, which wordfreq knows
INFLECTED_FORM_ZIPF = 2.5  # an inflected form this common marks a word as an adjective
COMMON_WORD_ZIPF = 2.5  # both parts at least this common (wordfreq zipf): a wrapped line, no split word

_BULLETS = "•●▪■◦‣\uf0b7\uf0a7\uf0d8\uf076\u2043"
_JUNK = "\ufffd\u200b\ufeff\t\xa0\u202f\u2009\r\f\v"
SOFT_HYPHEN = "\xad"
_SOFT_HYPHEN_AT_BREAK = re.compile(r"\xad(?=[ ]*\n)")
# A line break inside a sentence: the next line starts in lower case.
# (also before a dash that goes on in lower case: "de dalende misdaadcijfers\n– afgelopen jaar met 11% –")
_WRAP = re.compile(r"\n(?<=[^\n.!?]\n)(?=[ ]*[a-zà-ÿ(])|\n(?<=[a-zà-ÿ,]\n)(?=[ ]*[–—][ ]+[a-zà-ÿ])")
# A word split across lines, with or without a hyphen: decided one by one. The pattern starts
# with a character class so that the regex engine skips quickly to hyphens and line breaks.
_JOIN = re.compile(
    r"[-\n](?:(?<=[^\W\d_]-)(?P<hyphen>[ ]*\n[ ]*(?:\n[ ]*)?(?=[a-zà-ÿ]))|(?<=[a-zà-ÿ]\n)\n?(?=[a-zà-ÿ]))"
)
# A single line break before a capital: a heading or caption ends there when the line is short
# and has no closing punctuation; otherwise the sentence runs on.
# A line break after a number, a percentage or a dash (the pattern opens with the break, a literal
# the regex engine finds fast) ...
_CELL_LINE_END = re.compile(r"\n(?<=[\d%–-]\n)")
# ... ends a row of a table when its line is a label (words, no sentence punctuation) and then two or
# more cells, or one cell after a gap of three or more spaces (text converted with its layout):
# "Gemelde beveiligingsincidenten  45  50", "Verzuimpercentage      6,4%", " 2021 2022" (column heads).
# (a web table's decimal point: "5.8 5.9" under "2014 2015"; a label "% Bekladding: veel overlast [%]")
_ROW_CELL = (
    r"(?:[-–]|[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![.\d])|[-+]?\d+\.\d{1,2}(?![.\d])|[-+]?\d+(?:,\d+)?)"
    r"(?:[ ]?%)?"
)
TABLE_ROW = re.compile(
    rf"[ ]*(?:(?:%[ ])?[^\W\d_](?:[^\d\n.!?;:(]|\([^()\n]{{0,20}}\)|:(?=[ ][^\W\d_]|[ ]\())*?"
    rf"(?:[ ]{{3,}}{_ROW_CELL}|[ ]+{_ROW_CELL}(?:[ ]+{_ROW_CELL})+)"
    rf"|{_ROW_CELL}(?:[ ]+{_ROW_CELL})+)[ ]*"
)
ROW_CHARS = 200  # a row is read back at most this far from its end
_SINGLE_BLANK = re.compile(r"\n[ ]*\n(?![ ]*\n)")
# A table's head of years, a line of its own: "2014 2015 2016 2017 2018 2019 t/m Q2", "2021 2022 jan-mrt".
_YEARS_HEAD = re.compile(r"(?:19|20)\d\d(?:[ ]+(?:19|20)\d\d){2,}(?:[ ]+[^\s\d]\S{0,6}){0,2}")
_CENTURIES = ("19", "20")
_CAPITAL_BREAK = re.compile(r"\n(?=[ ]*[A-ZÀ-Ý0-9“‘\"'(€$])(?![ ]*\n)")
# A wrapped line end: a line break after a word (perhaps and one space or tab) before a lower-case
# letter. The pattern starts with the break, so the regex engine skips ahead to line breaks.
_WRAPPED_LINE_END = re.compile(r"\n(?:(?<=[^\s-]\n)|(?<=[^\s-][ \t]\n))(?=[ \t]*[a-zà-ÿ])")
# The compounds and word pairs that decide joins are found with str.find when they are at most
# FIND_WORDS words or the text is short (length times words at most FIND_BUDGET); else with
# one trie-shaped pattern, which costs about as much as this many finds.
FIND_WORDS = 32
FIND_BUDGET = 4_000_000
# A split word's first part is read at most this far back.
WORD_BEFORE_CHARS = 40
_WORD_AFTER = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_FOLLOWING_WORD = re.compile(r"[ ]*([^\W\d_]+)")
# A numbered section title starts the next line ("1.1 De Nederlandse economie"); not a year.
_NUMBERED_TITLE_NEXT = re.compile(r"[ ]*\d{1,2}(?:\.\d{1,2}){1,3}\.?[ ]+[A-ZÀ-Ý][^\W\d_]")
_NOT_JOINED_AFTER_HYPHEN = frozenset({"en", "of", "tot"})
# The head of a Dutch compound is a noun: an inflected adjective or participle on the next line
# ("geregistreerde", "criminele", "digitale", "stijgende") starts a new word.
_NOT_COMPOUND_HEAD = re.compile(r"ge\w+[dt]e$|\w+(?:ische|lijke|ige|ende|ele|ale|iele|ieve|ere)$")
# Nor is a verb form ("daalt", "daalde"). An inflected adjective is no first part of a compound
# ("gelijkblijvende\nsterkte", "gelijke\nbehandeling").
_INFLECTED_MODIFIER = re.compile(r"\w+(?:ende|aande|ische|lijke)$")
# Particles of separable verbs: "nam\ntoe", "vlakte\naf" are a verb and its particle, no compound.
_SEPARABLE_PARTICLES = frozenset({"toe", "af", "op", "aan", "uit", "in", "mee", "door", "terug"})
# The inflected participle that ends a compound adjective ("persoons|gerichte", "tijd|gebonden").
_PARTICIPLE_END = re.compile(r"(?<=[^\W\d_]{3})ge[^\W\d_]{2,}?[dtn]e$")

# A sentence ends at line breaks, or after sentence punctuation (with closing quotes and a
# footnote number) before a capital, perhaps after an opening quotation mark: two commas (,,) are
# the low opening mark of Dutch newspapers (",,We zien dat het werkt'', zegt ..."). The pattern
# starts with a character class so the regex engine can skip ahead quickly; a punctuation match
# starts at the mark, which the sentence keeps.
_SENTENCE_BREAK = re.compile(
    r"[\n.!?…](?:(?<=\n)\n*"
    r"|(?<=[.!?…])(?!\n)[”’\"')\]]*(?:\d{1,2}(?=\s))?\s+(?=(?:[“„‘\"'(\[]|,,)?[A-ZÀ-Ý0-9]))"
)
# A subhead of one word that lost its line break, before a quotation in low marks: "… eerder.
# Revanche ,,Natuurlijk speelt dat een rol''" (running text introduces a quotation with a colon).
_SUBHEAD_BEFORE_QUOTE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?=[ \t]+,,[A-ZÀ-Ý0-9])")
_INITIALS = re.compile(r"(?:[a-z]\.)+")


@dataclass(frozen=True, slots=True)
class Cleaned:
    """Clean text plus piecewise offsets: clean ``starts[i]`` is source ``origins[i]``."""

    text: str
    source: str
    starts: tuple[int, ...]
    origins: tuple[int, ...]
    literal: tuple[bool, ...]
    ends: tuple[int, ...]

    def source_offset(self, pos: int) -> int:
        """The source offset of clean position ``pos`` (a start or an exclusive end)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return 0
        if self.literal[i]:
            return self.origins[i] + (pos - self.starts[i])
        return self.origins[i] if pos == self.starts[i] else self.ends[i]

    def clean_offset(self, pos: int) -> int:
        """The clean offset of source position ``pos`` (inside a join: where the join is)."""
        i = bisect.bisect_right(self.origins, pos) - 1
        if i < 0:
            return 0
        if self.literal[i]:
            return self.starts[i] + (pos - self.origins[i])
        return self.starts[i]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of clean ``start:end``, trimmed of surrounding whitespace."""
        s, e = self.source_offset(start), self.source_offset(end)
        while s < e and self.source[s].isspace():
            s += 1
        while e > s and self.source[e - 1].isspace():
            e -= 1
        return s, e


def clean(text: str) -> Cleaned:
    """Join split words, turn wrapped lines into spaces and keep heading/paragraph breaks.

    All changes keep the length of the text except joins, so the offset map stays small.
    """
    translated = _digit_groups.with_dots(text, _translate(text))  # "28 450" -> "28.450"
    # A soft hyphen at a line break is a hyphen there ("misdaad\xad\ncijfers" is joined below);
    # inside a line it is invisible and goes ("woning\xadinbraken").
    translated = _SOFT_HYPHEN_AT_BREAK.sub("-", translated)
    if _double_spaced(translated):
        translated = _SINGLE_BLANK.sub(lambda m: "\n" + " " * (len(m.group(0)) - 1), translated)
    edits: list[tuple[int, int, str]] = []
    open_questions: list[tuple[int, int, _Question]] = []  # joins the document itself decides
    for m in _JOIN.finditer(translated):
        if m.group("hyphen"):
            edits.append((m.start(), m.end(), _hyphen_join(translated, m)))
            continue
        decided = _joins(translated, m.start(), m.end())
        if isinstance(decided, _Question):
            open_questions.append((m.start(), m.end(), decided))
        elif decided:
            edits.append((m.start(), m.end(), ""))
    if open_questions:
        words = _Words(translated, [q for _s, _e, q in open_questions])
        edits += [(start, end, "") for start, end, q in open_questions if words.joins(q)]
    pos = translated.find(SOFT_HYPHEN)
    while pos >= 0:
        edits.append((pos, pos + 1, ""))
        pos = translated.find(SOFT_HYPHEN, pos + 1)
    flat = _WRAP.sub(" ", translated)
    rows = _layout_row_ends(translated) | _digit_groups.tab_row_ends(text)
    if rows:
        flat = _with_breaks(flat, rows)
    layout = _layout(translated)
    for m in _CAPITAL_BREAK.finditer(flat):
        if m.start() not in rows and not _ends_heading(translated, m.start(), layout):
            edits.append((m.start(), m.end(), " "))
    edits.sort()
    return _apply(text, flat, edits)


def _layout_row_ends(text: str) -> set[int]:
    """The line breaks that end a row of a table (text converted from a PDF, with its layout or with
    its runs of spaces made one: "Gemelde beveiligingsincidenten   45   50", "Verzuimpercentage
    6,4%" after a gap, " 2021 2022"; see :data:`TABLE_ROW`). The row ends there, also when the next
    line goes on with its label in lower case ("… zonder 15 20 ¶ persoonsgegevens") or opens the
    next row with a capital."""
    out = set()
    for m in _CELL_LINE_END.finditer(text):
        end = m.start()
        if not _may_end_row(text, end):
            continue  # most lines that end in a number: running text ("… in 2020")
        start = text.rfind("\n", max(0, end - ROW_CHARS), end) + 1
        if (start or end < ROW_CHARS) and TABLE_ROW.fullmatch(text, start, end):
            out.add(end)
    return out


def _may_end_row(text: str, end: int) -> bool:
    """May the line ending at ``end`` be a row: is its last cell after a gap of three spaces or after
    another cell? (A cheap look at the last two words before the full pattern is tried.)"""
    last = end
    while last > 0 and text[last - 1] == " ":
        last -= 1
    space = text.rfind(" ", max(0, last - ROW_CHARS), last)
    if space <= 0:
        return False
    word_end = space
    while word_end > 0 and text[word_end - 1] == " ":
        word_end -= 1
    if space - word_end >= 2:  # three or more spaces before the last cell
        return True
    before = text[text.rfind(" ", max(0, word_end - ROW_CHARS), word_end) + 1 : word_end]
    return bool(before) and (before[0].isdigit() or before[0] in "+-–" or before[-1] == "%")


def _with_breaks(flat: str, breaks: set[int]) -> str:
    """``flat`` with a line break again at each of ``breaks`` (a wrapped line made it a space)."""
    pieces, last = [], 0
    for pos in sorted(breaks):
        pieces += [flat[last:pos], "\n"]
        last = pos + 1
    pieces.append(flat[last:])
    return "".join(pieces)


def _translate(text: str) -> str:
    """Junk characters become spaces and bullets line breaks (one ``str.replace`` per character:
    ten times as fast as a character-class regex over a long text)."""
    for junk in _JUNK:
        text = text.replace(junk, " ")
    for bullet in _BULLETS:
        text = text.replace(bullet, "\n")
    return text


def _apply(text: str, flat: str, edits: list[tuple[int, int, str]]) -> Cleaned:
    pieces: list[str] = []
    starts: list[int] = [0]
    origins: list[int] = [0]
    literal: list[bool] = [True]
    ends: list[int] = [len(text)]
    clean_pos = last = 0
    for start, end, replacement in edits:
        if start < last:
            continue
        pieces.append(flat[last:start])
        clean_pos += start - last
        pieces.append(replacement)
        if end - start != len(replacement):
            ends[-1] = start
            starts.append(clean_pos)
            origins.append(start)
            literal.append(False)
            ends.append(end)
            starts.append(clean_pos + len(replacement))
            origins.append(end)
            literal.append(True)
            ends.append(len(text))
        clean_pos += len(replacement)
        last = end
    pieces.append(flat[last:])
    return Cleaned("".join(pieces), text, tuple(starts), tuple(origins), tuple(literal), tuple(ends))


@dataclass(frozen=True, slots=True)
class _Layout:
    """How a text wraps its lines: typical length, and whether wrapped lines keep a space."""

    typical: float
    trailing_space: bool


def _double_spaced(text: str) -> bool:
    """Text extracted with a blank line after every line (each line its own paragraph)."""
    sample = text[:100_000]
    lines = sample.count("\n")
    return lines >= MIN_WRAPS and len(_SINGLE_BLANK.findall(sample)) >= DOUBLE_SPACED_SHARE * lines / 2


def _layout(text: str) -> _Layout:
    sample = text[:200_000]
    lengths = [len(line) for line in sample.splitlines() if len(line.strip()) > MIN_COUNTED_LINE]
    typical = float(statistics.median(lengths)) if lengths else 80.0
    wraps = [m.start() for m in _WRAPPED_LINE_END.finditer(sample)]
    spaced = sum(1 for end in wraps if sample[end - 1] == " ")
    return _Layout(typical, len(wraps) >= MIN_WRAPS and spaced >= TRAILING_SPACE_SHARE * len(wraps))


def _word_before(text: str, pos: int) -> str:
    """The letters (``[^\\W\\d_]``) just before ``pos``, at most WORD_BEFORE_CHARS of them."""
    start, floor = pos, max(0, pos - WORD_BEFORE_CHARS)
    while start > floor and text[start - 1].isalnum() and not text[start - 1].isdecimal():
        start -= 1
    return text[start:pos]


def _hyphen_join(text: str, m: re.Match[str]) -> str:
    before = _word_before(text, m.start())
    after = _WORD_AFTER.match(text, m.end())
    if after and after.group(0) in _NOT_JOINED_AFTER_HYPHEN:
        return "- "
    return "-" if before and before[-1].isupper() else ""


@dataclass(frozen=True, slots=True)
class _Question:
    """Two real words at a line end, ``a`` and ``b``: the document decides by where it spells the
    compound ``a + b`` or the pair ``a b``; ``otherwise`` when it spells neither."""

    a: str
    b: str
    otherwise: bool


class _Words:
    """Counts of the compounds and word pairs the questions ask about. Only those words are looked
    for, with one trie-shaped pattern each: splitting a long text into all its words costs more
    than the rest of the cleaning."""

    def __init__(self, text: str, questions: list[_Question]) -> None:
        lower = text.lower()
        self._words = Counter(word for word, _end in _whole_words(lower, {q.a + q.b for q in questions}))
        self._pairs: Counter[tuple[str, str]] = Counter()
        for word, end in _whole_words(lower, {q.a for q in questions}):
            following = _WORD_AFTER.search(lower, end)  # the next word, whatever is between
            if following is not None:
                self._pairs[(word, following.group(0))] += 1

    def joins(self, q: _Question) -> bool:
        # the pair at this line end is no evidence
        seen = self._words[q.a + q.b], self._pairs[(q.a, q.b)] - 1
        if seen != (0, 0):
            return seen[0] >= seen[1]
        return q.otherwise


def _whole_words(lower: str, words: set[str]) -> Iterator[tuple[str, int]]:
    """Each of ``words`` in ``lower`` as a whole word (a run of letters, as ``_WORD_AFTER`` reads),
    with its end, left to right."""
    if len(words) > FIND_WORDS and len(lower) * len(words) > FIND_BUDGET:
        from trendbeeld.extract import _cues

        # the trie first, so the engine skips ahead; a match inside a word runs to its end and is dropped
        for m in re.compile(rf"(?:{_cues.trie(words)})(?![^\W\d_])").finditer(lower):
            if not m.start() or not _LETTER.match(lower, m.start() - 1):
                yield m.group(0), m.end()
        return
    found: list[tuple[int, str]] = []
    for word in words:  # a few words: str.find is faster than compiling and running the trie
        start = lower.find(word)
        while start >= 0:
            end = start + len(word)
            if not (start and _LETTER.match(lower, start - 1)) and not _LETTER.match(lower, end):
                found.append((start, word))
            start = lower.find(word, start + 1)
    for start, word in sorted(found):
        yield word, start + len(word)


def _joins(text: str, start: int, end: int) -> bool | _Question:
    before = _word_before(text, start)
    after = _WORD_AFTER.match(text, end)
    if not before or after is None:
        return False
    a, b = before.lower(), after.group(0).lower()
    za, zb, zj = lexicon.zipf(a), lexicon.zipf(b), lexicon.zipf(a + b)
    if zj > 0 and zj >= min(za, zb) - JOIN_TOLERANCE:
        return True
    # a blank line between two words that make no known word: a title, then a text
    blank = end - start > 1
    function_words = lexicon.load().function_words
    # "Nederland\nvolgens": a capitalised word and a common word (a name's compound has a hyphen)
    capitalised = before[0].isupper() and min(za, zb) >= COMMON_WORD_ZIPF
    # "investeringen\nnamen": a plural in -ingen is no first part (a compound has "investerings-")
    plural = a.endswith(_PLURAL_NOT_IN_COMPOUNDS) and za >= COMMON_WORD_ZIPF
    # "hoogste\nniveau": two words Dutch writes apart, whose joined form is no word
    apart = zj == 0 and min(za, zb) > 0 and (_separate_words(a, b, za, zb) or _adjective(a))
    if blank or a in function_words or b in function_words or capitalised or plural or apart:
        return False
    if zj == 0 and za >= COMMON_WORD_ZIPF and _adjective(a):
        return False  # "effectieve\nondersteuningsprogramma's": an adjective before a rare noun
    if min(za, zb) < COMMON_WORD_ZIPF:
        # "ontwikke\nlingen": a fragment, so one word split over two lines; but two known words of
        # which the second is a verb or the first an inflected adjective stay two words
        # ("partners\ndaalde", "gelijkblijvende\nsterkte")
        return not (min(za, zb) > 0 and (_verb_form(b) or _INFLECTED_MODIFIER.match(a)))
    # Two real words: a compound split at the line end ("migratie\nvraagstuk"), or a wrapped
    # line ("aantal\ngeregistreerde"). The document itself decides where it spells either form.
    return _Question(a, b, not _two_words(a, b) and a not in lexicon.load().compound_free_words)


def _separate_words(a: str, b: str, za: float, zb: float) -> bool:
    """Two words in their own right whose joined form is no word, and which Dutch writes apart:
    a superlative or an inflected participle before a noun ("hoogste niveau", "voorgaande
    jaren", "persoonsgerichte aanpak"), or an infinitive after a common word ("netwerken
    wisselen"): neither is the first part or the head of a compound."""
    if b in _SEPARABLE_PARTICLES:
        return True  # "nam\ntoe", "vlakte\naf": a verb and its particle
    if a.endswith("ste") and lexicon.zipf(a[:-3]) >= COMMON_WORD_ZIPF:
        return True  # a superlative: "hoog|ste", "groot|ste"
    if _INFLECTED_MODIFIER.match(a):
        return True
    participle = _PARTICIPLE_END.search(a)
    if participle is not None and zb >= COMMON_WORD_ZIPF and _verb_form(participle.group(0)[:-1]):
        return True
    if min(za, zb) < COMMON_WORD_ZIPF:
        return False
    from trendbeeld.extract import _cues

    return b.endswith("en") and _cues.lemma(b) == b  # an infinitive: the noun's plural is "-en" less




@functools.lru_cache(maxsize=1 << 14)
def _adjective(word: str) -> bool:
    """An adjective, inflected ("complexe", "grote", "mentale") or bare with an inflected form in
    use ("mentaal" → "mentale", "sociaal" → "sociale"): no first part of a compound, so an
    adjective at a line end and a noun on the next line stay two words ("complexe\nzorgbehoefte",
    "mentaal\nwelzijn") when their joined form is no known word. Known by its lemma (simplemma) and
    by wordfreq: a noun has no inflected form ("kanaal" → no "kanale")."""
    from trendbeeld.extract import _cues

    if len(word) < MIN_ADJECTIVE_CHARS or _verb_form(word):
        return False
    if word.endswith("e"):
        base = _cues.lemma(word)
        return base != word and not base.endswith("en") and lexicon.zipf(base) >= COMMON_WORD_ZIPF
    forms = adjectives.inflected_forms(word)
    return any(lexicon.zipf(f) >= INFLECTED_FORM_ZIPF and _cues.lemma(f) == word for f in forms)


_NUMBER_WORDS = frozenset(["honderd", "duizend", "miljoen", "miljard"])
_FINITE_ENDINGS = ("dt", "de", "te", "den", "ten")


def _two_words(a: str, b: str) -> bool:
    """Known words that stay apart at a line end: the second is no compound head (an inflected
    adjective or participle, a verb), the first is an inflected adjective, a finite verb with its
    ending ("beantwoordt\njaarlijks", "daalde\nfors") or a large number word ("miljoen\naangiften"):
    none of these is the first part of a compound."""
    return (
        bool(_NOT_COMPOUND_HEAD.match(b) or _INFLECTED_MODIFIER.match(a))
        or _verb_form(b)
        or a in _NUMBER_WORDS
        or (a.endswith(_FINITE_ENDINGS) and _verb_form(a))
    )


def is_verb_form(word: str) -> bool:
    """A verb form by its lemma ("aangehouden" → aanhouden); "berovingen" is a noun."""
    return _verb_form(word)


@functools.lru_cache(maxsize=1 << 14)
def _verb_form(word: str) -> bool:
    """A verb form ("daalt", "daalde", "steeg", "geholpen", "onveranderd"): no compound head, which
    is a noun. Lemmas from simplemma."""
    from trendbeeld.extract import _cues

    if word in lexicon.load().common_verbs or _cues.is_change_word(word):
        return True
    base = _cues.lemma(word)
    inflected = not word.endswith("en") or word.endswith(("den", "ten")) or word.startswith("ge")
    return base != word and base.endswith("en") and inflected


def _ends_heading(text: str, pos: int, layout: _Layout) -> bool:
    """Does the line ending at ``pos`` end a heading, caption or list item (before a capital)?"""
    line_start = text.rfind("\n", 0, pos) + 1
    raw = text[line_start:pos]
    line = raw.strip()
    if not line or line[-1] in ".!?:":
        return True
    if line[-1] in ",;":
        return False
    if _NUMBERED_TITLE_NEXT.match(text, pos + 1) or (line[:2] in _CENTURIES and _YEARS_HEAD.fullmatch(line)):
        # "1 HET ECONOMISCH BEELD" before "1.1 De Nederlandse economie"; a table's head of years
        # ("2014 2015 … 2022 jan-mrt") before its first row
        return True
    following = _FOLLOWING_WORD.match(text, pos + 1)
    starter = following is not None and following.group(1)[0].isupper()
    if starter and following is not None and following.group(1).lower() in lexicon.load().function_words:
        return True
    if layout.trailing_space and not raw.endswith(" "):
        return True
    return len(line) < SHORT_LINE_RATIO * layout.typical and following is not None


@dataclass(frozen=True, slots=True)
class Sentence:
    """Clean ``start:end`` of one sentence, heading or bullet."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # the slots' own setters, faster than the generated frozen __init__ (see _phrases.Span)
        _SET_SENTENCE_START(self, start)
        _SET_SENTENCE_END(self, end)


_SET_SENTENCE_START = Sentence.__dict__["start"].__set__
_SET_SENTENCE_END = Sentence.__dict__["end"].__set__


def sentences(text: str) -> list[Sentence]:
    """Sentences of clean ``text``: split at line breaks and at sentence punctuation."""
    out: list[Sentence] = []
    last = 0
    abbreviations = lexicon.load().abbreviations
    for m in _SENTENCE_BREAK.finditer(text):
        end = m.start()
        if text[end] != "\n":
            end += 1  # after the punctuation mark
            if _ends_with_abbreviation(text, end, abbreviations):
                continue
        _add(out, text, last, end)
        last = m.end()
    _add(out, text, last, len(text))
    return out


def _ends_with_abbreviation(text: str, pos: int, abbreviations: frozenset[str]) -> bool:
    space = text.rfind(" ", 0, pos)
    # a line break counts only after the last space: read back no further (a long paragraph)
    start = max(space, text.rfind("\n", space + 1, pos)) + 1
    word = text[start:pos].lower().lstrip("(“‘\"'")
    return word in abbreviations or _INITIALS.fullmatch(word) is not None


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    opened = piece.lstrip()  # the same white space as ``str.isspace``
    kept = opened.rstrip()
    if kept:
        start += len(piece) - len(opened)
        end = start + len(kept)
        subhead = _SUBHEAD_BEFORE_QUOTE.match(text, start, end) if ",," in kept else None
        if subhead is not None:
            out.append(Sentence(start, subhead.end()))
            start = text.index(",,", subhead.end())
        out.append(Sentence(start, end))
