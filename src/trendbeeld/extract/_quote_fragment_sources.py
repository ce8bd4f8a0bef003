"""Speakers of quoted fragments (geciteerde woordgroepen) that the sentence names as its source in
ways :mod:`._quote_fragments` leaves open. The fragment itself is already known to be reported
speech (two or more words, no term, title or name); only who said it is read here, and a doubtful
speaker gives none.

* ``volgens`` with a full name, a surname of someone named in full earlier, or an organisation:
  "Volgens Radio 10-dj Gerard Ekdom is de kracht … de ‘geweldige melodie’", "Volgens het Witte
  Huis ‘is er geen militaire oplossing …’", "Die gevallen zorgen volgens de Radboud voor een
  ‘groot onveiligheidsgevoel’".
* The subject that opens the sentence before a verb of saying, thinking or judging (by lemma): a
  full name, also with an apposition ("Ook Marijn van Rossum - een van de weinige twintigers -
  denkt dat Utrecht ‘voor een klein deel’ …"), a title with the surname of someone named in full
  earlier ("Wethouder Van Wakeren zegt het ‘voor 99 procent’ eens te zijn"), or an organisation,
  also a compound whose head is an organisation word ("De Onderwijsinspectie stelt dat ‘alle
  signalen op rood staan’").

Nobody else may be named between the source and the fragment, except as a possessor ("ziet de
actie van de Vriendenloterij ‘…’").
"""

from __future__ import annotations

import re
from functools import cache

from trendbeeld.extract import _roles, _speakers, lexicon
from trendbeeld.extract._cues import lemma
from trendbeeld.extract._document import Document
from trendbeeld.extract._quote_attribution import closing_clause_speaker
from trendbeeld.extract._quote_names import surname
from trendbeeld.extract._quote_patterns import patterns, speech_words
from trendbeeld.extract._quotemarks import Candidate
from trendbeeld.extract._speakers import Attribution, mention, plausible_name, split_name

MIN_NAME_WORDS = 2
SOURCE_CHARS = 70  # the name after "volgens" starts this close to it (past a role: "Radio 10-dj")
MAX_TITLE_WORDS = 3  # words of a role between "volgens" and the name
# Verbs whose subject is the source of the words after them, by lemma.
_SOURCE_LEMMAS = frozenset({
    "zeggen", "stellen", "denken", "vinden", "menen", "vrezen", "verklaren", "concluderen", "noemen",
    "spreken", "schrijven", "waarschuwen", "benadrukken", "erkennen", "betogen", "oordelen",
    "meld", "melden", "beweren", "constateren", "verwachten", "claimen", "twitteren",
})
_QUOTE_MARKS = re.compile(r"[“”„«»\"‘’]|''|,,")
_VOLGENS = re.compile(r"(?<![\w-])[Vv]olgens\s+")
_OPENER = re.compile(r"\s*(?:(?:Ook|Maar|En|Toch|Zelf|Daarom|Nu|Dan)\s+)?")
# Between a subject and its verb: "(CDA)", "(52)", " - een van de weinige twintigers -", ", broer van Jan,"
_APPOSITION = re.compile(r"(?:\s*\([^()]{1,40}\)|\s+[-–—][^-–—.!?]{1,80}[-–—]|\s*,[^,.!?]{1,60},)*")
_VERB = re.compile(r"\s+(?:(?:zelf|ook|nu|wel|nog)\s+)?(?P<verb>[a-zà-ÿ]+)(?![\w-])")
_OF_BEFORE = re.compile(r"(?<![\w-])van\s+(?:de\s+|het\s+)?\Z")
_LINK_WORDS = frozenset({"van", "bij", "tegen", "met", "aan", "voor", "over", "en", "namens"})
_LINKS = frozenset({"voor", "en", "op"})  # "Forum voor Democratie" is no person
_ADJECTIVE = re.compile(r"(?:se|sche)\Z")  # "de Spaanse wet", "de Amerikaanse regering"


def fragment_source(doc: Document, cand: Candidate, known: dict[str, Attribution]) -> Attribution | None:
    """The source the fragment's sentence names before it ("volgens …", or the subject before a
    verb of saying), or None when none is named without doubt."""
    start = doc.sentence_at(max(cand.open - 1, 0)).start
    found = _after_volgens(doc, start, cand, known)
    if found is None:
        found = _opening_subject(doc, start, cand, known)
    if found is None:
        found = said_at_end(doc, cand, known)
    return found


def said_at_end(doc: Document, cand: Candidate, known: dict[str, Attribution]) -> Attribution | None:
    """"De zaak is er ‘niet duidelijker op geworden’ na de verhoren, zei officier van justitie Hannah
    Huizenga gisteren.": an attribution clause after the last comma closes the fragment's sentence
    (a named person or an organisation; not a pronoun, whose referent is not found reliably in news
    without paragraphs), with no other quotation after the fragment."""
    text = doc.text
    sentence = doc.sentence_at(cand.close_end)
    region = text[cand.close_end : sentence.end].rstrip()
    if _QUOTE_MARKS.search(region) or _VOLGENS.search(text, sentence.start, cand.open):
        return None  # "Volgens haar was … ‘…’ …, schrijft tijdschrift X": her words, reported by X
    found = closing_clause_speaker(doc, cand, region, cand.close_end, cand.open, known, None)
    return None if found is None or found.speaker == _roles.ANONYMOUS else found


def _after_volgens(
    doc: Document, start: int, cand: Candidate, known: dict[str, Attribution]
) -> Attribution | None:
    text = doc.text
    hits = list(_VOLGENS.finditer(text, start, cand.open))
    if len(hits) != 1:
        return None
    pos = hits[0].end()
    # an organisation first: "volgens de Dierenbescherming en Wakker Dier" names no person
    found, end = _organisation_at(text, pos, cand.open)
    if found is None:
        found, end = _person_at(doc, pos, cand.open, known, volgens=True)
    if found is None or not _no_other_name(text, end, cand.open):
        return None
    return found


def _opening_subject(
    doc: Document, start: int, cand: Candidate, known: dict[str, Attribution]
) -> Attribution | None:
    text = doc.text
    pos = _OPENER.match(text, start, cand.open)
    at = pos.end() if pos is not None else start
    found, end = _person_at(doc, at, cand.open, known, volgens=False)
    if found is None:
        found, end = _organisation_at(text, at, cand.open)
    if found is None:
        return None
    apposition = _APPOSITION.match(text, end, cand.open)
    verb = _VERB.match(text, apposition.end() if apposition is not None else end, cand.open)
    if verb is None or not _says(verb.group("verb")) or not _no_other_name(text, verb.end(), cand.open):
        return None
    return found


def subject_verb(
    doc: Document, start: int, cand: Candidate, known: dict[str, Attribution]
) -> tuple[Attribution, str] | None:
    """The person who opens the sentence at ``start`` (a full name, perhaps after a title, or a
    titled surname of someone named in full earlier) and the verb after it, when nobody else is
    named between that verb and the fragment ("Kamerlid Anne Kuik ziet … ‘…’")."""
    text = doc.text
    pos = _OPENER.match(text, start, cand.open)
    at = pos.end() if pos is not None else start
    found, end = _person_at(doc, at, cand.open, known, volgens=False)
    if found is None:
        return None
    apposition = _APPOSITION.match(text, end, cand.open)
    verb = _VERB.match(text, apposition.end() if apposition is not None else end, cand.open)
    if verb is None or not _no_other_name(text, verb.end(), cand.open):
        return None
    return found, verb.group("verb")


def _says(word: str) -> bool:
    return word in speech_words() or lemma(word) in _SOURCE_LEMMAS


def _person_at(
    doc: Document, pos: int, end: int, known: dict[str, Attribution], *, volgens: bool
) -> tuple[Attribution | None, int]:
    """A person named at ``pos`` (after a role of up to MAX_TITLE_WORDS words when ``volgens``): a
    full name, or a (titled) surname of someone named in full earlier."""
    text = doc.text
    limit = MAX_TITLE_WORDS if volgens else 1
    for m in patterns()["name"].finditer(text, pos, min(end, pos + SOURCE_CHARS)):
        between = text[pos : m.start()].split()
        if (len(between) > limit or (not volgens and between and not between[0][:1].isupper())
                or (between and between[-1].lower() in _LINK_WORDS)):
            # "Wethouder Van Wakeren" opens the sentence, "Volgens Radio 10-dj Gerard Ekdom"; not
            # "volgens de advocaat van Jan Smit": his advocate speaks
            return None, pos
        found = _person(doc, m, known)
        if found is not None:
            return found, m.end()
    return None, pos


def _person(doc: Document, m: re.Match[str], known: dict[str, Attribution]) -> Attribution | None:
    found = mention(doc.text[: m.end()], m, known)
    if found is not None and len(found.speaker.split()) >= MIN_NAME_WORDS and plausible_name(found.speaker):
        return found
    _title, name, lead = split_name(m.group(0), None)
    lex = lexicon.load()
    if lead and name[:1].islower() and lead.rsplit(maxsplit=1)[-1].lower() in lex.name_particles:
        name = f"{lead.rsplit(maxsplit=1)[-1]} {name}"  # "Van der Plas", not "der Plas"
    capitals = [w for w in name.split() if w[:1].isupper()]
    if len(capitals) > MIN_NAME_WORDS or name.lower() in lex.function_words:
        return None
    full = surname(name, doc, m.start(), known)
    return full if full is not None and len(full.speaker.split()) >= MIN_NAME_WORDS else None


@cache
def _organisation() -> re.Pattern[str]:
    """An organisation at a position: with its article ("de Radboud", "het Witte Huis", "de
    Onderwijsinspectie", a compound whose head is an organisation word), or an acronym or a name
    of capitalised words without one ("D66", "Forum voor Democratie")."""
    words = "|".join(re.escape(w) for w in _speakers.org_words() if len(w) > 3 and " " not in w)
    cap = r"[A-ZÀ-Ý][\w'’-]+"
    return re.compile(
        rf"(?:{_speakers.org_phrase()}"
        rf"|(?i:de|het)\s+(?P<compound>[A-ZÀ-Ý][a-zà-ÿ]+(?:{words}))"
        rf"|(?P<article>(?i:de|het)\s+)?(?P<proper>{cap}(?:\s+(?:(?:van|voor|en|op)\s+(?:de\s+|het\s+)?)?{cap}){{0,4}}))"
        r"(?![\w-])"
    )


def _organisation_at(text: str, pos: int, end: int) -> tuple[Attribution | None, int]:
    m = _organisation().match(text, pos, end)
    if m is None:
        return None, pos
    raw = m.group("org") or m.group("compound") or m.group("proper")
    if not raw:
        return None, pos
    first = raw.split()[0]
    if m.group("proper") is not None and not first.isupper() and (" " not in raw or (
            not m.group("article") and plausible_name(raw) and not _LINKS & set(raw.split()))):
        # "volgens Rutte", "volgens Jan de Vries": a surname or a person; "volgens de Arnhemmer",
        # "De Chinezen noemen": a person or people described by their place
        return None, pos
    if m.group("article") and " en " in raw:
        raw = raw.split(" en ", 1)[0]  # "volgens de Dierenbescherming en Eyes on Animals": the first
    if m.group("proper") is not None and (
            _ADJECTIVE.search(first) or first.lower() in lexicon.load().function_words
            or _speakers.gender(first) is not None):
        return None, pos  # "de Spaanse wet", "Volgens Jan …"
    speaker = _speakers.tidy_org(raw)
    return Attribution(speaker, None, speaker), m.end()


def _no_other_name(text: str, start: int, end: int) -> bool:
    """No person named between the source and the fragment but a possessor ("ziet de actie |van
    de Vriendenloterij| ‘…’")."""
    return all(_OF_BEFORE.search(text, max(m.start() - 12, start), m.start()) is not None
               for m in patterns()["name"].finditer(text, start, end)
               if plausible_name(m.group(0)))
