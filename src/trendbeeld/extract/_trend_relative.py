"""Changes stated as a size relative to a figure: "Dat is een stijging van 9 procent",
"193 hennepkwekerijen opgerold, 36 procent minder dan in 2017", "De omzet was 1,5 miljard euro,
een stijging van 6,5 procent", "Dat is 10,5 procent meer dan in 2017".

The noun of change has a number as its complement, or the comparative against an earlier time
has a number before it, so the change names no phenomenon of its own. The phenomenon is what the
figure it qualifies counts: the noun after a later "van" ("een toename van 20 procent |van
geweld|"), else the noun after the last count before it in the sentence ("193 |hennepkwekerijen|"),
else the subject of the sentence ("|De omzet bij tuincentra| was 1,5 miljard euro"); a sentence
that opens with a pointer ("Dat is …", "Dit betekent …") takes them from the sentence before.
A count that changed by a share ("65 procent minder inbraken") needs a time in its sentence, or
stands in the text's title. Only sentences where the other rules made no statement are read.
"""

from __future__ import annotations

import re

from trendbeeld.extract import _cues, _phrases, _scan, _text, _trend_speech, lexicon
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_phenomena import ANAPHOR, _is_preposition, _phenomenon
from trendbeeld.model import Change, TrendStatement

# Nouns of change whose complement may be the size of the change.
_SIZED_NOUNS = frozenset([
    "stijging", "daling", "toename", "afname", "groei", "teruggang", "terugloop", "krimp",
    "verhoging", "verlaging", "vermindering", "terugval", "achteruitgang",
])
_QUALIFIER = (
    r"(?:(?:ruim|bijna|zo'n|zo’n|circa|ongeveer|maar\s+liefst|liefst|slechts|nog|wel|meer\s+dan|minder\s+dan)\s+)*"
)
_SIZE = rf"{_QUALIFIER}\d[\d.]*(?:,\d+)?(?:\s*(?:procent|%|procentpunt(?:en)?))?"
# "stijging |van 9 procent|", "daling |met 12%|", then perhaps the counted thing: "|van geweld|".
_SIZE_AFTER = re.compile(rf"\s+(?:van|met)\s+{_SIZE}(?![\w,.]\d)", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+(?:van|bij|in(?!\s+(?:vergelijking|(?:19|20)\d\d)\b))\s+", re.IGNORECASE)
# "36 procent |minder|", "10,5% |meer|": the size before a comparative.
_SIZE_BEFORE = re.compile(r"\d(?:[\d.]*\d)?(?:,\d+)?\s*(?:procent|%)\s+\Z", re.IGNORECASE)
SIZE_REACH = 20  # characters before a comparative read for its size
# The last count before the change: a number and the word after it ("193 hennepkwekerijen").
_COUNT = re.compile(r"(?<![\w,.])\d[\d.]*(?:,\d+)?\s+(?=[^\W\d_])")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Measures after a number that name no phenomenon: the noun after them does, or the subject.
_MEASURE_RUN = re.compile(
    r"(?:(?:procent|procentpunten|procentpunt|euro|miljoen|miljard|duizend|honderd|dollar|keer|maal"
    r"|jaar|jaren|maanden|weken|dagen|uur)\b\s*)*",
    re.IGNORECASE,
)
_ARTICLES = frozenset(["de", "het", "een"])
# Money spent on something or a share of a group: "267 miljoen euro |uit aan| bomen en planten",
# "40 procent |van de| inwoners" (the phrase after it is what the figure counts).
_SPENT_ON = re.compile(r"(?:(?:uit|binnen|over|bij)\s+)?(?:aan|van)\s+(?=[^\W\d_])", re.IGNORECASE)
# A count that changed by a share: "|65 procent minder| inbraken".
_PERCENT_MORE = re.compile(
    rf"(?<![\w,.]){_QUALIFIER}\d[\d.]*(?:,\d+)?\s*(?:procent|%)\s+(meer|minder)\s+(?=[^\W\d_])", re.IGNORECASE
)
# "dan"/"ten opzichte van" after it: only an earlier time makes it a change ("dan het jaar ervoor").
_THAN = re.compile(r"(?<![\w-])(?:dan|ten\s+opzichte\s+van|vergeleken\s+met)\s+", re.IGNORECASE)
_EARLIER = re.compile(
    r"(?:(?:in|het|een|dezelfde|de|die)\s+)*(?:(?:19|20)\d\d|vorig\w*|voorgaande|eerder\w*|voorheen|vroeger"
    r"|ooit|jaar|periode|maand|week|kwartaal)",
    re.IGNORECASE,
)
COMPARISON_REACH = 80
TITLE_REACH = 160  # characters of the longest title read
# A time in the sentence that dates the change: "kreeg |in 2018| bijna 50 procent meer meldingen".
_TIME = re.compile(r"(?<![\w-])(?:(?:19|20)\d\d|vorig\w*|afgelopen|dit\s+jaar|een\s+jaar)(?![\w-])", re.I)
# Shares of a risk or a chance compare groups, not times.
_RELATIVE_MEASURES = frozenset(["risico", "kans", "kansen"])
# The change as the complement of another noun: "de oorzaak |van de| daling".
_OF_NOUN_BEFORE = re.compile(
    r"[^\W\d_]\s+(?:van|voor|over|na|door)\s+(?:de|het|een|deze|die)\s+(?:[^\W\d_]+\s+)?\Z", re.IGNORECASE
)
OF_NOUN_REACH = 40
# A sentence that is only the change so far: "Een zorgelijke stijging |van 12 procent|".
_FRAGMENT = re.compile(r"\W*(?:een|de)\s+(?:[^\W\d_]+\s+){0,2}", re.IGNORECASE)
_POINTER_OPENING = re.compile(r"\W*(?:dat|dit|het)\s+(?:is|was|betekent|betekende|komt\s+neer\s+op)\b", re.I)


def sized_statement(doc: Document, start: int, end: int) -> TrendStatement | None:
    """The change relative to a figure in the sentence at clean ``start:end``, or None."""
    text = doc.text
    start = _trend_speech.opening(text, start, end)  # "Jansen: ,,|De omzet … een stijging van …"
    for cue in doc.cues_in(start, end):
        sized = _sized(text, cue, end)
        if sized is None:
            continue
        counted_after = _OF_AFTER.match(text, sized, end)
        phrase = _phrases.noun_phrase(text, counted_after.end(), end) if counted_after else None
        name = _name(doc, phrase) if phrase is not None else None
        opening = cue.start if cue.kind == "noun" else _size_start(text, cue)
        name = name or _counted_before(doc, start, opening)
        if name is None:
            break
        span, evidence, page = doc.span(opening, sized)
        return TrendStatement(span=span, text=evidence, phenomenon=name, direction=cue.direction, page=page)
    return _percent_more(doc, start, end)


def percent_positions(doc: Document) -> list[int]:
    """Where "procent" and "%" occur in the text ``_percent_more`` reads, in order: a sentence
    without a cue and without them has no statement here (trends reads this once per document)."""
    low = doc.lower if doc.lower is not None else _scan.lower_per_letter(doc.text)
    found: list[int] = []
    for word in ("procent", "%"):
        at = low.find(word)
        while at >= 0:
            found.append(at)
            at = low.find(word, at + 1)
    found.sort()
    return found


def _percent_more(doc: Document, start: int, end: int) -> TrendStatement | None:
    """"In 2018 kwamen 38 procent meer meldingen binnen", "16 procent minder inbraken … dan in
    dezelfde periode vorig jaar": a count that changed by a share, in a sentence that dates it; not
    against a group ("… dan mannen") or as a risk ("73 procent meer risico")."""
    text = doc.text
    if doc.lower is not None:
        low = doc.lower
        if low.find("procent", start, end) < 0 and low.find("%", start, end) < 0:
            return None
    elif "procent" not in text[start:end].lower() and "%" not in text[start:end]:
        return None
    m = _PERCENT_MORE.search(text, start, end)
    phrase = _phrases.noun_phrase(text, m.end(), end) if m else None
    if m is None or phrase is None:
        return None
    than = _THAN.search(text, phrase.start, min(end, phrase.end + COMPARISON_REACH))
    if than is not None and than.start() < phrase.end:  # "dumpingen |ten opzichte van vorig jaar|"
        phrase = _phrases.Span(phrase.start, than.start())
    name = _name(doc, phrase)
    against_group = than is not None and not _EARLIER.match(text, than.end())
    timed = than is not None or _TIME.search(text, start, end) is not None or _in_title(text, start)
    if not name or name.split()[0].lower() in _RELATIVE_MEASURES or against_group or not timed:
        return None  # without a time it may restate a change ("Gemiddeld vonden 13,7 procent minder …")
    direction = Change.DOWN if m.group(1).lower() == "minder" else Change.UP
    span, evidence, page = doc.span(m.start(), phrase.end)
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=direction, page=page)


def _in_title(text: str, start: int) -> bool:
    """The sentence at ``start`` is in the text's title (its first line): a title states its change
    without a time ("Bijna 50 procent meer acute meldingen van seksueel geweld")."""
    line_end = text.find("\n", 0, TITLE_REACH)
    return 0 <= start < line_end


def _sized(text: str, cue: _cues.Cue, end: int) -> int | None:
    """Where the change with its size ends, for a noun with a size after it or a comparative
    against an earlier time with a size before it; else None."""
    if cue.kind == "noun" and cue.text.lower() in _SIZED_NOUNS and cue.direction in (Change.UP, Change.DOWN):
        m = _SIZE_AFTER.match(text, cue.end, end)
        return m.end() if m else None
    if cue.kind == "comp" and _SIZE_BEFORE.search(text, max(0, cue.start - SIZE_REACH), cue.start):
        return cue.end
    return None


def _size_start(text: str, cue: _cues.Cue) -> int:
    m = _SIZE_BEFORE.search(text, max(0, cue.start - SIZE_REACH), cue.start)
    return m.start() if m else cue.start


def _counted_before(doc: Document, start: int, end: int) -> str | None:
    """What the figure before the change counts: in this sentence, or (after a pointer) in the
    sentence before."""
    text = doc.text
    if _OF_NOUN_BEFORE.search(text, max(start, end - OF_NOUN_REACH), end):
        return None  # "De oorzaak |van de| daling van 7 procent": the sentence is about another noun
    if _POINTER_OPENING.match(text, start, end) or _FRAGMENT.fullmatch(text, start, end):
        if start == 0:
            return None
        before = doc.sentence_at(start - 1)
        if not any(ch.isdigit() for ch in text[before.start : before.end]):
            return None  # "Dat is een stijging van 9 procent" compares with a figure given just before
        return _figure_noun(doc, before.start, before.end) or _subject(doc, before.start, before.end)
    return _figure_noun(doc, start, end) or _subject(doc, start, end)


def counted_before(doc: Document, pos: int) -> str | None:
    """What the last count of the sentence before the one at clean ``pos`` counts ("Er kwamen
    500.000 |klachten| binnen. Dat is het hoogste niveau …"), or None."""
    start = doc.sentence_at(pos).start
    if start == 0:
        return None
    before = doc.sentence_at(start - 1)
    return _figure_noun(doc, before.start, before.end)


def _figure_noun(doc: Document, start: int, end: int) -> str | None:
    """The noun phrase after the last count in ``start:end`` that is no year and no measure
    ("193 |hennepkwekerijen| opgerold")."""
    text = doc.text
    counts = [m for m in _COUNT.finditer(text, start, end) if not _YEAR.fullmatch(m.group(0).strip())]
    if not counts:
        return None
    after = _MEASURE_RUN.match(text, counts[-1].end(), end)  # "1,5 miljard euro |omzet|"
    if after is None or not text[after.end() : after.end() + 1].isalpha():
        return None
    spent = _SPENT_ON.match(text, after.end(), end)  # "267 miljoen euro uit aan |bomen en planten|"
    phrase = _phrases.noun_phrase(text, spent.end() if spent else after.end(), end)
    return _name(doc, phrase) if phrase is not None else None


def _subject(doc: Document, start: int, end: int) -> str | None:
    """The noun phrase that opens ``start:end`` when it opens with a determiner ("|De omzet bij
    tuincentra| was …")."""
    text = doc.text
    first = re.match(r"\W*(de|het|een|deze|dit|die)\s", text[start:end], re.IGNORECASE)
    if first is None or _POINTER_OPENING.match(text, start, end):
        return None
    phrase = _phrases.noun_phrase(text, start + first.start(1), end)
    return _name(doc, phrase) if phrase is not None else None


def _name(doc: Document, phrase: _phrases.Span) -> str | None:
    name = _phenomenon(doc, phrase)
    if not name or name.startswith(ANAPHOR) or name.lower() in lexicon.load().function_words:
        return None
    words = name.lower().split()
    last = words[-1]
    after_article = len(words) > 1 and words[-2] in _ARTICLES  # "voor in de tuin": a noun
    verb = _text.is_verb_form(last) and not after_article
    if " " in name and (verb or _is_preposition(last) or last in _cues.PARTICLES):
        name = name.rsplit(" ", 1)[0]  # "212 |drugslabs| ontmanteld", "500.000 |klachten| binnen"
    return name
