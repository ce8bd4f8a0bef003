"""Phrase rules for candidate-trend titles: a title phrase is a noun phrase about a phenomenon.

`cluster` offers the phenomena and indicators of a trend's members as title phrases; the rules
here keep those phrases noun phrases (issue 11):

* a clause inside a phrase is cut off: a subordinate or relative clause ("inwoners *die* …", "*om*
  zich in te zetten"), an infinitive at the end ("ouderen met een grote zorgbehoefte *thuis wonen*");
* a noun of change heading a phrase gives way to what changes ("verbetering van *de situatie*");
* a relational head without its complement is too vague to title a trend ("vertrouwen": in
  whom?; "de situatie": which?);
* words the stored phrase ran together over a line break are taken apart again from the
  member's own text ("complexe\\nzorgbehoefte", never "complexezorgbehoefte");
* a title shows its phrase in one style after every lead: no determiner, no count noun the lead
  already states ("Toename van misdrijven", "Wisselend beeld: misdrijven").
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from trendbeeld import adjectives
from trendbeeld.trends._words import lexicon_set

ARTICLES = frozenset({"de", "het", "een"})
DETERMINERS = ARTICLES | {"hun", "haar", "zijn", "ons", "onze", "mijn", "uw", "elk", "ieder", "geen"}
# Count nouns a lead states already ("Toename van het aantal misdrijven" is "Toename van misdrijven").
COUNT_NOUNS = frozenset({"aantal", "hoeveelheid"})
# Words that open a clause inside a phrase: the noun phrase ends before them.
CLAUSE_CUTS = frozenset(
    {
        "die",
        "dat",
        "welke",
        "wie",
        "waar",
        "waarin",
        "waarbij",
        "waardoor",
        "waarmee",
        "waarop",
        "waarvoor",
        "om",
        "omdat",
        "doordat",
        "terwijl",
        "zodat",
        "wanneer",
        "nadat",
        "zolang",
        "hoewel",
    }
)
# Adverbs that stand before a clause-final verb ("thuis wonen", "zelf regelen").
VERB_ADVERBS = frozenset(
    {"thuis", "zelf", "zelfstandig", "alleen", "samen", "langer", "graag", "goed", "weer", "niet", "nog"}
    | {"er", "te", "meer"}
)
# "verbetering van de situatie"; after "in" often comes a place ("verschuiving in Europa")
CHANGE_LINKS = frozenset({"van"})
CLAUSE_KEEPS = 2  # specific content words left before a relative or subordinate clause
VERB_KEEPS = 1  # before a clause-final infinitive: its subject and what qualifies it
MIN_PART_CHARS = 4  # each part of a word run together over a line break
VOWELS = "aeiou"
_WORD = re.compile(r"[\w'-]+", re.UNICODE)


@cache
def lemma(word: str) -> str:
    import simplemma

    if not word:
        return ""  # simplemma refuses an empty string
    found: str = simplemma.lemmatize(word.casefold(), lang="nl")
    return found


def _stems(word: str) -> list[str]:
    """The present stems an infinitive may have: "wonen" → "won", "woon"; "zetten" → "zett", "zet"."""
    stem = word[:-2]
    found = [stem]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        found.append(stem[:-1])
    if len(stem) > 2 and stem[-1] not in VOWELS and stem[-2] in VOWELS and stem[-3] not in VOWELS:
        found.append(stem[:-1] + stem[-2] + stem[-1])
    if stem.endswith(("v", "z")):
        found.append(stem[:-1] + {"v": "f", "z": "s"}[stem[-1]])
    return found


@cache
def is_infinitive(word: str) -> bool:
    """A verb in the infinitive or the plural present ("wonen", "regelen", "toenemen"): its lemma is
    itself and a conjugated form of it ("woont", "regelde") leads back to it. Nouns in -en
    ("wapen", "keuken", "vermogen", "ouderen") have no such forms."""
    folded = word.casefold()
    if not word[:1].islower() or not folded.isalpha() or not folded.endswith("en") or len(folded) < 5:
        return False  # a capital marks a name ("Houten") or the start of a phrase
    if lemma(folded) != folded:
        return False
    return any(lemma(stem + end) == folded for stem in _stems(folded) for end in ("t", "de", "te"))


# Words after a noun phrase's head: prepositions and link words ("gevoelens |van| eenzaamheid").
HEAD_ENDS = frozenset(
    {
        "van", "voor", "in", "bij", "met", "op", "aan", "uit", "over", "door", "onder", "tegen", "tussen",
        "naar", "om", "tot", "binnen", "buiten", "zonder", "na", "per", "sinds", "tijdens", "via", "en",
        "of", "die", "dat",
    }
)  # fmt: skip
# A measure noun heads the phrase whatever follows it ("het aantal inbraken neemt toe").
MEASURE_HEADS = COUNT_NOUNS | {"aandeel", "percentage", "deel", "groep", "helft"}


def has_plural_head(phrase: str) -> bool:
    """Whether a noun phrase's head (its last word before a preposition or link word) is a plural
    ("ervaren beperkingen", "gevoelens van eenzaamheid"; not "het aantal inbraken"), or two heads
    joined by "en" ("familiesituatie en flexibiliteit" blijven gelijk, as "diefstal en inbraak")."""
    words = [w for w in phrase.casefold().split() if w not in ARTICLES]
    if not words or words[0] in MEASURE_HEADS:
        return False
    cut = next((i for i, w in enumerate(words) if i and w in HEAD_ENDS), len(words))
    if cut < len(words) - 1 and words[cut] == "en":
        return True
    head = words[cut - 1]
    return head.isalpha() and _is_plural_noun(head)


def _is_plural_noun(word: str) -> bool:
    folded = word.casefold()
    found = lemma(folded)
    return found != folded and folded.endswith(("en", "s")) and not is_infinitive(folded)


def before_clause(words: list[str]) -> tuple[list[str], int]:
    """``words`` up to a clause inside them, and how many specific content words what is left must
    keep to name a phenomenon (0: nothing was cut).

    A subordinate or relative clause after the first word is cut ("overlast van drugsgebruik omdat
    …"; "om" only with its "te": "om zich in te zetten", not "in en om het huis"); its noun is often a
    person ("vrouw die …"), so ``CLAUSE_KEEPS`` words must be left. A clause-final infinitive goes
    with the adverbs before it when a plural subject with a qualifier opens the phrase ("ouderen met
    een zorgbehoefte thuis wonen" → "ouderen met een zorgbehoefte"). An object before its infinitive
    is an activity, not a phenomenon ("vervoer regelen", "banen schrappen"): nothing is left of it.
    """
    folded = [w.casefold().strip(",.;:") for w in words]
    for cut, word in enumerate(folded):
        if cut and word in CLAUSE_CUTS and (word != "om" or "te" in folded[cut + 1 :]):
            return words[:cut], CLAUSE_KEEPS
    if len(words) < 2 or not _verb_at(words, len(words) - 1):
        return words, 0
    end = len(words) - 1
    while end > 1 and folded[end - 1] in VERB_ADVERBS:
        end -= 1
    subject = end > 1 and _is_plural_noun(words[0])  # "banen schrappen": an object, no subject
    return (words[:end] if subject else []), VERB_KEEPS


def states_an_action(text: str) -> bool:
    """A statement that opens with a verb of change in the infinitive and "van" names an action to
    take, an aim or an agenda item ("versnellen van hervormingen", "het verbeteren van de
    communicatie"), not a phenomenon seen to change. Verbs of change are the extractor's
    (`trendbeeld.extract.lexicon`), so "vertrouwen van burgers" stays a noun."""
    from trendbeeld.extract import lexicon as extract_lexicon

    words = [w.casefold() for w in text.split()[:3]]
    if words and words[0] in ARTICLES:
        words = words[1:]
    return len(words) > 1 and words[1] == "van" and words[0] in extract_lexicon.load().change_verbs


def inner_infinitive(words: list[str]) -> bool:
    """An infinitive after a noun inside a phrase: a verb with its object ("vervoer regelen of klusjes
    in en om het huis"), not a noun phrase. After an article or a preposition it is a noun ("het
    aanpakken van problemen") and fine."""
    links = lexicon_set("dangling_words.txt")
    return any(
        _verb_at(words, i) and words[i - 1].casefold() not in links and not words[i - 1].endswith(",")
        for i in range(1, len(words))
    )


def _verb_at(words: list[str], at: int) -> bool:
    """An infinitive used as a verb: not after an article or possessive, an article and an adjective
    ("met een laag inkomen", "hun eigen vermogen") or an inflected adjective ("hulpbehoevende
    naasten"), where it is a noun."""
    if not is_infinitive(words[at].strip(",.;:")):
        return False
    before = [w.casefold() for w in words[max(0, at - 2) : at]]
    inflected = before[-1].endswith("e") and lemma(before[-1]) != before[-1]  # "hulpbehoevende naasten"
    learned = before[-1].endswith(tuple(lexicon_set("learned_adjectives.txt")))  # "economisch vertrouwen"
    return not (inflected or learned) and not any(w in DETERMINERS for w in before)


def complement_of_change(words: list[str]) -> list[str]:
    """A phrase headed by a noun of change offers what changes: "verbetering van de situatie" → "de
    situatie", "sterke groei van de vraag" → "de vraag" (the lead of the title says the change)."""
    changes = lexicon_set("change_nouns.txt")
    for at, word in enumerate(words[:3]):
        if word.casefold() in changes and at + 1 < len(words) and words[at + 1].casefold() in CHANGE_LINKS:
            return words[at + 2 :]
    return words


def is_vague(phrase: str) -> bool:
    """A relational, empty or time head without a complement ("vertrouwen", "onverminderde
    bereidheid", "de situatie", "vroege fase"): whose trust in what? A complement after it
    ("vertrouwen in de politie"), a noun before it ("buurtbetrokkenheid") or a classifying adjective
    ("mentale druk") makes it a phenomenon."""
    words = [w.casefold() for w in _WORD.findall(phrase)]
    words = [w for w in words if w not in ARTICLES]
    if not words or words[-1] not in lexicon_set("vague_heads.txt") | lexicon_set("time_words.txt"):
        return False
    return all(_modifier(w) for w in words[:-1])


def _modifier(word: str) -> bool:
    """An adjective or participle before a head ("sterke", "groeiende", "onverminderde", "emotioneel")."""
    if word.endswith(tuple(lexicon_set("learned_adjectives.txt"))):
        return False  # a classifying adjective makes the head a phenomenon ("mentale druk")
    if word.endswith("e"):
        return True
    return lemma(word) != word and not _is_plural_noun(word)


def unglued(phrase: str, text: str) -> str:
    """``phrase`` with words it ran together over a line break of ``text`` apart again.

    A stored phenomenon can lose the break between two words ("complexe\\nzorgbehoefte" became
    "complexezorgbehoefte"); the member's own text still holds them apart.
    """
    if "\n" not in text and "  " not in text:
        return phrase
    parts = text.split()
    joined = {a + b: f"{a} {b}" for a, b in itertools.pairwise(parts) if a.isalpha() and b[:1].isalpha()}
    found = set(parts)
    out = []
    for word in phrase.split(" "):
        repaired = joined.get(word) if word not in found else None
        out.append(repaired if repaired and min(map(len, repaired.split())) >= MIN_PART_CHARS else word)
    return " ".join(out)


def is_glued(word: str) -> bool:
    """Two words run together where a line break was lost: a lower-case word no Dutch word list knows
    that is a known adjective ("complexe", "mentaal", "fiscale") followed by a known word
    ("zorgbehoefte", "welzijn"). Dutch compounds open with a noun or a stem, rarely with an
    inflected or learned adjective."""
    from wordfreq import zipf_frequency

    if not word.isalpha() or not word.islower() or zipf_frequency(word, "nl") > 0:
        return False
    adjectives = lexicon_set("learned_adjectives.txt")
    for cut in range(MIN_PART_CHARS, len(word) - MIN_PART_CHARS + 1):
        head, tail = word[:cut], word[cut:]
        inflected = head.endswith("e") and lemma(head) != head and zipf_frequency(head, "nl") >= KNOWN_ZIPF
        learned = head.endswith(tuple(adjectives)) and zipf_frequency(head, "nl") >= KNOWN_ZIPF
        if (inflected or learned) and zipf_frequency(tail, "nl") >= KNOWN_ZIPF:
            return True
    return False


KNOWN_ZIPF = 2.5  # a word at least this frequent (Zipf scale) is a known Dutch word


def title_form(phrase: str) -> str:
    """A phrase as a title shows it after any lead: no leading determiner, and no count noun the lead
    states already ("het aantal geregistreerde misdrijven" → "geregistreerde misdrijven"), so every
    lead reads alike ("Toename van misdrijven", "Wisselend beeld: misdrijven")."""
    words = phrase.split(" ")
    if len(words) > 1 and words[0].casefold() in ARTICLES:
        article, words = words[0].casefold(), words[1:]
        if article == "het" and len(words) > 1 and _singular(words[1]):
            # a neuter noun without its article takes the bare adjective: "geregistreerd geweld"
            words = [_bare_adjective(words[0]), *words[1:]]
    if len(words) > 1 and words[0].casefold() in COUNT_NOUNS:
        rest = words[1:]
        if len(rest) > 1 and rest[0].casefold() == "van":
            rest = rest[1:]
            rest = rest[1:] if len(rest) > 1 and rest[0].casefold() in ARTICLES else rest
        words = rest
    return " ".join(words)


def _singular(word: str) -> bool:
    """A noun in the singular: its lemma is itself ("geweld"; "misdrijven" → "misdrijf" is not)."""
    return word.isalpha() and word.islower() and lemma(word) == word


def _bare_adjective(word: str) -> str:
    """The uninflected form of an inflected adjective ("geregistreerde" → "geregistreerd", "grote" →
    "groot", "effectieve" → "effectief", "snelle" → "snel"): the most frequent of the forms Dutch
    spelling allows that wordfreq knows; the word itself when it is no inflected adjective."""
    from wordfreq import zipf_frequency

    if len(word) < 4 or not word.endswith("e") or not word.isalpha():
        return word
    known = [(zipf_frequency(form, "nl"), form) for form in adjectives.bare_forms(word)]
    frequency, best = max(known)
    return best if frequency >= KNOWN_ZIPF else word
