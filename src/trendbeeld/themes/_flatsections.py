"""Section headings inside running text whose line breaks were lost (issue 10).

A report converted without its paragraph breaks reads as one long line: "… in 2018. 2.3 De
Nederlandse economie De economie groeide …". Its headings are still recognisable where they are
numbered, because the numbers form a sequence: a heading "2.3" stands beside a "2.2" or a "2.4",
under a "2", or over a "2.3.1". Precision first, since a wrong section is worse than none:

- a numbered heading starts after a sentence end, a page number or another heading, and its number
  fits the number of another numbered heading in the text (parent, child or neighbour);
- its title is a run of capitals ("1 HET ECONOMISCH BEELD"), or words in sentence case up to the
  sentence that starts after it: a capitalised article, pronoun or preposition ("De", "Het", "In")
  or a word the text also writes in lower case, followed by a word in lower case;
- body text follows: that sentence, or the next numbered heading (a chapter over its first section);
  the sentence may open with an opener and a figure ("Op 31 december ...", "In 2023 ...") and hold
  figures with dots ("29.000", "(figuur 2.1.1)");
- a title that ends in a colon is the label of a numbered list item ("2. Luisteren naar inwoners:
  Inwoners hechten ..."), no heading.

Unnumbered headings in capitals are found the same way ("… de basisschool. SAMENWERKING MET
ONDERWIJS Om studenten …"): after a sentence end and before a sentence, words the text also writes
in lower case (not a name, not a row of acronyms), at least MIN_CAPITAL_HEADINGS of them in the
text. Other unnumbered headings are not looked for: without the line break nothing tells them from
the start of a sentence. A table of contents ("2 Trends 7 2.1 Criminaliteit 8") has no body after
its titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_TITLE_WORDS = 14
MAX_CHAPTER_NUMBER = 30
MIN_WORD_LETTERS = 4
MIN_BODY_WORDS = 5
_NUMBER = re.compile(r"(?<![\w.,-])(?P<num>\d{1,2}(?:\.\d{1,2}){0,2})\.?[ \t]+(?=[A-ZÀ-Ý])")
# Before a heading: a sentence end, a closing quotation mark or a page number.
_BEFORE = re.compile(r"(?:[.!?][’”\"')]*|[’”]|(?<![\w.,])\d{1,3})[ \t]*\Z")
BEFORE_CHARS = 12  # a sentence end or page number stands this close before a heading
_CAPTION = re.compile(r"(?:Figuur|Tabel|Grafiek|Afbeelding|Kaart|Bron|Kader|Bijlage|Noot)\b")
_WORD = re.compile(r"\S+")
# The first sentence of the body; a dot before a digit is part of a figure ('29.000', 'figuur 2.1.1').
_SENTENCE = re.compile(r"\s*([A-ZÀ-Ý](?:[^.!?]|\.(?=\d)){20,}?[.!?])(?:\s|$)")
# Words in capitals between a sentence end and a sentence: "… onderwijs. SAMENWERKING MET ONDERWIJS Om …".
_CAPITALS_RUN = re.compile(
    r"(?<=[.!?])[’”\"']?[ \t]+(?P<title>[A-ZÀ-Ý]{2,}(?:[ \t]+[A-ZÀ-Ý]{2,})+)"
    r"(?=[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+[ \t]+[a-zà-ÿ])"
)
MIN_CAPITAL_HEADINGS = 2
_LOWER_WORD = re.compile(r"(?<![\w-])[a-zà-ÿ]+(?![\w-])")
# A few common openers of a Dutch sentence; other words count when the text writes them in lower case.
_OPENERS = frozenset(
    [
        "de", "het", "een", "in", "op", "dit", "deze", "dat", "die", "er", "bij", "met", "voor",
        "na", "uit", "door", "om", "als", "ook", "zo", "ze", "hij", "zij", "we", "wij", "ik",
        "volgens", "sinds", "tijdens", "naast", "ondanks", "binnen",
    ]
)


@dataclass(frozen=True, slots=True)
class FlatHeading:
    """A numbered heading at ``start:end`` (number and title) with its title and depth."""

    start: int
    end: int
    title: str
    level: int


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    title_start: int
    title_end: int
    number: tuple[int, ...]


def numbered_headings(text: str) -> list[FlatHeading]:
    """The numbered headings inside the lines of ``text``, in text order."""
    written_lower = set(_LOWER_WORD.findall(text))
    found = [c for m in _NUMBER.finditer(text) if (c := _candidate(text, m, written_lower)) is not None]
    ends = {c.title_end for c in found}
    candidates = [c for c in found if _opens(text, c.start, ends)]
    numbers = {c.number for c in candidates}
    starts = {c.start for c in candidates}
    out: list[FlatHeading] = []
    for c in candidates:
        if not _fits(c.number, numbers) or not _has_body(text, c, starts):
            continue
        title = " ".join(text[c.title_start : c.title_end].split())
        out.append(FlatHeading(c.start, c.title_end, title, len(c.number)))
    return out


def _candidate(text: str, m: re.Match[str], written_lower: set[str]) -> _Candidate | None:
    number = tuple(int(part) for part in m.group("num").split("."))
    if not 0 < number[0] <= MAX_CHAPTER_NUMBER or _CAPTION.match(text, m.end()):
        return None
    end = _title_end(text, m.end(), written_lower)
    if end is None:
        return None
    return _Candidate(m.start(), m.end(), end, number)


def capital_headings(text: str) -> list[FlatHeading]:
    """Unnumbered headings in capitals inside the lines of ``text``, when there are at least
    MIN_CAPITAL_HEADINGS of them."""
    written_lower = set(_LOWER_WORD.findall(text))
    out: list[FlatHeading] = []
    for m in _CAPITALS_RUN.finditer(text):
        words = m.group("title").split()
        long_words = [w.lower() for w in words if len(w) >= MIN_WORD_LETTERS]
        known = [w for w in long_words if w in written_lower]
        if long_words and 2 * len(known) >= len(long_words) and len(words) <= MAX_TITLE_WORDS:
            out.append(FlatHeading(m.start("title"), m.end("title"), " ".join(words), 2))
    return out if len(out) >= MIN_CAPITAL_HEADINGS else []


def _opens(text: str, start: int, ends: set[int]) -> bool:
    """Whether a heading may start at ``start``: after a sentence end, a page number or another
    heading's title."""
    before = text[max(0, start - BEFORE_CHARS) : start]
    return _BEFORE.search(before) is not None or start - (len(before) - len(before.rstrip())) in ends


def _title_end(text: str, start: int, written_lower: set[str]) -> int | None:
    """Where the title starting at ``start`` ends: after a run of capitals, or before the sentence
    that starts after it; None when neither is found within MAX_TITLE_WORDS words."""
    words = list(_WORD.finditer(text, start, start + 20 * MAX_TITLE_WORDS))
    if not words:
        return None
    if _is_capitals(words[0].group()):
        run = _takewhile_capitals(words)
        return run[-1].end() if len(run) <= MAX_TITLE_WORDS and _letters(run) else None
    for k in range(1, min(len(words) - 1, MAX_TITLE_WORDS + 1)):
        word = words[k].group()
        if re.search(r"[.;!?]$", words[k - 1].group()):
            return None  # a sentence, not a title
        if word[:1].isupper() and word[1:].islower():
            lower, after = word.lower(), words[k + 1].group()[:1]
            # "In 2022 daalde ...", "Op 31 december ...": an opener before a figure starts a sentence too
            if (after.islower() and (lower in _OPENERS or lower in written_lower)) or (
                after.isdigit() and lower in _OPENERS
            ):
                return None if words[k - 1].group().endswith(":") else words[k - 1].end()
        if _NUMBER.match(text, words[k].start()) and re.fullmatch(r"\d{1,2}(?:\.\d{1,2})+", word):
            return words[k - 1].end()  # the next numbered heading
    return None


def _is_capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _takewhile_capitals(words: list[re.Match[str]]) -> list[re.Match[str]]:
    run: list[re.Match[str]] = []
    for w in words:
        if not _is_capitals(w.group()) and not re.fullmatch(r"[&–-]", w.group()):
            break
        run.append(w)
    return run


def _letters(run: list[re.Match[str]]) -> bool:
    """A title of words, not a row of acronyms: at least one word of MIN_WORD_LETTERS letters."""
    return any(sum(c.isalpha() for c in w.group()) >= MIN_WORD_LETTERS for w in run)


def _fits(number: tuple[int, ...], numbers: set[tuple[int, ...]]) -> bool:
    """Whether another heading's number is this one's parent, child or neighbour."""
    parent = number[:-1]
    neighbours = {(*parent, number[-1] - 1), (*parent, number[-1] + 1)}
    return (len(number) > 1 and parent in numbers) or (*number, 1) in numbers or bool(neighbours & numbers)


def _has_body(text: str, c: _Candidate, starts: set[int]) -> bool:
    """Running text after the title: a sentence, or a numbered heading right after it."""
    rest = text[c.title_end : c.title_end + 400]
    after = len(rest) - len(rest.lstrip())
    if c.title_end + after in starts:
        return True
    sentence = _SENTENCE.match(rest)
    return sentence is not None and len(sentence.group(1).split()) >= MIN_BODY_WORDS
