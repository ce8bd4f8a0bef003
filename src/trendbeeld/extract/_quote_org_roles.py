"""A definite role after a quote whose organisation is named just before it (NOTES: unnamed officials
and anonymous spokespeople make the organisation the speaker, with the role, hard):

* a compound role that opens with the organisation's name: "„…”, aldus de ING-woordvoerder";
* the organisation as the subject that opens one of the two sentences before the quote or the quote's
  own sentence: "Ook PFZW, het pensioenfonds van de zorg, ziet dat … „…”, zegt de woordvoerder", "De
  rechtbank stemde niet in met dat verzoek. „…”, aldus de voorzitter";
* a business named with its kind just before: "… is Snackbar Cito in de Kinkerstraat. „…”, zegt de
  eigenaar", "Thais restaurant Rakang … staat ook op de lijst. „…”, zegt de manager".

Only one organisation may be named so, and no person by full name (whom the role might describe):
otherwise no speaker is guessed. :mod:`._quote_unnamed` asks when the role has no person and no
organisation of its own.
"""

from __future__ import annotations

import re
from functools import cache

from trendbeeld.extract import _roles, _speakers
from trendbeeld.extract._document import Document
from trendbeeld.extract._quote_patterns import patterns
from trendbeeld.extract._speakers import Attribution, plausible_name, split_name

MAX_SENTENCES = 2  # whole sentences before the quote's own that may name the organisation
REACH = 700
# Kinds of business written before its name ("Snackbar Cito", "Thais restaurant Rakang").
_BUSINESS_NOUNS = (
    "restaurant|snackbar|snackbar-restaurant|café|eetcafé|lunchroom|bakkerij|slagerij|winkel|"
    "supermarkt|hotel|discotheek|club|kledingzaak|garage|tankstation|brouwerij|kwekerij|bedrijf|"
    "webwinkel|boekhandel|kapsalon|sportschool|zwembad|camping|pizzeria|shoarmazaak"
)
_BUSINESS = re.compile(
    rf"(?<![\w-])(?i:{_BUSINESS_NOUNS})\s+(?:(?:de|het|'t)\s+(?=[A-ZÀ-Ý]))?(?P<name>[A-ZÀ-Ý][\w'’&-]+(?:\s+[A-ZÀ-Ý][\w'’&-]+){{0,2}})"
)
_CAPITAL_COMPOUND = re.compile(r"(?P<org>[A-Z][A-Za-z0-9&]{1,9})-(?P<head>[a-zà-ÿ]{4,})")
_OPENERS = r"(?:(?:Ook|Maar|En|Bij|Toch)\s+)?"
# a news subhead glued to the sentence ("Wapen De rechtbank stemde …") before an organisation with its article
_SUBHEAD = r"(?:[A-ZÀ-Ý][a-zà-ÿ]+\s+(?=(?:De|Het)\s))?"
_ACRONYM_SUBJECT = re.compile(rf"\s*{_OPENERS}(?P<org>{_speakers.ACRONYM})(?=\s*,|\s+[a-zà-ÿ])")
_SENTENCE_END = re.compile(r"[.!?][”\"’']*\s+|\n\s*")
# Organisation nouns that name no organisation on their own ("een woordvoerder van het bedrijf"): the
# organisation named just before is meant.
_GENERIC_NOUNS = frozenset(
    {"bedrijf", "zaak", "winkel", "onderneming", "concern", "firma", "fabrikant", "keten"})
_GENERIC_OF = re.compile(r"(?:(?:het|de)\s+)?(?P<noun>[a-z]+)")
# Bodies of a place ("de gemeente"), and the place they were named with before ("gemeente Den Haag").
_PLACE_BODIES = frozenset({"gemeente", "provincie"})
_BODY_NAMED = re.compile(
    r"(?<![\w-])(?P<body>[Gg]emeente|[Pp]rovincie)\s+"
    r"(?P<place>(?:(?:Den|De|Het|Sint|Ten|Ter)\s+)?[A-ZÀ-Ý][\w'’-]+)"
)
_QUOTED = re.compile(r"(?:,,|[„“‘])[^„“”‘’\n]{0,400}?(?:''|[”’])|(?<![\w])\"[^\"\n]{0,400}\"")


@cache
def _org_subject() -> re.Pattern[str]:
    return re.compile(rf"\s*{_SUBHEAD}{_OPENERS}{_speakers.org_phrase()}(?=\s*,|\s+[a-zà-ÿ])")


def compound_named(role: str) -> Attribution | None:
    """"de ING-woordvoerder": the organisation the compound role opens with, written with a capital."""
    m = _CAPITAL_COMPOUND.fullmatch(role.strip())
    if m is None or not _roles.is_role_word(m.group("head")):
        return None
    return Attribution(m.group("org"), m.group("head"), m.group("org"))


def organisation_named(doc: Document, role: str, pos: int) -> Attribution | None:
    """The one organisation named before the quote at ``pos`` as a sentence's subject or as a business
    with its kind, for the definite ``role`` after the quote; None when another organisation or a
    person by full name is named there too."""
    text = doc.text
    start = _window_start(doc, pos)
    region = _QUOTED.sub(lambda m: " " * len(m.group(0)), text[start:pos])
    for sentence in reversed(_sentences(region)):
        if _names_person(sentence):
            return None  # "…, zegt David van As van Bpf Bouw.": the role may be his
        found = {" ".join(m.group(0).split()) for m in _BUSINESS.finditer(sentence)}
        subject = _ACRONYM_SUBJECT.match(sentence) or _org_subject().match(sentence)
        if subject is not None:
            found.add(_speakers.tidy_org(subject.group("org")))
        if found:
            if len(found) > 1:
                return None
            org = found.pop()
            return Attribution(org, role.strip().lower(), org)
    return None


def generic_named(doc: Document, organisation: str, role: str, pos: int) -> Attribution | None:
    """"„…”, aldus een woordvoerder van het bedrijf" after "KPN wil nog niet …": a generic noun of a
    business after the role is the one organisation named just before (as for a bare role above)."""
    m = _GENERIC_OF.fullmatch(organisation.strip())
    if m is None or m.group("noun") not in _GENERIC_NOUNS:
        return None
    return organisation_named(doc, role, pos)


def full_name(doc: Document, found: Attribution, pos: int) -> Attribution | None:
    """A generic organisation as speaker: "de gemeente" is the one municipality (or province) the
    article named before ("gemeente Arnhem", the form the conventions write), else it stays
    "gemeente"; other generic nouns ("het bedrijf", "de partij") give None (no name to give)."""
    body = found.speaker.lower()
    if body not in _PLACE_BODIES:
        return None
    text = doc.text
    start = _speakers.article_start(text, pos, 0, start=0)
    named = {f"{body} {m.group('place')}" for m in _BODY_NAMED.finditer(text, start, pos)
             if m.group("body").lower() == body}
    if len(named) != 1:
        return found
    full = named.pop()
    return Attribution(full, found.role, full)


def _window_start(doc: Document, pos: int) -> int:
    sentence = doc.sentence_at(max(pos - 1, 0))
    start = sentence.start
    for _ in range(MAX_SENTENCES):
        if start <= 0:
            break
        start = doc.sentence_at(start - 1).start
    start = max(start, pos - REACH)
    return _speakers.article_start(doc.text, pos, 0, start=start)


def _sentences(region: str) -> list[str]:
    out, at = [], 0
    for m in _SENTENCE_END.finditer(region):
        out.append(region[at : m.start() + 1])
        at = m.end()
    out.append(region[at:])
    return out


def _names_person(region: str) -> bool:
    """A person by full name in ``region`` (whom a role after the quote may describe)."""
    for m in patterns()["name"].finditer(region):
        _title, name, _lead = split_name(m.group(0), None)
        if len(name.split()) >= 2 and plausible_name(name) and _BUSINESS.search(
                region, max(m.start() - 30, 0), m.end()) is None:
            return True
    return False
