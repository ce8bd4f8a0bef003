"""A quotation that goes on from reported speech a sentence or two before it, attributed there
without quotation marks: "…, zegt Hamming. Ook in zijn gemeente wordt flink gebouwd. „We willen
20.000 woningen bouwen.”", and the attribution set inside the sentence: "Normaal gesproken, zegt
hoogleraar Carla Hollak, zit ze drie maanden te ploeteren. Zit alles mee, dan … ‘Als zoiets lukt,
ben ik extreem blij.’" (conventions: quotations attributed by context are core).

The attribution is read as after a quote (a surname as the full name given earlier); only a
person's full name counts, not a pronoun, an office or an organisation, and no other person may be
named or be the subject of a sentence between the attribution and the quotation.
:mod:`.quotes` asks this after the attribution in the sentence right before the quote fails.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from trendbeeld.extract import _roles, _speakers
from trendbeeld.extract._document import Document
from trendbeeld.extract._quote_attribution import (
    UNRESOLVED,
    names_another,
    opens_sentence,
    speaker_after,
)
from trendbeeld.extract._quote_names import surname
from trendbeeld.extract._quote_patterns import patterns, speech_words
from trendbeeld.extract._quote_referents import PERSON_SUBJECT, unnamed_person
from trendbeeld.extract._quotemarks import Candidate
from trendbeeld.extract._speakers import Attribution

NO_QUOTE_BEFORE = 400  # without a quote attributed before, no quotation this close before it
MAX_SENTENCES_BACK = 2  # the attribution's sentence is this many sentences before the quote at most
_MARKS = ("“", "”", "„", "‘", "’", "\"", "''", ",,", "«", "»")
_PRONOUN_SUBJECT = re.compile(r"(?:\A|[.!?]\s+)(?:Ook\s+)?(Hij|Zij|Ze)\s")  # a sentence about a person
# "de buurman", "zijn vrouw": an unnamed person mentioned between the attribution and the quote
_PERSON_NOUN = re.compile(r"(?<![\w-])(?i:de|een|zijn|haar)\s+(?P<noun>[a-zà-ÿ-]{3,})(?![\w-])")
_GOES_ON = re.compile(r",\s+[a-zà-ÿ]")  # "…, zegt Jan Smit, zit …": the sentence goes on


@cache
def _inserted() -> re.Pattern[str]:
    """", zegt Hamming." and ", zegt hoogleraar Carla Hollak, zit …": a comma and a verb of saying."""
    verbs = "|".join(re.escape(v) for v in sorted(speech_words(), key=len, reverse=True))
    return re.compile(rf",\s+(?:zo\s+)?(?:{verbs})\s+(?=[A-Za-zÀ-ÿ])")


def said_earlier(
    doc: Document, cand: Candidate, known: dict[str, Attribution], last: tuple[int, Attribution] | None
) -> Attribution | None:
    """The person whose reported speech, one or two sentences before the quote, names them."""
    text = doc.text
    if not opens_sentence(text, cand.open):
        return None
    sentence = doc.sentence_at(max(cand.open - 2, 0))
    for back in range(MAX_SENTENCES_BACK):
        region = text[sentence.start : cand.open]
        if any(mark in region for mark in _MARKS) or "\n\n" in region:
            return None  # another quotation or paragraph in between: not this speaker's run
        said = None
        for m in _inserted().finditer(text, sentence.start, sentence.end):
            said = m
        if said is not None:
            return _speaker(doc, cand, said.start(), sentence.end, known, last, back)
        if sentence.start <= 0:
            return None
        previous = doc.sentence_at(max(sentence.start - 2, 0))
        if previous.start >= sentence.start:
            return None
        sentence = previous
    return None


def _speaker(
    doc: Document,
    cand: Candidate,
    comma: int,
    sentence_end: int,
    known: dict[str, Attribution],
    last: tuple[int, Attribution] | None,
    back: int,
) -> Attribution | None:
    text = doc.text
    verb = _inserted().match(text, comma)
    if back == 0 and (verb is None or _GOES_ON.search(text, verb.end(), sentence_end) is None):
        # ", zegt Van Dijk." ending the sentence right before is read by :func:`quotes._said_before`;
        # here only an attribution set inside it (", zegt X, …")
        return None
    if patterns()["pronoun_after"].match(text, comma) is not None:
        return None  # "…, zegt hij, …": the person a pronoun refers to is not resolved reliably here
    said = dataclasses.replace(cand, open=comma, close_end=comma, pull=False)
    found = speaker_after(doc, said, known, last)
    if (found is None or found is UNRESOLVED or found.speaker in (_roles.ANONYMOUS, found.organisation)
            or len(found.speaker.split()) < 2):
        return None
    gap = text[text.find(".", comma, cand.open) + 1 : cand.open]
    if (names_another(gap, found.speaker, whole=True)
            or any(not _speakers.fits(m.group(1), found.speaker) for m in _PRONOUN_SUBJECT.finditer(gap))
            or any(unnamed_person(m.group("noun")) for m in PERSON_SUBJECT.finditer(gap))
            or any(unnamed_person(m.group("noun")) for m in _PERSON_NOUN.finditer(gap))):
        # "Zijn buurman denkt daar anders over.", "Tot ergernis van de buurman, die …", "Zij …"
        # after a man: someone else may speak
        return None
    return found


@cache
def _reports_after() -> re.Pattern[str]:
    """"„…” Van Westerloo vindt dat …", "„…” Clement onderstreept dat …": the sentence right after
    the quote opens with a surname or first name alone and a verb of saying with "dat"."""
    verbs = "|".join(re.escape(v) for v in sorted(speech_words(), key=len, reverse=True) if v != "volgens")
    return re.compile(
        r"[’'”\"]?[ \t]*(?:Ook[ \t]+)?(?P<name>(?:(?:Van|De|Den|Ter|Ten)[ \t]+(?:(?:de|der|den)[ \t]+)?)?"
        rf"[A-ZÀ-Ý][a-zà-ÿ]+)[ \t]+(?:{verbs})[ \t]+(?:(?:ook|wel|niet|nog|zelf)[ \t]+)?dat(?![\w-])"
    )


def said_after(
    doc: Document, cand: Candidate, known: dict[str, Attribution], last: tuple[int, Attribution] | None
) -> Attribution | None:
    """"„Toen hadden ze kunnen kiezen voor …” Van Westerloo vindt dat Huys …": a quote with no
    attribution, right after which a speaker quoted before, now named by surname or first name
    alone, goes on in reported speech; not when another quote without a speaker stands between the
    last attributed quote and this one (a run of someone else's words)."""
    text = doc.text
    m = _reports_after().match(text, cand.close_end)
    if m is None:
        return None
    since = text[last[0] if last is not None else max(cand.open - NO_QUOTE_BEFORE, 0) : cand.open]
    if any(mark in since for mark in _MARKS):
        return None
    name = m.group("name")
    for speaker, attribution in known.items():  # a speaker quoted before, by surname or first name
        words = speaker.lower().split()
        if len(words) >= 2 and (" ".join(words).endswith(" " + name.lower()) or words[0] == name.lower()):
            return attribution
    full = surname(name, doc, cand.open, known)  # else a surname whose full name is given before
    return full if full is not None and full.speaker != name and len(full.speaker.split()) >= 2 else None
