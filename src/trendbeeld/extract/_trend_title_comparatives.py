"""Trend statements of news titles that state a change with a comparative and no verb (the
conventions: a trend stated in a headline is its own item, core), for ``_trend_more``.

Wording handled, in the text's title (its first line; a kicker the dataset joins with ". " is a
part of its own), after at most a short label ("Inspectie: …"):

* a noun phrase, perhaps adverbs, a comparative, perhaps a place or cause: "|Aantal
  woninginbraken| weer hoger in Kampen", "|Biologische producten| nu flink goedkoper" (down),
  "|Burgers| minder bezorgd" (down), "|Lijnbaanflats| onveiliger door renovatiewerk";
* a title opening with "Vaker"/"Minder vaak" before a noun phrase, like "Meer"/"Minder" in
  ``_trend_more``: "Vaker |melding van verkrachtingsdrug| in drankjes";
* a comparative that opens the title before a place: "Drukker |bij de voedselbank|";
* "vaker"/"minder vaak" inside the title, with a verb or a noun after it: "|Bezorgers| vaker
  |slachtoffer overval|", "Politie zet stroomstootwapen minder vaak in" (down).

Not: a title with a finite verb (its cue, if any, is read by the other rules), a question, a
negation, a modal, a comparison with "dan" (another group or a bound), comparatives of time or
duration ("langer in voorarrest", "eerder vrij": one case), a person of one case ("Man", "Verdachte").
"""

from __future__ import annotations

import re

from trendbeeld.extract import _cues, _phrases, _text, lexicon
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_phenomena import ANAPHOR, _phenomenon
from trendbeeld.model import Change, TrendStatement

TITLE_REACH = 160  # characters of the longest title read
MAX_SUBJECT_WORDS = 6
MIN_COMPARATIVE = 5  # letters of the shortest comparative read by its lemma ("beter")
_INFINITIVE_ENDINGS = ("en", "aan", "ien", "oen")
MIN_OWN_LEMMA_VERB = 4  # "gaan", "slaan"
MAX_OWN_LEMMA_VERB = 9  # letters of the longest plural read as a verb by its lemma ("zwaaien", "belagen")
# A short label before the title proper ("Inspectie: …", "Politie Utrecht: …").
_LABEL = re.compile(r"[^\W\d_][^\n:.?!]{0,30}:\s+")
_QUOTE = "'‘’\"“”„"
# Adverbs of degree or time between the subject and its comparative ("weer hoger", "nu flink goedkoper").
_ADVERBS = frozenset([
    "weer", "nu", "flink", "fors", "veel", "steeds", "opnieuw", "iets", "ietsje", "stuk", "een", "ruim",
    "sterk", "duidelijk", "fiks", "wat", "nog", "opvallend", "aanzienlijk", "beduidend", "licht", "al",
    "alsmaar", "almaar", "wel",
])
# Comparatives of time or duration, and words that are no change of a phenomenon.
_NOT_COMPARATIVES = frozenset(
    ["langer", "later", "eerder", "verder", "liever", "vroeger", "anders", "zeker", "nader"]
)
# Words that make the title no statement of change: a negation, a modal, a comparison, a question.
_NOT_TITLE = re.compile(
    r"(?<![\w-])(?:dan|niet|geen|nooit|kan|kunnen|zal|zullen|moet|moeten|mag|mogen|wil|willen|zou|zouden"
    r"|hoe|waarom|als|wanneer|indien)(?![\w-])|\?"
)
# The subject of one case: no phenomenon.
_ONE_CASE = frozenset([
    "man", "vrouw", "verdachte", "verdachten", "dader", "daders", "jongen", "meisje", "zaak", "zedenzaak",
    "slachtoffer", "moordenaar", "hij", "zij", "ze", "we", "wij", "ik",
    # a sex compared with the other: no change over time ("Mannen plegen vaker …, vrouwen …")
    "mannen", "vrouwen", "jongens", "meisjes",
])
# Prepositions that may follow the comparative: a place, a cause or a domain.
_AFTER = frozenset(
    ["in", "bij", "op", "door", "dankzij", "na", "onder", "rond", "tijdens", "met", "voor", "sinds"]
)
_PLACES = frozenset(["in", "bij", "op", "rond"])
_OFTEN = re.compile(r"(vaker|minder\s+vaak)\s+(?=[a-zà-ÿ])")
# "vaker" inside a title part, not "al vaker" (again, of one actor)
_OFTEN_INSIDE = re.compile(r"(?<![\w-])(?<!al\s)(?<!wel\s)(vaker|minder\s+vaak)(?![\w-])")
MIN_OFTEN_WORDS = 2  # words of the phenomenon of "vaker" ("Bezorgers slachtoffer overval")
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d.,]*")
# Where a part of the title ends: a kicker after ". ", a clause after a comma, the line's end.
_PART_END = re.compile(r"\.\s+|,\s+|;\s+|\s+[-–—]\s+|$")
_LAST: list[tuple[str, list[tuple[int, int]]]] = []


def positions(low: str) -> list[int]:
    """Where a part of the title that may state a change starts: none for most texts (a title
    without a comparative)."""
    return [start for start, _ in _parts(low)]


def _parts(low: str) -> list[tuple[int, int]]:
    """The parts of the title line (split at ". " and a comma) that hold a comparative, read once
    per document."""
    if _LAST and _LAST[0][0] is low:
        return _LAST[0][1]
    found: list[tuple[int, int]] = []
    line_end = low.find("\n", 0, TITLE_REACH)
    if line_end > 0 and low.find("?", 0, line_end) < 0:
        start = 0
        for m in _PART_END.finditer(low, 0, line_end):
            part = (start, m.start())
            start = m.end()
            if any(_comparative(w.group(0)) for w in _WORD.finditer(low, *part)):
                found.append(part)
            if m.end() >= line_end:
                break
    _LAST[:] = [(low, found)]
    return found


def _comparative(word: str) -> bool:
    if word in _NOT_COMPARATIVES or not word.endswith("er") or len(word) < MIN_COMPARATIVE:
        return word in ("minder", "meer")
    lex = lexicon.load()
    if word in lex.up_comparatives or word in lex.down_comparatives:
        return True
    base = _cues.lemma(word)
    # a comparative by its lemma ("goedkoper" -> goedkoop, "onveiliger" -> onveilig), no noun in -er
    return base != word and not base.endswith("en") and word.startswith(base[:3]) and not _verb(word)


def _verb(word: str) -> bool:
    """A verb form, also one whose lemma ends in "-aan", "-ien", "-oen" ("slaat" -> slaan) and a
    plural or infinitive that is its own lemma ("zwaaien"); a title of a bare predicate has none."""
    if _text.is_verb_form(word):
        return True
    base = _cues.lemma(word)
    if base == word:  # a short one only: a long word unknown to simplemma is mostly a compound noun
        short = MIN_OWN_LEMMA_VERB <= len(word) <= MAX_OWN_LEMMA_VERB
        return word.endswith(_INFINITIVE_ENDINGS) and short and word not in lexicon.load().function_words
    return base.endswith(_INFINITIVE_ENDINGS) and not word.endswith("en")


def statement(
    doc: Document, low: str, start: int, end: int, made: list[TrendStatement]
) -> TrendStatement | None:
    """The change a title part in the sentence at clean ``start:end`` states, or None."""
    for part_start, part_end in _parts(low):
        if not (start <= part_start < end):
            continue
        if any(s.span.start <= doc.span(part_start, part_start + 1)[0].start < s.span.end for s in made):
            continue  # a cue of the title already made its statement
        found = _part_statement(doc, low, part_start, min(part_end, end))
        if found is not None:
            return found
    return None


def _part_statement(doc: Document, low: str, start: int, end: int) -> TrendStatement | None:
    label = _LABEL.match(low, start, end)
    opening = label.end() if label else start
    while opening < end and low[opening] in _QUOTE:
        opening += 1
    if _NOT_TITLE.search(low, opening, end):
        return None
    often = _OFTEN.match(low, opening, end)
    if often is not None:  # "Vaker melding van …"
        direction = Change.UP if often.group(1) == "vaker" else Change.DOWN
        return _made(doc, often.start(), often.end(), end, direction, comparative=None)
    words = list(_WORD.finditer(low, opening, end))
    predicate = _predicate(doc.text, words)
    if predicate is not None:
        found = _bare_predicate(doc, words, predicate, end)
        if found is not None:
            return found
    inner = _OFTEN_INSIDE.search(low, opening, end)
    return _more_often(doc, words, inner, end) if inner is not None else None


def _more_often(
    doc: Document, words: list[re.Match[str]], often: re.Match[str], end: int
) -> TrendStatement | None:
    """"Bezorgers |vaker| slachtoffer overval", "Christenen worden |vaker| bedreigd": a title part
    that says its subject does or undergoes something more (or less) often; the phenomenon is the
    part without the frequency words. Not "al vaker", "wel vaker" (again, of one actor), nor a
    subject of one case, with a name, a pronoun, or a sex compared with the other ("Mannen plegen
    vaker …, vrouwen …")."""
    subject = [w for w in words if w.start() < often.start()]
    if not subject or subject[0].group(0) in lexicon.load().function_words or _one_case(doc.text, subject):
        return None
    text = doc.text
    rest = _phrases.tidy(text[often.end() : end])
    name = _phrases.tidy(f"{text[subject[0].start() : often.start()]} {rest}")
    if len(name.split()) < MIN_OFTEN_WORDS or not rest:
        return None
    direction = Change.UP if often.group(1) == "vaker" else Change.DOWN
    stop = len(text[:end].rstrip(" .!'’\"”"))
    span, evidence, page = doc.span(subject[0].start(), stop)
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=direction, page=page)


def _bare_predicate(
    doc: Document, words: list[re.Match[str]], predicate: tuple[int, int, str], end: int
) -> TrendStatement | None:
    """A title part whose comparative ``predicate`` follows its subject without a verb, perhaps
    with a place, a cause or a domain after it."""
    at, after, name_comparative = predicate
    subject_words = words[:at]
    while subject_words and subject_words[-1].group(0) in _ADVERBS:
        subject_words.pop()
    rest = words[after:]
    # a capital inside the title is a name ("in |Kampen|"), the first word may be a verb ("Ophalen afval")
    verb = any(
        _verb(w.group(0)) and (i == 0 or doc.text[w.start()].islower())
        for i, w in enumerate([*subject_words, *rest[1:]])
    )
    if verb or (rest and rest[0].group(0) not in _AFTER):
        return None  # "Politie |rolt| minder …", "Ophalen afval …"; another phrase after the comparative
    direction = _direction(words[at].group(0))
    if subject_words:
        predicate_end = words[after - 1].end()
        return _subject_statement(doc, subject_words, rest, predicate_end, end, direction, name_comparative)
    if rest and rest[0].group(0) in _PLACES:  # "Drukker |bij de voedselbank|"
        return _made(doc, words[at].start(), rest[0].end(), end, direction, comparative=name_comparative)
    return None


def _predicate(text: str, words: list[re.Match[str]]) -> tuple[int, int, str] | None:
    """The comparative of a title part: its index, the index after it and its words ("hoger",
    "minder bezorgd"); None for a noun that looks like one or "meer"/"minder" before a noun."""
    at = next((i for i, w in enumerate(words) if _comparative(w.group(0))), None)
    if at is None:
        return None
    word = words[at].group(0)
    if not word.isalpha() or (not text[words[at].start()].islower() and at):
        return None  # "… ontslaat |IT-werknemer|", "tbs'er": a name or a noun, no comparative
    before = words[at - 1].group(0) if at else ""
    if before in lexicon.load().function_words and before not in _ADVERBS:
        return None  # "slachtoffer |van| Tinder-oplichter": a noun after a preposition
    if word not in ("meer", "minder"):
        return at, at + 1, word
    nxt = words[at + 1].group(0) if at + 1 < len(words) else ""
    if not nxt or nxt in _AFTER or not nxt.isalpha() or _comparative_of_noun(nxt):
        return None  # "meer |wietplantages|": a count, read by the rules of "meer"/"minder"
    return at, at + 2, f"{word} {nxt}"  # "minder |bezorgd|"


def _subject_statement(
    doc: Document,
    subject_words: list[re.Match[str]],
    rest: list[re.Match[str]],
    predicate_end: int,
    end: int,
    direction: Change,
    comparative: str,
) -> TrendStatement | None:
    """"|Aantal woninginbraken| weer hoger |in Kampen|": the subject, with a place after the
    comparative (a name or a phrase with an article, not "in actie")."""
    if len(subject_words) > MAX_SUBJECT_WORDS or _one_case(doc.text, subject_words):
        return None
    phrase = _phrases.noun_phrase(doc.text, subject_words[0].start(), subject_words[-1].end())
    if phrase is None or phrase.start != subject_words[0].start():
        return None
    name = _name(doc, phrase)
    if name is None:
        return None
    place = len(rest) > 1 and rest[0].group(0) in _PLACES and (
        rest[1].group(0) in ("de", "het") or doc.text[rest[1].start()].isupper()
    )
    where = _phrases.noun_phrase(doc.text, rest[0].end(), end) if place else None
    if where is not None:
        name = f"{name} {rest[0].group(0)} {_phrases.tidy(doc.text[where.start : where.end])}"
    span, evidence, page = doc.span(phrase.start, max(predicate_end, where.end if where else 0))
    phenomenon = f"{name} ({comparative})"
    return TrendStatement(span=span, text=evidence, phenomenon=phenomenon, direction=direction, page=page)


def _one_case(text: str, words: list[re.Match[str]]) -> bool:
    """A subject of one case or one named thing: "Man", "Hoornse zedenzaak", "Medicijn |Galapagos|",
    an acronym ("NIBC"): no phenomenon."""
    first = text[words[0].start() : words[0].end()]
    named = any(text[w.start()].isupper() for w in words[1:])
    acronym = len(first) > 1 and first.isupper() and "-" not in first
    return words[0].group(0) in _ONE_CASE or words[-1].group(0).endswith("zaak") or named or acronym


def _comparative_of_noun(word: str) -> bool:
    """A noun after "meer"/"minder" (a count), not an adjective or participle ("minder bezorgd")."""
    if _text.is_verb_form(word):
        return False  # "bezorgd", "gemeld"
    base = _cues.lemma(word)
    adjective = word.endswith(("ig", "isch", "baar", "lijk", "zaam", "loos")) or base.endswith(("ig", "isch"))
    return not adjective


def _direction(word: str) -> Change:
    lex = lexicon.load()
    return Change.DOWN if word in lex.down_comparatives or word == "minder" else Change.UP


def _made(
    doc: Document, start: int, phrase_start: int, end: int, direction: Change, *, comparative: str | None
) -> TrendStatement | None:
    """A statement about the noun phrase after ``phrase_start`` ("Vaker |melding van …|", "Drukker
    bij |de voedselbank|")."""
    phrase = _phrases.noun_phrase(doc.text, phrase_start, end)
    if phrase is None:
        return None
    name = _name(doc, phrase)
    if name is None:
        return None
    span, evidence, page = doc.span(start, phrase.end)
    phenomenon = f"{name} ({comparative})" if comparative else name
    return TrendStatement(span=span, text=evidence, phenomenon=phenomenon, direction=direction, page=page)


def _name(doc: Document, phrase: _phrases.Span) -> str | None:
    name = _phenomenon(doc, phrase)
    if not name or name.startswith(ANAPHOR) or name.lower() in lexicon.load().function_words:
        return None
    return name
