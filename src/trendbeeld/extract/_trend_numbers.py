"""Changes shown only by two numbers: "206 letselgevallen (2017: 183)", "10.000 zaken, tegenover
9.500 in 2017", "lag in 2018 op 360 en in 2017 op 390", "… 208 gevallen. In 2017 waren dat er 214".

The direction comes from the values; the phenomenon is what the later number counts. A statement is
added only where no statement of wording covers the words already.
"""

from __future__ import annotations

import functools
import itertools
import re

from trendbeeld.extract import _cues, _phrases, _scan, _text, lexicon, numbers
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_phenomena import (
    _NUMBER_UNITS,
    _SUBJECT_DETERMINERS,
    ANAPHOR,
    _is_preposition,
    _phenomenon,
)
from trendbeeld.model import Change, TrendStatement

# Two numbers: "206 letselgevallen (2017: 183)", "10.000 zaken, tegenover 9.500 in 2017".
_VALUE = r"(?P<value>\d[\d.]*(?:,\d+)?)[^\S\n]*(?P<unit>%|procent)?"
_PREVIOUS_VALUE = re.compile(rf"\((?:in\s+)?(?:19|20)\d\d\s*:\s*(?:ruim\s+|bijna\s+|circa\s+)?{_VALUE}\s*\)")
_AGAINST_VALUE = re.compile(
    rf"(?<![\w-])(?:tegenover|tegen|vergeleken\s+met|ten\s+opzichte\s+van)\s+"
    rf"(?:ruim\s+|bijna\s+|circa\s+|ongeveer\s+|zo'n\s+)?{_VALUE}\s+"
    r"(?:in\s+(?:19|20)\d\d|een\s+jaar\s+(?:eerder|daarvoor|ervoor)|(?:in\s+)?het\s+jaar\s+(?:daarvoor|ervoor)"
    r"|vorig\s+jaar|in\s+het\s+(?:voorgaande|vorige)\s+jaar)(?![\w-])",
    re.IGNORECASE,
)
_AGAINST_WORDS = ("tegen", "vergeleken", "ten ")  # where _AGAINST_VALUE can start
# Two years with a value each: "lag in 2018 op 360 en in 2017 op 390", "in 2019 1.200 en in 2020 1.450".
_TWO_YEARS = re.compile(
    r"in\s+(?P<y1>(?:19|20)\d\d)\s+(?:op\s+)?(?P<v1>\d+(?:\.\d{3})*(?:,\d+)?)(?:\s+(?P<noun>[^\W\d_]+))?"
    r"\s*(?:,\s*)?en\s+in\s+(?P<y2>(?:19|20)\d\d)\s+(?:op\s+)?(?P<v2>\d+(?:\.\d{3})*(?:,\d+)?)(?![\d,.]\d)",
    re.IGNORECASE,
)
# The value of an earlier time in the sentence after a figure: "… 208 gevallen. |In 2017 waren dat
# er 214|", "|Een jaar eerder was dat nog 25|".
_EARLIER_SENTENCE = re.compile(
    r"(?:in\s+(?P<year>(?:19|20)\d\d)|een\s+jaar\s+(?:eerder|daarvoor|ervoor)|vorig\s+jaar)\s+"
    r"(?:was|waren|lag|bedroeg)\s+(?:dat|dit|het)\s+(?:er\s+)?(?:nog\s+)?"
    r"(?:ruim\s+|bijna\s+|circa\s+|ongeveer\s+|zo'n\s+)?"
    r"(?P<value>\d+(?:\.\d{3})*(?:,\d+)?)(?![\w,.]\d)[^\S\n]*(?P<unit>%|procent)?",
    re.IGNORECASE,
)
_LEADING_SPACE = re.compile(r"\s*")
_EARLIER_OPENERS = ("in 19", "in 20", "een jaar", "vorig jaar")  # the first words _EARLIER_SENTENCE takes
_NUMBER = re.compile(rf"(?<![\w.,]){_VALUE}")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Units after a number: the phenomenon is what they measure or count, not the unit.
_UNITS = frozenset(
    ["procent", "procentpunt", "procentpunten", "euro", "keer", "maal", "miljoen", "miljard", "duizend"]
)


def _with_comparisons(doc: Document, statements: list[TrendStatement]) -> list[TrendStatement]:
    """Add the changes shown only by two numbers ("206 letselgevallen (2017: 183)", "10.000
    zaken, tegenover 9.500 in 2017") where no statement covers them already; in text order."""
    text = doc.text
    lower = doc.lower if doc.lower is not None else text.lower()
    starts = sorted({pos for word in _AGAINST_WORDS for pos in _scan.marks(lower, word)})
    found = [*_scan.matches_at(_PREVIOUS_VALUE, text, _scan.marks(text, "(")),
             *_scan.matches_at(_AGAINST_VALUE, text, starts)]
    pairs = list(_scan.matches_at(_TWO_YEARS, text, _scan.marks(lower, "in ")))
    earlier = _earlier_openings(doc, text, lower)
    if not found and not pairs and not earlier:
        return statements
    taken = [(s.span.start, s.span.end) for s in statements]
    added: list[TrendStatement] = []
    for m in [*found, *pairs, *earlier]:
        if m.re is _EARLIER_SENTENCE:
            statement = _earlier_sentence(doc, m)
        else:
            statement = _comparison(doc, m) if m.re is not _TWO_YEARS else _two_years(doc, m)
        if statement is None:
            continue
        if any(a < statement.span.end and statement.span.start < b for a, b in taken):
            continue
        taken.append((statement.span.start, statement.span.end))
        added.append(statement)
    return sorted([*statements, *added], key=lambda s: s.span.start) if added else statements



def _earlier_openings(doc: Document, text: str, lower: str) -> list[re.Match[str]]:
    """Sentences that open with the value of an earlier time ("In 2017 waren dat er 214"): the
    pattern is tried only where a sentence opens with one of its first words (a plain prefix test;
    most sentences open otherwise)."""
    out: list[re.Match[str]] = []
    for sentence in doc.sentences[1:]:
        at = sentence.start
        if lower[at : at + 1].isspace():
            space = _LEADING_SPACE.match(text, at, sentence.end)
            at = space.end() if space is not None else at
        if lower.startswith(_EARLIER_OPENERS, at):
            m = _EARLIER_SENTENCE.match(text, at)
            if m is not None:
                out.append(m)
    return out


def _earlier_sentence(doc: Document, m: re.Match[str]) -> TrendStatement | None:
    """"De politie telde in 2018 208 gevallen van wapenbezit. In 2017 waren dat er 214": the last
    figure of the sentence before against the value of an earlier time; the phenomenon is what
    that figure counts."""
    text = doc.text
    sentence = doc.sentence_at(m.start())
    if sentence.start == 0:
        return None
    before = doc.sentence_at(sentence.start - 1)
    percent = m.group("unit") is not None
    candidates = [
        n for n in _NUMBER.finditer(text, before.start, before.end)
        if not _YEAR.fullmatch(n.group("value")) and (n.group("unit") is not None) == percent
    ]
    years = [int(y.group(0)) for y in _YEAR.finditer(text, before.start, before.end)]
    if not candidates or (m.group("year") and not any(y > int(m.group("year")) for y in years)):
        return None  # no figure, or no later year to compare with
    now = candidates[-1]
    direction = _direction(now, m)
    if direction is None:
        return None
    phrase = _phrases.noun_phrase(text, now.end(), before.end)
    name = _phenomenon(doc, phrase) if phrase is not None else None
    if not name or name.startswith(ANAPHOR):
        return None
    span, evidence, page = doc.span(now.start(), m.end())
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=direction, page=page)


def _two_years(doc: Document, m: re.Match[str]) -> TrendStatement | None:
    """"Het bezit van wapens lag in 2018 op 360 en in 2017 op 390": the value of the later year
    against that of the earlier; the phenomenon is the noun phrase that opens the sentence."""
    text = doc.text
    try:
        first, second = numbers.parse_digits(m.group("v1")), numbers.parse_digits(m.group("v2"))
    except ValueError:
        return None
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if y1 == y2:
        return None
    later, earlier = (first, second) if y1 > y2 else (second, first)
    direction = Change.UP if later > earlier else Change.DOWN if later < earlier else Change.STABLE
    sentence = doc.sentence_at(m.start())
    counted = m.group("noun")
    if counted and counted.lower() not in _function_words() and counted.lower() not in _NUMBER_UNITS:
        phrase: _phrases.Span | None = _phrases.Span(m.start("noun"), m.end("noun"))  # "1.200 |inbraken|"
    else:
        phrase = _phrases.noun_phrase(text, sentence.start, m.start())
    name = _phenomenon(doc, phrase) if phrase is not None else None
    if not name or name.startswith(ANAPHOR):
        return None
    span, evidence, page = doc.span(min(phrase.start, m.start()) if phrase else m.start(), m.end())
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=direction, page=page)


def _comparison(doc: Document, m: re.Match[str]) -> TrendStatement | None:
    """One number against an earlier one: the direction from the two values, the phenomenon
    from the words between the later number and the comparison."""
    text = doc.text
    sentence = doc.sentence_at(m.start())
    percent = m.group("unit") is not None
    candidates = [
        n for n in _NUMBER.finditer(text, sentence.start, m.start())
        if not _YEAR.fullmatch(n.group("value")) and (n.group("unit") is not None) == percent
    ]
    if not candidates:
        return None
    now = candidates[-1]
    direction = _direction(now, m)
    if direction is None:
        return None
    between = _phrases.Span(now.end(), m.start())
    name = _phenomenon(doc, between) if text[between.start : between.end].strip() else None
    if name and " " in name and _text.is_verb_form(name.rsplit(" ", 1)[1].lower()):
        name = name.rsplit(" ", 1)[0]  # "97 |aanhoudingen| verricht, tegenover 62"
    if name and (name.lower() in _cues.PARTICLES or name.lower() in _function_words()):
        name = _determined_subject(doc, sentence.start, now.start())  # "sloegen |de rovers| 169 keer toe"
    if not name or name.startswith(ANAPHOR):
        name = _previous_subject(doc, sentence.end, same=True)
    if not name:
        return None
    span, evidence, page = doc.span(now.start(), m.end())
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=direction, page=page)


def _determined_subject(doc: Document, start: int, end: int) -> str | None:
    """The first noun phrase with a determiner in ``start:end`` that does not follow a
    preposition: the subject, after the topic and the verb ("In heel Europa sloegen |de rovers|")."""
    text = doc.text
    words = [t for t in _phrases.tokens(text, start, end) if t.group(0)[0].isalnum()]
    for previous, word in itertools.pairwise([None, *words]):
        after_preposition = previous is not None and _is_preposition(previous.group(0))
        if word is not None and word.group(0).lower() in _SUBJECT_DETERMINERS and not after_preposition:
            phrase = _phrases.noun_phrase(text, word.start(), end)
            name = _phenomenon(doc, phrase) if phrase is not None else None
            return name if name and not name.startswith(ANAPHOR) else None
    return None


def _previous_subject(doc: Document, pos: int, *, same: bool = False) -> str | None:
    """The first noun phrase of the sentence before the one at clean ``pos`` (``same``: of
    the sentence that ends at ``pos``), when that sentence gives a figure ("Van het
    |geüniformeerde personeel| waren 753 …")."""
    text = doc.text
    sentence = doc.sentence_at(pos)
    if sentence.start == 0 and not same:
        return None  # no sentence before the first (its own is read with ``same``)
    before = doc.sentence_at(sentence.start - 1) if not same else doc.sentence_at(pos - 1)
    if not any(ch.isdigit() for ch in text[before.start : before.end]):
        return None  # "Dit is 17% hoger" compares with a figure given just before
    lex = lexicon.load()
    skip = lex.function_words | lex.topic_words
    after_number = False
    for tok in _phrases.tokens(text, before.start, before.end):
        word = tok.group(0)
        low = word.lower()
        unit = after_number and (low in _UNITS or low in lex.measure_units)
        after_number = word[0].isdigit() or unit or (after_number and low in skip)
        if not word[0].isalpha() or low in skip or unit:
            continue  # "17 |procent| van alle 8670 tandartsen": a unit names no phenomenon
        phrase = _phrases.noun_phrase(text, tok.start(), before.end)
        return _phrases.tidy(text[phrase.start : phrase.end]) if phrase else None
    return None


@functools.cache
def _function_words() -> frozenset[str]:
    return lexicon.load().function_words | lexicon.load().common_verbs


def _direction(later: re.Match[str], earlier: re.Match[str]) -> Change | None:
    """The change from the ``earlier`` number to the ``later`` one (None: a value that does not parse)."""
    try:
        now, before = numbers.parse_digits(later.group("value")), numbers.parse_digits(earlier.group("value"))
    except ValueError:
        return None
    return Change.UP if now > before else Change.DOWN if now < before else Change.STABLE
