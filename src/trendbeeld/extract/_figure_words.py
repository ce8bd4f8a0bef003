"""Amounts that are words of their own, without a number: vague amounts and verbs that multiply.

- Vague amounts keep their order of magnitude: "honderden meldingen", "tientallen boze
  buurtbewoners" (100 and 10, counts of the noun after at most two adjectives), "tienduizenden
  euro's" (10.000 euro), "tientallen miljoenen euro" (ten times a million), "de miljoenen die
  ermee te verdienen zijn" and measures, "tientallen kilo cocaïne", "duizenden liters olie" (unit
  other); alone a crowd: "Duizenden zijn op de vlucht geslagen", "die aan honderdduizenden het
  leven kostte" (count).
- Money in "ton" without digits: "Siza moet een ton betalen" (100.000 euro), "verdient hij tonnen
  per jaar", "vele tonnen", "voor tonnen gedupeerd", "het witwassen van tonnen", "naar verluidt
  een paar ton" (vague: 100.000 euro), when words of money (or "voor": a worth) and no words of
  weight stand around it (:func:`_figure_measures.is_money_in_tons`).
- Verbs that multiply are a factor and a rise: "is vorig jaar verdrievoudigd" (3), "verdubbelde"
  (2), "vertienvoudigen" (10); not the noun "verdubbeling", nor "meervoudig".
"""

from __future__ import annotations

import re

from trendbeeld.extract import _counts, _figure_filters, _figure_measures, _phrases, _scan, lexicon, numbers
from trendbeeld.extract._context import Found
from trendbeeld.extract._document import Document
from trendbeeld.model import Unit

MIN_NOUN = 3  # a counted noun has at least this many letters
NOUN_CHARS = 40  # the counted noun after at most two adjectives stands this close after a vague amount
# A verb that multiplies: "verdubbeld", "verdrievoudigde", "vertienvoudigen" (not the noun
# "verdubbeling", nor "meervoudig").
_MULTIPLIED = re.compile(
    r"(?<![\w-])(?P<verb>ver(?:dubbel|(?P<times>twee|drie|vier|vijf|zes|zeven|acht|negen|tien|honderd)voudig))"
    r"(?:d|de|den|t|en)?(?![\w-])"
)
_MULTIPLIER_CHARS = 10  # "verdrievoudig": the multiplier stands this far before "voudig"
_VERB_ENDING_CHARS = 3
# Found with str.find, one word at a time (a pattern over the whole text is tried at every position;
# the words cannot overlap, so the hits are those of one pattern).
_VAGUE_WORDS = ("tientallen", "honderden", "duizenden", "miljoenen", "miljarden")
MONEY_ALONE = 1_000_000  # a vague amount alone from this size up is no count
_PAIR_WORDS = frozenset(("of", "en", "tot", "à"))
_VAGUE_PREFIX_CHARS = 12  # "honderd" in "tienduizenden", "honderdduizenden" (longer: no vague amount)

# "een ton", "een paar ton", "(vele|enkele) tonnen": ending at "ton"/"tonnen" (the words before it).
_TONS_BEFORE = re.compile(r"(?<![\w-])(?:(?P<one>een|één)|(?:een\s+)?paar|vele|enkele)\s+\Z")
_TONS_CHARS = 12


def vague_amounts(doc: Document, found: list[Found]) -> list[Found]:
    """"honderden meldingen", "tienduizenden euro's", "de miljoenen die ermee te verdienen zijn":
    a vague amount keeps its order of magnitude (100, 10.000, 1.000.000); it counts the plural
    noun after it, is in euro before "euro"; on its own it counts people ("Duizenden zijn op de
    vlucht geslagen"), except "miljoenen" and "miljarden" (unit other: mostly money)."""
    text = doc.text
    low = doc.lower if doc.lower is not None else text.lower()
    vague = lexicon.load().vague_amounts
    units = lexicon.load().measure_units
    taken = sorted((f.start, f.end) for f in found)
    out: list[Found] = []
    for hit_start, hit_end in _vague_hits(low):
        start, end = hit_start, hit_end
        floor = max(0, start - _VAGUE_PREFIX_CHARS)  # bounded: a run of letters is no rescan
        while start > floor and low[start - 1].isalpha():
            start -= 1
        value = vague.get(low[start:end])
        glued = end < len(low) and (low[end].isalnum() or low[end] == "-")
        if value is None or glued or _figure_filters.inside(taken, start) or (out and start < out[-1].end):
            continue
        nxt = _counts.NEXT_WORD.match(text, end)
        times = vague.get(nxt.group(1).lower()) if nxt is not None else None
        if nxt is not None and times is not None:  # "tientallen miljoenen euro": ten times a million
            value, end = value * times, nxt.end()
            nxt = _counts.NEXT_WORD.match(text, end)
        # on its own a crowd ("Duizenden zijn op de vlucht", "die aan honderdduizenden het leven
        # kostte"); not "miljoenen"/"miljarden" (mostly money: "sluisde ze miljarden naar Europa"),
        # nor the first of a pair ("honderden of duizenden miljarden euro's")
        alone = value < MONEY_ALONE and (nxt is None or nxt.group(1).lower() not in _PAIR_WORDS)
        unit = Unit.COUNT if alone else Unit.OTHER
        if nxt is not None:
            word = nxt.group(1).lower()
            if word.startswith("euro"):
                unit, end = Unit.EURO, nxt.end()
            elif word in units or (word.endswith("s") and word[:-1] in units):
                unit, end = Unit.OTHER, nxt.end()  # "tientallen kilo cocaïne", "duizenden liters olie"
            elif _phrases.is_content(nxt.group(1)) and _counts.PLURAL.search(word) and len(word) >= MIN_NOUN:
                unit, end = Unit.COUNT, nxt.end()
            elif (noun := _counts.plural_noun_end(text, end, min(len(text), end + NOUN_CHARS))) is not None:
                unit, end = Unit.COUNT, noun  # "tientallen exclusieve horloges": adjectives before the noun
        out.append(Found(start, end, value, None, unit, 0))
    return out


def _vague_hits(low: str) -> list[tuple[int, int]]:
    """Start and end of every vague amount word in ``low``, in text order."""
    hits: list[tuple[int, int]] = []
    for word in _VAGUE_WORDS:
        hits.extend((start, start + len(word)) for start in _scan.occurrences(low, (word,)))
    return sorted(hits)


def multiplied(doc: Document, found: list[Found]) -> list[Found]:
    """"is vorig jaar verdrievoudigd", "verdubbelde": a verb that multiplies is a factor (2, 3, 10),
    a rise (the wording of change gives the direction)."""
    low = doc.lower if doc.lower is not None else doc.text.lower()
    taken = sorted((f.start, f.end) for f in found)
    out: list[Found] = []
    for stem in ("verdubbel", "voudig"):
        pos = low.find(stem)
        while pos >= 0:
            window = (max(0, pos - _MULTIPLIER_CHARS), pos + len(stem) + _VERB_ENDING_CHARS)
            m = _MULTIPLIED.search(low, *window)
            if m is not None and m.start() <= pos < m.end() and not _figure_filters.inside(taken, m.start()):
                times = 2.0 if m.group("times") is None else numbers.word_value(m.group("times"))
                if times is not None:
                    out.append(Found(m.start(), m.end(), times, None, Unit.FACTOR, 1))  # a rise
            pos = low.find(stem, pos + len(stem))
    return out


def money_in_tons(doc: Document, found: list[Found]) -> list[Found]:
    """"een ton betalen" (100.000 euro), "verdient hij tonnen per jaar", "een paar ton" (vague,
    100.000 euro): money in "ton" without a number, in a sentence about money."""
    text = doc.text
    low = doc.lower if doc.lower is not None else text.lower()
    taken = sorted((f.start, f.end) for f in found)
    out: list[Found] = []
    pos = low.find("ton")
    while pos >= 0:
        plural = low.startswith("tonnen", pos)
        end = pos + len("tonnen" if plural else "ton")
        alone = (pos == 0 or not (low[pos - 1].isalnum() or low[pos - 1] == "-")) and (
            end == len(low) or not (low[end].isalnum() or low[end] == "-")
        )
        before = _TONS_BEFORE.search(low, max(0, pos - _TONS_CHARS), pos) if alone else None
        start = before.start() if before is not None else pos
        counted = plural or before is not None  # "ton" alone is the unit of a number before it
        if alone and counted and not _figure_filters.inside(taken, pos) and not _figure_filters.inside(
            taken, start
        ) and _figure_measures.is_money_in_tons(text, start, end, 1.0):
            out.append(Found(start, end, float(_figure_measures.HUNDRED_THOUSAND), None, Unit.EURO, 0))
        pos = low.find("ton", end)
    return out
