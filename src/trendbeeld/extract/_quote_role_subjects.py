"""A quotation right after a sentence whose subject is a definite role without a name that points
back to a person named before (citaat toegeschreven door de context):

* "De Turkse president Erdogan … In reactie daarop liet Erdogan … vertonen. De president stelde dat
  … „Als Nieuw-Zeeland niet met hem afrekent, …”": the role opens the sentence before the quote;
* "… aldus Guaidó tegen journalisten. … De oppositievoorman riep de Venezolanen op … „We zijn
  sterker dan ooit.”", "De president van de Verenigde Staten schrijft: „…”": also before a colon.

The role is the person who was printed earlier in the article with that role as title ("de Turkse
president Erdogan", "oppositievoorman Guaidó"), when only one person was; else the one person the
sentences before name whom the role can describe (:func:`._quote_roles.referent`). The sentence names
no person itself ("De advocaat van Jan Smit …" is someone else), and a role of an unnamed source or
an organisation's spokesperson is left to :mod:`._quote_unnamed`. Nothing is guessed otherwise.
"""

from __future__ import annotations

import re

from trendbeeld.extract import _roles, _speakers
from trendbeeld.extract._document import Document
from trendbeeld.extract._quote_attribution import opens_sentence
from trendbeeld.extract._quote_patterns import patterns
from trendbeeld.extract._quote_roles import referent
from trendbeeld.extract._quotemarks import Candidate
from trendbeeld.extract._speakers import Attribution

TITLE_CHARS = 40  # a title stands this close before the name it belongs to
ARTICLE_REACH = 6000  # the earlier mention with the role as title stands this close before
# "De president", "Ook de Australische premier", "De oud-minister": an article, adjectives in "-e",
# and the role noun, which a finite verb or a "van" phrase follows
_ROLE_SUBJECT = re.compile(
    r"(?:(?:Ook|Maar|En|Toch|Wel|Zelf)\s+)?(?:De|de)\s+(?:[A-Za-zà-ÿ-]+e\s+){0,2}(?P<role>[a-zà-ÿ][\w-]+)"
    r"(?=\s+[a-zà-ÿ])"
)
_QUOTE_MARKS = ("“", "”", "„", "‘", "’", "\"", "''", ",,", "«", "»")
_NOT_HEADS = frozenset({"woordvoerder", "woordvoerster", "zegsman", "zegsvrouw", "bron", "politie"})


def role_subject(
    doc: Document, cand: Candidate, known: dict[str, Attribution], last: tuple[int, Attribution] | None
) -> Attribution | None:
    """The person a definite role refers to when it is the subject of the sentence right before
    ``cand`` (a quotation that opens its own sentence), or of the clause before its colon."""
    text = doc.text
    if not opens_sentence(text, cand.open):
        return None
    sentence = doc.sentence_at(max(cand.open - 2, 0))
    region = text[sentence.start : cand.open].rstrip()
    m = _ROLE_SUBJECT.match(region)
    if m is None or not region.endswith((".", "!", ":")) or any(mark in region for mark in _QUOTE_MARKS):
        return None
    role = m.group("role")
    head = role.rsplit("-", 1)[-1]
    if not _roles.is_role_word(head) or head in _NOT_HEADS or _roles.is_anonymous_noun(head):
        return None
    if any(_speakers.names_person(p) for p in patterns()["name"].finditer(region, m.end())):
        return None  # "De advocaat van Jan Smit zegt …": the role belongs to someone else
    at = sentence.start
    return titled_before(doc, head, at, known) or _named_before(doc, role, at, known, last)


def titled_before(doc: Document, head: str, pos: int, known: dict[str, Attribution]) -> Attribution | None:
    """The one person printed before ``pos`` in the article with a title whose head is ``head``
    ("de Turkse president Erdogan" for "president"); None for nobody or two people."""
    text = doc.text
    start = _speakers.article_start(text, pos, ARTICLE_REACH)
    region = text[start:pos]
    found: dict[str, Attribution] = {}
    for m in patterns()["name"].finditer(region):
        pre = region[max(m.start() - TITLE_CHARS, 0) : m.start()]
        if head not in pre.lower():
            continue  # a cheap look first: the role's word right before the name
        title = _speakers.title_at_end(pre)
        person = _speakers.mention(region, m, known)
        if person is None or not title or title.split()[-1].lower().rsplit("-", 1)[-1] != head:
            continue
        # "president Erdogan" after "president Recep Tayyip Erdogan": one person under two names
        same = [s for s in found if s.endswith(" " + person.speaker) or person.speaker.endswith(" " + s)]
        if same and len(same[0].split()) >= len(person.speaker.split()):
            continue
        for s in same:
            del found[s]
        found[person.speaker] = person
    if len(found) != 1:
        return None
    return next(iter(found.values()))


def _named_before(
    doc: Document, role: str, pos: int, known: dict[str, Attribution], last: tuple[int, Attribution] | None
) -> Attribution | None:
    found = referent(doc, role, pos, known, last)
    if found is None or found.speaker == found.organisation:
        return None
    return found
