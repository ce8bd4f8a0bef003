"""Normalising what gold and predictions write: units, directions, regions, periods, names, titles.

Aliases fold the ways annotators and the extractor write the same value ("%", "procent" and
"percentage_points" are ``percent``; "stijging" is ``up``; "landelijk" is ``nederland``); periods
agree when their latest years do; speakers when they share the surname; phenomena and themes by the
overlap of their content-word stems; titles by their folded text.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

STEM_LETTERS = 5
RELATIVE_TOLERANCE = 0.005
ABSOLUTE_TOLERANCE = 0.05

_UNIT_NAMES = {
    "percent": "% procent pct percentage percentages procentpunt percentage_points",
    "euro": "eur € euros euro's",
    "dollar": "usd $ dollars",
    "count": "aantal number n absolute persons",
    "years": "jaar year jaren age",
    "grade": "rapportcijfer cijfer score mark",
    "factor": "x times keer multiplier ratio",
    "per_1000": "promille ‰ per1000 per_1000_inhabitants",
}
UNIT_ALIASES = {alias: unit for unit, names in _UNIT_NAMES.items() for alias in names.split()}
UNIT_ALIASES |= {"per 1000": "per_1000", "per 1.000": "per_1000"}
_DIRECTION_NAMES = {
    "up": "increase increasing rise rising stijging toename stijgend omhoog + harden hardens hardening "
    "verharding intensify growth groei",
    "down": "decrease decreasing decline falling daling afname dalend omlaag -",
    "stable": "stabiel flat unchanged constant gelijk",
    "shift": "change verschuiving verandering changing",
}
DIRECTION_ALIASES = {alias: d for d, names in _DIRECTION_NAMES.items() for alias in names.split()}
_REGION_NAMES = {
    "nederland": "nl|landelijk|nationaal|netherlands|the netherlands|heel nederland",
    "midden-nederland": "midden nederland|middennederland|regio midden-nederland|eenheid midden-nederland|"
    "politie-eenheid midden-nederland|politie midden-nederland",
    "wereldwijd": "wereld|global|worldwide|world|internationaal",
    "europa": "europe|eu|europese unie",
}
REGION_ALIASES = {alias: r for r, names in _REGION_NAMES.items() for alias in names.split("|")}
# Words that carry no meaning in a phenomenon or theme (Dutch and English function words).
_STOP_WORDS = (
    "de het een der des den van in op en of voor met aan door tot bij naar over onder om te dat die dit "
    "deze er als ook nog niet is zijn was wordt worden werd zal zullen kan kunnen hun haar zich wel meer "
    "steeds the and to a an on for by"
)
STOP_WORDS = frozenset(_STOP_WORDS.split())
YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")


def fold(text: str) -> str:
    """Lower case without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def letters_with_offsets(text: str) -> tuple[str, list[int]]:
    """Only the letters and digits of ``text`` (folded), each with its offset in ``text``."""
    kept: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        for folded in fold(char):
            if folded.isalnum():
                kept.append(folded)
                offsets.append(index)
    return "".join(kept), offsets


def letters(text: str) -> str:
    return letters_with_offsets(text)[0]


def title_key(text: str) -> str:
    """A title folded, with hyphenated parts joined and punctuation made spaces."""
    key = re.sub(r"[^\w\s]", " ", re.sub(r"-\s*", "", fold(text)))
    return " ".join(key.split())


def title_similarity(a: str, b: str) -> float:
    key_a, key_b = title_key(a), title_key(b)
    if not key_a and not key_b:
        return 1.0
    return difflib.SequenceMatcher(None, key_a, key_b).ratio()


def _stem_set(text: str) -> set[str]:
    words = re.findall(r"\w+", fold(text).replace("-", ""))
    return {w[:STEM_LETTERS] for w in words if w not in STOP_WORDS and not w.isdigit()}


def stem_overlap(a: str, b: str) -> float:
    """Shared content-word stems over the smaller set (1 for equal texts without content words)."""
    stems_a, stems_b = _stem_set(a), _stem_set(b)
    if not stems_a or not stems_b:
        return 1.0 if title_key(a) and title_key(a) == title_key(b) else 0.0
    return len(stems_a & stems_b) / min(len(stems_a), len(stems_b))


def unit_of(value: object) -> str | None:
    if value is None:
        return None
    name = str(value).strip().lower()
    return UNIT_ALIASES.get(name, name) or None


def direction_of(value: object) -> str | None:
    if value is None:
        return None
    name = str(value).strip().lower()
    if name in ("", "none", "null", "n/a"):
        return None
    return DIRECTION_ALIASES.get(name, name)


def region_of(value: object) -> str | None:
    if value is None:
        return None
    name = " ".join(fold(str(value)).replace("\u2011", "-").split())
    if name in ("", "none", "null"):
        return None
    return REGION_ALIASES.get(name, name)


def _period(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip().lower()
    for dash in "\u2013\u2014\u2011":
        text = text.replace(dash, "-")
    return re.sub(r"\s*-\s*", "-", " ".join(text.split())) or None


def period_agrees(gold: object, pred: object) -> bool:
    """Equal periods, or periods whose latest years agree ('2024-2025' and '2025')."""
    a, b = _period(gold), _period(pred)
    if a == b:
        return True
    if a is None or b is None:
        return False
    years_a, years_b = [int(y) for y in YEAR.findall(a)], [int(y) for y in YEAR.findall(b)]
    return bool(years_a and years_b) and max(years_a) == max(years_b)


def _words(text: object) -> list[str]:
    return re.findall(r"\w+", fold(str(text or "")))


def same_speaker(gold: object, pred: object) -> bool:
    """Whether two speaker names share the surname (one's last word is a word of the other)."""
    gold_words, pred_words = _words(gold), _words(pred)
    if not gold_words or not pred_words:
        return False
    return gold_words[-1] in pred_words or pred_words[-1] in gold_words


def loose_equal(gold: object, pred: object) -> bool:
    """Equal or contained in one another, case and accents aside (roles, organisations, outlets)."""
    a, b = title_key(str(gold or "")), title_key(str(pred or ""))
    if not a or not b:
        return not a and not b
    return a in b or b in a


def close_enough(a: float, b: float) -> bool:
    a, b = abs(a), abs(b)
    return abs(a - b) <= max(RELATIVE_TOLERANCE * max(a, b), ABSOLUTE_TOLERANCE)
