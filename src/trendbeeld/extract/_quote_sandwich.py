"""A quotation between two quotations of one speaker (citaat tussen twee citaten van één spreker):
a spoken sentence that no rule attributes, with a quotation of the same speaker shortly before it
and shortly after it and only narration about that speaker in between, is that speaker's too.

* "„Ik heb gestemd op dit plan”, zegt Jan Smit. De gemeente twijfelt nog. „Dat gaat ons 60.000 euro
  kosten.” Geld dat het stel niet heeft. „We gaan het toch doen”, zegt Smit." — the middle one is Smit's.

Not when the narration in between names someone else or makes another person its subject ("Ze
vertellen dat …", "Een buurman …"), when a colon introduces the quotation (someone's words put by
the writer: "Mijn moeder vroeg: „…”"), or when the quoted words are no sentence of their own (a
title, a slogan: "‘Als het avond is’ van muziekduo …").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from trendbeeld.extract import _articles
from trendbeeld.extract._quote_attribution import names_another, opens_sentence
from trendbeeld.extract._quote_continuation import someone_else
from trendbeeld.extract._quote_referents import other_person_subject
from trendbeeld.extract._quotemarks import Candidate
from trendbeeld.extract._speakers import Attribution

REACH = 700  # the quotations of the speaker before and after stand this close
MIN_WORDS = 4  # a spoken sentence, not a title or a slogan
_SENTENCE_CLOSED = re.compile(r"[.!?…]\s*\Z")
# "Ze vertellen …", "Zij vinden …": a plural subject pronoun opens a sentence of the narration
_PLURAL_SUBJECT = re.compile(r"(?:\A|[.!?]\s+)(?:Ze|Zij)\s+[a-zà-ÿ]+en(?![\w-])")


def attributed(
    text: str, found: list[tuple[Candidate, Attribution]], open_quotes: list[Candidate]
) -> Iterator[tuple[Candidate, Attribution]]:
    """The quotations of ``open_quotes`` (no speaker found) that lie between two quotations of one
    speaker in ``found`` (attributed quotations, in text order), with that speaker."""
    if not open_quotes or len(found) < 2:
        return
    ordered = sorted(found, key=lambda pair: pair[0].start)
    at = 0
    for cand in sorted(open_quotes, key=lambda c: c.start):
        while at < len(ordered) and ordered[at][0].start < cand.start:
            at += 1
        if at == 0 or at >= len(ordered):
            continue
        before, after = ordered[at - 1], ordered[at]
        if before[1].speaker != after[1].speaker or not before[1].speaker:
            continue
        if _between(text, before[0], cand, after[0], before[1]):
            yield cand, before[1]


def _between(text: str, before: Candidate, cand: Candidate, after: Candidate, speaker: Attribution) -> bool:
    body = text[cand.start : cand.end]
    first = text[before.close_end : cand.open]
    second = text[cand.close_end : after.open]
    if (len(first) > REACH or len(second) > REACH or cand.pull or len(body.split()) < MIN_WORDS
            or not body[:1].isupper() or _SENTENCE_CLOSED.search(body) is None
            or not opens_sentence(text, cand.open) or first.rstrip().endswith(":")):
        return False
    articles = _articles.of(text)
    if articles.between(before.close_end, cand.open) or articles.between(cand.close_end, after.open):
        return False  # another article begins in between
    for gap in (first, second):
        if (names_another(gap, speaker.speaker, whole=True)
                or other_person_subject(gap, speaker) or someone_else(gap, speaker)
                or _PLURAL_SUBJECT.search(gap)):
            return False
    return True
