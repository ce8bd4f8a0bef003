"""Speakers of quoted fragments (geciteerde woordgroepen) whose sentence names its source only by a
subject pronoun, or by a bare surname that the text never prints in full, and of quotes whose
attribution is a description of the person named just before.

* A pronoun that says the fragment ("Tegen Sky News zei hij dat iedereen ‘bijzonder gefrustreerd’
  is", "Zij sprak toen over ‘dwingende redenen’", "Hij stuurt ze foto's en zegt dat hij ‘aan de
  goede kant’ vecht") refers to the one person the sentence just before names as its subject
  ("Hammond erkende dat …", "Maar in 2018 kondigde Bijleveld aan dat …"): a full name, or a surname
  of someone named in full earlier. Nobody else may be named in either sentence but after a
  preposition (spoken to or of), and the pronoun must fit the person's gender.
* A bare surname as the source ("Volgens Rutte is … ‘…’", "Rutte zegt dat ‘…’") when the text
  prints that surname elsewhere after a role ("premier Rutte"): the annotators keep a speaker
  printed with a surname only (NOTES: "VVD-Kamerlid Ziengs").
* A definite description after the verb of a quote that opens its sentence ("„…”, verwacht de
  emeritus hoogleraar strafrecht" after "Strafrechtexpert Theo de Roos denkt …"; "„…”, aldus de
  gewezen vicepremier" after "Lord Heseltine riep de betogers op ‘…’ te verdedigen") refers to the
  one person the sentence before names (quotes attributed by context are core, NOTES); never a
  description of another party ("zei de rechter", "de vriendin van …") or a party's member.

Who the fragment's words are (reported speech, no term or name) is decided before this module.
"""

from __future__ import annotations

import re
from functools import cache

from trendbeeld.extract import _roles, _speakers, lexicon
from trendbeeld.extract._cues import lemma
from trendbeeld.extract._document import Document
from trendbeeld.extract._phrases import NP_PREPOSITIONS
from trendbeeld.extract._quote_attribution import (
    UNRESOLVED,
    after_preposition,
    opens_sentence,
    related_name,
    surname_mention,
)
from trendbeeld.extract._quote_patterns import patterns, speech_words
from trendbeeld.extract._quote_unnamed import PARTY_NOUNS
from trendbeeld.extract._quotemarks import Candidate
from trendbeeld.extract._speakers import Attribution, mention, split_name

# Verbs that say or name, by lemma, next to the pronoun ("zei hij", "Zij sprak", "en zegt dat hij").
_SAY_LEMMAS = frozenset({
    "zeggen", "spreken", "noemen", "vertellen", "stellen", "melden", "schrijven", "verklaren",
    "benadrukken", "erkennen", "waarschuwen", "beweren", "betogen", "twitteren", "omschrijven",
    "typeren", "reageren", "antwoorden", "verzekeren", "beloven", "herhalen",
})
_PRONOUNS = frozenset({"hij", "zij", "ze"})
# Adverbs between a pronoun and its verb ("Zij sprak toen", "Hij sprak zelfs").
_FILLERS = frozenset({"toen", "zelfs", "ook", "nog", "daarna", "later", "eerder", "al", "nu", "wel", "dan"})
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
_QUOTE_MARKS = re.compile(r"[“”„«»\"‘’']|,,")
# Quoted words inside a sentence: 'Zoek een echte baan, man', „…”, "…" (not the apostrophe of "McDonald's").
_FRAGMENT = re.compile(
    r"(?<![\w])['‘][^'‘’\n]{2,200}?['’](?![\w])|[“„\"][^“”„\"\n]{2,200}?[”\"]|,,[^\n]{2,200}?''"
)
_SENTENCE_END = re.compile(r"[.!?]\s*\Z")
_VOLGENS = re.compile(r"(?<![\w-])[Vv]olgens\s+(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s+[a-zà-ÿ]")
_OPENING = re.compile(r"\s*(?:(?:Ook|Maar|En|Toch|Zelf|Nu|Dan)\s+)?"
                      r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s+(?P<verb>[a-zà-ÿ]+)(?![\w-])")
_CLAUSE_BREAK = re.compile(r"[.!?:;]\s")
DESCRIBED_CHARS = 80  # the description after a quote ends this close to its closing mark
TITLE_WORDS = 3  # words of a role printed before the surname elsewhere ("VVD-Kamerlid", "premier")


def pronoun_source(doc: Document, cand: Candidate, known: dict[str, Attribution]) -> Attribution | None:
    """The person a pronoun that says the fragment refers to, or the source a bare surname names."""
    text = doc.text
    sentence = doc.sentence_at(max(cand.open - 1, 0))
    region = text[sentence.start : cand.open]
    pronoun = _saying_pronoun(region)
    if pronoun is None:
        return _bare_surname(doc, region, cand, known)
    if not _only_addressed(region) or sentence.start < 2:
        return None
    return _previous_subject(doc, sentence.start, pronoun, cand, known)


def _previous_subject(
    doc: Document, start: int, pronoun: str, cand: Candidate, known: dict[str, Attribution],
    *, fragments: bool = False,
) -> Attribution | None:
    """The one person the sentence before ``start`` names, not after a preposition nor as
    someone's relation, whose gender the pronoun fits; with ``fragments`` the sentence may hold
    quoted words of its own (blanked: "Lord Heseltine riep de betogers op ‘…’ te verdedigen.")."""
    text = doc.text
    before = doc.sentence_at(start - 2)
    previous = text[before.start : start]
    if fragments:
        previous = _FRAGMENT.sub(lambda f: " " * len(f.group(0)), previous)
    if (before.start >= start or not _SENTENCE_END.search(previous)
            or _QUOTE_MARKS.search(previous.replace("'s ", "s ")) is not None):
        return None  # a title or a quote before: its speaker is read by the other rules
    people: dict[str, Attribution] = {}
    for m in patterns()["name"].finditer(previous):
        if (_addressed(previous, m) and not _first_named(m)) or related_name(previous, m.start()):
            continue  # "Tegen Sky News", "in Arnhem"; not "sprak met Anna Visser": two people
        found = mention(previous, m, known) or surname_mention(doc, m, cand.open, known)
        if found is None:
            if _unresolved_name(previous, m):
                return None  # someone the text names but this rule cannot resolve
            continue
        people[found.speaker] = found
    if len(people) != 1:
        return None
    person = next(iter(people.values()))
    person = without_lead(person, text)
    if len(person.speaker.split()) < 2 or not _speakers.fits(pronoun, person.speaker):
        return None
    return person


def without_lead(person: Attribution, text: str) -> Attribution:
    """"Financiën Philip Hammond" (from "minister van Financiën Philip Hammond") is "Philip
    Hammond": a first word the text prints after "van" before the rest of the name, or the words
    before a common first name."""
    words = person.speaker.split()
    if len(words) < 3 or _speakers.gender(words[0]) is not None:
        return person
    cut = next((i for i in range(1, len(words) - 1) if _speakers.gender(words[i]) is not None), 0)
    if not cut and f"van {person.speaker}" in text:
        cut = 1
    return Attribution(" ".join(words[cut:]), person.role, person.organisation) if cut else person


def _first_named(m: re.Match[str]) -> bool:
    """A name with a common first name ("Anna Visser"): a person, wherever it stands."""
    name = split_name(m.group(0), None)[1]
    return " " in name and _speakers.gender(name) is not None


def _unresolved_name(region: str, m: re.Match[str]) -> bool:
    """A name that may be a person's though it is not resolved: a full name, or a capitalised word
    inside the sentence that is no function word, place or role ("… kondigden De Wit en Bos aan")."""
    if _speakers.plausible_name(m.group(0)):
        return True
    word = m.group(0).split()[-1]
    low = word.lower()
    lex = lexicon.load()
    return (m.start() > 0 and low not in lex.function_words and low not in lex.name_stopwords
            and not _roles.is_role_word(low) and not _speakers.is_place(word))


def _saying_pronoun(region: str) -> str | None:
    """The subject pronoun next to a verb of saying before the fragment ("zei hij", "Zij sprak
    toen"), or one opening a sentence whose later verb of saying it governs ("Hij stuurt … en zegt
    dat …")."""
    words = [w.group(0) for w in _WORD.finditer(region)]
    lows = [w.lower() for w in words]
    for i, low in enumerate(lows):
        if low not in _PRONOUNS or (low != "hij" and words[i][0].islower() and i == 0):
            continue
        j = i + 1
        while j < len(lows) and lows[j] in _FILLERS:
            j += 1
        if (j < len(lows) and _says(lows[j])) or (i > 0 and _says(lows[i - 1])):
            return low
    if lows and lows[0] in {"hij", "zij"}:
        for i in range(1, len(lows) - 2):
            if lows[i] == "en" and _says(lows[i + 1]) and lows[i + 2] == "dat":
                return lows[0]
    return None


def _says(word: str) -> bool:
    return word in speech_words() or lemma(word) in _SAY_LEMMAS


def _only_addressed(region: str) -> bool:
    """Every name in the fragment's sentence follows a preposition ("Tegen Sky News zei hij")."""
    return all(_addressed(region, m) for m in patterns()["name"].finditer(region)
               if _speakers.plausible_name(split_name(m.group(0), None)[1]))


def _addressed(region: str, m: re.Match[str]) -> bool:
    """The name ``m`` follows a preposition, in the match ("Tegen Sky News") or before it."""
    lead = split_name(m.group(0), None)[2].split()
    if lead:
        return lead[-1].lower() in NP_PREPOSITIONS
    return after_preposition(region, m.start())


def _bare_surname(
    doc: Document, region: str, cand: Candidate, known: dict[str, Attribution]
) -> Attribution | None:
    """"Volgens Rutte is … ‘…’", "Rutte zegt dat ‘…’": a surname alone, printed elsewhere in the text
    after a role ("premier Rutte"); the speaker is that surname with the role."""
    m = _VOLGENS.search(region)
    if m is None:
        m = _OPENING.match(region)
        if m is None or not _says(m.group("verb")):
            return None
    name = m.group("name")
    rest = region[m.end("name") :]
    if any(_speakers.plausible_name(n.group(0)) for n in patterns()["name"].finditer(rest)):
        return None  # someone else named before the fragment
    lex = lexicon.load()
    low = name.lower()
    if name in known:
        return known[name]  # quoted before under the surname alone ("…, zegt Rutte.")
    if (low in lex.function_words or low in lex.name_stopwords or _roles.is_role_word(low)
            or _speakers.is_place(name) or _speakers.gender(name) is not None
            or any(s.endswith(" " + name) for s in known)):
        return None  # not a surname, or one a rule before has resolved (or refused)
    role = _role_before(doc.text, name, cand.open)
    return Attribution(name, role, None) if role is not None else None


@cache
def _mentions(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


def _role_before(text: str, name: str, pos: int) -> str | None:
    """The role printed right before the surname somewhere in the text ("premier Rutte"), if
    every mention of it that follows a capitalised word follows a role (no first name anywhere)."""
    role: str | None = None
    for m in _mentions(name).finditer(text):
        words = _CLAUSE_BREAK.split(text[max(m.start() - 60, 0) : m.start()])[-1].split()[-TITLE_WORDS:]
        for n in range(len(words), 0, -1):
            phrase = " ".join(words[-n:])
            if _roles.is_role_phrase(phrase.lower()) or _roles.is_role_phrase(phrase):
                role = role or phrase.lower()
                break
        else:
            if words and words[-1][:1].isupper() and _speakers.gender(words[-1]) is not None:
                return None  # "Mark Rutte": the full name, read by the other rules
    return role.lower() if role is not None and pos >= 0 else None


# "…”, verwacht de emeritus hoogleraar strafrecht.", "…”, betoogt de sociologe.": a verb, "de" and a
# description of up to four lower-case words that ends the attribution.
_DESCRIBED_AFTER = re.compile(
    r"['’”\"]*[\s,]*(?P<verb>[a-zà-ÿ]+)\s+de\s+(?P<words>(?:[a-zà-ÿ0-9-]+\s+){0,3}?[a-zà-ÿ-]{3,})"
    r"(?=\s*[.,;!?]|\s+(?:even|nog|later|daarna|tegen|in|op)\b)"
)
# Descriptions of someone other than the person written about: the other side of a case or a talk,
# a relation, "de ander" ("…, zei de rechter." after the suspect's name).
_OTHER_PARTY = frozenset({
    "rechter", "officier", "aanklager", "advocaat", "advocate", "raadsman", "raadsvrouw", "agent",
    "agente", "rechercheur", "verdachte", "slachtoffer", "getuige", "ander", "andere", "vriend",
    "vriendin", "moeder", "vader", "zoon", "dochter", "broer", "zus", "buurman", "buurvrouw", "man",
    "vrouw", "jongen", "meisje", "interviewer", "verslaggever", "journalist", "presentator",
})
# Feminine forms of person nouns: "onderzoekster", "directrice", "sociologe", "Arnhemse", "vriendin",
# "politica"; not a nominalised adjective ("de betrokkene", "de gedeputeerde").
_FEMININE = re.compile(r"(?:ster|trice|euse|ologe|ische|[^aeiou]se|in|ica)\Z")


def described_speaker(
    doc: Document, cand: Candidate, known: dict[str, Attribution], found: Attribution | None
) -> Attribution | None:
    """``found``, or when it is a verb of saying with an unresolved speaker (``UNRESOLVED``), a
    definite description after the verb ("„…”, verwacht de emeritus hoogleraar strafrecht" after
    "Strafrechtexpert Theo de Roos denkt …"; "zegt de mbo-student" after "medewerker Lorenzo Jansen
    hoort …") as the one person the sentence before the quote names; not a description of another
    party ("zei de rechter"), nor one with "van" ("de vriendin van een van de jongens")."""
    if found is not UNRESOLVED:
        return found
    text = doc.text
    m = _DESCRIBED_AFTER.match(text, cand.close_end, cand.close_end + DESCRIBED_CHARS)
    if m is None or not _says(m.group("verb")) or m.group("verb").endswith("en"):
        return found
    words = m.group("words").split()
    head = words[-1]
    if (head in _OTHER_PARTY or head in PARTY_NOUNS or not opens_sentence(text, cand.open)
            or any(w in _OTHER_PARTY or w in lexicon.load().function_words for w in words)):
        # "zegt de liberaal": the party's member, read by _quote_after_verb (or nobody)
        return found
    pronoun = "zij" if _FEMININE.search(head) else ""
    start = min(doc.sentence_at(cand.start).start, cand.open)
    person = _previous_subject(doc, start, pronoun, cand, known, fragments=True)
    return person or found
