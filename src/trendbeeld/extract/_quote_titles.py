"""Quotes in titles and subheads (koppen met een citaat): a quotation in a title or subhead line whose
speaker the line itself prints before a colon.

* An organisation: "D66: ‘Defensie moet inbinden’", "Politie: ‘Meer geweld tegen agenten’", and with
  a verb after it, "D66 slikt zetelverlies: ‘Het valt nog wel mee’": the organisation speaks (an
  acronym or an organisation word of the lexicon).
* A person by surname, perhaps after a title or a description and before a verb: "Koeman: ‘Ik zie
  wel gelijkenis’", "Ajacied Van de Beek: ‘…’", "Wiegel verkent Baudet: ‘…’": the person of the
  article with that surname (a full name in the text), else no speaker (a kicker word such as
  "Nachtwacht" or "Polarisatie" is no person).

* The lead that attributes what the title says: "‘Stel tevredener bij traditionele rollen’\n\nStellen
  bij wie … traditionele … zijn het meest tevreden. Dat concludeert socioloog Niels Blom …", "‘…’\n\n
  De Boeing … was een dag eerder ook al bijna neergestort. Dat meldt persbureau Bloomberg.": a quoted
  title whose words the first sentences of the body restate, followed there by "Dat/Dit [heeft]
  <verb of saying> Naam" (NOTES G1: a quotation in a title that paraphrases the body is a quote of
  the body's speaker).

* A quoted title in the first person whose article quotes one speaker only: "‘Onze dochter rende nog
  achter die overvaller aan’", "‘We kunnen langer in gezondheid van ons pensioen genieten’" (NOTES G1:
  the body's speaker, hard).

A title cited with its outlet and date ("Politie: ‘…’\n\nNOS | 3 mei 2020") is a headline, no quote.
A quotation in a title without such a label repeats or paraphrases a quotation of the article, or
has a subtitle that names its speaker ("‘…’. Interview Rob Jetten"); :mod:`.quotes` gives it the
speaker of that quotation, or the speaker of the article's quotations that the subtitle names.
"""

from __future__ import annotations

import re

from trendbeeld.extract import _articles, _speakers, lexicon
from trendbeeld.extract._document import Document
from trendbeeld.extract._quote_after_verb import named_after_verb
from trendbeeld.extract._quote_attribution import UNRESOLVED
from trendbeeld.extract._quote_names import surname
from trendbeeld.extract._quote_patterns import patterns
from trendbeeld.extract._quotemarks import Candidate, in_heading
from trendbeeld.extract._speakers import Attribution

MIN_PERSON_WORDS = 2
NAME_AHEAD = 4000  # the full name of a surname in a title is given this far into the article
MAX_LABEL_WORDS = 5
_LABEL = re.compile(r"[ \t]*(?P<label>[^:\n‘’'\"“”„«»]{2,60}?)[ \t]*:[ \t]*\Z")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,6}|[A-Z][a-z]?[0-9]{1,3}")  # "OM", "NCTV", "D66", "GL"
MAX_DATELINE_CHARS = 80
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÀ-Ý][\w'’-]+")
_SUBTITLE = re.compile(r"\s*[.:]\s+([^\n]{3,120})(?=\n)")  # "’. Lieneke Bolhuis bij SIZ Twente"
_NEXT_LINE = re.compile(r"[^\n]*\n[ \t]*\n[ \t]*([^\n]*)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_PLACE_ADJECTIVE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:se|sche)")  # "Nijmeegse", "Haagsche"
MAX_LEAD_SENTENCES = 3  # the lead sentence(s) and the one that attributes them
LEAD_CHARS = 700
STEM_CHARS = 5  # content words of title and lead compared by their first letters ("tevredener", "tevreden")
MIN_CONTENT_CHARS = 4
# Tried only after white space or a stop (what fails inside a run of words fails at its start too;
# without the lookbehind a long line without a stop is rescanned from each of its characters).
_LEAD_SENTENCE = re.compile(r"(?<![^.!?\s])[^.!?\n]+[.!?]+(?:\s+|\Z)")
# marks that open a quotation of its own (single marks also set off the speaker's own fragments:
# "Justitie leverde zelf ‘het ontlastende bewijs’. Dat zegt …")
_QUOTE_MARKS = re.compile(r"[\"“”„«»]|,,")
_AUXILIARIES = frozenset({"heeft", "hebben", "had", "hadden"})
_SAID = re.compile(
    r"(?<![\w-])(?:laten weten|gezegd|geschreven|gemeld|verklaard|bekendgemaakt|gesteld)(?![\w-])")
_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "het", "in", "'t"})


def title_speaker(doc: Document, cand: Candidate, known: dict[str, Attribution]) -> Attribution | None:
    """The speaker printed before a colon in the title or subhead line of ``cand``."""
    text = doc.text
    if not in_heading(text, cand):
        return None
    line_start = text.rfind("\n", 0, cand.open) + 1
    if _cited(text, cand.close_end):
        return None  # a news title cited with its outlet and date is no speech
    m = _LABEL.fullmatch(text, line_start, cand.open)
    words = m.group("label").split() if m is not None else []
    if not words or len(words) > MAX_LABEL_WORDS:
        return None
    first = words[0]
    if (_ACRONYM.fullmatch(first) or first.lower() in _speakers.org_words()) and (
            len(words) == 1 or words[1].islower()):
        return Attribution(first, None, first)  # "D66: ‘…’", "D66 slikt zetelverlies: ‘…’"
    name = _surname(words)
    found = surname(name, doc, min(cand.open + NAME_AHEAD, len(text)), known) if name else None
    return found if found is not None and _person(found.speaker) else None


def lead_speaker(doc: Document, cand: Candidate, known: dict[str, Attribution]) -> Attribution | None:
    """The speaker the article's lead gives to what a quoted title says: a sentence "Dat concludeert
    Naam …" among the first sentences of the body, after sentences that restate the title's words
    and hold no quotation of their own."""
    text = doc.text
    if not in_heading(text, cand) or _cited(text, cand.close_end):
        return None
    body = text.find("\n\n", cand.close_end)
    if body < 0 or text.find("\n", cand.close_end) < body:
        return None  # not the title line of an article (a subtitle line follows first is fine below)
    lead = text[body : body + LEAD_CHARS].lstrip()
    offset = body + (len(text[body : body + LEAD_CHARS]) - len(lead))
    said = patterns()["said_after"]
    read = ""
    for i, m in enumerate(_LEAD_SENTENCE.finditer(lead)):
        if i >= MAX_LEAD_SENTENCES or _QUOTE_MARKS.search(m.group(0)):
            return None
        verb = said.match(m.group(0))
        if verb is not None and verb.group("verb").lower() in _AUXILIARIES and not _SAID.search(m.group(0)):
            verb = None  # "Dat heeft de gemeente besloten": no saying
        if verb is None:
            read += m.group(0)
            continue
        if not read or not _restates(text[cand.start : cand.end], read):
            return None
        window = text[offset + m.start() : offset + m.end()]
        found = named_after_verb(window, verb.end(), doc, cand, known)
        return None if found is None or found is UNRESOLVED or not found.speaker else found
    return None


def _restates(title: str, lead: str) -> bool:
    """A content word of the title (its first letters) comes back in the lead."""
    function_words = lexicon.load().function_words
    stems = {w[:STEM_CHARS] for w in re.findall(r"\w+", title.lower())
             if len(w) >= MIN_CONTENT_CHARS and w not in function_words}
    return any(w[:STEM_CHARS] in stems for w in re.findall(r"\w+", lead.lower())
               if len(w) >= MIN_CONTENT_CHARS and w not in function_words)


def subtitle_names(text: str, cand: Candidate) -> set[str]:
    """The capitalised words of a subtitle after a quoted title ("‘…’. Interview Rob Jetten",
    "‘…’. Lieneke Bolhuis bij SIZ Twente"), where it may name the speaker."""
    if not in_heading(text, cand):
        return set()
    sub = _SUBTITLE.match(text, cand.close_end)
    return set(_CAPITALISED.findall(sub.group(1))) if sub is not None else set()


def _cited(text: str, pos: int) -> bool:
    """The line after the title's blank line is a short dateline ("NOS | 3 mei 2020")."""
    m = _NEXT_LINE.match(text, pos)
    return m is not None and len(m.group(1)) <= MAX_DATELINE_CHARS and _YEAR.search(m.group(1)) is not None


def _person(speaker: str) -> bool:
    """A full name, not "de Nijmeegse Nachtwacht", "de Deventer Nachtwacht" (a work named after a
    place)."""
    words = speaker.split()
    return len(words) >= 2 and not (_PLACE_ADJECTIVE.fullmatch(words[0]) or _speakers.is_place(words[0]))


def _surname(words: list[str]) -> str | None:
    """The surname in a label: the capitalised words (with lower-case particles) that end it ("Van de
    Beek" of "Ajacied Van de Beek"), or that open it before a verb ("Wiegel" of "Wiegel verkent
    Baudet")."""
    lex = lexicon.load()
    if all(w[:1].isupper() or w.lower() in _PARTICLES for w in words):
        # the last word and the particles before it: "Van de Beek" of "Ajacied Van de Beek"
        i = len(words) - 1
        while i > 0 and words[i - 1].lower() in _PARTICLES:
            i -= 1
        name = " ".join(words[i:])
    elif words[0][:1].isupper() and len(words) > 1 and words[1].islower():
        name = words[0]  # "Wiegel verkent Baudet"
    else:
        return None
    if name.lower() in lex.name_stopwords or _speakers.is_place(name):
        return None
    return name


# first-person words: a title that speaks ("‘Voor geen goud ga ik daar rijden’")
_FIRST_PERSON = re.compile(r"(?i)(?<![\w-])(?:ik|me|mij|mijn|we|wij|ons|onze)(?![\w-])")


def only_speaker(
    text: str, cand: Candidate, quoted: list[tuple[Candidate, Attribution]]
) -> Attribution | None:
    """The one speaker of the article's quotations (``quoted``: attributed quotations) for a quoted
    title line in the first person that no other rule attributes; None for several speakers."""
    if not in_heading(text, cand) or _FIRST_PERSON.search(text, cand.start, cand.end) is None:
        return None
    stop = _articles.of(text).end_at(cand.close_end, len(text))
    speakers = {a.speaker: a for c, a in quoted if cand.close_end <= c.start < stop and a.speaker}
    return next(iter(speakers.values())) if len(speakers) == 1 else None

