"""Attribution of a quote (citaat) from the words before it: the sentence just before the quote or
the start of its own sentence ("Volgens Naam …:", "Naam zegt:", "Naam (Organisatie):", "rol Naam
legt uit dat …", "Volgens de politie:", "Halsema schreef …", "volgens de burgemeester", "De
burgemeester is duidelijk.", "Jan Smit is stellig:", "Hij zegt:"), a speaker label ("Jolanda: “…")
resolved to the full name given earlier, and a caption of one or two lines above a quote ("Jeroen de
Haas\nCEO Enexis Groep\n“…"). :mod:`._quote_attribution` reads the words after a quote and holds the
helpers both directions share (pronouns, sentence subjects, paragraph starts).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

import simplemma

from trendbeeld.extract import _articles, _roles, _speakers, lexicon
from trendbeeld.extract._cues import lemma
from trendbeeld.extract._document import Document
from trendbeeld.extract._quote_attribution import (
    _BLANK_LINE,
    _FIRST_PERSON_SINGULAR,
    after_preposition,
    pronoun_speaker,
    related_name,
    sentence_subject,
    surname_mention,
)
from trendbeeld.extract._quote_messages import shouted_before, written_before
from trendbeeld.extract._quote_names import caption_line, first_name_full, surname
from trendbeeld.extract._quote_patterns import patterns, speech_words
from trendbeeld.extract._quote_referents import PERSON_SUBJECT, relative_at, unnamed_person
from trendbeeld.extract._quote_unnamed import (
    organisation_before,
    organisation_reports,
    party_person,
    person_with_role,
)
from trendbeeld.extract._quotemarks import Candidate
from trendbeeld.extract._speakers import (
    Attribution,
    attribution_of,
    completed,
    inside_word,
    mention,
    plausible_name,
    rest_after,
    split_name,
    title_at_end,
)

# The role title before a name ("… volgens officier van justitie "), a pure function of the words
# before it: _person_before asks again for the same characters for every quote of a sentence (on 712
# news texts 3,039 asks, 1,223 distinct), so the answers of the last ones are kept.
TITLE_CACHE = 1024
_title_at_end = lru_cache(maxsize=TITLE_CACHE)(title_at_end)

# "volgens de burgemeester", "volgens Paauw": a role or a surname of someone named before.
_TOKEN = re.compile(r"[a-zà-ÿA-ZÀ-Ý]+")
# Verbs of saying that introduce a quotation after a colon, by lemma ("noemt … te drastisch:").
_SAYING_LEMMAS = frozenset({"zeggen", "noemen", "roepen", "oproepen", "schrijven", "vragen", "antwoorden",
                            "reageren", "waarschuwen", "verklaren", "twitteren", "tweeten", "concluderen",
                            "vertellen", "uitleggen", "benadrukken", "stellen"})
_VOLGENS = re.compile(
    r"(?<![\w-])(?i:volgens)\s+(?:(?i:de|het)\s+(?P<role>[a-zà-ÿ-]+)"
    r"|(?P<surname>(?:(?:Van|De|Ter|Ten|Den)\s+(?:der\s+|den\s+|de\s+)?)?[A-ZÀ-Ý][a-zà-ÿ]+))(?![\w-])"
)
MAX_CAPTION_LINES = 2  # a caption above a quote: a name line and a role line
CAPTION_CHARS = 300  # a caption line above a quote is shorter than this
_VOLGENS_PRONOUN = re.compile(r"(?<![\w-])(?i:volgens)\s+(haar|hem)(?![\w-])")  # "volgens haar": a woman
_COLON_END = re.compile(r"\s*(?:\([^()\n]{1,80}\))?\s*:\s*$")  # "Naam (Organisatie): “…"
_COMMA_WORD = re.compile(r"\s*,\s*([\w-]+)")
_PRONOUN_WORDS = frozenset({"hij", "zij", "ze"})
# "hij", "zij", and "ze" next to a singular verb ("Ze zegt:", "zegt ze daarna:", "zei ze"; not
# "ze zeggen"): a woman
_SINGULAR_PRONOUN = re.compile(
    r"(?<![\w-])(?:[Hh]ij|[Zz]ij)(?![\w-])"
    r"|(?<![\w-])[Zz]e(?=\s+(?:[a-zà-ÿ]+t|zei|vroeg|schreef|riep|vond)(?![\w-]))"
    r"|(?<=[a-zà-ÿ]t\s)ze(?![\w-])|(?<=\bzei\s)ze(?![\w-])"
)
_ROLE_SUBJECT = re.compile(r"\s*(?:Ook\s+)?(?:De|de)\s+(?P<role>[a-zà-ÿ-]+|[A-Z][A-Za-z0-9]{1,9}['’]er)\s")
# A speaker label that opens a line or, in text whose line breaks are lost, follows a closed
# quotation: "Jolanda: “…", "Van Dijk: “…", "….” Rutger: “…".
_LABEL = re.compile(
    r"(?:\A|\n|(?<=[.!?…][”’\"])[ \t]|(?<=[.!?])[ \t])"
    r"[ \t]*(?P<word>(?:(?:Van|De|Ter|Ten|Den)\s+(?:der\s+|den\s+|de\s+)?)?[A-ZÀ-Ý](?:[a-zà-ÿ]+|\.))"
    # "K., in rond Amsterdams:": a short phrase set off by a comma before the colon
    r"(?:,[ \t]+[a-zà-ÿ][^,:.!?\n]{0,40})?[ \t]*:\s*\Z"
)

_LABEL_COLON = re.compile(
    r"\s*(?P<label>(?:[A-ZÀ-Ý][\w'’-]*\.?\s+){0,2}[A-ZÀ-Ý][\w'’-]*\.?)(?:,[^,:.\n]{1,40})?:\s*\Z"
)
_NAME_WORD = re.compile(r"[\w'’-]+")


def speaker_before(
    doc: Document, cand: Candidate, known: dict[str, Attribution], last: tuple[int, Attribution] | None
) -> Attribution | None:
    """An attribution in the sentence just before the quote, or before it in the same sentence:
    a name after "volgens" first, else the first name that other words make a speaker."""
    text = doc.text
    sentence = doc.sentence_at(max(cand.open - 2, 0))
    # a name before the quotation just before belongs to that one ("„…”, zegt Jan Smit. „…")
    start = last[0] if last is not None and sentence.start < last[0] <= cand.open else sentence.start
    region = text[start : cand.open]
    other: Attribution | None = None
    for m in patterns()["name"].finditer(region):
        relative = relative_at(region, m.start())
        if relative is not None:  # "…, vraagt Biemans' vrouw Maaike zich af. „…": she speaks
            other = other or relative
            continue
        found, volgens = _person_before(region, m, volgens_only=other is not None)
        if found is not None and volgens:
            return found
        other = other or found or _surname_speaks(doc, region, m, cand.open, known)
    if other is not None:
        return other
    named = (_label_before(doc, region, cand.open, known) or written_before(region, doc, cand.open)
             or shouted_before(region) or organisation_before(region)
             or _caption_above(text, cand.open) or _volgens_reference(doc, region, cand.open, known)
             or _role_subject(doc, region, cand.open) or _subject_colon(doc, region, cand.open, known)
             or _speaking_colon(doc, region, cand.open, known)
             or _organisation_reports(doc, cand, region))
    if named is not None:
        return named
    for speaker, attribution in known.items():
        names = speaker.split()
        for part in (names[0], names[-1]) if len(names) > 1 else ():
            if part not in region:
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(part)}(?![\w-])", region):
                if not after_preposition(region, m.start()):
                    return attribution
    return _pronoun_before(doc, cand, region, known, last)


def labelled(doc: Document, cand: Candidate) -> bool:
    """A label (a name, an initial) opens the sentence and introduces the quote with a colon, perhaps
    with a short phrase set off by a comma ("K., in rond Amsterdams: „…", "Jop, trots: ‘…"): the
    label names the speaker even when it cannot be resolved, so no sentence after the quote does."""
    text = doc.text
    if text.rfind(":", max(cand.open - 3, 0), cand.open) < 0:
        return False
    m = _LABEL_COLON.match(text, doc.sentence_at(max(cand.open - 2, 0)).start, cand.open)
    # a name or an initial, not a word of the language ("Lachend: „…", "Dan, met een grijns: „…")
    words = _NAME_WORD.findall(m.group("label")) if m is not None else []
    return any(not simplemma.is_known(w.lower(), lang="nl") for w in words)


def _organisation_reports(doc: Document, cand: Candidate, region: str) -> Attribution | None:
    """An organisation reports the quote (:func:`organisation_reports`); it does not say "ik"."""
    if _FIRST_PERSON_SINGULAR.search(doc.text, cand.start, cand.end):
        return None  # "De politie meldt dat een man is aangehouden. „Ik was er niet bij”"
    return organisation_reports(region)


def _surname_speaks(
    doc: Document, region: str, m: re.Match[str], pos: int, known: dict[str, Attribution]
) -> Attribution | None:
    """"Halsema schreef eerder aan de raad dat …", "…, vertelt Verberne. „…”": a surname alone
    followed or preceded by a speech verb, as the full name given earlier."""
    name = m.group(0)
    if (" " in name or inside_word(region, m.start(), m.end()) or after_preposition(region, m.start())
            or related_name(region, m.start())):
        return None  # "bij Halsema": spoken to; "De vrouw van Smit vindt": his relation speaks
    words_before = region[max(m.start() - 30, 0) : m.start()].split()
    said_before = bool(words_before) and words_before[-1].lower() in speech_words()  # "zegt Terwisga."
    if not (said_before or patterns()["verb_follows"].match(region[m.end() :])):
        return None
    found = surname(name, doc, pos, known)
    return found if found is not None and len(found.speaker.split()) >= 2 else None


def _volgens_reference(
    doc: Document, region: str, pos: int, known: dict[str, Attribution]
) -> Attribution | None:
    """"Volgens de burgemeester …" or "volgens Paauw …" in the sentence before: the person named
    earlier with that role or that surname."""
    m = _VOLGENS.search(region)
    if m is None:
        return None
    if m.group("role") is not None:
        role = m.group("role")
        if not _roles.is_role_word(role.lower()) or _roles.is_spokesperson(role):
            return None
        for attribution in reversed(list(known.values())):
            if attribution.role and role.lower() in attribution.role.lower().split():
                return attribution
        return person_with_role(doc, role, pos)
    found = surname(m.group("surname"), doc, pos, known)
    return found if found is not None and len(found.speaker.split()) >= 2 else None


def _subject_colon(doc: Document, region: str, pos: int, known: dict[str, Attribution]) -> Attribution | None:
    """"Jan Smit is stellig: „…”", "Smit heeft er een verklaring voor: „…”": a sentence that ends in
    a colon before the quote, whose subject is a person (a full name, or a surname of one)."""
    if not region.rstrip().endswith(":"):
        return None
    m = patterns()["name"].search(region)
    if m is None or not sentence_subject(region, m.start()) or inside_word(region, m.start(), m.end()):
        return None
    found = mention(region, m, known)
    if found is None and " " not in m.group(0):
        found = surname(m.group(0), doc, pos, known)
    elif found is None:  # "Van Bommel zegt over de opstelling:", "Van der Laan is stellig:"
        found = surname_mention(doc, m, pos, known)
    return found if found is not None and len(found.speaker.split()) >= 2 else None


def _speaking_colon(
    doc: Document, region: str, pos: int, known: dict[str, Attribution]
) -> Attribution | None:
    """"Wel noemt Van Soest het stilleggen te drastisch: ‘…’", "Dan kijkt Van Egten hem aan en zegt:
    ‘…’", "De voorzitter, Peter Glas, riep op tot onderzoek: „…”": a sentence ending in a colon
    before the quote with a verb of saying (by lemma) and one person named in it, not after a
    preposition (a full name, or a surname of one given earlier)."""
    if not region.rstrip().endswith(":") or _FIRST_PERSON_SINGULAR.search(region):
        return None
    verbs = speech_words()
    if not any(lemma(w.lower()) in _SAYING_LEMMAS or w.lower() in verbs for w in _TOKEN.findall(region)):
        return None  # "… wilde ik verklaren waarom het Verenigd Koninkrijk …:": the writer speaks
    people: dict[str, Attribution] = {}
    for m in patterns()["name"].finditer(region):
        before = region[: m.start()].split()[-1:]
        if (inside_word(region, m.start(), m.end()) or after_preposition(region, m.start())
                or _speakers.is_place(m.group(0)) or (before and before[0].lower() in _speakers.org_words())):
            continue  # "partij Hayamin Hehadash": an organisation's name
        found = mention(region, m, known)
        if found is None:
            found = (surname(m.group(0), doc, pos, known) if " " not in m.group(0)
                     else surname_mention(doc, m, pos, known))
        if found is not None and len(found.speaker.split()) >= 2:
            people[found.speaker] = found
    return next(iter(people.values())) if len(people) == 1 else None


def _role_subject(doc: Document, region: str, pos: int) -> Attribution | None:
    """"De burgemeester is duidelijk. „…”" or "De officier zegt: „…”": a sentence before the quote
    whose subject is "de" with a title is the person named earlier with that title."""
    m = _ROLE_SUBJECT.match(region)
    if m is None or _roles.is_spokesperson(m.group("role")):
        return None
    if not _roles.is_role_word(m.group("role")):
        return party_person(doc, m.group("role"), pos)  # "De liberaal wil …"
    return person_with_role(doc, m.group("role"), pos)


def _label_before(doc: Document, region: str, pos: int, known: dict[str, Attribution]) -> Attribution | None:
    """"Jolanda: “…", "Van Dijk: “…" or "K., in rond Amsterdams: “…": a speaker label of one first
    name, a surname or the initial of one ("Marwan K.") that opens the line, resolved to the full
    name given earlier in the text; never a guess."""
    m = _LABEL.search(region)
    if m is None:
        return None
    word = " ".join(m.group("word").split())
    lex = lexicon.load()
    if word.lower() in _speakers.org_words():
        return Attribution(word, None, word)  # "Politie: ‘Meer geweld tegen agenten’"
    if word.lower() in lex.name_stopwords or _roles.is_role_word(word.lower()) or _speakers.is_place(word):
        return None
    for speaker, attribution in known.items():
        if speaker.startswith(word + " "):
            return attribution
    full = first_name_full(doc, word, pos)
    if full is not None:
        return full
    found = surname(word, doc, pos, known)
    return found if found is not None and len(found.speaker.split()) >= 2 else None


def _pronoun_before(
    doc: Document,
    cand: Candidate,
    region: str,
    known: dict[str, Attribution],
    last: tuple[int, Attribution] | None,
) -> Attribution | None:
    """"Hij zegt: ‘…", "zegt ze", or "Eind 2017 presenteerde hij zijn rapport: ‘…" (then only a
    person of this paragraph)."""
    subject = PERSON_SUBJECT.match(region)
    if subject is not None and unnamed_person(subject.group("noun")):
        return None  # "En een Labour-politicus zegt dat hij …: „…”": "hij" is that person
    said = _SINGULAR_PRONOUN.findall(region)
    volgens = _VOLGENS_PRONOUN.findall(region)
    said = ["zij" if p.lower() == "ze" else p for p in said]
    pronoun = said[-1] if said else ("zij" if volgens[-1].lower() == "haar" else "hij") if volgens else None
    if _pronoun_speaks(region):
        return pronoun_speaker(doc, cand, known, last, pronoun)
    if region.rstrip().endswith(":") and pronoun is not None:
        nearby = last if last is not None and "\n" not in doc.text[last[0] : cand.open] else None
        return pronoun_speaker(doc, cand, known, nearby, pronoun)
    return None


def _caption_above(text: str, pos: int) -> Attribution | None:
    """A quote that opens its line under a caption of one or two short lines with a full name
    ("Jeroen de Haas\nCEO Enexis Groep\n“…")."""
    line_start = text.rfind("\n", max(pos - CAPTION_CHARS, 0), pos) + 1
    if line_start == 0 and pos > CAPTION_CHARS:
        return None  # a long line of running text before the quote: no caption
    # one blank line may stand between the caption lines and the quote, not two (another article)
    first = max(line_start - 200, 0)
    last = first + len(text[first:line_start].rstrip())  # the end of the lines above
    begins = _articles.of(text).start_at(line_start, first)
    if begins > last:
        return None  # two blank lines: the lines above belong to another article
    lines = [] if line_start == 0 else _BLANK_LINE.sub("\n", text[begins:last]).split("\n")
    if text[line_start:pos].strip():  # the cleaned text may join a caption line to the quote
        lines.append(text[line_start:pos])
    lines = [ln.strip() for ln in lines[-MAX_CAPTION_LINES:]]
    if not lines or not all(caption_line(ln) for ln in lines):
        return None
    for i, line in enumerate(lines):
        m = patterns()["name"].match(line)
        if m is None or (m.end() < len(line) and line[m.end()] not in ", "):
            continue
        title, name, _lead = split_name(m.group(0), None)
        if len(name.split()) < 2 or not plausible_name(name, title) or _roles.is_org_word(name):
            continue
        rest = ", ".join([line[m.end() :].strip(" ,"), *lines[i + 1 :]]).strip(", ")
        return attribution_of(name, title, ", " + rest if rest else "", dash=True)
    return None


def _person_before(
    region: str, m: re.Match[str], *, volgens_only: bool = False
) -> tuple[Attribution | None, bool]:
    """The name ``m`` in ``region`` as the speaker of the quote after it, when the words around
    make it one: "volgens" before it, a title, a role after it, a speech verb or a colon; and
    whether "volgens" introduced it."""
    pre = region[max(m.start() - 60, 0) : m.start()]
    title = _title_at_end(pre)
    loose = None if title else _loose_title_after_verb(pre)
    title = title or loose
    head = pre[: len(pre) - len(title)] if title else pre
    title, name, lead = split_name(m.group(0), title)
    name, end = completed(region, m, name)  # "Tweede Kamervoorzitter Khadija Arib"
    word_before = (lead or head[-20:]).split()[-1:]
    volgens = word_before in (["volgens"], ["Volgens"])
    if (volgens_only and not volgens) or not plausible_name(name, title) or (loose and " " not in name):
        return None, False
    if not volgens and related_name(region, m.start()):
        return None, False  # "De vrouw van Jan Smit vindt …": his relation speaks, not he
    rest = rest_after(region, end)
    after = region[end:]
    addressed = not volgens and after_preposition(region, m.start())
    ok = volgens or bool(
        (title and not addressed)
        or _introduces_role(rest)
        or patterns()["verb_follows"].match(after)
        or (word_before and word_before[0].lower() in speech_words())
        or (_COLON_END.match(after) and not region[: m.start()].strip(" \t\n.!?"))  # "Jan Smit: “…"
    )
    return (attribution_of(name, title, rest, dash=False) if ok else None), volgens


def _loose_title_after_verb(pre: str) -> str | None:
    """"zegt architect |Dirk Peters:": a noun the role lexicon does not list between a speech verb
    and the name, as written."""
    words = pre.split()
    if len(words) < 2 or words[-2].lower() not in speech_words() or not pre[-1:].isspace():
        return None
    title = _speakers.loose_title(words[-1])
    return pre[pre.rstrip().rfind(" ") + 1 :] if title is not None else None


def _pronoun_speaks(region: str) -> bool:
    """"zegt hij", "zij stelt", "volgens haar", "hij was duidelijk:": a person named before speaks."""
    words = region.lower().split()
    verbs = speech_words()
    for a, b in itertools.pairwise(words):
        if (a in _PRONOUN_WORDS and b in verbs) or (a in verbs and b.strip(",:") in _PRONOUN_WORDS):
            return True
        if a == "volgens" and b.strip(",:") in {"hem", "haar"}:
            return True
    return False


def _introduces_role(rest: str) -> bool:
    """", projectleider bij …," after a name: the name is a person with a role."""
    m = _COMMA_WORD.match(rest)
    if m is None:
        return False
    return _roles.is_role(m.group(1)) and m.group(1).lower() not in lexicon.load().function_words


def following_volgens(doc: Document, pos: int) -> Attribution | None:
    """"… .” Zeker … zijn er volgens Naam, rol, kansen." names the speaker after the quote."""
    sentence = doc.sentence_at(min(pos + 2, len(doc.text) - 1))
    if sentence.start < pos - 1:
        return None
    region = doc.text[sentence.start : sentence.end]
    for m in patterns()["name"].finditer(region):
        found, _volgens = _person_before(region, m, volgens_only=True)
        if found is not None:
            return found
    return None

