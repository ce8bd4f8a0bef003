"""Phenomena that still carry a verb, repaired (``_trend_filters`` asks per statement kept).

``_trend_phenomena`` finds the noun phrase; these repair what still carries a verb: "pandemie heeft
|deze beperkingen| verergerd" is about the object of a perfect with a participle of change (a
pointer there cannot be resolved and the statement goes); "Vertrouwen |is steeds meer verweven|"
and "Breedeweg |kampt|" lose their verb; a phenomenon that ran on over its own "steeds meer" and
the verb after it ends before them ("Vuurwapenmisdrijven |steeds minder vaak voorkwamen|"); a
phenomenon that is then only an adverbial ("Kort na de pandemie (ervaart)"), a connective
("Desondanks (blijft)") or the opening of a correlation ("Naarmate … hoger worden") goes; a noun
inside an adverbial of a relative clause ("… een probleem, dat |tijdens de pandemie| is verergerd")
is replaced by the antecedent of the relative pronoun. A comparative of size or level added in
brackets goes ("aantal afgeronde zaken (lager)" -> "aantal afgeronde zaken"): the direction says it.
"""

from __future__ import annotations

import itertools
import re

from trendbeeld.extract import _cues, _phrases
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_phenomena import (
    _ADVERBIAL_PREPOSITIONS,
    _PARTICLES,
    _is_preposition,
    _phenomenon,
)
from trendbeeld.extract._trend_phenomenon_words import _is_verb
from trendbeeld.extract._trend_senses import _stems

# A comparative of size or level added to a phenomenon ("aantal afgeronde zaken (lager)", "kiesdeler
# (kleiner)"): it only says the direction, which the statement says; a comparative that names what
# changes stays ("woning (duurder)": its price; "werk (uitdagender)"). Only after a phenomenon of its own.
_MAGNITUDE = re.compile(r"(?<=\S)\s+\((?:hoger|lager|groter|kleiner)\)\Z", re.IGNORECASE)
# Connectives and adverbs that are no phenomenon on their own.
_CONNECTIVES = frozenset([
    "desondanks", "daarnaast", "bovendien", "echter", "toch", "ook", "wel", "zo", "daardoor",
    "hierdoor", "verder", "tevens", "evenwel", "niettemin", "bijgevolg", "daarentegen", "dus",
    "vervolgens", "tegelijkertijd", "overigens", "wellicht", "waarschijnlijk", "mogelijk",
])
_HAVE = frozenset(["heeft", "hebben", "had", "hadden"])
# Words after "heeft" that open no object: "hebben zich verplaatst", "heeft steeds vaker".
_NO_OBJECT = frozenset(["zich", "ons", "me", "mij", "je", "steeds", "meer", "vaker", "minder", "al", "ook"])
MAX_PARTICLE = 4  # letters of a separable particle before "ge" ("terug|ge|lopen")
_UNSTRESSED_PREFIXES = ("ver", "be", "ont", "her", "er", "ge")
_COPULAS = frozenset(["is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden"])
_MORE_WORDS = frozenset(["meer", "vaker", "minder", "steeds"])
_POINTERS = frozenset(["er", "het", "dit", "dat", "deze", "die", "ze", "zij", "hij", "we", "wij", "men"])
# Openings of a correlation ("naarmate …", "hoe hoger …, hoe …"): a comparison, no change in time.
_CORRELATION = frozenset(["naarmate", "hoe"])
_RELATIVES = frozenset(["die", "dat", "wat", "welke", "waar", "wie"])
# The wording of a gradual change a phenomenon ran on into: "wantrouwen |steeds meer| gevoed".
_GRADUAL = frozenset(["steeds", "alsmaar", "almaar"])
_MORE_LESS = frozenset(["meer", "minder", "vaker"])
_NO_VERB_BEFORE = frozenset(["en", "of", "maar", "dan", "als"])
_DEMONSTRATIVES = frozenset(["deze", "die", "dit", "dat", "zulke", "dergelijke"])
# A relative clause whose subject seems to sit in an adverbial: ", dat tijdens de pandemie".
_RELATIVE_ADVERBIAL = re.compile(
    r",\s*(?:dat|die)\s+(?P<prep>\w+)\s+(?:de|het|een|deze|dit|die)?\s*\Z", re.IGNORECASE
)
RELATIVE_REACH = 40  # characters before a phenomenon read for ", dat tijdens de"
TIDY_REACH = 400  # characters from a statement's start where its phenomenon is found again
MIN_VERB = 5  # letters of the shortest present tense read as a verb a phenomenon ends with
ANTECEDENT_REACH = 160  # characters before the relative pronoun read for its antecedent
_TIME_OPENERS = frozenset(["kort", "vlak", "direct", "meteen", "vlakbij", "lang", "ruim"])


def _participle(word: str) -> bool:
    """A past participle of a verb of change ("verergerd", "toegenomen", "veranderd")."""
    if not word.endswith(("d", "t", "en")) or not _cues.is_change_word(word) or _cues.lemma(word) == word:
        return False
    return "ge" in word[:MAX_PARTICLE + 2] or word.startswith(_UNSTRESSED_PREFIXES)


def _repaired(doc: Document, phenomenon: str, start: int, opening: int, *, participle: bool) -> str | None:
    """The phenomenon without a verb it kept; None when nothing is left of it. ``participle``: the
    statement ends with a past participle of change (a perfect: "heeft … verergerd")."""
    phenomenon = _MAGNITUDE.sub("", phenomenon)  # "aantal afgeronde zaken |(lager)|": the direction says it
    words = phenomenon.split()
    low = [w.lower() for w in words]
    alone = len(words) == 1 and (low[0] in _CONNECTIVES or _cues.is_comparative(low[0]))
    if alone or low[0] in _CORRELATION:
        # "Desondanks (blijft)"; "(de schade …) groter (wordt)": a comparative alone names nothing;
        # "Naarmate de inwonersaantallen hoger (worden)"
        return None
    gradual = _gradual_cut(low)
    if gradual is not None:  # "Vuurwapenmisdrijven |steeds minder vaak voorkwamen|"
        return _tidied(doc, " ".join(words[:gradual]), start)
    have = next((i for i, w in enumerate(low) if w in _HAVE), None)
    perfect = participle and have is not None and 0 < have < len(words) - 1
    if perfect and have is not None and not _RELATIVES & set(low[:have]) and low[have + 1] not in _NO_OBJECT:
        rest = words[have + 1 :]  # "pandemie heeft |deze beperkingen|"
        return None if rest[0].lower() in _DEMONSTRATIVES else _tidied(doc, " ".join(rest), start)
    copula = _copula_cut(low)
    if copula is not None:
        return _tidied(doc, " ".join(words[:copula]), start)  # "Jakkeraars (worden steeds vaker gepakt)"
    verb_last = len(words) > 1 and (  # a phenomenon of one word keeps it: no verb read
        low[-1] in _phrases.FINITE_VERBS or (words[-1].islower() and bool(_present_verbs(low[-1]))))
    if verb_last:
        return _without_last_verb(doc, phenomenon, start)
    return _antecedent(doc, phenomenon, start, opening)


def _gradual_cut(low: list[str]) -> int | None:
    """Where a phenomenon that ran on over its own wording of gradual change and the verb after it
    ends ("wantrouwen |steeds meer gevoed|", "sigarettenproductie vindt daarom |steeds vaker plaats|",
    "Vuurwapenmisdrijven |steeds minder vaak voorkwamen|"); None when "steeds meer" counts a noun
    ("land met steeds meer economische invloed", "krijgt steeds meer klachten")."""
    if _GRADUAL.isdisjoint(low[1:]):
        return None  # most phenomena: no "steeds" after their first word
    at = next(i for i, w in enumerate(low) if i and w in _GRADUAL)
    if at + 1 >= len(low) or low[at + 1] not in _MORE_LESS:
        return None
    if _is_preposition(low[at - 1]) or low[at - 1] in _NO_VERB_BEFORE or _is_verb(low[at - 1]):
        return None  # "in de praktijk wordt |steeds meer samengewerkt|": the verb names what changes
    rest = low[at + 2 :]
    if rest[:1] == ["vaak"]:
        rest = rest[1:]
    for i, word in enumerate(rest):
        if i and _is_preposition(word):
            break  # "(vindt) steeds vaker plaats |in andere landen|": an adverbial after the verb
        if not (word in _PARTICLES or _is_verb(word)):
            return None
    return at


def _without_last_verb(doc: Document, phenomenon: str, start: int) -> str | None:
    """"Vertrouwen |is|", "Kort na de pandemie |ervaart|": the phenomenon without the finite verb
    it ends with; None when what is left is an adverbial."""
    words = phenomenon.split()
    low = [w.lower() for w in words[:-1]]
    if _RELATIVES & set(low):
        return phenomenon  # "groep die veel vertrouwen heeft": a relative clause keeps its verb
    if low[0] in _ADVERBIAL_PREPOSITIONS or low[0] in _TIME_OPENERS:
        return None
    return _tidied(doc, " ".join(words[:-1]), start)


def _copula_cut(low: list[str]) -> int | None:
    """Where a phenomenon that runs on into its predicate ends: before the last form of "zijn" or
    "worden" that comes before a word of change ("Vertrouwen |is steeds meer verweven|"); None when
    there is none, or the words before it are no subject (a pronoun, "er", an adverbial opening, a
    relative clause)."""
    # most phenomena have no copula after their first word, so none before a word of change
    change = None if _COPULAS.isdisjoint(low[1:]) else next(
        (i for i, w in enumerate(low) if i and (w in _MORE_WORDS or _cues.is_change_word(w))), None)
    if change is None:
        return None
    verb = next((i for i in range(change - 1, 0, -1) if low[i] in _COPULAS), None)
    if verb is None:
        return None
    before = low[:verb]
    if before[-1] in _POINTERS or before[0] in _ADVERBIAL_PREPOSITIONS or before[0] in _TIME_OPENERS:
        return None
    if _RELATIVES & set(before) or before[0] in ("en", "in", "op", "bij") or "en" in before[1:]:
        return None
    if "-" in before or "–" in before:  # a dateline: "DEN HAAG - In Nederland worden …"
        return None
    return verb


def _tidied(doc: Document, name: str, start: int) -> str | None:
    """``name`` as a phenomenon: found again in the text from ``start`` and read as a noun phrase
    ("de incidentie van naastenzorg" -> "incidentie van naastenzorg"); as it is when not found."""
    at = doc.text.find(name, start, start + TIDY_REACH)
    if at < 0:
        return name
    return _phenomenon(doc, _phrases.Span(at, at + len(name)))


def _present_verbs(word: str) -> frozenset[str]:
    """``word`` when it is a present tense in -t of a verb ("ervaart", "kampt"), else nothing."""
    if len(word) < MIN_VERB or not word.endswith("t") or not word.isalpha():
        return frozenset()
    lemma = _cues.lemma(word)
    present = lemma != word and lemma.endswith("en") and word[:-1] in _stems(lemma)
    return frozenset([word]) if present else frozenset()


def _antecedent(doc: Document, phenomenon: str, start: int, opening: int) -> str | None:
    """", dat tijdens |de pandemie| is verergerd": the antecedent of the relative pronoun."""
    text = doc.text
    m = _RELATIVE_ADVERBIAL.search(text, max(opening, start - RELATIVE_REACH), start)
    if m is None or m.group("prep").lower() not in _ADVERBIAL_PREPOSITIONS:
        return phenomenon
    window = max(opening, m.start() - ANTECEDENT_REACH)
    clause_start = max(text.rfind(",", window, m.start()) + 1, window)
    phrase = _phrases.strip_edges(text, clause_start, m.start())
    if phrase is None:
        return None
    # the subject of the clause before the comma, without a predicate noun after it: "(vormt)
    # |het gebrek aan tijd| een probleem"
    words = [t for t in _phrases.tokens(text, phrase.start, phrase.end) if t.group(0)[0].isalnum()]
    pairs = list(itertools.pairwise(words))
    opener = next((t.start() for prev, t in pairs
                   if t.group(0).lower() in ("de", "het") and not _is_preposition(prev.group(0))),
                  phrase.start)
    end = next((t.start() for prev, t in pairs if t.start() > opener and t.group(0).lower() == "een"
                and _phrases.is_content(prev.group(0)) and not _is_preposition(prev.group(0))), phrase.end)
    name = _phenomenon(doc, _phrases.Span(opener, end))
    if not name or any(w.lower() in _phrases.FINITE_VERBS for w in name.split()):
        return None  # no noun phrase before the relative clause: the phenomenon is unknown
    return name
