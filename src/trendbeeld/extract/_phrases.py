"""Clauses and noun phrases of cleaned Dutch text, by shallow rules (no parser needed)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from trendbeeld.extract import lexicon
from trendbeeld.extract._cues import lemma

CLAUSE_CACHE = 256  # sentences whose clauses are kept (the text is part of the key)
# A noun phrase or phenomenon is cut to this many words.
MAX_PHRASE_WORDS = 12
# Prepositions that may continue a noun phrase ("aandacht voor criminaliteit onder jongeren").
NP_PREPOSITIONS = frozenset(
    [
        "van", "voor", "in", "op", "tussen", "met", "onder", "bij", "aan", "rond", "rondom", "omtrent",
        "over", "tegen", "naar", "uit", "binnen"
    ]
)
_DETERMINERS = frozenset([
    "de", "het", "een", "hun", "zijn", "haar", "onze", "ons", "deze", "dit", "die", "dat", "elk", "elke"
])
_TOKEN = re.compile(r"[^\W_][\w’'\-/]*|[(\[][^)\]\n]{0,60}[)\]]|[^\w\s]", re.UNICODE)
# A comma followed by one of these verbs ends a fronted subordinate clause ("Hoewel …, is er …").
FINITE_VERBS = frozenset(
    [
        "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "heeft", "hebben", "had",
        "hadden", "kan", "kunnen", "kon", "konden", "zal", "zullen", "zou", "zouden", "moet", "moeten",
        "blijft", "blijven", "neemt", "nemen", "gaat", "gaan", "komt", "komen", "staat", "staan",
        "ligt", "liggen", "lijkt", "lijken", "blijkt", "blijken", "laten", "laat", "zien", "ziet",
        "moest", "moesten", "mocht", "mochten", "wilde", "wilden", "bleef", "bleven", "ging", "gingen",
        "kwam", "kwamen", "stond", "stonden", "lag", "lagen", "leek", "leken", "bleek", "bleken",
    ]
)
# Comparatives of quantity that open a noun phrase of their own, never continue one.
_QUANTITY_COMPARATIVES = frozenset(["minder", "meer", "vaker", "minst", "meest"])
_YEAR_TOPIC = "in|sinds|vanaf|na|tot|tussen"  # prepositions before a year that opens a clause
MIN_VERB_FORM = 4
# Infinitives end in -en, or in -n after a long vowel ("slaan", "zien", "doen": "sloeg", "zag").
_INFINITIVE_ENDINGS = ("en", "aan", "ien", "oen")
_OF_AFTER = re.compile(r"\s+van\b", re.IGNORECASE)
_QUOTES = frozenset("‘’“”\"'„")
_LETTER = re.compile(r"[^\W\d_]")
# A word: a letter, then letters, digits, apostrophes and hyphens ("auto's", "oud-minister").
WORD = re.compile(r"[^\W\d_][\w'’-]*")
# The word right before a name, and the lower-case word after "zijn" ("vergroot China zijn |invloed|").
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[^\S\n]+\Z")
_NEXT_WORD = re.compile(r"[^\S\n]+([a-zà-ÿ][a-zà-ÿ'’-]*)\b")
WORD_BEFORE_REACH = 40  # characters read before a name for the word before it
_NO_POSSESSOR_BEFORE = NP_PREPOSITIONS | frozenset(["en", "of", "dan", "noch", "zoals"])  # "in Madrid zijn"
# Adjectives and adverbs after "zijn" ("relatief", "bezig", "duidelijk", "zichtbaar", "logisch").
_ADJECTIVE_ENDINGS = ("ief", "ig", "lijk", "baar", "isch", "loos", "zaam", "blij", "er", "st")
_TIMES = frozenset([
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "vandaag", "gisteren",
    "morgen", "vanavond", "vanmorgen", "vanochtend", "vanmiddag", "vannacht", "sindsdien", "inmiddels",
])
_EDGE_PUNCT = " \t\n,.;:!?–—-“”‘’\"'()[]•"


@dataclass(frozen=True, slots=True)
class Span:
    """Clean ``start:end``."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # The slots' own setters: the generated frozen __init__ looks up object.__setattr__ per
        # field, 60 % slower, and every clause and phrase is a span (tens of thousands a document).
        _SET_SPAN_START(self, start)
        _SET_SPAN_END(self, end)


_SET_SPAN_START = Span.__dict__["start"].__set__
_SET_SPAN_END = Span.__dict__["end"].__set__


@cache
def _clause_break(*, lowered: bool = False) -> re.Pattern[str]:
    """Where a clause ends (case-sensitive when the text to scan is in lower case).

    The alternatives that open with the same character share it (one comma, one white space with
    the dash before the conjunction), so the engine tries each position once per character: the
    same matches as the alternatives one by one, a third faster."""
    openers = "|".join(re.escape(w) for w in lexicon.load().clause_openers)
    verbs = "|".join(re.escape(w) for w in sorted(FINITE_VERBS))
    return re.compile(
        rf";|:(?=\s)|,(?=\s+(?:{openers}|{verbs})\b"
        # ", in 2022 is het aantal …": a new main clause that opens with a year
        rf"|\s+(?:{_YEAR_TOPIC})\s+(?:19|20)\d\d\s+(?:{verbs})\b)"
        r"|\s(?:[–—]\s|(?=(?:maar|terwijl|want|omdat|doordat|waardoor|hoewel|waarbij|waarin|waarmee|zodat|nadat)\s))",
        0 if lowered else re.IGNORECASE,
    )


def clauses(text: str, start: int, end: int, *, lowered: bool = False) -> list[Span]:
    """Clauses of the sentence ``text[start:end]`` (``lowered``: ``text`` is in lower case).

    Every figure of a sentence asks for its clauses: they are found once per sentence.
    """
    return list(clause_spans(text, start, end, lowered=lowered))


@lru_cache(maxsize=CLAUSE_CACHE)
def clause_spans(text: str, start: int, end: int, *, lowered: bool = False) -> tuple[Span, ...]:
    """:func:`clauses` as a tuple, kept for the sentences asked last (do not change it)."""
    out: list[Span] = []
    last = start
    for m in _clause_break(lowered=lowered).finditer(text, start, end):
        if m.start() > last:
            out.append(Span(last, m.start()))
        last = m.end()
    if end > last:
        out.append(Span(last, end))
    return tuple(out) or (Span(start, end),)


def tidy(text: str) -> str:
    r"""One line, single spaces, no punctuation or quotes at the edges.

    ``" ".join(text.split())`` is ``re.sub(r"\s+", " ", text)`` without white space at the
    edges (``str.split`` and ``\s`` know the same white space), which the strip removes anyway:
    the same result, four times as fast.
    """
    return " ".join(text.split()).strip(_EDGE_PUNCT)


def tokens(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text, start, end))


def is_content(word: str) -> bool:
    lex = lexicon.load()
    low = word.lower()
    return word[0].isalpha() and low not in lex.function_words and low not in lex.common_verbs


def noun_phrase(text: str, start: int, end: int) -> Span | None:
    """The noun phrase that starts at or after ``start`` (up to ``end``), or None."""
    lex = lexicon.load()
    function_words, common_verbs = lex.function_words, lex.common_verbs
    first = last = None
    count = 0
    previous = ""
    for tok in _TOKEN.finditer(text, start, end):  # lazily: the phrase usually ends early
        word = tok.group(0)
        low = word.lower()
        if word[0] in "([" or word in _QUOTES:
            if first is not None and word[0] in "([":
                last = tok.end()
            continue
        verb = (low in common_verbs or (low in FINITE_VERBS and low not in _DETERMINERS)) and not (
            low == "zijn" and count == (first is not None) and _possessive(text, first, tok.end(), end)
        )  # "vergroot (China) |zijn| invloed": a possessive, no verb
        if not word[0].isalnum() or verb or (first is not None and low in _QUANTITY_COMPARATIVES):
            break  # "door de toegenomen werkdruk |minder| opleidingen": a new phrase
        # is_content(word), read once
        content = word[0].isalpha() and low not in function_words and low not in common_verbs
        if first is None:
            if low in _DETERMINERS:
                continue
            if not content:
                break
            first = tok.start()
        elif previous not in _DETERMINERS and _finite_verb(text, tok, end):
            break  # "verminderde inkomsten |sloot| het buurthuis"; "de boete" is a noun
        previous = low
        if content:
            last = tok.end()
        elif not (low in NP_PREPOSITIONS or low in _DETERMINERS or low in ("en", "of")):
            break
        count += 1
        if count >= MAX_PHRASE_WORDS:
            break
    if first is None or last is None:
        return None
    return Span(first, last)


def _possessive(text: str, name: int | None, after: int, end: int) -> bool:
    """"zijn" that opens a phrase or follows a lone name ("verdubbelde |zijn| omzet", "vergroot
    China |zijn| invloed", "als KPN |zijn| besluit") is a possessive when a singular noun follows it,
    not the verb of a plural subject ("in Amsterdam zijn relatief veel", "Jos en Celine zijn
    superblij", "zijn al gevlucht", "zijn bezig", "zijn woningen"): a name is capitalised after a
    word that is no preposition or conjunction, and the word after "zijn" is a lower-case noun that
    is its own lemma (no plural, function or topic word, verb form or adjective)."""
    if name is not None:
        if not text[name].isupper():
            return False
        before = _WORD_BEFORE.search(text, max(0, name - WORD_BEFORE_REACH), name)
        if before is None or before.group(1).lower() in _NO_POSSESSOR_BEFORE:
            return False
    following = _NEXT_WORD.match(text, after, end)
    if following is None:
        return False
    word = following.group(1)
    lex = lexicon.load()
    if word in lex.function_words or word in lex.common_verbs or word in lex.topic_words or word in _TIMES:
        return False
    return not word.endswith(_ADJECTIVE_ENDINGS) and lemma(word) == word


def _finite_verb(text: str, tok: re.Match[str], end: int) -> bool:
    """A finite verb by its lemma ("kost" → kosten, "sloot" → sluiten, "sloeg" → slaan); a noun of
    the same form is told by "van" after it ("het bezit van wapens"), a plural by its -s ("wapens")."""
    low = tok.group(0).lower()
    if len(low) < MIN_VERB_FORM or not low.isalpha():
        return False
    base = lemma(low)
    if base == low or not base.endswith(_INFINITIVE_ENDINGS) or low == base + "s":
        return False  # no verb, or a plural in -s of a noun in -en ("wapens")
    if low in (base + "d", base + "de"):
        return False  # a present participle qualifies a noun ("rondhangende jongeren", "toenemende")
    if low.endswith("en") and not low.endswith(("den", "ten")):
        return False
    return not _OF_AFTER.match(text, tok.end(), end)


def strip_edges(text: str, start: int, end: int, *, leading_topic: bool = True) -> Span | None:
    """``start:end`` without leading conjunctions/adverbs and trailing function words.

    One pass over the tokens that stops as soon as the answer is known (the first
    MAX_PHRASE_WORDS words, a content word and a word the trailing cut keeps), so a long span
    costs no more than a short one.
    """
    lex = lexicon.load()
    lead = _leading_words() if leading_topic else lex.function_words
    function_words, common_verbs = lex.function_words, lex.common_verbs
    kept: list[re.Match[str]] = []  # the first MAX_PHRASE_WORDS words after the leading cut
    last_kept = -1  # index of the last word the trailing cut keeps
    content = False
    index = 0
    letters_until = -1  # the end of the last letter in start:end, found once (when needed)
    for tok in _TOKEN.finditer(text, start, end):
        word = tok.group(0)
        first = word[0]
        bracket = first in "(["
        if not (first.isalnum() or bracket):
            continue
        low = word.lower()
        if not kept and (low in lead or bracket):
            continue  # the leading cut
        if index < MAX_PHRASE_WORDS:
            kept.append(tok)
        if not (bracket or low in function_words or low in common_verbs):
            last_kept = index
            content = content or first.isalpha()
        index += 1
        if last_kept >= MAX_PHRASE_WORDS - 1:
            if content:
                break  # the answer is known
            if letters_until < 0:
                letters_until = _last_letter_end(text, start, end)
            if tok.end() >= letters_until:
                break  # a rest without letters holds no content word
        if index >= MAX_SCAN_WORDS and not content:
            break  # no content word in the first MAX_SCAN_WORDS words: no phrase (a run of numbers)
    if last_kept < 0 or not content:
        return None
    return Span(kept[0].start(), kept[min(last_kept, MAX_PHRASE_WORDS - 1)].end())


MAX_SCAN_WORDS = 60  # words strip_edges reads to find a phrase's first content word


def _last_letter_end(text: str, start: int, end: int) -> int:
    """The end of the last letter in ``text[start:end]`` (``start`` when there is none), in one pass."""
    for position in range(end - 1, start - 1, -1):
        if _LETTER.match(text, position):
            return position + 1
    return start


@cache
def _leading_words() -> frozenset[str]:
    """Words cut from the start of a phrase: function words and topic words."""
    lex = lexicon.load()
    return lex.function_words | lex.topic_words


def starts_with_topic(text: str, start: int, end: int) -> bool:
    """True when the clause opens with a word that is not its subject (a preposition, an adverb)."""
    words = (t.group(0) for t in _TOKEN.finditer(text, start, end))
    first = next((w.lower() for w in words if w[0].isalnum()), None)
    if first is None:
        return True
    lex = lexicon.load()
    return first in lex.topic_words or first.isdigit() or first in lex.clause_openers
