"""One phenomenon under several names: the phenomenon of a title phrase as a set of concepts.

Candidates of one theme that name one phenomenon must not stand side by side ("Afname van
criminaliteit" beside "Wisselend beeld: misdrijven"), and a trend's verdict must rest on the members
that speak of its phenomenon itself. Both need the phenomenon a phrase names, apart from its wording:

* its content stems without a measure ("het aantal", "hoeveelheid") or a word that says only how it
  is counted ("totale", "geregistreerde": `NEUTRAL_QUALIFIERS`);
* each stem in a group of ``lexicon/synonyms.txt`` replaced by the group's name ("misdrijven",
  "delicten", "strafbare feiten" → criminaliteit), also as the head of a compound
  ("geweldsdelicten" and "geweldsmisdrijven" → gewelds + criminaliteit) and before a measure
  ("misdaadcijfers" → criminaliteit).

`concepts` gives that set; two phrases with equal sets name one phenomenon (`same_phenomenon`), and a
member whose set lies within its trend's set speaks of that phenomenon or a broader one, not of a
narrower kind ("vuurwapenmisdrijven"), a place ("misdrijven in Zoetermeer") or another measure
("opgehelderde misdrijven") of it (`speaks_of`).
"""

from __future__ import annotations

import re
from functools import cache

from trendbeeld.stemming import stem
from trendbeeld.trends._items import lexicon
from trendbeeld.trends._words import COMPOUND_MIN, content_stems, phenomenon_stems, place_names

# Words that say how a phenomenon is counted, not which one it is (stems).
NEUTRAL_QUALIFIERS = frozenset({"total", "geregistreerd", "aantall", "absolut", "absoluut"})
# Words that say a phenomenon was recorded, not which one it is ("registratie criminaliteit"): ignored
# where a news item's title is compared with what its other sentences speak of (`about_the_same`).
RECORDING_WORDS = frozenset({"registratie", "registraties"})
MEASURE_TAILS = ("cijfer", "cijfers")  # "misdaadcijfers": the phenomenon before its measure
GROUP_MARK = "="  # a group's name in a concept set, apart from any stem ("=criminaliteit")
_WORD = re.compile(r"[\w'-]+", re.UNICODE)


@cache
def _groups() -> tuple[dict[str, str], tuple[tuple[frozenset[str], str], ...]]:
    """Single-word forms (stems and folded forms, longest first) → group name, and multi-word forms
    as stem sets (largest first)."""
    single: dict[str, str] = {}
    multi: list[tuple[frozenset[str], str]] = []
    for line in lexicon("synonyms.txt"):
        forms = [form.strip() for form in line.split(",") if form.strip()]
        name = GROUP_MARK + forms[0].casefold()
        for form in forms:
            if " " in form:
                stems = content_stems(form)
                if stems:
                    multi.append((stems, name))
            else:
                single[stem(form.casefold())] = name
                single[form.casefold()] = name
    longest_first = dict(sorted(single.items(), key=lambda pair: (-len(pair[0]), pair[0])))
    return longest_first, tuple(sorted(multi, key=lambda pair: (-len(pair[0]), sorted(pair[0]))))


def _concept(word_stem: str) -> str:
    """A stem as a concept: its group, a compound's head as its group, a measure tail dropped."""
    single, _ = _groups()
    for tail in MEASURE_TAILS:
        if word_stem.endswith(tail) and len(word_stem) - len(tail) >= COMPOUND_MIN - 1:
            word_stem = word_stem[: -len(tail)]
            break
    if word_stem in single:
        return single[word_stem]
    for form, name in single.items():
        if len(form) >= COMPOUND_MIN and word_stem.endswith(form) and len(word_stem) > len(form):
            return word_stem[: -len(form)] + name
    return word_stem


@cache
def concepts(phrase: str) -> frozenset[str]:
    """The phenomenon ``phrase`` names, apart from its wording (see the module); empty for none."""
    stems = set(phenomenon_stems(phrase)) - NEUTRAL_QUALIFIERS
    _, multi = _groups()
    found: set[str] = set()
    for group, name in multi:
        if group <= stems:
            stems -= group
            found.add(name)
    found.update(_concept(s) for s in stems)
    return frozenset(found)


def same_phenomenon(a: str, b: str) -> bool:
    """Whether two title phrases name one phenomenon ("het aantal misdrijven", "hoeveelheid
    criminaliteit")."""
    found = concepts(a)
    return bool(found) and found == concepts(b)


def speaks_of(member_phrase: str, title_phrase: str) -> bool:
    """Whether a member's phenomenon is its trend's phenomenon or a broader one ("gevoelens van
    eenzaamheid" of "sterke gevoelens van eenzaamheid"), not a narrower kind, a place or another
    measure of it."""
    own = concepts(member_phrase)
    return bool(own) and own <= concepts(title_phrase)


def kinds_of_one(a: str, b: str) -> bool:
    """Whether one phrase names a kind of what the other names, by a compound's head
    ("vermogensmisdrijven" of "misdrijven", "woninginbraken" of "inbraken"): related phenomena,
    neither the same nor unrelated, so no model's nearness makes them synonyms."""
    first, second = concepts(a), concepts(b)
    return any(
        x != y and (x.endswith(y) or y.endswith(x)) and min(len(x), len(y)) >= COMPOUND_MIN
        for x in first
        for y in second
    )


@cache
def _place_concepts() -> frozenset[str]:
    """The gazetteer's one-word places as `concepts` holds them (stems, and the folded names)."""
    names = {name for name in place_names() if " " not in name}
    return frozenset(names | {stem(name) for name in names})


def subject(phrase: str) -> frozenset[str]:
    """`concepts` without places and recording words: what a local news item's phrase is about
    ("Nederland - Registratie criminaliteit", "het aantal misdrijven in Zoetermeer": criminaliteit)."""
    places = _place_concepts()
    return frozenset(c for c in concepts(phrase) if c not in places and c not in RECORDING_WORDS)


def about_the_same(phrase: str, others: list[str]) -> bool:
    """Whether ``phrase`` (a news item's title) is about what ``others`` (the item's other sentences)
    speak of, places and recording words aside: "Registratie criminaliteit licht gestegen" over "het
    aantal geregistreerde misdrijven", not "Meer zedenmisdrijven in Apeldoorn" over "het totaal aantal
    incidenten en misdrijven" (a kind of it). Without ``others`` any phrase with a subject is."""
    own = subject(phrase)
    if not own or not others:
        return bool(own)
    known: set[str] = set()
    for other in others:
        known |= subject(other)
    return own <= known
