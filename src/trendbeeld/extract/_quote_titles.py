"""Quotes in titles and subheads (koppen met een citaat): a quotation in a title or subhead line whose
speaker the line itself prints before a colon.

* An organisation: "D66: ‘Defensie moet inbinden’", "Politie: ‘Meer geweld tegen agenten’", and with
  a verb after it, "D66 slikt zetelverlies: ‘Het valt nog wel mee’": the organisation speaks (an
  acronym or an organisation word of the lexicon).
* A person by surname, perhaps after a title or a description and before a verb: "Koeman: ‘Ik zie
  wel gelijkenis’", "Ajacied Van de Beek: ‘…’", "Wiegel verkent Baudet: ‘…’": the person of the
  article with that surname (a full name in the text), else no speaker (a kicker word such as
  "Nachtwacht" or "Polarisatie" is no person).

A title cited with its outlet and date ("Politie: ‘…’\n\nNOS | 3 mei 2020") is a headline, no quote.
A quotation in a title without such a label repeats or paraphrases a quotation of the article, or
has a subtitle that names its speaker ("‘…’. Interview Rob Jetten"); :mod:`.quotes` gives it the
speaker of that quotation, or the speaker of the article's quotations that the subtitle names.
"""

from __future__ import annotations

import re

from trendbeeld.extract import _speakers, lexicon
from trendbeeld.extract._document import Document
from trendbeeld.extract._quote_names import surname
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
