"""A partial name resolved to the full name given earlier in the text: a surname alone ("zegt De
Charron", "Van Dijk: …"), a first name ("Jolanda: “…”", also from a name line in capitals), an age
("vertelt de 34-jarige" for "Jan Smit (34)"), and a caption line under a quote. Matches of a name
pattern are found once per text (the text may be a whole news corpus), so many quotes that refer
to the same name do not rescan it, and a full name that ends in a surname is read step by step
(:class:`_FullName`) rather than with a pattern compiled per surname (news holds hundreds of
them). :mod:`.quotes` decides when a partial name is a speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from trendbeeld.extract import _roles, _speakers, lexicon
from trendbeeld.extract._document import Document
from trendbeeld.extract._quote_patterns import patterns
from trendbeeld.extract._speakers import (
    Attribution,
    attribution_of,
    plausible_name,
    rest_after,
    split_name,
    title_at_end,
)

MAX_CAPTION_WORDS = 10  # a caption line (a name, a role) is this short


NAME_REACH = 20_000  # a surname or first name alone refers to a full name given this close before


MAX_SURNAME_TRIES = 3  # mentions of a surname after a capitalised word ("Volgens Smit") skipped


# A character no full name contains (a digit, a comma, a bracket, a quotation mark): a name
# pattern's matches lie between two of them.
_NAME_BREAK = re.compile(r"[^A-Za-zÀ-ÿ\s.\-]")


_AGE_AT = re.compile(r"(?:de|het)\s+(?P<age>\d{1,3})-jarige(?![\w-])\s*")


AGE_REACH = 5000  # a person named with an age ("Jan Smit (34)") this close before "de 34-jarige"


# The parts of a full name before the surname, as _full_name_pattern writes them: a capitalised
# first name (perhaps double, "Jan-Peter") or up to MAX_INITIALS initials ("J.P."), once or twice.
_CAPITALISED = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?")
MAX_INITIALS = 4
TITLED_REACH = 6000  # how far back a surname given after a title is looked for
TITLE_CHARS = 60
_NAME_START = re.compile(r"(?<![\w-])[A-ZÀ-Ý]")
_WORD_OR_HYPHEN = re.compile(r"[\w-]")
_SPAN = re.compile(r".+", re.DOTALL)  # a match object for a span found without a pattern


def surname(name: str, doc: Document, pos: int, known: dict[str, Attribution]) -> Attribution | None:
    """A surname alone ("De Charron", "Van der Laan", "Smit") as the full name given earlier."""
    words = name.split()
    lex = lexicon.load()
    if not words or words[-1].lower() in lex.name_stopwords or _roles.is_role_word(words[-1]):
        return None
    lowered = " ".join(w.lower() if w.lower() in lex.name_particles else w for w in words)
    for speaker, attribution in known.items():
        if speaker.endswith(" " + lowered) or speaker.endswith(" " + name):
            return attribution
    if len(words) == 1 and words[0].lower() in lex.name_particles:
        return None
    particle = words[0].lower() in lex.name_particles  # "Van Dijk": "Jan Peter van Dijk"
    full = _full_name(lowered, name, particle=particle)
    tails: tuple[str, ...] = (lowered,) if particle else (lowered, name)
    found = _last_before(full, doc.text, pos, tails)
    if found is None and particle and lowered != name:
        # "Kees Ter Riet" for "Ter Riet": the particle printed with a capital after a first name
        capital = _last_before(_FullName((name,)), doc.text, pos, (name,))
        if capital is not None and _speakers.gender(capital.group(0)) is not None:
            found = capital
    for _ in range(MAX_SURNAME_TRIES):
        if found is None:
            return Attribution(name)  # the surname as written, or an organisation ("aldus Europol")
        region = doc.text[max(found.start() - 60, 0) : found.end() + 160]
        offset = found.start() - max(found.start() - 60, 0)
        title = title_at_end(region[:offset])
        title, full_name, _lead = split_name(found.group(0), title)
        if len(full_name.split()) >= 2:
            break  # "Jan Smit", or "Tot Rob Hoogma" read as "Rob Hoogma"
        # "Volgens Verhoeven": a word that looks like a first name; "Staatssecretaris Wiebes": a
        # title; the full name is further back
        found = _last_before(full, doc.text, found.start(), tails)
    if found is None or not plausible_name(full_name, title):
        return None
    return attribution_of(full_name, title, rest_after(region, offset + len(found.group(0))), dash=False)


def _full_name(lowered: str, name: str, *, particle: bool) -> _FullName | re.Pattern[str]:
    """What finds a full name that ends in the surname ``name`` (``lowered``: its particles in
    lower case): a :class:`_FullName`, or the compiled pattern for a surname it cannot read."""
    tails = (lowered,) if particle else (lowered, name)
    if all(tail and not tail[0].isspace() and len(tail) == len(lowered) for tail in tails):
        return _FullName(tails)
    return _full_name_pattern(lowered, name, particle=particle)


@lru_cache(maxsize=256)
def _full_name_pattern(lowered: str, name: str, *, particle: bool) -> re.Pattern[str]:
    """A full name that ends in the surname ``name`` (``lowered``: its particles in lower case),
    compiled once per surname."""
    tail = re.escape(lowered) if particle else rf"(?:{re.escape(lowered)}|{re.escape(name)})"
    first = r"(?:[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?|(?:[A-Z]\.[ ]?){1,4})"
    space = _speakers.NAME_SPACE  # never across a blank line ("… Faam Brouwerij\n\nFrontaal meldt …")
    return re.compile(rf"(?<![\w-]){first}(?:{space}{first})?{space}{tail}(?![\w-])")


@dataclass(frozen=True, slots=True)
class _FullName:
    """The matches of ``_full_name_pattern`` for one surname, found without compiling it: the
    pattern's parts are read in the order its regular expression tries them (a first name or
    initials, a second one if the rest then matches, the space, the surname written as one of
    ``tails``, which all have the same length and start with no white space)."""

    tails: tuple[str, ...]

    def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """As ``pattern.match(text, pos, endpos)``."""
        endpos = min(endpos, len(text))
        end = self._end(text, pos, endpos)
        return None if end is None else _SPAN.match(text, pos, end)

    def spans(self, text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
        """As the spans of ``pattern.finditer(text, pos, endpos)``."""
        endpos = min(endpos, len(text))
        out: list[tuple[int, int]] = []
        start = _NAME_START.search(text, pos, endpos)
        while start is not None:
            end = self._end(text, start.start(), endpos)
            if end is not None:
                out.append((start.start(), end))
            start = _NAME_START.search(text, start.start() + 1 if end is None else end, endpos)
        return out

    def _end(self, text: str, pos: int, endpos: int) -> int | None:
        if pos and _WORD_OR_HYPHEN.match(text, pos - 1):
            return None
        for first_end in _first_name_ends(text, pos, endpos):
            space = _space_end(text, first_end, endpos)
            if space is None:
                continue
            for second_end in _first_name_ends(text, space, endpos):  # a second first name
                second_space = _space_end(text, second_end, endpos)
                end = None if second_space is None else self._tail_end(text, second_space, endpos)
                if end is not None:
                    return end
            end = self._tail_end(text, space, endpos)
            if end is not None:
                return end
        return None

    def _tail_end(self, text: str, pos: int, endpos: int) -> int | None:
        end = pos + len(self.tails[0])
        if end > endpos or not any(text.startswith(tail, pos) for tail in self.tails):
            return None
        return end if end == endpos or _WORD_OR_HYPHEN.match(text, end) is None else None


def _first_name_ends(text: str, pos: int, endpos: int) -> Iterator[int]:
    """Where a first name or initials starting at ``pos`` may end, in the order the pattern tries
    them: a capitalised name ends only at its last letter (white space must follow), initials at
    every count from four down, each with its space before without it."""
    capitalised = _CAPITALISED.match(text, pos, endpos)
    if capitalised is not None:
        yield capitalised.end()
    else:
        yield from _initials_ends(text, pos, endpos, 0)


def _initials_ends(text: str, pos: int, endpos: int, done: int) -> Iterator[int]:
    if done < MAX_INITIALS and pos + 1 < endpos and "A" <= text[pos] <= "Z" and text[pos + 1] == ".":
        after = pos + 2
        if after < endpos and text[after] == " ":
            yield from _initials_ends(text, after + 1, endpos, done + 1)
        yield from _initials_ends(text, after, endpos, done + 1)
    if done:
        yield pos


def _space_end(text: str, pos: int, endpos: int) -> int | None:
    """The end of ``_speakers.NAME_SPACE`` at ``pos`` that a word can follow: spaces, or spaces
    around one line break; None when there is no white space."""
    end = pos
    while end < endpos and text[end] != "\n" and text[end].isspace():
        end += 1
    if end < endpos and text[end] == "\n":
        end += 1
        while end < endpos and text[end] != "\n" and text[end].isspace():
            end += 1
        return end
    return end if end > pos else None


@lru_cache(maxsize=256)
def _matches(
    pattern: re.Pattern[str] | _FullName, text: str, tails: tuple[str, ...] = ()
) -> tuple[tuple[int, int], ...]:
    """Every match of ``pattern`` in ``text``, found once per pattern and text: many quotes that
    refer to the same name do not rescan the text. ``tails``: literal words every match ends in;
    the pattern then runs only on the stretches between name breaks that hold one of them (the
    same matches, as no match crosses a break, at a fraction of the cost)."""
    def spans(pos: int, endpos: int) -> list[tuple[int, int]]:
        if isinstance(pattern, _FullName):
            return pattern.spans(text, pos, endpos)
        return [(m.start(), m.end()) for m in pattern.finditer(text, pos, endpos)]

    if not tails or any(_NAME_BREAK.search(tail) for tail in tails):
        return tuple(spans(0, len(text)))
    found: list[tuple[int, int]] = []
    done = 0
    for start, end in _tail_spans(text, tails, equal=isinstance(pattern, _FullName)):
        if start < done:
            continue
        lo = start
        while lo > done and not _NAME_BREAK.match(text, lo - 1):
            lo -= 1
        hi_break = _NAME_BREAK.search(text, end)
        done = hi_break.start() if hi_break is not None else len(text)
        # up to and with the break, so a closing lookahead reads it as in the whole text
        found += spans(lo, done + 1)
    return tuple(found)


def _tail_spans(text: str, tails: tuple[str, ...], *, equal: bool) -> Iterator[tuple[int, int]]:
    """The spans of ``re.finditer`` of the alternatives ``tails`` in ``text``; of tails of ``equal``
    length also every overlapping one, found with ``str.find`` (the caller skips those)."""
    if not equal:
        for m in re.finditer("|".join(re.escape(tail) for tail in tails), text):
            yield m.span()
        return
    starts: set[int] = set()
    for tail in tails:
        pos = text.find(tail)
        while pos >= 0:
            starts.add(pos)
            pos = text.find(tail, pos + 1)
    for pos in sorted(starts):
        yield pos, pos + len(tails[0])


def _last_before(
    pattern: re.Pattern[str] | _FullName, text: str, pos: int, tails: tuple[str, ...] = ()
) -> re.Match[str] | None:
    """The last match of ``pattern`` that ends at or before ``pos``, within NAME_REACH of it."""
    spans = _matches(pattern, text, tails)
    i = bisect.bisect_right(spans, (pos, pos)) - 1
    while i >= 0 and spans[i][1] > pos:
        i -= 1
    if i < 0 or spans[i][0] < pos - NAME_REACH:
        return None
    return pattern.match(text, spans[i][0], pos)


def first_name_full(doc: Document, word: str, pos: int) -> Attribution | None:
    """The last full name before ``pos`` that starts with the first name ``word`` ("Jolanda van
    Zanen"), with the role on the line after it when the name stands on a line of its own."""
    text = doc.text
    starts = [m for m in _matches(re.compile(rf"(?<![\w-]){re.escape(word)}\s"), text)
              if pos - NAME_REACH <= m[0] and m[1] <= pos]
    found: re.Match[str] | None = None
    for start, _end in reversed(starts):
        full = patterns()["name"].match(text, start)
        if full is None or len(full.group(0).split()) < 2:
            continue
        _title, candidate, _lead = split_name(full.group(0), None)
        if candidate.startswith(word + " ") and plausible_name(candidate):
            found = full
            break
    if found is None:
        return _capitals_name(text, word, pos)
    _title, full_name, _lead = split_name(found.group(0), None)
    attribution = attribution_of(full_name, None, rest_after(text, found.end()), dash=False)
    if attribution.role is None:
        # "Jolanda van Zanen" as a caption line; the role stands under her name line in capitals
        capitals = _capitals_name(text, word, pos)
        if capitals is not None and capitals.speaker == full_name and capitals.role is not None:
            return capitals
    return attribution


def _capitals_name(text: str, word: str, pos: int) -> Attribution | None:
    """A name line in capitals ("RUTGER VAN DER LEEUW") that starts with the first name ``word``,
    written as a name ("Rutger van der Leeuw"), with the role on the line under it."""
    particles = lexicon.load().name_particles
    line = re.compile(rf"^[ \t]*{re.escape(word.upper())}(?:[ \t]+[A-ZÀ-Ý'’-]+){{1,4}}[ \t]*$", re.MULTILINE)
    found = _last_before(line, text, pos)
    if found is None:  # the line breaks lost: the capitals in running text
        inline = re.compile(rf"(?<![\w-]){re.escape(word.upper())}(?:[ \t]+[A-ZÀ-Ý'’-]+(?![\w-])){{1,4}}")
        found = _last_before(inline, text, pos)
    if found is None:
        return None
    words = found.group(0).split()
    name = " ".join(
        w.lower() if i and w.lower() in particles else w.capitalize() for i, w in enumerate(words)
    )
    if not plausible_name(name):
        return None
    under = text[found.end() :].lstrip("\n")
    role_line = under.split("\n", 1)[0].strip()
    rest = ", " + role_line if role_line and caption_line(role_line) else ""
    return attribution_of(name, None, rest, dash=True)


def caption_line(line: str) -> bool:
    return bool(line) and len(line.split()) <= MAX_CAPTION_WORDS and line[-1] not in ".!?:;"


def aged_person(window: str, pos: int, doc: Document, quote_at: int) -> Attribution | None:
    """"zegt de 34-jarige", "vertelt de 34-jarige Amsterdammer": the person named earlier with that
    age ("Jan Smit (34)", "de 34-jarige Jan Smit"), unless a full name follows the age here."""
    m = _AGE_AT.match(window, pos)
    if m is None:
        return None
    after = patterns()["name"].match(window, m.end())
    if after is not None and len(split_name(after.group(0), None)[1].split()) >= 2:
        return None  # "de 34-jarige Jan Smit": the name itself
    age = m.group("age")
    text = doc.text
    start = _speakers.article_start(text, quote_at, AGE_REACH)
    name = _speakers.name_regex()
    pattern = re.compile(
        rf"(?P<name>{name})\s*\(\s*{age}\s*\)|(?i:de|het)\s+{age}-jarige\s+(?P<after>{name})"
    )
    found = None
    for hit in pattern.finditer(text, start, quote_at):
        _title, person, _lead = split_name(hit.group("name") or hit.group("after"), None)
        if len(person.split()) >= 2 and plausible_name(person):
            found = (hit, person)
    if found is None:
        return None
    hit, person = found
    return attribution_of(person, None, rest_after(text, hit.end()), dash=False)


def titled_surname(doc: Document, name: str, pos: int) -> Attribution | None:
    """"de Amerikaanse president Trump … Trump lijkt zich onoverwinnelijk te voelen": a one-word
    surname never given with a first name, but given before ``pos`` in this article after a title in
    lower case, is that person ("Trump", role "president")."""
    if " " in name or name.lower() in lexicon.load().function_words:
        return None
    text = doc.text
    start = _speakers.article_start(text, pos, TITLED_REACH)
    at = text.find(name, start, pos)
    while at >= 0:
        title = title_at_end(text[max(at - TITLE_CHARS, 0) : at])
        words = title.split() if title else []
        if (words and words[-1].islower() and _roles.is_role_word(words[-1])
                and not text[at + len(name) : at + len(name) + 1].isalnum()):
            return Attribution(name, words[-1], None)
        at = text.find(name, at + len(name), pos)
    return None


def names_other_surname(
    doc: Document, start: int, end: int, known: dict[str, Attribution], speaker: str, *, acting: bool = False
) -> bool:
    """"„…”, zegt Jan Smit. … Maar in 2018 kondigde Bijleveld plotseling aan …": a one-word surname
    between ``start`` and ``end`` that is the full name of someone other than ``speaker``, given
    earlier (wherever it stands in its sentence)."""
    own = speaker.split()
    text = doc.text
    for m in patterns()["name"].finditer(text, start, end):
        name = m.group(0)
        if (" " in name or name in own or name.lower() in lexicon.load().function_words
                or text.startswith(("'", "’"), m.end())):
            continue  # "Zue's regentank": a possession, not a person acting
        if acting and not _acts(text, m.start()):
            continue  # "aan het adres van Baudet", "dat ze Valkering heeft geschorst": an object
        found = surname(name, doc, m.start(), known)
        if found is not None and found.speaker not in (name, speaker) and len(found.speaker.split()) >= 2:
            return True
    return False


_WORD_BEFORE = re.compile(r"([\w-]+)[ \t]+\Z")


def _acts(text: str, pos: int) -> bool:
    """The surname at ``pos`` opens its sentence or follows a verb ("kondigde Bijleveld aan",
    "claimt Hoogma", "Honderd procent fit is Matavz nog niet"): a subject, not the object of a
    preposition or a pronoun's verb."""
    before = _WORD_BEFORE.search(text, max(pos - 40, 0), pos)
    if before is None:
        return True
    word = before.group(1)
    return word in FINITE_AUXILIARIES or (word[:1].islower() and word not in lexicon.load().function_words)


# Finite forms of "zijn", "hebben", "worden" and the modals, listed among the function words: the
# name right after one is its inverted subject.
FINITE_AUXILIARIES = frozenset({"is", "was", "heeft", "had", "wordt", "werd", "zal", "zou", "kan", "kon",
                                 "moet", "moest", "wil", "wilde"})
