"""A definite role after a quote that points back to a person named just before it, without the
role written next to the name: "Fractievoorzitter Klaas Dijkhoff wil … „…”, zei de
VVD-fractievoorzitter" (the head of the compound), "Lord Heseltine riep de betogers op … „…”,
aldus de gewezen vicepremier", "‘…’, oordeelt Joaquín Giménez … ‘…’, zegt de afgezwaaide rechter".
The role is the person when the sentences before the quote name one person only, as the subject
of a sentence or as the speaker of a quote before, whose own title is no other office and whose
first name does not contradict a feminine or masculine role ("de onderzoekster", "de voorman").
Otherwise no speaker is guessed. :mod:`._quote_unnamed` asks after the role's organisation fails.
"""

from __future__ import annotations

import re

from trendbeeld.extract import _roles, _speakers
from trendbeeld.extract._document import Document
from trendbeeld.extract._quote_names import first_name_full
from trendbeeld.extract._quote_patterns import patterns, speech_words
from trendbeeld.extract._speakers import Attribution

REACH = 700  # the sentences before a quote that may name the person a role refers to
MAX_SENTENCES = 2  # whole sentences before the quote's own
_SENTENCE_END = re.compile(r"[.!?][”\"’']*\s")
# text inside double or curly quotation marks: a name quoted by someone ("‘Waar is Jeremy
# Corbyn?’") is no referent (a straight single mark also closes quotes, so it is left alone)
_QUOTED = re.compile(r"(?:,,|[„“‘])[^„“”‘’\n]{0,400}?(?:''|[”’])|(?<![\w])\"[^\"\n]{0,400}\"")
_CLAUSE_START = re.compile(r"(?:\A|[.!?:;]\s+|,\s+(?:maar|en|want)\s+|\s(?:maar|en|want)\s+)\Z")
_WORD_END = re.compile(r"([\w-]+)[\s,]*\Z")
_BACK_REFERENCE = re.compile(r"(?<![\w-])(?:[Hh]ij|[Zz]ij|[Hh]em|[Hh]aar)(?![\w-])")
_FEMININE = ("ster", "trice", "vrouw", "es")  # "onderzoekster", "directrice", "zegsvrouw", "lerares"
_MASCULINE = ("man",)  # "voorman", "zegsman"


def referent(
    doc: Document,
    role: str,
    pos: int,
    known: dict[str, Attribution],
    last: tuple[int, Attribution] | None = None,
) -> Attribution | None:
    """The one person named in the sentences before ``pos`` (the quote's opening mark) whom
    ``role`` ("de oud-minister") can describe, or the speaker of the quote just before when no one
    is named since; None when two people are named or the person's title is another office."""
    text = doc.text
    start = _speakers.article_start(text, pos, REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, pos) if m.end() < pos - 1]
    start = ends[-MAX_SENTENCES] if len(ends) >= MAX_SENTENCES else start
    recent = last[1] if last is not None and last[0] > pos - REACH and last[1].speaker else None
    if last is not None and last[0] > start:
        start = last[0]  # a person named before the last quote was that quote's business
    written = text[start:pos]
    region = _QUOTED.sub(lambda m: " " * (len(m.group(0)) - 1) + "”", written)
    person = _named(doc, region, start, known)
    if person is None and not _people_in(region):
        person = recent if recent is not None and recent.speaker != recent.organisation else None
    if person is None or person.speaker == _roles.ANONYMOUS:
        return None
    if not _speakers.fits(_pronoun(role), person.speaker) or _other_office(person, role):
        return None
    return Attribution(person.speaker, person.role or role, person.organisation)


def _named(doc: Document, region: str, start: int, known: dict[str, Attribution]) -> Attribution | None:
    """The one person named in ``region``, as the subject of a sentence or referred back to by a
    pronoun after the name; None for nobody or two people."""
    people: dict[str, Attribution] = {}
    found: Attribution | None = None
    for m in patterns()["name"].finditer(region):
        person = _speakers.mention(region, m, known)
        subject = _subject(region, m.start())
        if person is None and subject and " " not in m.group(0):
            # "Adams schat dat …": a surname alone of someone quoted before; "Hillary waarschuwde": a
            # first name alone, as the full name given earlier
            person = next((a for s, a in known.items() if s.endswith(" " + m.group(0))), None)
            if person is None:
                person = first_name_full(doc, m.group(0), start + m.start())
                if person is not None and not person.speaker.startswith(m.group(0) + " "):
                    person = None
        elif person is not None and person.speaker not in known and _speakers.gender(person.speaker) is None:
            person = None  # "Café Moonen wordt omgedoopt": a person has a first name, or spoke before
        if person is None or (len(person.speaker.split()) < 2 and person.speaker not in known):
            continue
        people[person.speaker] = person
        if subject or _BACK_REFERENCE.search(region, m.end()):
            found = person
    return found if len(people) == 1 else None


def _people_in(region: str) -> bool:
    return any(_speakers.names_person(m) for m in patterns()["name"].finditer(region))


def _pronoun(role: str) -> str | None:
    low = role.lower()
    if low.endswith(_FEMININE):
        return "zij"
    return "hij" if low.endswith(_MASCULINE) else None


def _subject(region: str, pos: int) -> bool:
    """The name at ``pos`` opens a sentence or clause (after a title: "Fractievoorzitter Klaas
    Dijkhoff wil"), or follows the verb of saying after a quote ("…’, oordeelt Joaquín Giménez")."""
    pre = region[:pos]
    title = _speakers.title_at_end(pre)
    if title:
        pre = pre[: len(pre) - len(title)]
    if _CLAUSE_START.search(pre.rstrip() + " ") or not pre.strip():
        return True
    word = _WORD_END.search(pre)
    if word is None or word.group(1).lower() not in speech_words():
        return False
    before = pre[: word.start()].rstrip(" ,")
    return before.endswith(("”", "’", "'", "\""))


def _other_office(person: Attribution, role: str) -> bool:
    """The person's own title is another office ("plaatsvervanger van Corbyn" for "de
    Labourvoorman"): then the role may be someone else."""
    own = (person.role or "").lower()
    if not own:
        return False
    head = _head(role.lower())
    words = [w.strip(",.()") for w in own.split()]
    if any(w == head or w.endswith(head) or _head(w) == head for w in words):
        return False
    return any(_roles.is_role_word(w) for w in words)


def _head(word: str) -> str:
    """The last part of a compound role ("vvd-fractievoorzitter" → "fractievoorzitter")."""
    return word.rsplit("-", 1)[-1]
