"""Nested quotations (citaat in een citaat): words a speaker reports inside their own quotation, said
by themselves or by others, or imagined ("„Toen zei ik: ‘Ik wacht op je.’ Hij kwam niet”", "„Dan
kunnen ze zeggen van: ‘het is satire’”", "„‘Naar cursussen’, hoor je dan”", "„Ik denk dan: ‘Je komt
er niet zo makkelijk langs’”"). Each is a quote of the outer quotation's speaker of its own.

Only words that the quotation introduces as spoken, written or thought are nested quotes: a colon
or a verb of saying or thinking (by lemma: zeggen, roepen, denken, horen, schrijven, vragen …) just
before them, or one just after them ("…’, hoor je dan"). A term or a single word in marks inside a
quotation (‘frame’, "termen als ‘Goeiesmorgens’", "laat dat ‘in potentie’ maar weg") is not, nor
words named as a term ("termen als ‘…’", "het woord ‘…’").
"""

from __future__ import annotations

import re

from trendbeeld.extract._cues import lemma
from trendbeeld.extract._quotemarks import Candidate

MIN_NESTED_WORDS = 2
VERB_REACH = 3  # the verb of saying stands at most this many words before the inner quotation
# Single marks inside a double-marked quotation (an apostrophe before a letter, "auto's", stays
# inside), and double marks inside a single-marked one.
_INNER_SINGLE = re.compile(r"(?<![\w'’‘])['‘](?![\s'’])((?:[^'‘’\n]|['’](?=\w)){3,600}?)['’](?!\w)")
_INNER_DOUBLE = re.compile(r"(?:(?<!\w)\"|[“„]|(?<![\w,]),,)([^\"“”„\n]{3,600}?)(?:\"(?!\w)|[”“]|'')")
_WORD = re.compile(r"[a-zà-ÿA-ZÀ-Ý]+")
# Verbs of saying, thinking and hearing that introduce words (lemmas).
# Not every verb of the speech lexicon: "laat", "geeft" and "vindt" head other phrases inside speech.
_SAYING_LEMMAS = frozenset({"zeggen", "roepen", "denken", "horen", "schrijven", "vragen", "antwoorden",
                            "schreeuwen", "appen", "twitteren", "tweeten", "klinken", "luiden", "melden",
                            "verklaren", "fluisteren", "zingen", "scanderen"})
# Words that make the quoted words a term mentioned rather than words said ("termen als ‘…’").
_TERM_LEMMAS = frozenset({"term", "woord", "uitdrukking", "begrip", "kreet", "als", "zoals"})
_AFTER = re.compile(r"\s*[,.!?]?\s*(?P<w1>[a-zà-ÿ]+)(?:\s+(?P<w2>[a-zà-ÿ]+))?")


def nested(text: str, cand: Candidate) -> list[tuple[int, int]]:
    """``start:end`` of every quotation nested inside ``cand`` that the speaker introduces as words
    said, written or thought."""
    pattern = _INNER_DOUBLE if cand.single else _INNER_SINGLE
    opens = ('"', "“", "„", ",,") if cand.single else ("'", "‘")
    if not any(text.find(mark, cand.start, cand.end) >= 0 for mark in opens):
        return []  # no opening mark inside: a literal search rules the quotation out
    out = []
    for m in pattern.finditer(text, cand.start, cand.end):
        start, end = m.start(1), m.end(1)
        if len(text[start:end].split()) < MIN_NESTED_WORDS:
            continue
        if _mentioned(text, cand.start, m.start()):
            continue
        if _introduced(text, cand.start, m.start()) or _said_after(text, m.end(), cand.end):
            out.append((start, end))
    return out


def _mentioned(text: str, outer_start: int, open_pos: int) -> bool:
    """"termen als ‘…’", "het woord ‘…’": the quoted words are named as a term."""
    words = _WORD.findall(text, max(outer_start, open_pos - 30), open_pos)
    return bool(words) and lemma(words[-1].lower()) in _TERM_LEMMAS


def _introduced(text: str, outer_start: int, open_pos: int) -> bool:
    """A colon right before the inner quotation, or a verb of saying among the words just before it
    ("zeggen ze ‘…’", "roept iedereen ‘…’")."""
    before = text[outer_start:open_pos].rstrip()
    if before.endswith(":"):
        return True
    words = _WORD.findall(before[-60:])[-VERB_REACH:]
    return any(_says(w.lower()) for w in words)


def _said_after(text: str, close_end: int, outer_end: int) -> bool:
    """"‘Naar cursussen voor de groep’, hoor je dan": a verb of saying right after the inner quote."""
    m = _AFTER.match(text, close_end, outer_end)
    return m is not None and any(_says(w) for w in (m.group("w1"), m.group("w2")) if w)


def _says(word: str) -> bool:
    return lemma(word) in _SAYING_LEMMAS
