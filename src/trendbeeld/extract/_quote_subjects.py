"""The speaker as the subject of the sentence before a quote (citaat toegeschreven door de context):
a quotation that opens its own sentence, with no attribution of its own, right after a sentence
whose subject is a named person who says, thinks or judges something.

* "Van Westerloo vindt dat Huys de mismatch zelf had moeten aankaarten. „Hij had moeten …”",
  "Strafrechtexpert Theo de Roos denkt wel dat … „…”", "Ook De Vries wijst erop dat … „…”": the
  person who opens the sentence (after at most a few role words and an adverb), followed by a
  singular finite verb of saying, thinking or judging (by lemma: zeggen, vinden, denken, menen,
  vrezen, hopen, wijzen, pleiten, erkennen, zich afvragen …); other people named later in that
  sentence are what the speaker talks about, not speakers.
* "Volgens de Kamerwoordvoerder, Jasper van Dijk, is er geen sprake van … „…”": a sentence that
  opens with "volgens" and a person is that person's view, continued by the quotation.

A first name or a surname alone counts only as the full name given earlier; a pronoun, a role
without a name ("De oud-RTL-baas had verwacht …", mostly with a second person named nearby) or two
people joined by "en" give nothing here (NOTES helper C: quotations
attributed by context are core; never the wrong speaker).
"""

from __future__ import annotations

import re

from trendbeeld.extract import _roles
from trendbeeld.extract._cues import lemma
from trendbeeld.extract._document import Document
from trendbeeld.extract._quote_attribution import after_preposition, opens_sentence, surname_mention
from trendbeeld.extract._quote_patterns import patterns
from trendbeeld.extract._quotemarks import Candidate
from trendbeeld.extract._speakers import Attribution, mention

MAX_ROLE_WORDS = 3  # words before the name: "Forum voor Democratie-voorman Thierry Baudet"
MAX_VOLGENS_WORDS = 6  # "Volgens de asielwoordvoerder in de Kamer, Jasper van Dijk, …"
MIN_NAME_WORDS = 2
# Adverbs and conjunctions that may open the sentence before its subject.
_OPENERS = frozenset({"ook", "maar", "en", "zelf", "wel", "toch", "daarom", "dus", "nu", "intussen"})
# Verbs of saying, thinking and judging whose subject speaks (by lemma); not "zien", "weten" or
# "willen", which also say what someone does.
_SPEAKING_LEMMAS = frozenset({
    "zeggen", "vinden", "denken", "menen", "vrezen", "hopen", "verwachten", "wijzen", "pleiten",
    "erkennen", "benadrukken", "betreuren", "twijfelen", "geloven", "vragen", "stellen", "vertellen",
    "waarschuwen", "schrijven", "twitteren", "reageren", "verklaren", "concluderen", "beamen",
    "betogen", "constateren", "onderstrepen", "hameren", "noemen", "uitleggen", "zuchten", "verzuchten",
    "klagen", "roepen", "antwoorden", "ontkennen", "bevestigen", "begrijpen", "snappen",
})
_PLURAL_END = ("en",)
_OF_WORDS = frozenset({"van", "namens", "met", "bij", "tegen", "over", "aan", "door", "om", "zonder"})
# After the name: its party or age in brackets, or an apposition in commas ("Jan Smit, wethouder,").
_AFTER_NAME = re.compile(r"(?:\s*\([^()\n]{1,40}\))?(?:\s*,[^,\n]{1,60},)?\s+(?P<verb>[a-zà-ÿ]+)(?![\w-])")
_SENTENCE_MARKS = ("“", "”", "„", "‘", "’", "\"", "''", ",,", "«", "»")


def speaking_subject(doc: Document, cand: Candidate, known: dict[str, Attribution]) -> Attribution | None:
    """The named person who speaks, thinks or judges as the subject of the sentence right before
    ``cand``, a quotation that opens its own sentence."""
    text = doc.text
    if not opens_sentence(text, cand.open):
        return None
    sentence = doc.sentence_at(max(cand.open - 2, 0))
    region = text[sentence.start : cand.open].rstrip()
    if not region.endswith((".", "!")) or any(mark in region for mark in _SENTENCE_MARKS):
        return None  # a question, a title line, or a sentence with a quotation of its own
    words = region.split()
    skip = 1 if words and words[0].lower() in _OPENERS else 0
    volgens = len(words) > skip and words[skip].lower() == "volgens"
    reach = MAX_VOLGENS_WORDS if volgens else MAX_ROLE_WORDS
    for m in patterns()["name"].finditer(region):
        if len(region[: m.start()].split()) - skip - volgens > reach:
            return None
        found = _person(doc, region, m, cand, known)
        if found is not None:
            return found if _speaks_here(doc, region, m, found, cand, known, volgens=volgens) else None
    return None


def _speaks_here(
    doc: Document,
    region: str,
    m: re.Match[str],
    found: Attribution,
    cand: Candidate,
    known: dict[str, Attribution],
    *,
    volgens: bool,
) -> bool:
    """The person ``m`` opens the sentence as its speaker: not someone's relation ("De vrouw van Jan
    Smit vindt"), not spoken to ("bij burgemeester Halsema"); after "volgens" the only person named,
    else followed by a verb of saying or thinking."""
    before = region[: m.start()].split()
    if before and before[-1].lower() in _OF_WORDS:
        return False
    if after_preposition(region, m.start()) and not volgens and not _role_compound(region, m.start()):
        return False
    if volgens:
        return not _names_other(region, m.end(), found, doc, cand, known)
    verb = _AFTER_NAME.match(region, m.end())
    return verb is not None and _speaks(verb.group("verb"))


def _person(
    doc: Document, region: str, m: re.Match[str], cand: Candidate, known: dict[str, Attribution]
) -> Attribution | None:
    """The name ``m`` as a person with a full name (a surname alone as the full name given earlier)."""
    found = mention(region, m, known) or surname_mention(doc, m, cand.open, known)
    if found is None or found.speaker == _roles.ANONYMOUS or len(found.speaker.split()) < MIN_NAME_WORDS:
        return None
    return found if found.speaker != found.organisation else None


def _role_compound(region: str, pos: int) -> bool:
    """"Forum voor Democratie-voorman Thierry Baudet": the word before the name is a role (the
    preposition before it belongs to the organisation in the compound)."""
    before = region[:pos].split()
    return bool(before) and _roles.is_role_word(before[-1].split("-")[-1].lower())


def _speaks(verb: str) -> bool:
    """A singular finite verb of saying, thinking or judging ("vindt", "wijst", "vroeg")."""
    if verb.endswith(_PLURAL_END):
        return False  # "Jan Smit en Piet de Vries erkennen", an infinitive or a plural
    if lemma(verb) in _SPEAKING_LEMMAS:
        return True
    # a present form simplemma does not know or reads as another word ("twittert", "wijst" → "wijs"):
    # the stem with "-en", a final "s"/"f" of the stem voiced ("wijst" → wijzen)
    if not verb.endswith("t"):
        return False
    stem = verb[:-1]
    voiced = stem[:-1] + {"s": "z", "f": "v"}.get(stem[-1:], stem[-1:])
    return bool({stem + "en", voiced + "en"} & _SPEAKING_LEMMAS)


def _names_other(
    region: str, pos: int, speaker: Attribution, doc: Document, cand: Candidate, known: dict[str, Attribution]
) -> bool:
    """Another person named after the one "volgens" gives: whose view it is becomes unclear."""
    for m in patterns()["name"].finditer(region, pos):
        other = _person(doc, region, m, cand, known)
        if other is not None and not set(other.speaker.split()) & set(speaker.speaker.split()):
            return True
    return False
