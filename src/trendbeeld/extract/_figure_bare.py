"""Bare numbers whose unit the words around them give, and numbers in brackets after a word.

- A change or comparison: "van 1.227 naar 1.080", "steeg met 14 procent tot 3.412.", "tegen 1.480
  een jaar eerder", "tegenover ruim 9.500 in 2017", "een daling van 58,3".
- A level or count that ends its clause: "lag in 2018 op 360", "In 2017 waren er nog 388,",
  "namelijk 132.", "zijn dat er zo'n 600.000.".
- In brackets after a word: "vormen van bedreiging (285)", "Maastricht (-58,3)", "medewerkers
  (2017: 183)", "bij aanhouding (2.600 keer)"; not an enumeration ("(1) … (2) …"), a reference
  ("tabel (2)") or the age of a person ("een jongen (15)", "Van Montfoort (62)").
- A measure left out: "Vroeger keken we op van 500 kilo. Nu onderscheppen we partijen van 5000".
- A difference of counts: "Dat zijn er 25 meer dan bij de start van het jaar", "Bijna 400 meer dan
  in Italië" (a rise; "minder": a fall).
- A unit shared by a coordinated pair: "biljetten van 100 en 200 euro", "tarieven van 20 en 35
  procent", "682.000 en 975.000 euro" (both in the unit; "tussen 15 en 28 procent" is a range).

Such a number takes the unit of the figure just before it (a rate per 1.000 or per 100.000 named
with it wins; a large whole number in "van … naar …" counts), else it counts.
"""

from __future__ import annotations

import bisect
import re

from trendbeeld.extract import _counts, _figure_filters, _figure_measures, _scan, lexicon, numbers, regions
from trendbeeld.extract._context import Found
from trendbeeld.model import Unit

WHOLE_COUNT = 100  # a bare whole number from this size up in "van … naar …" is a count
INHERIT_CHARS = 400  # a bare number takes the unit of a figure at most this far before it
_SIGNS = "+−-"
_BARE = (
    r"(?P<sign>[+−-])?(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?)"
    r"(?![\w%]|[,.]\d|\s*(?:%|procent))"
)
_ABOUT_WORDS = ("ruim", "bijna", "circa", "ca.", "ongeveer", "zo'n", "zo’n", "nog", "slechts", "maar")
_CLAUSE_END_ABOUT = ("ruim", "bijna", "circa", "ca.", "ongeveer", "zo'n", "zo’n", "slechts")
_ABOUT_END = "(?:" + "|".join(re.escape(w) for w in _CLAUSE_END_ABOUT) + ")"
_ABOUT = "(?:" + "|".join(re.escape(w) for w in _ABOUT_WORDS) + ")"
# A bare number after words that give its context, with those words (each a choice of words,
# left to right), so the pattern is only tried where they stand before a digit run.
BARE_AFTER_WORDS: tuple[tuple[tuple[tuple[str, ...], ...], re.Pattern[str]], ...] = (
    # "van 1.227 naar", "van 162.500 in 2010 naar"
    ((("van",),), re.compile(rf"\bvan\s+{_BARE}(?=(?:\s+in\s+(?:19|20)\d\d)?,?\s+naar\b)", re.IGNORECASE)),
    # "naar 1.454.", "naar 111.770 in 2020", "naar 30,0 (CBS …)"; "steeg met 14 procent tot 3.412."
    ((("naar", "tot"),), re.compile(
        rf"\b(?:naar|tot)\s+{_BARE}(?=\s*(?:[,.;)]|\Z|\s+(?:in|en)\b|\s+\())", re.IGNORECASE
    )),
    # "1.250 woninginbraken, tegen 1.480 een jaar eerder", "tegenover ruim 9.500 in 2017"
    *(
        (lead, re.compile(
            rf"\btegen(?:over)?\s+(?:{_ABOUT}\s+)?{_BARE}(?=\s+(?:een\s+jaar\s+(?:eerder|daarvoor)|vorig\s+jaar"
            rf"|(?:in\s+)?het\s+jaar\s+(?:ervoor|daarvoor)|in\s+(?:heel\s+)?(?:19|20)\d\d)\b|\s*[,.;)])",
            re.IGNORECASE,
        ))
        for lead in ((("tegen", "tegenover"),), (("tegen", "tegenover"), _ABOUT_WORDS))
    ),
    # "volgens TAPA namelijk 579.", "met de meeste berovingen, namelijk 132"
    ((("namelijk",),), re.compile(rf"\bnamelijk\s+{_BARE}(?=\s*(?:[,.;)]|\Z))", re.IGNORECASE)),
    # "lag in 2018 op 360 en in 2017 op 390.": a level a measure stood at
    # (not a list of days: "op 5, 6 en 7 oktober")
    ((("op",),), re.compile(rf"\bop\s+{_BARE}(?=\s*(?:[.;)]|\Z)|,\s+(?!\d)|\s+en\s+(?!\d))", re.IGNORECASE)),
    # "Nu zitten er 73.041,", "In 2017 waren er nog 388,", "In 2017 waren dat er 214.": the count of
    # what is there, or of what the sentence before counted
    *(
        (lead, re.compile(rf"\ber\s+(?:{_ABOUT}\s+)?{_BARE}(?=\s*(?:[,.;)]|\Z))", re.IGNORECASE))
        for lead in ((("er",),), (("er",), _ABOUT_WORDS))
    ),
    # "In Nederland zijn dat er zo'n 600.000.", "het nee-kamp slechts 133.000.": an approximate
    # amount that ends its clause
    ((_CLAUSE_END_ABOUT,), re.compile(
        # (after "tegen ruim" and "er ruim" the patterns above find it)
        rf"(?<![\w’'])(?<!tegen )(?<!tegenover )(?<![^\w]er ){_ABOUT_END}\s+(?!0\b){_BARE}"
        r"(?=\s*(?:[,.;)]|\Z))",
        re.IGNORECASE,
    )),
    (
        (("daling", "stijging", "toename", "afname", "verschil"), ("van",)),
        re.compile(
            rf"\b(?:daling|stijging|toename|afname|verschil)\s+van\s+{_BARE}(?=\s*(?:[,.;)]|\Z))",
            re.IGNORECASE,
        ),
    ),
)


def _by_last_letter(leads: tuple[tuple[tuple[str, ...], ...], ...]) -> dict[str, list[tuple[int, str]]]:
    """The last words of ``leads`` by their last letter, each with the index of its lead."""
    out: dict[str, list[tuple[int, str]]] = {}
    for index, lead in enumerate(leads):
        for word in lead[-1]:
            out.setdefault(word[-1], []).append((index, word))
    return out


# The letter before the white space before a number picks the few last words to compare there.
_LAST_WORDS = _by_last_letter(tuple(lead for lead, _ in BARE_AFTER_WORDS))
# "partijen van 5000": a bare number after "van" that ends its clause.
_SHARED_UNITS = frozenset((Unit.EURO, Unit.PERCENT))
PAIR_CHARS = 30  # "682.000 en " before the amount with the unit
_PAIR_BEFORE = re.compile(
    r"(?<![\w.,/€$+−-])(?<!tussen )(?<!tussen de )(?P<low>\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)"
    r"(?:\s+(?P<mag>miljoen|miljard))?\s+en\s+\Z",
    re.IGNORECASE,
)
_MAGNITUDE_IN = re.compile(r"\b(?:miljoen|miljard)\b", re.IGNORECASE)
_ELIDED_MEASURE = re.compile(r"(?<![\w-])van\s+(?P<num>\d{1,3}(?:\.\d{3})+|\d+)(?=\s*(?:[.;,\"”’']|\Z))")
# A bare number in brackets after a word: "Maastricht (-58,3)", "vormen van bedreiging (285)",
# "medewerkers (2017: 183)" (the same measure in an earlier year), "bij aanhouding (2.600 keer)".
BRACKETED = re.compile(
    rf"\((?:(?P<label>(?:19|20)\d\d)\s*:\s*)?{_BARE}(?:\s+(?:keer|maal))?\)"
)
EMERGENCY = 112.0  # the value of the emergency number (:func:`_figure_filters.is_emergency_number`)
REFERENCE_DIGITS = 5  # a bracketed number of this many digits without a thousands separator is a reference
ENUMERATION_MAX = 10  # bracketed item numbers of an enumeration are below this
ENUMERATION_CHARS = 300  # "(1) … (2) …": a small bracketed number with a neighbour this close counts items
# No figure span is longer than this; it bounds the search window for nearby figures.
_LONGEST = 400


def bare_in_context(text: str, digits: list[int], found: list[Found]) -> list[Found]:
    """Bare numbers whose unit the context gives: "van 80 naar 31,2", "een daling van 58,3",
    "Maastricht (-58,3)". They take the unit of the figure just before them (else count)."""
    out: list[Found] = []
    # Both lookups below use sorted offsets, so long documents stay linear (not found × matches).
    found = sorted(found, key=lambda f: f.start)
    starts = [f.start for f in found]
    taken = sorted((f.start, f.end) for f in found)
    matches = bare_matches(text, digits)
    for m in matches:
        raw = m.group("num")
        value = numbers.word_value(raw)
        start, end = m.start("num"), m.end("num")
        if value is None or _figure_filters.inside(taken, start) or _figure_filters.is_year(raw, value):
            continue
        if value == EMERGENCY and _figure_filters.is_emergency_number(text, start, end):
            continue  # "belde naar 112"
        bracketed = "label" in m.groupdict()
        if bracketed and not _figure_in_brackets(text, m, value):
            continue
        window = found[bisect.bisect_left(starts, start - INHERIT_CHARS - _LONGEST) :
                       bisect.bisect_right(starts, end + INHERIT_CHARS)]
        whole = raw.isdigit() or bool(re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw))
        # a number with decimals is no count: it does not take the unit of one
        near = [f for f in window if min(abs(f.start - end), abs(start - f.end)) <= INHERIT_CHARS
                and (whole or f.unit is not Unit.COUNT)]
        nearest = min(near, key=lambda f: min(abs(f.start - end), abs(start - f.end)), default=None)
        nearest = nearest or _earlier_in_paragraph(text, found, starts, start)
        if _counts.PER_OTHER_BASE.match(text, end):
            unit = Unit.OTHER  # "4,2 per 1.000 en 35 per 100.000 inwoners": its own base says its unit
        elif _counts.PER_THOUSAND.match(text, end):
            unit = Unit.PER_1000
        elif _figure_measures.per_thousand_before(text, start):
            unit = Unit.PER_1000  # "per 1.000 inwoners is dat een daling van 46,3 naar 30,0"
        elif bracketed and (m.group("label") or whole):
            # "vormen van bedreiging (285)"; "(2017: 183)" has the unit of the figure it compares with
            before = _earlier_in_paragraph(text, found, starts, start) if m.group("label") else None
            unit = before.unit if before is not None else Unit.COUNT
        elif nearest is None or (whole and value >= WHOLE_COUNT and not bracketed):
            unit = Unit.COUNT  # "van 1.227 naar 1.080": counts, whatever the change is given in
        else:
            unit = nearest.unit
        sign = -1 if m.group("sign") in ("-", "−") else (1 if m.group("sign") == "+" else 0)
        out.append(Found(start - (1 if m.group("sign") else 0), end, value, None, unit, sign))
        bisect.insort(taken, (start, end))
    return out


def shared_units(text: str, found: list[Found]) -> list[Found]:
    """"biljetten van 100 en 200 euro", "tarieven van 20 en 35 procent": the bare number before
    "en" and an amount in euro or percent is in that unit too (with its magnitude: "1 en 2 miljoen
    euro"); not a year ("in 2030 en 200 euro in 2050") nor the start of a range ("tussen 15 en 28")."""
    taken = sorted((f.start, f.end) for f in found)
    out: list[Found] = []
    for f in found:
        if f.unit not in _SHARED_UNITS or f.high is not None or not text.startswith("en ", f.start - 3):
            continue
        m = _PAIR_BEFORE.search(text, max(0, f.start - PAIR_CHARS), f.start)
        if m is None or _figure_filters.inside(taken, m.start()):
            continue
        raw = m.group("low")
        value = numbers.word_value(raw)
        if value is None or _figure_filters.is_year(raw, value):
            continue
        shared = _MAGNITUDE_IN.search(text, f.start, f.end)
        mag = m.group("mag") or (shared.group(0) if shared is not None else "")
        scale = lexicon.load().magnitudes.get(mag.lower(), 1.0)
        end = m.end("mag") if m.group("mag") else m.end("low")
        out.append(Found(m.start(), end, value * scale, None, f.unit, 0))
    return out


def elided_measures(text: str, digits: list[int], found: list[Found]) -> list[Found]:
    """"Vroeger keken we op van 500 kilo. Nu onderscheppen we partijen van 5000": a bare number
    after "van" at the end of its clause, whose unit of measure the figure just before it names
    (in the same paragraph, at most INHERIT_CHARS back), is in that unit."""
    starts = [f.start for f in found]
    taken = sorted((f.start, f.end) for f in found)
    units = lexicon.load().measure_units
    out: list[Found] = []
    for m in _scan.matches_at(_ELIDED_MEASURE, text, [d - len("van ") for d in digits if d >= len("van ")]):
        raw, start = m.group("num"), m.start("num")
        value = numbers.word_value(raw)
        if value is None or _figure_filters.inside(taken, start) or _figure_filters.is_year(raw, value):
            continue
        before = _earlier_in_paragraph(text, found, starts, start)
        if before is None or before.unit is not Unit.OTHER or start - before.end > INHERIT_CHARS:
            continue
        last_word = text[before.start : before.end].rsplit(None, 1)[-1].lower()
        if last_word in units:
            out.append(Found(start, m.end("num"), value, None, Unit.OTHER, 0))
    return out


# A difference of counts: a bare number right before "meer"/"minder" and "dan"/"als" ("Dat zijn er 25
# meer dan bij de start van het jaar", "Bijna 400 meer dan in Italië").
_DIFFERENCE = re.compile(
    r"(?<![\w.,/€$+−-])(?P<num>\d{1,3}(?:\.\d{3})+|\d+)\s+(?P<more>meer|minder)\s+(?:dan|als)(?![\w-])",
    re.IGNORECASE,
)


def differences(text: str, digits: list[int], found: list[Found]) -> list[Found]:
    """"Dat zijn er 25 meer dan bij de start van het jaar", "ongeveer 100 minder dan de 359": a bare
    number right before "meer" or "minder" and "dan"/"als" is a difference of counts, a rise or a
    fall (not a year: "in 2019 meer dan 300")."""
    taken = sorted((f.start, f.end) for f in found)
    out: list[Found] = []
    for m in _scan.matches_at(_DIFFERENCE, text, digits):
        raw, start = m.group("num"), m.start("num")
        value = numbers.parse_digits(raw)
        if _figure_filters.is_year(raw, value) or _figure_filters.inside(taken, start):
            continue
        rise = m.group("more").lower() == "meer"
        out.append(Found(start, m.end("more"), value, None, Unit.COUNT, 1 if rise else -1))
    return out


def _earlier_in_paragraph(text: str, found: list[Found], starts: list[int], pos: int) -> Found | None:
    """The last figure before ``pos`` in the same paragraph (no line break between them)."""
    index = bisect.bisect_left(starts, pos) - 1
    if index < 0 or found[index].end > pos or text.find("\n", found[index].end, pos) >= 0:
        return None
    return found[index]


def bare_matches(text: str, digits: list[int]) -> list[re.Match[str]]:
    """Matches of the bare-number patterns, ordered by the number's start.

    The words before a number are found by stepping back from each digit run, so a pattern is
    tried at a handful of places instead of at every position of the text.
    """
    signed = [sign_start(text, d) for d in digits]
    # where the white space before a number (and its sign) starts: a word of context ends there
    spaced = sorted({space for pos in signed if (space := _scan.space_before(text, pos)) < pos})
    starts: list[set[int]] = [set() for _ in BARE_AFTER_WORDS]
    for end in spaced:
        for index, word in _LAST_WORDS.get(text[end - 1 : end].lower(), ()):  # most ends have none
            begin = end - len(word)
            if begin >= 0 and text[begin:end].lower() == word:
                starts[index] |= lead_starts(text, begin, BARE_AFTER_WORDS[index][0][:-1])
    found: list[re.Match[str]] = []
    for (_, pattern), at in zip(BARE_AFTER_WORDS, starts, strict=True):
        found.extend(_scan.matches_at(pattern, text, sorted(at)))
    years = {d - 1 for d in digits if text.startswith(("19", "20"), d)}
    brackets = sorted({pos - 1 for pos in signed} | years)
    found.extend(_scan.matches_at(BRACKETED, text, [b for b in brackets if b >= 0 and text[b] == "("]))
    return sorted(found, key=lambda m: m.start("num"))


def _figure_in_brackets(text: str, m: re.Match[str], value: float) -> bool:
    """A bracketed number is a figure after a word that is no reference word; after a name
    only when the name is a region or the number has a sign or decimals ("Maastricht (-58,3)");
    and it is no item number of an enumeration ("(1) … (2) …")."""
    word = _figure_filters.WORD_BEFORE_BRACKET.search(text, max(0, m.start() - 40), m.start())
    if word is None or _figure_filters.is_reference_or_person(word.group("name")):
        return False
    raw = m.group("num")
    if raw.isdigit() and len(raw) >= REFERENCE_DIGITS and not m.group("label"):
        return False  # "scholing (34556)": a parliamentary file or case number (counts are "(34.556)")
    name = word.group("name")
    if _figure_filters.after_surname_particle(text, word.start("name")):
        return False  # "Van Montfoort (62)": a surname, whose age :func:`_figure_ages.ages` reads
    region = regions.find(text, word.start("name"), word.end("name"))
    plain = not (region or "," in raw or "." in raw or m.group("sign"))
    if name[0].isupper() and not m.group("label") and plain:
        return False
    if raw.isdigit() and value < ENUMERATION_MAX:
        window = text[max(0, m.start() - ENUMERATION_CHARS) : m.end() + ENUMERATION_CHARS]
        if f"({int(value) + 1})" in window or (value > 1 and f"({int(value) - 1})" in window):
            return False
    return True


def sign_start(text: str, digit: int) -> int:
    return digit - 1 if digit > 0 and text[digit - 1] in _SIGNS else digit


def lead_starts(text: str, pos: int, lead: tuple[tuple[str, ...], ...]) -> set[int]:
    """Where ``lead`` (choices of words, each followed by white space) would start to end at ``pos``."""
    ends = {pos}
    for choices in reversed(lead):
        spaced = {start for end in ends if (start := _scan.space_before(text, end)) < end}
        # only where the word stands (the pattern checks it again; most digits have none)
        ends = {end - len(word) for end in spaced for word in choices
                if end >= len(word) and text[end - len(word) : end].lower() == word}
        if not ends:
            break
    return ends
