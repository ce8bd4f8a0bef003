"""Whether a cleaned title phrase names a phenomenon: not a person, a body, or part of a clause.

A usable phrase is a noun phrase about something that changes. Left out: a person's name
("Wijkagent Erwin", "Lori Loughlin"), an organisation or administrative act ("vaste commissie voor
Financiën", "wijziging van artikel 3"), and a fragment of a clause: a phrase ending in a verb form
("cel voor opgelegd kreeg"), a plural subject running into its verb ("ouders stappen"), an adverb of
a clause ("vaak"), a count ("zon dertig mensen") or words run together ("AmsterdamDiner").
"""

from __future__ import annotations

import itertools
import re

from trendbeeld import months
from trendbeeld.extract import lexicon as extract_lexicon
from trendbeeld.extract import numbers
from trendbeeld.trends import _phrasing
from trendbeeld.trends._title_phrases import ARTICLES
from trendbeeld.trends._words import TITLE_MIN_CHARS, content_stems, lexicon_set, place_names, proper_prefixes

_WORD = re.compile(r"[\w'-]+", re.UNICODE)
# Words that may follow a plural noun inside a noun phrase ("steekincidenten onder jongeren").
PHRASE_LINKS = frozenset(
    [
        "onder",
        "tegen",
        "tussen",
        "zonder",
        "binnen",
        "buiten",
        "rond",
        "sinds",
        "vanwege",
        "via",
        "na",
        "per",
        "achter",
        "naast",
        "boven",
        "tijdens",
        "wegens",
        "volgens",
        "zoals",
        "waarvan",
        "wier",
        "welke",
        "zich",
    ]
)


def usable(phrase: str) -> bool:
    """Long enough, not a number, not generic, naming something beyond time and comparison, and a
    noun phrase about a phenomenon: no person's name, no clause fragment."""
    return (
        len(phrase) >= TITLE_MIN_CHARS
        and phrase[:1].isalpha()  # not a number or a symbol ("+ labs")
        and phrase.casefold() not in lexicon_set("generic_phenomena.txt") | lexicon_set("groups.txt")
        and bool(content_stems(phrase))
        and not names_a_person(phrase)
        and not names_a_body(phrase)
        and not is_fragment(phrase)
        and not _phrasing.is_vague(phrase)
    )


def names_a_body(phrase: str) -> bool:
    """A phrase headed by an organisation or body ("vaste commissie voor Financiën", "vakcommissies",
    "ministerie van Justitie"), who acts or reports, or by an administrative act ("wijziging van
    artikel 3", "vaststelling van de begroting"), what they decide: never a phenomenon. The head is
    the last word before the first preposition or link word; a body after it ("vertrouwen in de
    politie") is fine."""
    bodies = lexicon_set("organisations.txt") | lexicon_set("administrative_acts.txt")
    links = lexicon_set("dangling_words.txt") | PHRASE_LINKS
    words = [w.casefold() for w in _WORD.findall(phrase)]
    cut = next((i for i, w in enumerate(words) if i and w in links), len(words))
    head = words[:cut]
    return bool(head) and (head[-1] in bodies or " ".join(head[-2:]) in bodies)


def _verb_form(word: str) -> bool:
    """A conjugated verb or participle ("kreeg", "neemt", "opgelegd"): its lemma is an infinitive."""
    folded = word.casefold().strip(",.;:!?")
    lemma = _phrasing.lemma(folded)
    if folded == f"{lemma}s":
        return False  # the plural of a noun in -en ("gevoelens", "gegevens"): no verb ends in -s
    return lemma != folded and lemma.replace("_", "").endswith("en") and len(folded) > 2


def _proper(word: str) -> bool:
    """A place, a country or people, or an abbreviation: capitals that do not mark a person."""
    folded = word.casefold().strip(",.;:!?'")
    return (
        sum(ch.isupper() for ch in word) > 1  # CBS, JenV
        or folded in place_names()
        or folded.startswith(proper_prefixes())
        or any(ch.isdigit() for ch in word)
    )


NAME_MAX_CHARS = 8  # a capitalised first word no dictionary knows and this short is a name, not a compound


def names_a_person(phrase: str) -> bool:
    """A capitalised word after the first that is no place, people or abbreviation: a name
    ("Wijkagent Erwin", "Lori Loughlin", "Stalker Taylor Swift"); or a phrase of one short
    capitalised word that is no Dutch word ("Wouter", "Harbers"). Long unknown words are compounds
    ("Kinderarmoede") and stay."""
    import simplemma

    words = [w for w in _WORD.findall(phrase) if w[:1].isalpha()]
    if any(w[:1].isupper() and not _proper(w) for w in words[1:]):
        return True
    if any(_all_capitals(w) for w in words[1:]) or (len(words) == 1 and _all_capitals(words[0])):
        return True  # "discotheek HOME", "atletiekunie IAAF", "TILBURG": one named thing
    first = words[0] if len(words) == 1 else ""
    return (
        first[:1].isupper()
        and not _proper(first)
        and len(first) <= NAME_MAX_CHARS
        and not simplemma.is_known(first.casefold(), lang="nl")
    )


def _all_capitals(word: str) -> bool:
    return len(word) >= ABBREVIATION_MIN and word.isalpha() and word.isupper()


# A phrase that opens with one of these is a clause or a count of one case, not a phenomenon.
CLAUSE_OPENERS = lexicon_set("clause_openers.txt")
# Adverbs and pronouns that end no noun phrase ("het percentage jongvolwassenen dat vaak").
OPEN_ENDS = lexicon_set("open_ends.txt")
# Adverbs of degree and frequency stand in a clause, never inside a noun phrase ("aan vaak tot zeer vaak").
INNER_ADVERBS = frozenset(
    {"vaak", "vaker", "steeds", "tevens", "zeer", "erg", "heel", "ineens", "soms", "nooit", "altijd"}
)
# A demonstrative points back into the sentence ("mensen in deze groepen"): the phrase needs its context.
POINTERS = frozenset({"deze", "die", "dit", "dat", "zulke", "dergelijke"})
POSSESSIVES = frozenset({"hun", "haar", "onze", "mijn", "jouw", "uw"})  # "zijn" is a verb too
ARTICLE_LINKS = frozenset({"en", "of", "als", "dan"})  # words an article may follow inside a noun phrase
_GLUED = re.compile(r"[a-zà-ÿ]{2}[A-Z][a-zà-ÿ]{2}")  # "AmsterdamDiner": two words run together
GLUED_CHARS = 30  # a longer "word" is two run together ("effectieveondersteuningsprogramma's")
_BRACKET = re.compile(r"[()\[\]]")  # a stray bracket: the phrase is cut from a longer one
WEEKDAYS = months.WEEKDAYS
ABBREVIATION_MIN = 3  # an all-capital word this long after a noun names one thing ("discotheek HOME")


def is_fragment(phrase: str) -> bool:
    """Part of a clause, not a noun phrase: it ends in a verb form ("cel voor opgelegd kreeg") or a
    plural subject runs straight into its verb ("ouders stappen"). Participles before a noun
    ("gestolen fietsen", "verward gedrag") are adjectives and fine."""
    words = [w for w in _WORD.findall(phrase) if w[:1].isalpha()]
    if not words:
        return True
    links = lexicon_set("dangling_words.txt") | lexicon_set("time_openers.txt")
    last = words[-1].casefold()
    if _verb_form(words[-1]) or last in links or last in OPEN_ENDS or _comparative(last):
        return True
    if adjective_end(last) or _broken(phrase, words) or _article_after_noun(words, links):
        return True
    links |= PHRASE_LINKS
    return words[0].casefold() in CLAUSE_OPENERS or any(
        _clause_step(word, after, links) for word, after in itertools.pairwise(words)
    )


def _broken(phrase: str, words: list[str]) -> bool:
    """Words no noun phrase about a phenomenon holds: a moment ("vrijdagmiddag"), words run together
    ("AmsterdamDiner", "complexezorgbehoefte") or a stray bracket, an adverb of a clause ("vaak"), a
    verb with its object ("vervoer regelen of klusjes"), a count ("zon dertig mensen") or a pointer
    back into the sentence ("mensen in deze groepen")."""
    folded = [w.casefold() for w in words]
    glued = _GLUED.search(phrase) or _BRACKET.search(phrase) or any(len(w) > GLUED_CHARS for w in words)
    return bool(
        glued
        or any(w.startswith(WEEKDAYS) or w in INNER_ADVERBS or w in POINTERS for w in folded)
        or any(_phrasing.is_glued(w) or _number_word(w) for w in words)
        or _phrasing.inner_infinitive(words)
    )


def _number_word(word: str) -> bool:
    """A written number ("dertig", "tweeënveertig") or a vague amount ("honderden"), read by the
    home of Dutch numerals in `trendbeeld.extract.numbers`; the article "een" is no number."""
    folded = word.casefold()
    return numbers.parse_words(folded) is not None or folded in extract_lexicon.load().vague_amounts


def _article_after_noun(words: list[str], links: frozenset[str]) -> bool:
    """An article or possessive straight after a noun, with no preposition between: a clause without
    its verb ("burenhulp een waardevolle bouwsteen", "inzet hun welzijn")."""
    allowed = links | PHRASE_LINKS | ARTICLE_LINKS
    return any(
        after.casefold() in ARTICLES | POSSESSIVES and word.casefold() not in allowed
        for word, after in itertools.pairwise(words)
    )


def adjective_end(word: str) -> bool:
    """An inflected adjective that waits for its noun ("kritiek op koloniale", "behoefte aan duidelijke"):
    it ends in -e and its lemma is the base form without it."""
    if not word.endswith("e") or len(word) < TITLE_MIN_CHARS:
        return False
    lemma = _phrasing.lemma(word)
    return lemma != word and not lemma.endswith("e") and lemma[:2] == word[:2]


def _clause_step(word: str, after: str, links: frozenset[str]) -> bool:
    """Two words that belong to a clause: a plural subject and its verb ("ouders stappen"), a
    participle before a preposition ("aandacht gekregen van"), or a finite verb ("Spanje doet")."""
    folded = word.casefold()
    lemma = _phrasing.lemma(folded)
    plural_noun = lemma != folded and folded.endswith(("s", "en")) and not lemma.endswith("en")
    if plural_noun and after.casefold() not in links and after[:1].islower():
        return True
    return (_verb_form(word) and after.casefold() in links) or _finite(word)


def _finite(word: str) -> bool:
    """A conjugated verb inside a phrase ("doet", "neemt", "kreeg"); participles ("verward gedrag",
    "opgelegde straffen") and inflected forms may stand before a noun and do not count."""
    folded = word.casefold()
    participle = "ge" in folded[:5] or folded.startswith(("be", "ver", "ont", "her", "er"))
    return _verb_form(word) and not participle and not folded.endswith(("e", "en"))


def _comparative(word: str) -> bool:
    """A comparative adjective ("lager", "makkelijker", "moderner"): its lemma is the base form."""
    lemma = _phrasing.lemma(word)
    return word.endswith("er") and lemma != word and word.startswith(lemma[: max(3, len(lemma) - 1)])
