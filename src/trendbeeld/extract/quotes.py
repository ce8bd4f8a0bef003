"""Quotes (citaten): words in quotation marks attributed to a person, with role and organisation.

Every quotation-mark style is read: “…”, „…”, „…“, "…", «…», ‘…’, ‚…‘ and '…'. Single marks
also mark terms, so a single-quoted text is a quote only when an attribution introduces or
follows it, or when it stands on its own line (a pull quote). The speaker comes from an
attribution after the quote ("…,” aldus/zegt [rol] Naam, rol bij Organisatie; a line
"– Naam, rol, organisatie"; "Rol Naam:"), before it ("Volgens Naam …:", "Naam zegt:",
"Naam (Organisatie):", "Naam, rol bij Organisatie:", "rol Naam van Organisatie …"), a
first-name mention of a known speaker or a pronoun ("zegt hij"). A quote without any of these
continues the speaker of the quote just before only within the same paragraph, or as a pull quote.
Titles of reports and terms in quotes ("het rapport “…”", zogenaamde “uithalers”) are skipped.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from trendbeeld.extract import _phrases, _roles, _scan, lexicon
from trendbeeld.extract._document import Document, analyse
from trendbeeld.model import Quote, Source, SourceType

MAX_QUOTE_CHARS = 3000
MAX_SINGLE_QUOTE_CHARS = 600
MIN_QUOTE_WORDS = 4
MIN_SPEECH_WORDS = 6  # an unattributed quote must look like speech to inherit a speaker
CONTINUATION_CHARS = 1500  # a quote without attribution belongs to a speaker this close before
MAX_TITLE_WORDS = 4  # words between a speech verb and the name ("zegt officier van justitie Jan Smit")
MIN_PARAGRAPH_WORDS = 8
AFTER_WINDOW = 260
NAME_WINDOW = 120  # the name follows the speech verb within this many characters

# The opening mark is one character class (a straight quote not after a letter), so the regex
# engine skips quickly from mark to mark. Which closing mark fits which opening one is checked
# afterwards (see _paired).
_DOUBLE = re.compile(
    rf"(?P<open>[“„«\"](?<!\w\"))(?P<body>[^“”„«»\"]{{3,{MAX_QUOTE_CHARS}}}?)(?P<close>’’|[”»“]|\"(?![\w]))"
)
_DOUBLE_CLOSES = {"“": ("”", "’’", '"'), "„": ("”", "“", '"', "’’"), "«": ("»",), '"': ('"', "”")}
# A single mark opens after a non-letter and not as an elision ('s, 't, '80); inside the quote an
# apostrophe is followed by a letter (thema’s); one blank line may occur (a pull quote's layout).
_SINGLE = re.compile(
    r"(?P<open>[‘‚'](?<!\w[‘‚']))(?![’'\s]|(?:s|t|n|k|m|r)\b|\d)"
    rf"(?P<body>(?:[^‘’'‚\n]|[’'](?=\w)|\n(?!\s*\n\s*\n)){{8,{MAX_SINGLE_QUOTE_CHARS}}}?)"
    r"(?P<close>[’‘'])(?!\w)"
)
_SINGLE_CLOSES = {"‘": ("’",), "‚": ("‘", "’"), "'": ("'", "’")}
_SPACE = re.compile(r"\s+")
_NONSPACE = re.compile(r"\S+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_ARTICLES = frozenset({"de", "het", "een"})
_PRONOUNS = r"(?:hij|zij|ze)"
_COLON_END = re.compile(r"\s*(?:\([^()\n]{1,80}\))?\s*:\s*$")  # "Naam (Organisatie): “…"
_REST = re.compile(r"[^.\n“”‘„«»\"!?]{0,160}")
_COMMA_WORD = re.compile(r"\s*,\s*([\w-]+)")
_SENTENCE_END = re.compile(r"[.!?]\s")
_TITLE_CHARS = re.compile(r"[\w\s'’-]*")
_PRONOUN_WORDS = frozenset({"hij", "zij", "ze"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said it: the speaker's name, role and organisation."""

    speaker: str
    role: str | None = None
    organisation: str | None = None


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int  # the quoted words, without the marks
    end: int
    open: int  # the opening mark
    close_end: int  # just after the closing mark
    single: bool
    pull: bool = False  # a single-quoted sentence on its own line


class QuoteExtractor:
    """The rule-based quote extractor (registered as ``quotes.rules``)."""

    name = "quotes.rules"

    def extract(self, source: Source) -> list[Quote]:
        return from_document(analyse(source))


# --------------------------------------------------------------------------- patterns


@cache
def _name() -> str:
    """A person's name: "Jan de Vries", "Martijn Groot Nibbelink", "J.P. Balkenende", "Halsema".

    Particles only follow a single first name or initials, so "Ahmed Aboutaleb van Rotterdam"
    is a name and an organisation.
    """
    particles = "|".join(re.escape(p) for p in sorted(lexicon.load().name_particles, key=len, reverse=True))
    word = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
    initials = r"(?:[A-Z]\.[ ]?){1,4}"
    lead = r"(?:Van|De|Den|Ter|Ten|Op|In)(?:\s+(?:de|der|den|het|'t))?"
    return (
        rf"(?:(?:{initials}|{word}\s+)(?:(?:{particles})\s+){{1,3}}{word}"
        rf"|{initials}{word}|{word}(?:\s+{word}){{0,2}}|{lead}\s+{word})"
    )


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon.load()
    name = _name()
    verbs = "|".join(re.escape(v) for v in sorted(lex.speech_verbs, key=len, reverse=True))
    title = "(?P<title>(?i:" + "|".join(re.escape(r) for r in lex.roles) + r"))\s+"
    return {
        "name": re.compile(name),
        "verb": re.compile(rf"\A[\s,]*(?:(?i:zo)\s+)?(?i:{verbs})\s+"),
        "pronoun_after": re.compile(rf"\A[\s,]*(?:(?i:zo)\s+)?(?i:{verbs})\s+{_PRONOUNS}\b"),
        "verb_follows": re.compile(
            rf"\A\s*(?:\([^()\n]{{1,80}}\)\s*)?(?:,[^,.:]{{1,120}},\s*)?(?i:{verbs})\b"
        ),
        "after_dash": re.compile(rf"\A[\s,]*\n[ ]*[–—-][ ]*(?P<name>{name})(?P<rest>[^\n]{{0,200}})"),
        "after_colon": re.compile(rf"\A\s*(?:{title})?(?P<name>{name})\s*:[ \t]*(?:\n|\Z)"),
    }


# --------------------------------------------------------------------------- quotes


def from_document(doc: Document) -> list[Quote]:
    """Quotes of a prepared document, in text order."""
    text = doc.text
    known: dict[str, Attribution] = {}
    out: list[Quote] = []
    last: tuple[int, Attribution] | None = None
    for cand in _candidates(text):
        attribution = _attribute(doc, cand, known, last)
        if attribution is None:
            continue
        known.setdefault(attribution.speaker, attribution)
        last = (cand.close_end, attribution)
        span, evidence, page = doc.span(cand.start, cand.end)
        out.append(Quote(span=span, text=evidence, speaker=attribution.speaker, role=attribution.role,
                         organisation=attribution.organisation, page=page))
    if not out and doc.source.meta.type is SourceType.INTERVIEW:
        out.extend(_interview_paragraphs(doc))
    return out


def _paired(
    pattern: re.Pattern[str], closes: dict[str, tuple[str, ...]], text: str, starts: list[int] | None = None
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` whose closing mark fits the opening one; after a misfit the search
    goes on at the closing mark, which may open the next quote. With ``starts`` (sorted offsets
    of opening marks) the pattern is tried only there."""
    pos = 0
    found: Iterator[re.Match[str] | None]
    if starts is None:
        found = iter(lambda: pattern.search(text, pos), None)
    else:
        found = (pattern.match(text, s) for s in starts)
    for m in found:
        if m is None or m.start() < pos:
            continue
        if m.group("close") in closes[m.group("open")]:
            yield m
            pos = m.end()
        else:
            pos = m.start("close")


def _candidates(text: str) -> list[_Candidate]:
    found = [
        _Candidate(m.start("body"), m.end("body"), m.start(), m.end(), False)
        for m in _paired(_DOUBLE, _DOUBLE_CLOSES, text)
        if _enough_words(text, m) and not _is_title(text, m.start())
    ]
    taken_starts = [c.start for c in found]  # sorted and non-overlapping: finditer order
    marks = sorted(
        p for mark in _SINGLE_CLOSES for p in _scan.marks(text, mark) if not _inside(found, taken_starts, p)
    )
    singles = []
    for m in _paired(_SINGLE, _SINGLE_CLOSES, text, marks):
        start, end = m.start("body"), m.end("body")
        if not _enough_words(text, m) or _overlaps(found, taken_starts, start, end):
            continue
        pull = _own_line(text, m.start(), m.end())
        if not pull and (_BLANK_LINE.search(text, start, end) or _is_title(text, m.start())):
            continue
        singles.append(_Candidate(start, end, m.start(), m.end(), True, pull))
    return sorted(found + singles, key=lambda c: c.start)


def _inside(taken: list[_Candidate], starts: list[int], pos: int) -> bool:
    before = bisect.bisect_right(starts, pos) - 1
    return before >= 0 and taken[before].end > pos


def _enough_words(text: str, m: re.Match[str]) -> bool:
    return len(text[m.start("body") : m.end("body")].split()) >= MIN_QUOTE_WORDS


def _own_line(text: str, open_pos: int, close_end: int) -> bool:
    """Only spaces before the opening mark on its line, and nothing but spaces after the close."""
    line_start = text.rfind("\n", 0, open_pos) + 1
    if text[line_start:open_pos].strip(" "):
        return False
    following = text[close_end : close_end + 2].strip(" ")
    return not following or following[0] == "\n"


def _is_title(text: str, open_pos: int) -> bool:
    """The marks follow a word such as "rapport" or "zogenaamde": a title or a term."""
    words = text[max(open_pos - 30, 0) : open_pos].lower().split()
    while words and words[-1] in _ARTICLES:
        words.pop()
    return bool(words) and words[-1].strip("(,:") in lexicon.load().quote_title_cues


def _overlaps(taken: list[_Candidate], starts: list[int], start: int, end: int) -> bool:
    """True when ``start:end`` overlaps one of ``taken`` (sorted, non-overlapping; ``starts`` their
    starts): a bisection instead of a scan, so many quotes stay linear."""
    before = bisect.bisect_right(starts, start) - 1
    if before >= 0 and taken[before].end > start:
        return True
    after = bisect.bisect_left(starts, start)
    return after < len(starts) and starts[after] < end


# --------------------------------------------------------------------------- attribution


def _attribute(
    doc: Document, cand: _Candidate, known: dict[str, Attribution], last: tuple[int, Attribution] | None
) -> Attribution | None:
    """The first attribution that applies, from the strongest evidence to the weakest."""
    text = doc.text
    after = _after(text, cand, last)
    if after is not None or (cand.pull and _headline_label(text, cand.close_end)):
        return after
    if cand.single and not cand.pull and not text[max(cand.open - 20, 0) : cand.open].rstrip().endswith(":"):
        return None  # a term in single quotes
    before = _before(doc, cand, known, last)
    if before is not None or not _is_speech(text, cand):
        return before
    return _following_volgens(doc, cand.close_end) or _fallback(doc, cand, last)


def _fallback(doc: Document, cand: _Candidate, last: tuple[int, Attribution] | None) -> Attribution | None:
    """The speaker of the quote just before when the text continues it, or the interviewee."""
    if last is not None and cand.start - last[0] <= CONTINUATION_CHARS and _continues(doc.text, cand, last):
        return last[1]
    meta = doc.source.meta
    if meta.type is SourceType.INTERVIEW and meta.author:
        return Attribution(meta.author, meta.role, meta.organisation)
    return None


def _continues(text: str, cand: _Candidate, last: tuple[int, Attribution]) -> bool:
    """A pull quote repeats the article; a body quote continues the same paragraph as a new
    sentence, with no other person named in between."""
    if cand.pull:
        return True
    gap = text[last[0] : cand.open]
    if _BLANK_LINE.search(gap) or not _opens_sentence(text, cand.open):
        return False
    return not _names_another(gap, last[1].speaker)


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[max(pos - 3, 0) : pos].rstrip(" \t")
    return not before or before[-1] in ".!?:;\n”’\"…"


def _names_another(gap: str, speaker: str) -> bool:
    """A full name other than ``speaker`` after the first sentence of ``gap`` (which may still
    attribute the quote before)."""
    cut = _SENTENCE_END.search(gap)
    rest = gap[cut.end() :] if cut else ""
    surnames = set(speaker.split())
    for m in _patterns()["name"].finditer(rest):
        _title, name, _lead = _split_name(m.group(0), None)
        if _plausible_name(name, None) and not surnames & set(name.split()):
            return True
    return False


def _after(text: str, cand: _Candidate, last: tuple[int, Attribution] | None) -> Attribution | None:
    pats = _patterns()
    window = text[cand.close_end : cand.close_end + AFTER_WINDOW]
    if not cand.pull:
        if pats["pronoun_after"].match(window):
            return _recent(cand, last)
        verb = pats["verb"].match(window)
        if verb is not None:
            return _named_after_verb(window, verb.end())
    for key in ("after_dash", "after_colon"):
        m = pats[key].match(window)
        if m is None:
            continue
        title, name, _lead = _split_name(m.group("name"), m.groupdict().get("title"))
        if _plausible_name(name, title):
            return _attribution(name, title, m.groupdict().get("rest") or "", dash=key == "after_dash")
    return None


def _recent(cand: _Candidate, last: tuple[int, Attribution] | None) -> Attribution | None:
    """The speaker a pronoun refers back to."""
    if last is not None and cand.start - last[0] <= CONTINUATION_CHARS:
        return last[1]
    return None


def _named_after_verb(window: str, pos: int) -> Attribution | None:
    """"zegt [de] [rol] Naam[, rol bij Organisatie]" from ``pos`` (just after the verb)."""
    for m in _patterns()["name"].finditer(window, pos, pos + NAME_WINDOW):
        ok, title = _title_before(window[pos : m.start()])
        if not ok:
            continue
        title, name, _lead = _split_name(m.group(0), title)
        if _plausible_name(name, title):
            return _attribution(name, title, _rest(window, m.end()), dash=False)
    return None


def _title_before(words_before: str) -> tuple[bool, str | None]:
    """Whether the words between a verb and a name may precede a name (none, or ending in a
    title: "zegt de Rotterdamse burgemeester"), and that title."""
    words = words_before.split()
    if not words:
        return True, None
    if len(words) > MAX_TITLE_WORDS + 1 or not _TITLE_CHARS.fullmatch(words_before):
        return False, None
    for i in range(len(words)):
        phrase = " ".join(words[i:])
        if _roles.is_role_phrase(phrase):
            return True, phrase
    return False, None


def _rest(text: str, pos: int) -> str:
    m = _REST.match(text, pos)
    return m.group(0) if m else ""


def _headline_label(text: str, pos: int) -> bool:
    """A pull quote followed by a label line ("Nieuw EU-migratiepact:") is a news headline."""
    line = text[pos : pos + 120].lstrip(" \n").split("\n", 1)[0].strip()
    return line.endswith(":") and len(line.split()) <= 6


def _before(
    doc: Document, cand: _Candidate, known: dict[str, Attribution], last: tuple[int, Attribution] | None
) -> Attribution | None:
    """An attribution in the sentence just before the quote, or before it in the same sentence:
    a name after "volgens" first, else the first name that other words make a speaker."""
    text = doc.text
    sentence = doc.sentence_at(max(cand.open - 2, 0))
    region = text[sentence.start : cand.open]
    other: Attribution | None = None
    for m in _patterns()["name"].finditer(region):
        found, volgens = _person_before(region, m, volgens_only=other is not None)
        if found is not None and volgens:
            return found
        other = other or found
    if other is not None:
        return other
    for speaker, attribution in known.items():
        first = speaker.split()[0]
        if first in region and re.search(rf"\b{re.escape(first)}\b", region):
            return attribution
    if _pronoun_speaks(region):
        return _recent(cand, last)
    return None


def _person_before(
    region: str, m: re.Match[str], *, volgens_only: bool = False
) -> tuple[Attribution | None, bool]:
    """The name ``m`` in ``region`` as the speaker of the quote after it, when the words around
    make it one: "volgens" before it, a title, a role after it, a speech verb or a colon; and
    whether "volgens" introduced it."""
    pre = region[max(m.start() - 60, 0) : m.start()]
    title = _title_at_end(pre)
    head = pre[: len(pre) - len(title)] if title else pre
    title, name, lead = _split_name(m.group(0), title)
    word_before = (lead or head[-20:]).split()[-1:]
    volgens = word_before in (["volgens"], ["Volgens"])
    if (volgens_only and not volgens) or not _plausible_name(name, title):
        return None, False
    rest = _rest(region, m.end())
    after = region[m.end() :]
    ok = volgens or bool(
        title
        or _introduces_role(rest)
        or _patterns()["verb_follows"].match(after)
        or (word_before and word_before[0].lower() in _speech_words())
        or _COLON_END.match(after)
    )
    return (_attribution(name, title, rest, dash=False) if ok else None), volgens


def _title_at_end(pre: str) -> str | None:
    """The role title that ends ``pre`` ("… volgens officier van justitie "), as written."""
    if not pre[-1:].isspace():
        return None
    words = list(_NONSPACE.finditer(pre))[-MAX_TITLE_WORDS:]
    for n in range(len(words), 0, -1):
        if _roles.is_role_phrase(" ".join(w.group(0) for w in words[-n:])):
            return pre[words[-n].start() :]
    return None


@cache
def _speech_words() -> frozenset[str]:
    """Single-word speech verbs, lower case."""
    return frozenset(v for v in lexicon.load().speech_verbs if " " not in v)


def _pronoun_speaks(region: str) -> bool:
    """"zegt hij", "zij stelt", "volgens haar": the speaker of the quote before speaks again."""
    words = region.lower().split()
    verbs = _speech_words()
    for a, b in itertools.pairwise(words):
        if (a in _PRONOUN_WORDS and b in verbs) or (a in verbs and b.strip(",:") in _PRONOUN_WORDS):
            return True
        if a == "volgens" and b.strip(",:") in {"hem", "haar"}:
            return True
    return False


def _introduces_role(rest: str) -> bool:
    """", projectleider bij …," after a name: the name is a person with a role."""
    m = _COMMA_WORD.match(rest)
    if m is None:
        return False
    return _roles.is_role(m.group(1)) and m.group(1).lower() not in lexicon.load().function_words


def _following_volgens(doc: Document, pos: int) -> Attribution | None:
    """"… .” Zeker … zijn er volgens Naam, rol, kansen." names the speaker after the quote."""
    sentence = doc.sentence_at(min(pos + 2, len(doc.text) - 1))
    if sentence.start < pos - 1:
        return None
    region = doc.text[sentence.start : sentence.end]
    for m in _patterns()["name"].finditer(region):
        found, _volgens = _person_before(region, m, volgens_only=True)
        if found is not None:
            return found
    return None


def _is_speech(text: str, cand: _Candidate) -> bool:
    body = text[cand.start : cand.end]
    return len(body.split()) >= MIN_SPEECH_WORDS


def _split_name(raw: str, title: str | None) -> tuple[str | None, str, str]:
    """Leading capitalised titles and stop words moved off a matched name: "Volgens
    Hoofdcommissaris Fred Westerbeke" is the title "Hoofdcommissaris", the name "Fred Westerbeke"
    and the leading words "Volgens"."""
    words = raw.split()
    lex = lexicon.load()
    titles: list[str] = [title.strip()] if title else []
    lead: list[str] = []
    while len(words) > 1:
        low = words[0].lower()
        if _roles.is_role_word(low):
            titles.append(words.pop(0))
        elif low in lex.name_stopwords and not (low in lex.name_particles and titles):
            lead.extend(titles)
            lead.append(words.pop(0))
            titles = []
        else:
            break
    return (" ".join(titles) or None), " ".join(words), " ".join(lead)


def _plausible_name(name: str, title: str | None = None) -> bool:
    """Two or more capitalised words ("Jan de Vries"), or a surname after a role ("burgemeester Halsema")."""
    lex = lexicon.load()
    words = [w for w in name.split() if w[0].isupper()]
    if not words:
        return False
    first, final = words[0].lower(), words[-1].lower()
    if final in lex.name_stopwords or _roles.is_role_word(final):
        return False
    if first in lex.name_stopwords and not (first in lex.name_particles and title):
        return False
    return len(words) >= 2 or title is not None


# --------------------------------------------------------------------------- role and organisation


def _attribution(name: str, title: str | None, rest: str, *, dash: bool) -> Attribution:
    speaker = _SPACE.sub(" ", name).strip()
    title = _SPACE.sub(" ", title).strip() if title else None
    if dash:
        role, organisation = _roles.dash_role(rest)
    else:
        role, organisation = _roles.role_after_name(_SPACE.sub(" ", rest))
    if title:
        role = f"{title}, {role}" if role else title
    if role and not _roles.is_role(role):
        role = None
    if role and organisation is None:
        role, organisation = _roles.split_organisation(role)
    return Attribution(
        speaker, _phrases.tidy(role) if role else None, _phrases.tidy(organisation) if organisation else None
    )


# --------------------------------------------------------------------------- interviews


def _interview_paragraphs(doc: Document) -> Iterator[Quote]:
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


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    for m in re.finditer(r"[^\n]+", text):
        if not m.group(0).lstrip().startswith("#"):
            yield m.start(), m.end()
