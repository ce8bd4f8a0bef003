"""A quoted fragment in reported speech whose sentence opens with an organisation (citaat van een
organisatie): "De SP wil, tot afschaffing een feit is, dat de provincies ‘terug gaan naar de basis’",
"De regering in Berlijn vreest voor ‘massale protesten’", "De fractie noemt het ‘solistisch
acteren’". The organisation is the subject (an article and an organisation word, "de SP", "het OM",
"de regering in Berlijn"), a singular finite verb of saying, thinking, wanting or naming follows it
(by lemma), and no person is named between the verb and the fragment; the fragment has two or more
words and is no sentence of its own. Such a fragment is the organisation's, like the quotations of
an organisation itself (NOTES G1: organisations as speakers; quoted words and fragments, `hard`),
also when a sentence after it opens with "Volgens" and another speaker ("… ‘…’ Volgens Forum voor
Democratie …"), which names whose view that sentence gives. :mod:`.quotes` asks before reading the
words after the quote.
"""

from __future__ import annotations

import re

from trendbeeld.extract import _speakers
from trendbeeld.extract._cues import lemma
from trendbeeld.extract._document import Document
from trendbeeld.extract._quote_patterns import patterns
from trendbeeld.extract._quotemarks import Candidate
from trendbeeld.extract._speakers import Attribution

SUBJECT_CHARS = 200  # the fragment stands this close after the sentence start
# Lemmas of verbs whose organisation subject says, thinks, wants or names what the fragment quotes.
_REPORTING_LEMMAS = frozenset({
    "zeggen", "vinden", "denken", "menen", "vrezen", "hopen", "verwachten", "willen", "eisen", "pleiten",
    "noemen", "stellen", "schrijven", "waarschuwen", "spreken", "omschrijven", "typeren", "bestempelen",
    "erkennen", "benadrukken", "concluderen", "constateren", "vragen", "verwijten", "beloven",
})
_WANTING_LEMMAS = frozenset({"willen", "eisen"})
_DAT = re.compile(r"(?<![\w-])dat(?![\w-])")
_OPENER = re.compile(r"(?:Ook|Maar|En|Toch|Wel|Zelf)\s+")
_VERB = re.compile(r"(?P<place>\s+(?:in|uit|van)\s+[A-ZÀ-Ý][\w-]+)?\s+(?P<verb>[a-zà-ÿ]{3,})(?![\w-])")


def organisation_fragment(doc: Document, cand: Candidate) -> Attribution | None:
    """The organisation that opens the sentence of the fragment ``cand`` and reports it."""
    text = doc.text
    if not cand.single or cand.pull or text[cand.start : cand.start + 1].isupper() or (
            " " not in text[cand.start : cand.end].strip()):
        return None  # a sentence of its own in single marks is read as speech elsewhere; one word
    start = doc.sentence_at(max(cand.open - 1, 0)).start
    if cand.open - start > SUBJECT_CHARS:
        return None
    opener = _OPENER.match(text, start, cand.open)
    org = patterns()["org_mention"].match(text, opener.end() if opener is not None else start, cand.open)
    verb = _VERB.match(text, org.end(), cand.open) if org is not None else None
    if org is None or verb is None or not _reports(verb.group("verb"), text[verb.end() : cand.open]):
        return None  # "De PVV en de SP willen …": no single body; "De politie werd …": no report
    if any(_speakers.names_person(m) for m in patterns()["name"].finditer(text, verb.end(), cand.open)):
        return None  # "De SP wil dat minister Jan Smit ‘…’": the person may be the one quoted
    # "de regering in Berlijn": the place names which one
    place = " ".join((verb.group("place") or "").split())
    speaker = f"{_speakers.tidy_org(org.group('org'))} {place}".strip()
    return Attribution(speaker, None, speaker)


def _reports(verb: str, between: str) -> bool:
    """A singular finite verb of saying, thinking or naming (by lemma), or of wanting with a "dat"
    clause ("wil … dat de provincies ‘…’"; "Het kabinet wil ‘harder optreden’" states a plan in
    a phrase of its own, no quotation)."""
    if verb.endswith("en"):
        return False
    base = lemma(verb)
    return base in _REPORTING_LEMMAS and (base not in _WANTING_LEMMAS or _DAT.search(between) is not None)
