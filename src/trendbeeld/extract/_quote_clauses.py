"""Small grammar tests of the clause around a quote, shared by the attribution rules
(:mod:`._quote_attribution`):

* a finite verb by its lemma ("raakte", "stond", "zegt"; not an infinitive or a function word);
* a fronted prepositional phrase that puts the subject after the verb ("In zijn campagnespeeches
  suggereerde Erdogan …");
* a pronoun after a verb the speech-verb lexicon does not list ("„Waarom kwamen jullie hierheen?”
  donderde hij", "„Stop!”, gilt ze, meermaals"), not a hearer ("kreeg hij te horen") and not "ze" for a
  body named just before ("De Raad van State was kritisch. … ‘…’, redeneerde ze");
* the noun right before a name that fixes the person's gender ("de zakenman Marian Kocner" is no
  "ze", "woordvoerster Kim Smit" no "hij");
* an attribution after the quote whose subject is a noun phrase without a name ("‘…’, voegden de
  anonieme briefschrijvers er aan toe", "‘…’, schrijven de actievoerders"): the quote names its own
  source, so no person named before it speaks.
"""

from __future__ import annotations

import re
from functools import cache

from trendbeeld.extract import _phrases, _speakers, lexicon
from trendbeeld.extract._cues import lemma
from trendbeeld.extract._document import Document
from trendbeeld.extract._quote_patterns import patterns, speech_words
from trendbeeld.extract._quotemarks import Candidate

# Words that open a clause: a name after them and an auxiliary is that clause's, not the sentence's
CLAUSE_WORDS = frozenset({"dat", "die", "wat", "wie", "waar", "als", "omdat", "toen", "nadat", "terwijl",
                           "of", "hoe", "zodat", "doordat", "voordat", "hoewel", "waarin", "waarop"})
MAX_FRONTED_WORDS = 4  # "In zijn campagnespeeches": a prepositional phrase before the verb and its subject
# Prepositions that open such a phrase: those of noun phrases and the ones of a fronted circumstance
# ("Tegenover de Volkskrant benadrukt Söner …", "Tijdens het debat zei Jan Smit …"); not "volgens",
# whose object is the source itself
_FRONTING = _phrases.NP_PREPOSITIONS | frozenset({
    "tegenover", "namens", "naast", "tijdens", "na", "sinds", "via", "dankzij", "ondanks", "vanwege",
})
_ARTICLES = frozenset({"de", "het"})
_SENTENCE_END = re.compile(r"[.!?]\s")

# "„Waarom kwamen jullie hierheen?” donderde hij.", "„Stop!”, gilt ze, meermaals.", "…’, redeneerde ze
# in 2015.": a verb the lexicon does not list, then a pronoun that ends the clause or has at most three
# words after it (an adverb, a time, a particle)
_VERB_PRONOUN_AFTER = re.compile(
    r"\A[ \t]*(?P<comma>,)?[ \t]+(?P<verb>[a-zà-ÿ]{3,})[ \t]+(?P<pronoun>hij|zij|ze)"
    r"(?=[ \t]*[.,;!?:]|[ \t]+(?:[\wà-ÿ]+[ \t]+){0,2}[\wà-ÿ]+[ \t]*[.;!?])"
)
ORGANISATION_REACH = 400  # characters before a quote whose sentences may name the body "ze" stands for
ORGANISATION_SENTENCES = 3
# Lemmas whose subject hears, reads or undergoes the words rather than says them ("kreeg hij te horen").
_HEARING_LEMMAS = frozenset({"krijgen", "worden", "horen", "lezen", "zien", "hebben", "zijn", "weten"})


def verb_pronoun(doc: Document, cand: Candidate, window: str) -> str | None:
    """The pronoun after an unlisted singular finite verb (by lemma) that follows a quote ending in a
    comma, a question or an exclamation: "„Waarom …?” donderde hij", "‘Duitsland’, zingt hij"."""
    m = _VERB_PRONOUN_AFTER.match(window)
    if m is None or (m.group("comma") is None and doc.text[cand.end - 1 : cand.end] not in (",", "?", "!")):
        return None
    verb = m.group("verb")
    if not finite_verb(verb) or lemma(verb) in _HEARING_LEMMAS:
        return None
    pronoun = m.group("pronoun")
    if pronoun != "hij":
        # "De Raad van State was kritisch. … ‘…’, redeneerde ze": "ze" may be the body named in the
        # sentences before the quote
        region = doc.text[max(cand.open - ORGANISATION_REACH, 0) : cand.open]
        starts = [0, *(s.end() for s in _SENTENCE_END.finditer(region))][-ORGANISATION_SENTENCES:]
        if any(patterns()["org_mention"].match(region, start) for start in starts):
            return None
    return pronoun


def noun_fits(pronoun: str | None, region: str, pos: int) -> bool:
    """The noun right before a name does not contradict the pronoun: "de zakenman Marian Kocner" is no
    "ze" (whatever the first name), "de woordvoerster Kim Smit" no "hij"."""
    m = _NOUN_BEFORE.search(region, max(pos - NOUN_CHARS, 0), pos)
    wanted = _speakers.pronoun_gender(pronoun)
    if m is None or wanted is None:
        return True
    noun = m.group(1).lower()
    if noun.endswith(_NOT_FEMININE):
        return True  # "burgemeester", "minister": either
    said = "m" if noun.endswith("man") else "v" if noun.endswith(_FEMININE_ENDINGS) else None
    return said is None or said == wanted


NOUN_CHARS = 40  # the noun before a name stands this close
_NOUN_BEFORE = re.compile(r"(?<![\w-])([a-zà-ÿ-]{5,})\s+\Z")
# The endings of a noun for a woman ("zakenvrouw", "woordvoerster", "directrice"); a noun for a man
# ends in "man" ("zakenman", "voorman"). "-meester" and "minister" end in "ster" for anyone.
_FEMININE_ENDINGS = ("vrouw", "ster", "trice")
_NOT_FEMININE = ("meester", "minister")


def fronted_phrase(words: list[str]) -> bool:
    """"In zijn campagnespeeches suggereerde Erdogan": a prepositional phrase of a few words without a
    clause or a comma before the finite verb, which puts the subject after the verb."""
    # a capital only after an article: an outlet or a body ("Tegenover de Volkskrant"), not a person
    return (len(words) <= MAX_FRONTED_WORDS and words[0].lower() in _FRONTING
            and not any(w.rstrip(",").lower() in CLAUSE_WORDS or w.endswith(",") for w in words)
            and not any(w[:1].isupper() and words[i] not in _ARTICLES for i, w in enumerate(words[1:])))


def finite_verb(word: str) -> bool:
    """A finite verb form: a verb of saying, or a word whose lemma is a verb ending in "-en" that is
    not itself that infinitive ("raakte", "stond", "zegt"), nor a function word."""
    if not word.isalpha() or not word.islower() or word in lexicon.load().function_words:
        return False
    base = lemma(word)
    return word in speech_words() or (base != word and base.endswith("en") and not word.endswith("en"))


# "‘…’, voegden de anonieme briefschrijvers er aan toe": a comma, a finite verb and a definite noun
# phrase in lower case right after the closing mark
_DESCRIBED_AFTER = re.compile(r"[\s'’”\"]*,\s*(?P<verb>[a-zà-ÿ]+)\s+(?:de|die)\s+[a-zà-ÿ]")
AFTER_CHARS = 40  # the attribution starts this close to the closing mark


@cache
def _speech_lemmas() -> frozenset[str]:
    return frozenset(lemma(w) for w in speech_words())


def described_after(text: str, cand: Candidate) -> bool:
    """The quote is followed by a verb of saying and a subject without a name ("‘…’, voegden de
    anonieme briefschrijvers er aan toe", "„…”, schrijven de actievoerders")."""
    m = _DESCRIBED_AFTER.match(text, cand.end, cand.close_end + AFTER_CHARS)
    if m is None:
        return False
    verb = m.group("verb")
    # plural forms too ("voegden", "schrijven"), which the lexicon lists in the singular
    # ("schreven" reads as "schreef" first, then as "schrijven")
    if verb in speech_words():
        return True
    if verb in lexicon.load().function_words:
        return False
    base = lemma(verb)
    return base in _speech_lemmas() or lemma(base) in _speech_lemmas()
