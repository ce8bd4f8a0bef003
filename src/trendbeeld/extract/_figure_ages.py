"""The age of a named person in news is a figure (unit years); the age of an unnamed one is not.

- Ages: "de 61-jarige Fred W.", "de 11-jarige Nicky", "Kuipers (54)", "Truus(81)", "Onno R. (24)",
  "Sarinda van E. (23)", "Cleo Vermeulen (9)", "Van Montfoort (62)".
- No ages: groups ("16- tot 18-jarigen", "jongeren (12-18)"), unnamed people ("een man (64)", "De
  Eindhovenaar (51)", "Tilburger (35)"), places ("Tilburg (35)") and item numbers
  ("Parkeervergunning (1)").
"""

from __future__ import annotations

import re

from trendbeeld.extract import _figure_filters, _phrases, regions
from trendbeeld.extract._context import Found
from trendbeeld.model import Unit

# "de 61-jarige Fred W." (not "18-jarigen", a group); "Kuipers (54)", "Truus(81)".
_AGED = re.compile(r"(?P<age>\d{1,3})-jarige(?![\w-])")
_AGE_IN_BRACKETS = re.compile(r"(?P<age>\d{1,3})\)")
_NAME_BEFORE_BRACKET = re.compile(r"(?<![\w.])(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ ]?\Z")
# "Onno R. (24)", "Sarinda van E. (23)": a first name and the initial of a suspect's surname.
_INITIAL_BEFORE_BRACKET = re.compile(
    r"(?<![\w.])(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+)(?:[ ]+(?:van|de|der|den|el|al|ten|ter))*[ ]+[A-ZÀ-Ý]\.[ ]?\Z"
)
# "Cleo Vermeulen (9)": a first name before the surname makes a child's age a person's age.
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w.])(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+)[ ]+\Z")
_INHABITANT_SUFFIXES = ("enaar", "naar", "aar", "er")
MIN_PLACE_CHARS = 3
MIN_NAMED_AGE = 1  # after a full name or in "de 11-jarige Nicky", any age is an age
AGE_NAME_CHARS = 30
MIN_AGE, MAX_AGE = 12, 110  # a bracketed number in this range after a name is an age


def ages(text: str, digits: list[int], found: list[Found]) -> list[Found]:
    """The age of a named person in news: "de 61-jarige Fred W.", "Kuipers (54)" (unit years).
    A group bound ("16- tot 18-jarigen", "jongeren (12-18)") and an unnamed person ("een jongen
    (15)") give none."""
    taken = sorted((f.start, f.end) for f in found)
    out: list[Found] = []
    for d in digits:
        if _figure_filters.inside(taken, d):
            continue
        m = _AGED.match(text, d)
        youngest = MIN_NAMED_AGE
        if m is None and text.startswith("(", d - 1):
            m = _AGE_IN_BRACKETS.match(text, d)
            youngest, name = _name_before_bracket(text, d - 1)
            if m is None or name is None or not _is_person_name(text, name):
                continue
        if m is not None and youngest <= int(m.group("age")) <= MAX_AGE:
            end = m.end() if m.re is _AGED else m.end("age")
            out.append(Found(m.start("age"), end, float(m.group("age")), None, Unit.YEARS, 0))
    return out


def _name_before_bracket(text: str, bracket: int) -> tuple[int, re.Match[str] | None]:
    """The name before the bracket at ``bracket`` and the youngest age it takes: any age after a
    full name ("Cleo Vermeulen (9)") or a first name and initial ("Onno R. (24)"), from MIN_AGE
    after one capitalised word ("Kuipers (54)"; "Parkeervergunning (1)" is an item number)."""
    window = max(0, bracket - AGE_NAME_CHARS)
    initial = _INITIAL_BEFORE_BRACKET.search(text, window, bracket)
    if initial is not None:
        return MIN_NAMED_AGE, initial
    name = _NAME_BEFORE_BRACKET.search(text, window, bracket)
    if name is None:
        return MIN_AGE, None
    first = _FIRST_NAME_BEFORE.search(text, max(0, name.start() - AGE_NAME_CHARS), name.start())
    # a surname is never written in lower case ("Parkeervergunning (1)" beside "parkeervergunningen")
    common = text.find(name.group("name").lower()) >= 0
    full = first is not None and not common and _phrases.is_content(first.group("name"))
    full = full and first is not None and _is_person_name(text, first)
    return (MIN_NAMED_AGE if full else MIN_AGE), name


def _is_person_name(text: str, name: re.Match[str]) -> bool:
    """A capitalised name that is no place, inhabitant, reference word or word of a person
    ("Kuipers"); a place after a capitalised particle is a surname ("Van Montfoort (62)")."""
    word = name.group("name")
    if _figure_filters.is_reference_or_person(word):
        return False
    if _figure_filters.after_surname_particle(text, name.start("name")):
        return True
    if _is_inhabitant(word) or regions.lookup(word):
        return False
    return regions.find(text, name.start("name"), name.end("name")) is None


def _is_inhabitant(word: str) -> bool:
    """"Rotterdammer", "Eindhovenaar", "Vughtenaar", "Bodegraver": someone from a place, no name
    ("De Eindhovenaar (51)" is an unnamed person)."""
    for suffix in _INHABITANT_SUFFIXES:
        if not word.endswith(suffix) or len(word) - len(suffix) < MIN_PLACE_CHARS:
            continue
        stem = word[: -len(suffix)]
        doubled = stem[:-1] if len(stem) > 1 and stem[-1] == stem[-2] else stem  # "Rotterdamm-er"
        if any(regions.lookup(place) for place in {stem, doubled, stem + "en"}):
            return True
    return False
