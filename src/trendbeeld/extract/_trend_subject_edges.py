"""Where the words of a trend's subject begin and end around quotations, brackets and a dat-clause
(``_trend_subjects``).

* a speaker's label before a quotation is no subject ("|Jansen: ,,|Dat veranderde …") and the
  attribution after it no part of the phrase after the cue ("geklaagd over stankoverlast|'', zegt
  Jansen|"); quoted words inside a phrase are no attribution ("moeite met ‘eigenzinnig optreden’
  van …");
* a relative clause in brackets between the subject and its verb is an insertion ("De maximumstraf
  voor X |(die nu … is)| gaat omhoog");
* a short insertion without a verb between commas or dashes ("– hacking –") is no clause of its own;
* a phrase right after a preposition is an adverbial, no subject of "meer"/"zoveel" ("Er werden |in de|
  gemeente drie keer zoveel |scooters| gestolen");
* a clause that is only a conjunction and perhaps a finite verb shares the subject of the clause
  before ("…, maar |ligt| nog steeds op een hoog niveau");
* a frequency on a verb whose object is a dat-clause is about the clause ("ziet Frissen steeds
  vaker dat |politieke partijen de pers overslaan|", "gaan steeds vaker meemaken dat |…|");
* the comparison after "meer"/"minder" is no subject ("Dat zijn er 25 meer |dan een jaar eerder|");
  after a count and a comma it is about what the count counts ("4.200 |meldingen|, 8 procent meer dan …").
"""

from __future__ import annotations

import re

from trendbeeld.extract import _cues, _phrases, _trend_speech
from trendbeeld.extract._cues import Cue

# An attribution after a quotation, with its comma ("'', zegt", "\", aldus", ", vertelt"), not a
# closing mark of quoted words inside a phrase ("‘eigenzinnig optreden’ van").
_ATTRIBUTION = re.compile(r"(?:''|[”\"’'])?,|[^\S\n]*(?:''|[”\"’'])[^\S\n]*,")
# A dat-clause right after a frequency, past a particle or an infinitive ("steeds vaker |voor dat
# er|", "steeds vaker |meemaken dat|").
_THAT_AFTER = re.compile(r"((?:[^\S\n]+[^\W\d_]+){0,2}?)[^\S\n]+dat[^\S\n]+(?:er[^\S\n]+)?", re.IGNORECASE)
_FREQUENCIES = frozenset(["vaker", "meer", "minder"])
# Particles that close a clause ("neemt toe", "komt voor", "ebt weg").
CLOSING_PARTICLES = frozenset(_cues.PARTICLES) | frozenset(
    ["binnen", "bij", "weg", "voor", "na", "langs", "terecht"]
)
_INFINITIVE_ENDINGS = ("en", "aan", "ien", "oen")


def in_brackets(text: str, start: int, at: int, end: int) -> bool:
    """``at`` lies inside brackets opened after ``start`` and closed before ``end``."""
    opened = text.rfind("(", start, at)
    return opened >= 0 and text.find(")", opened, at) < 0 and text.find(")", at, end) >= 0


def before_brackets(text: str, start: int, end: int) -> int:
    """Where the words before ``end`` end when brackets close right before it: at their opening
    ("De maximumstraf voor X |(die nu … is)| gaat omhoog"); else ``end``."""
    before = text[start:end].rstrip()
    if not before.endswith(")"):
        return end
    opened = text.rfind("(", start, start + len(before))
    return opened if opened > start and text[start:opened].strip() else end


def that_clause(text: str, cue: Cue, limit: int, *, comparative: bool) -> _phrases.Span | None:
    """"Tegelijk ziet Frissen steeds vaker |dat politieke partijen de pers overslaan|", "komt het
    steeds vaker voor |dat er ongelukken gebeuren|", "gaan steeds vaker meemaken |dat …|": a
    frequency on a verb whose object is a dat-clause says how often what the clause tells happens;
    the change is in the clause, not in who sees it. Only a bare "vaker"/"meer"/"minder" (no
    ``comparative`` adjective) followed by a particle or an infinitive at most ("steeds meer
    |aanwijzingen| dat" counts a noun)."""
    if cue.kind != "comp" or comparative or cue.text.lower().split()[-1] not in _FREQUENCIES:
        return None  # "weten wij meer dan ooit dat …": knowledge, no frequency
    m = _THAT_AFTER.match(text, cue.end, limit)
    if m is None:
        return None
    between = m.group(1).split()
    if any(w.lower() not in CLOSING_PARTICLES and not _is_infinitive(w) for w in between):
        return None
    return _phrases.noun_phrase(text, m.end(), limit) or _phrases.strip_edges(text, m.end(), limit)


def _is_infinitive(word: str) -> bool:
    """A verb in the infinitive ("meemaken", "zien"): its own lemma, ending in -en or -n."""
    low = word.lower()
    return low.isalpha() and low.endswith(_INFINITIVE_ENDINGS) and _cues.lemma(low) == low


def spoken_words(text: str, clause: _phrases.Span, cue: Cue) -> _phrases.Span:
    """The clause without a speaker's label before a quotation ("|Jansen: ,,|Dat veranderde") and
    without the attribution after it ("geklaagd over stankoverlast|'', zegt Jansen|"): the label is
    no subject, the attribution no part of the phrase after the cue."""
    first = _trend_speech.opening(text, clause.start, cue.start)
    last = _trend_speech.attribution_start(text, cue.end, clause.end)
    if last != clause.end and text[last - 1] != "," and not _ATTRIBUTION.match(text, last, clause.end):
        last = clause.end  # "moeite met ‘eigenzinnig optreden’ van …": quoted words, no attribution
    if first == clause.start and last == clause.end:
        return clause
    return _phrases.Span(first, last)


MAX_INSERTION_WORDS = 3  # words of an insertion without a verb ("– hacking –")


def _is_insertion(text: str, clause: _phrases.Span) -> bool:
    """A short insertion without a verb between commas or dashes ("– hacking –")."""
    tokens = _phrases.tokens(text, clause.start, clause.end)
    words = [t.group(0).lower() for t in tokens if t.group(0)[0].isalnum()]
    return 0 < len(words) <= MAX_INSERTION_WORDS and not any(
        w in _phrases.FINITE_VERBS or _cues.is_change_word(w) for w in words
    )


# A clause that is only a conjunction before its predicate: "…, maar |blijven hoog|".
_BARE_CONJUNCTION = re.compile(r"[\s,]*(?:maar|en|of|doch)\s+(?:(?:wel|ook|nog|toch)\s+)?", re.IGNORECASE)


def bare_conjunction(text: str, start: int, end: int) -> bool:
    """``start:end`` is only a conjunction, perhaps with the finite verb of the predicate after it
    ("…, maar |blijven| hoog", "…, maar |ligt| nog steeds op een hoog niveau"): the clause shares the
    subject of the clause before."""
    m = _BARE_CONJUNCTION.match(text, start, end)
    if m is None:
        return False
    rest = text[m.end() : end].split()
    return not rest or (len(rest) == 1 and rest[0].lower() in _phrases.FINITE_VERBS)


# A preposition (and an article) right before a phrase: the phrase is an adverbial, no subject.
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:in|op|bij|voor|met|naar|uit|tijdens|onder|binnen|buiten|rond|rondom|door)"
    r"[^\S\n]+(?:(?:de|het|een|deze|dit|die|hun|zijn|haar)[^\S\n]+)?\Z",
    re.IGNORECASE,
)
PREPOSITION_LOOKBEHIND = 24  # characters read before a phrase for its preposition


def in_adverbial(text: str, start: int) -> bool:
    """The phrase at ``start`` follows a preposition ("Er werden |in de| gemeente …"): an adverbial
    of place or time, not a noun the change counts."""
    return _PREPOSITION_BEFORE.search(text, max(0, start - PREPOSITION_LOOKBEHIND), start) is not None


# "Dat zijn er 25 meer |dan een jaar eerder|": the comparison after "meer"/"minder", no subject.
_THAN_NEXT = re.compile(r"\s+dan(?![\w-])", re.IGNORECASE)


def words_after(text: str, start: int, end: int, *, phrase: bool) -> _phrases.Span | None:
    """The noun phrase after a predicate (``phrase``), else the words after it up to ``end``;
    None where a comparison follows the predicate ("Dat zijn er 25 meer |dan een jaar eerder|":
    the subject is the pointer before it)."""
    if _THAN_NEXT.match(text, start) is not None:
        return None
    return _phrases.noun_phrase(text, start, end) if phrase else _phrases.strip_edges(text, start, end)


# ", 8 procent meer dan een jaar eerder": only a size before the comparative, after a comma.
_SIZE_ONLY = re.compile(
    r"[\s,]*(?:(?:ruim|bijna|circa|zo'n|ongeveer|liefst|maar)\s+)?\d[\d.,]*\s*(?:procent|%)?\s*\Z",
    re.IGNORECASE,
)
_COUNT = re.compile(r"(?<![\w.,])(\d[\d.,]*)\s+(?=[a-zà-ÿ])")
_YEAR = re.compile(r"(?:19|20)\d\d")


def apposition_count(text: str, clause: _phrases.Span, cue: Cue) -> _phrases.Span | None:
    """A comparison set after a clause with a count ("In 2022 ontving de inspectie 4.200 |meldingen|,
    8 procent meer dan een jaar eerder", "trof de politie 580 |verstekelingen in het gebied| aan, 28
    procent meer dan …"): the change is of what the count counts, not of the clause's subject."""
    comma = text.rfind(",", clause.start, cue.start) if cue.kind == "comp" else -1
    if comma < 0 or _SIZE_ONLY.match(text, comma, cue.start) is None:
        return None
    counts = [m for m in _COUNT.finditer(text, clause.start, comma) if not _YEAR.fullmatch(m.group(1))]
    return _phrases.noun_phrase(text, counts[-1].end(), comma) if counts else None
