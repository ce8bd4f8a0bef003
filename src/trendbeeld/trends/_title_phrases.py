"""From a member's phenomenon or indicator to the noun phrases it offers as a trend title.

A phrase is cleaned of what does not name the phenomenon: brackets and quote marks, leading amounts
("40% van de Nederlanders" → "Nederlanders"), a clause after its finite verb ("misdrijven nemen
toe"), a trailing time phrase ("sinds 2022"), leading fillers ("zoals"), a dangling last word and
surplus words beyond ``TITLE_MAX_WORDS``. What a clause leaves of a person or a place ("vrouw die …")
offers nothing.
"""

from __future__ import annotations

import re

from trendbeeld.trends import _phrasing
from trendbeeld.trends._words import content_stems, lexicon_set, place_names

TITLE_MAX_WORDS = 9
MIN_SHORTENED_WORDS = 2  # a shortened phrase keeps at least this many words
ARTICLE_NOUNS = frozenset({"aantal", "aandeel", "percentage", "gebruik", "risico"})
ARTICLES = frozenset({"de", "het", "een"})
NUMBER_LINKS = frozenset({"van", "de", "het", "der", "procent", "%"})  # "40% van de Nederlanders"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\d")
_DIGIT = re.compile(r"\d")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_QUOTES = re.compile(r"[‘’“”„\"]|(?<!\w)'|'(?!\w)")


def _unbracketed(phrase: str) -> str:
    """``phrase`` without bracketed parts (an unclosed bracket ends it) and without quote marks."""
    phrase = _BRACKETED.sub(" ", phrase)
    phrase = re.split(r"[(\[]", phrase, maxsplit=1)[0]
    return _QUOTES.sub("", phrase)


def _without_numbers(words: list[str]) -> list[str]:
    """Leading amounts ("40% van de") dropped; the phrase ends before a later number."""
    dropped = False
    while words and (_DIGIT.search(words[0]) or (dropped and words[0].casefold() in NUMBER_LINKS)):
        dropped = dropped or bool(_DIGIT.search(words[0]))
        words = words[1:]
    for cut, word in enumerate(words):
        if _DIGIT.search(word):
            return words[:cut]
    return words


def _clause_parts(words: list[str]) -> list[list[str]]:
    """The words before the first finite verb, and the subject after an inverted verb of change."""
    verbs = lexicon_set("clause_verbs.txt") | lexicon_set("inverting_verbs.txt")
    for cut, word in enumerate(words):
        folded = word.casefold().strip(",.;:")
        if folded not in verbs:
            continue
        parts = [words[:cut]]
        rest = words[cut + 1 :]
        if folded in lexicon_set("inverting_verbs.txt") and rest and rest[0].casefold() in ARTICLES:
            parts.append(_clause_parts(rest)[0])
        return parts
    return [words]


def _without_time(words: list[str]) -> list[str]:
    """``words`` without a trailing time phrase ("sinds 2022", "in tien jaar")."""
    openers = lexicon_set("time_openers.txt")
    times = lexicon_set("time_words.txt")
    for cut in range(1, len(words)):
        if words[cut].casefold() not in openers:
            continue
        if any(_YEAR.search(w) or w.casefold().strip(",.") in times for w in words[cut:]):
            return words[:cut]
    return words


def _trimmed(words: list[str]) -> list[str]:
    """No leading fillers ("zoals", "totaal"), no dangling last word, at most ``TITLE_MAX_WORDS``.

    A longer phrase is shortened to the last whole part ("..., het denken over de rol van" ends
    before "over").
    """
    fillers = lexicon_set("leading_fillers.txt")
    while len(words) > 1 and words[0].casefold() in fillers:
        words = words[1:]
    dangling = lexicon_set("dangling_words.txt") | lexicon_set("time_openers.txt")
    if len(words) > TITLE_MAX_WORDS:  # end the shortened phrase where a part of it ends
        words = words[:TITLE_MAX_WORDS]
        bounds = [i for i, w in enumerate(words) if i >= MIN_SHORTENED_WORDS and w.casefold() in dangling]
        words = words[: bounds[-1]] if bounds else words
    while words and words[-1].casefold().strip(",.;:") in dangling:
        words = words[:-1]
    if len(words) > 1 and words[0].casefold() in ARTICLE_NOUNS:
        words = ["het", words[0].lower(), *words[1:]]
    return words


def phenomenon_phrases(phrase: str) -> list[str]:
    """The noun phrases a phenomenon or indicator offers as a title, cleaned; most likely first."""
    words = _without_numbers(_unbracketed(phrase).split())
    found = []
    for part in _clause_parts(words):
        complement = _phrasing.complement_of_change(part)
        kept, needed = _phrasing.before_clause(complement)
        if len(_specific_stems(kept)) < needed:
            # the clause's own verb was cut off by _clause_parts: its other words are nouns
            kept = _relative_content(complement, kept) if len(part) < len(words) else []
        if not kept:
            continue  # what a clause leaves is a person, a place or a group: "vrouw die …", "inwoners dat …"
        cleaned = " ".join(_trimmed(_without_time(kept))).strip(" ,.;:-")
        if cleaned and cleaned not in found:
            found.append(cleaned)
    return found


_MEASURES = frozenset({"aantal", "percentage", "aandeel", "groep", "hoeveelheid"})
_RELATIVE_PRONOUNS = frozenset({"dat", "die"})
_LINKS = frozenset({"als", "door", "voor", "in", "op", "met", "bij", "tot", "naar", "van", "aan"})


def _relative_content(words: list[str], kept: list[str]) -> list[str]:
    """A measure of a group cut before its relative clause names nothing ("aantal jongeren"); the
    nouns of the clause do: "aantal jongeren dat als uithaler (wordt geronseld)" -> "uithaler". Empty
    when ``kept`` is no measure or the clause holds no specific noun."""
    cut = len(kept)
    if not kept or kept[0].casefold() not in _MEASURES or cut >= len(words):
        return []
    if words[cut].casefold() not in _RELATIVE_PRONOUNS:
        return []
    rest = _without_time(words[cut + 1 :])
    while rest and rest[0].casefold() in _LINKS:
        rest = rest[1:]
    return rest if _specific_stems(rest) else []


# Nouns for one person: what a relative clause about a single case leaves ("vrouw die …").
_PERSON_NOUNS = frozenset({"man", "vrouw", "jongen", "meisje", "kind", "persoon", "mannen", "vrouwen"})


def _specific_stems(words: list[str]) -> frozenset[str]:
    """The content stems of ``words`` that are no group ("inwoners"), place or person's role: what a
    phrase cut before a clause must keep to still name a phenomenon."""
    skip = lexicon_set("groups.txt") | place_names() | lexicon_set("case_words.txt") | _PERSON_NOUNS
    return content_stems(" ".join(w for w in words if w.casefold().strip(",.;:") not in skip))


def clean_phenomenon(phrase: str) -> str:
    """The first noun phrase of ``phrase``, without brackets, numbers, time phrase and surplus words."""
    return next(iter(phenomenon_phrases(phrase)), "")
