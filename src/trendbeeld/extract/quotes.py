"""Quotes (citaten): words in quotation marks attributed to a person, with role and organisation.

Every quotation-mark style is read: “…”, „…”, "…", «…», and ‘…’ (single marks only for a
sentence that stands on its own line, as a pull quote does, since they also mark single words).
The speaker comes from an attribution after the quote ("…,” aldus Naam, rol bij Organisatie;
a line "– Naam, rol, organisatie"; "Rol Naam:"), before it ("Naam, rol, zegt …", "Volgens Naam,
…"), a first-name mention of a known speaker, or the speaker of the quote just before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from trendbeeld.extract import _phrases, _scan, lexicon
from trendbeeld.extract._document import Document, analyse
from trendbeeld.model import Quote, Source, SourceType

MAX_QUOTE_CHARS = 3000
MIN_QUOTE_WORDS = 4
MIN_SPEECH_WORDS = 6  # an unattributed quote must look like speech to inherit a speaker
CONTINUATION_CHARS = 1500  # a quote without attribution belongs to a speaker this close before
MAX_ROLE_WORDS = 14
MIN_PARAGRAPH_WORDS = 8

# The opening mark is one character class (a straight quote not after a letter), so the regex
# engine skips quickly from mark to mark.
_DOUBLE = re.compile(
    rf"(?P<open>[“„«\"](?<!\w\"))(?P<body>[^“”„«»\"]{{3,{MAX_QUOTE_CHARS}}}?)(?P<close>’’|”|»|\"(?![\w]))"
)
# Tried only at a ‘ that starts its line (see _candidates).
_SINGLE = re.compile(r"‘(?P<body>(?:[^‘’\n]|’(?=\w)|\n(?!\s*\n\s*\n)){10,600}?)’(?!\w)")
_BIJ_SPLIT = re.compile(r"\s+bij\s+(?:de\s+|het\s+)?(?=[A-Z])")
_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{1,7}\b")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said it: the speaker's name, role and organisation."""

    speaker: str
    role: str | None = None
    organisation: str | None = None


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    single: bool


class QuoteExtractor:
    """The rule-based quote extractor (registered as ``quotes.rules``)."""

    name = "quotes.rules"

    def extract(self, source: Source) -> list[Quote]:
        return from_document(analyse(source))


@cache
def _name() -> str:
    particles = "|".join(re.escape(p) for p in sorted(lexicon.load().name_particles, key=len, reverse=True))
    word = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
    return rf"{word}(?:\s+(?:(?:{particles})\s+)*{word}){{0,3}}"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon.load()
    name = _name()
    verbs = "|".join(re.escape(v) for v in sorted(lex.speech_verbs, key=len, reverse=True))
    title = "(?P<title>(?i:" + "|".join(re.escape(r) for r in lex.roles) + r"))\s+"
    rest = r"(?P<rest>[^.\n“”‘]{0,160})"
    return {
        "after_verb": re.compile(rf"\A[\s,]*(?i:{verbs})\s+(?:{title})?(?P<name>{name}){rest}"),
        "after_dash": re.compile(rf"\A[\s,]*\n[ ]*[–—-][ ]*(?P<name>{name})(?P<rest>[^\n]{{0,200}})"),
        "after_colon": re.compile(rf"\A\s*(?:{title})?(?P<name>{name})\s*:"),
        "before_name": re.compile(rf"(?:^|(?<=[\s(]))(?:{title})?(?P<name>{name}){rest}"),
        "volgens": re.compile(rf"\b(?i:volgens)\s+(?:{title})?(?P<name>{name}){rest}"),
    }


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
        last = (cand.end, attribution)
        span, evidence, page = doc.span(cand.start, cand.end)
        out.append(Quote(span=span, text=evidence, speaker=attribution.speaker, role=attribution.role,
                         organisation=attribution.organisation, page=page))
    if not out and doc.source.meta.type is SourceType.INTERVIEW:
        out.extend(_interview_paragraphs(doc))
    return out


def _candidates(text: str) -> list[_Candidate]:
    found = [_Candidate(m.start("body"), m.end("body"), False) for m in _DOUBLE.finditer(text)]
    taken_starts = [c.start for c in found]  # sorted and non-overlapping: finditer order
    for m in _scan.matches_at(_SINGLE, text, _scan.line_starts(text, _scan.marks(text, "‘"))):
        start, end = m.start("body"), m.end("body")
        if _overlaps(found, taken_starts, start, end):
            continue
        following = text[m.end() : m.end() + 2]
        if following.strip(" ") and following.strip(" ")[0] not in "\n":
            continue  # words go on after the closing mark: a term in quotes, not a pull quote
        found.append(_Candidate(start, end, True))
    found = [c for c in found if len(text[c.start : c.end].split()) >= MIN_QUOTE_WORDS]
    return sorted(found, key=lambda c: c.start)


def _overlaps(taken: list[_Candidate], starts: list[int], start: int, end: int) -> bool:
    """True when ``start:end`` overlaps one of ``taken`` (sorted, non-overlapping; ``starts`` their
    starts): a bisection instead of a scan, so many quotes stay linear."""
    before = bisect.bisect_right(starts, start) - 1
    if before >= 0 and taken[before].end > start:
        return True
    after = bisect.bisect_left(starts, start)
    return after < len(starts) and starts[after] < end


def _attribute(
    doc: Document, cand: _Candidate, known: dict[str, Attribution], last: tuple[int, Attribution] | None
) -> Attribution | None:
    """The first attribution that applies, from the strongest evidence to the weakest."""
    text = doc.text
    close_end = cand.end + (2 if text.startswith("’’", cand.end) else 1)
    after = _after(text, close_end, cand.single)
    if after is not None or (cand.single and _headline_label(text, close_end)):
        return after
    before = _before(doc, cand.start, known)
    if before is not None or not _is_speech(text, cand):
        return before
    return _following_volgens(doc, close_end) or _fallback(doc, cand, last)


def _fallback(doc: Document, cand: _Candidate, last: tuple[int, Attribution] | None) -> Attribution | None:
    """The speaker of the quote just before, or the interviewee of interview notes."""
    if last is not None and cand.start - last[0] <= CONTINUATION_CHARS:
        return last[1]
    meta = doc.source.meta
    if meta.type is SourceType.INTERVIEW and meta.author:
        return Attribution(meta.author, meta.role, meta.organisation)
    return None


def _after(text: str, pos: int, single: bool) -> Attribution | None:
    pats = _patterns()
    window = text[pos : pos + 260]
    for key in ("after_verb", "after_dash", "after_colon"):
        if single and key == "after_verb":
            continue
        m = pats[key].match(window)
        if m is not None and _plausible_name(m.group("name"), m.groupdict().get("title")):
            rest = m.groupdict().get("rest") or ""
            return _attribution(m.group("name"), m.groupdict().get("title"), rest, dash=key == "after_dash")
    return None


def _headline_label(text: str, pos: int) -> bool:
    """A pull quote followed by a label line ("Nieuw EU-migratiepact:") is a news headline."""
    line = text[pos : pos + 120].lstrip(" \n").split("\n", 1)[0].strip()
    return line.endswith(":") and len(line.split()) <= 6


def _before(doc: Document, pos: int, known: dict[str, Attribution]) -> Attribution | None:
    """An attribution in the sentence just before the quote, or before it in the same sentence."""
    text = doc.text
    sentence = doc.sentence_at(max(pos - 2, 0))
    region = text[sentence.start : pos]
    pats = _patterns()
    for key in ("volgens", "before_name"):
        for m in pats[key].finditer(region):
            if not _plausible_name(m.group("name"), m.groupdict().get("title")):
                continue
            rest = m.group("rest")
            if key == "before_name" and not (m.group("title") or _introduces_role(rest)):
                continue
            return _attribution(m.group("name"), m.group("title"), rest, dash=False)
    for speaker, attribution in known.items():
        first = speaker.split()[0]
        if re.search(rf"\b{re.escape(first)}\b", region):
            return attribution
    return None


def _introduces_role(rest: str) -> bool:
    """", projectleider bij …," after a name: the name is a person with a role."""
    m = re.match(r"\s*,\s*([\w-]+)", rest)
    if m is None:
        return False
    return _is_role(m.group(1)) and m.group(1).lower() not in lexicon.load().function_words


def _following_volgens(doc: Document, pos: int) -> Attribution | None:
    """"… .” Zeker … zijn er volgens Naam, rol, kansen." names the speaker after the quote."""
    sentence = doc.sentence_at(min(pos + 2, len(doc.text) - 1))
    if sentence.start < pos - 1:
        return None
    m = _patterns()["volgens"].search(doc.text, sentence.start, sentence.end)
    if m is None or not _plausible_name(m.group("name"), m.groupdict().get("title")):
        return None
    return _attribution(m.group("name"), m.group("title"), m.group("rest"), dash=False)


def _is_speech(text: str, cand: _Candidate) -> bool:
    body = text[cand.start : cand.end]
    return len(body.split()) >= MIN_SPEECH_WORDS


def _plausible_name(name: str, title: str | None = None) -> bool:
    """Two or more capitalised words ("Jan de Vries"), or a surname after a role ("burgemeester Halsema")."""
    stop = lexicon.load().name_stopwords
    words = [w for w in name.split() if w[0].isupper()]
    if not words or words[0].lower() in stop or words[-1].lower() in stop:
        return False
    return len(words) >= 2 or title is not None


def _attribution(name: str, title: str | None, rest: str, *, dash: bool) -> Attribution:
    speaker = _SPACE.sub(" ", name).strip()
    parts = [p.strip() for p in _SPACE.sub(" ", rest).split(",")]
    parts = parts[1:] if parts and not parts[0] else []
    if not dash:
        parts = parts[:1]
    parts = [p for p in parts if p and len(p.split()) <= MAX_ROLE_WORDS]
    role_parts, organisation = list(parts), None
    if dash and len(role_parts) >= 2 and role_parts[-1][0].isupper():
        organisation = role_parts.pop()
    role = ", ".join(role_parts) or None
    if title:
        role = f"{title} {role}".strip() if role else title
    if role and not _is_role(role):
        role = None
    if role and organisation is None:
        role, organisation = _split_organisation(role)
    return Attribution(
        speaker, _phrases.tidy(role) if role else None, _phrases.tidy(organisation) if organisation else None
    )


def _is_role(text: str) -> bool:
    first = text.split(maxsplit=1)[0].lower()
    return text[0].islower() or first in {r.split()[0] for r in lexicon.load().roles}


def _split_organisation(role: str) -> tuple[str, str | None]:
    bij = _BIJ_SPLIT.search(role)
    if bij is not None:
        return role[: bij.start()], role[bij.end() :]
    acronym = _ACRONYM.search(role)
    if acronym is not None:
        return role, acronym.group(0)
    return role, None


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
