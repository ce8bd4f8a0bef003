"""Whom a pronoun after a quote refers to when the paragraph speaks of someone without a name
(a quote's speaker resolved from the context, never the wrong speaker):

* "Marieke Jansen woont in de straat. Een buurtbewoner kwam naar buiten. „…”, zegt ze": the
  pronoun refers to the unnamed person, not to the woman named before (no speaker is guessed);
  likewise "De vrouw …", "Zijn buurman …" after a name.
* "…, zegt Paul van Son. De marketingmanager bij … is opgelucht. „…”": a role right after the
  sentence that names someone describes that person, who stays the speaker.
* "…, vraagt Biemans' vrouw Maaike zich af": a relation of a named person speaks, not that
  person: her first name ("Maaike"), or the relation as written ("Nando's vader": "vader van
  Nando", NOTES helper C).
* A quote without attribution continues the speaker before it across narration
  (:func:`other_person_subject`, :func:`narrates_other`): not across a sentence about another
  person without a name ("Zijn buurman denkt daar anders over."), a pronoun of the other gender,
  or, in the third sentence of narration, a capitalised word or a role that is not the speaker's
  ("In een toespraak heeft Guaidó …"); an interviewer's question ("Bewust?") does not interrupt.
"""

from __future__ import annotations

import re

from trendbeeld.extract import _roles, _speakers, lexicon
from trendbeeld.extract._cues import lemma
from trendbeeld.extract._quote_patterns import GENDERED_NOUNS, patterns, speech_words
from trendbeeld.extract._speakers import Attribution, mention

# A sentence that opens with a person without a name: "Zijn buurman …", "Een agent …", "De rechter …".
PERSON_SUBJECT = re.compile(
    r"(?:\A\s*|[.!?]\s+)(?:Ook\s+|En\s+)?(?i:Zijn|Haar|Hun|Mijn|Onze|Een|De)\s+(?:[a-zà-ÿ-]+e\s+)?"
    r"(?P<noun>[a-zà-ÿ-]{3,}|[A-Z][\w]+-[a-zà-ÿ]{3,})(?![\w-])"
)
# The body a role belongs to, after the role: "van die ambassade", "bij de gemeente".
_OF_BODY = re.compile(
    r"\s+(?:van|bij)\s+(?:de|het|die|deze|dat|dit)\s+(?:[a-zà-ÿ-]+e\s+)?(?P<body>[\w-]{3,})"
)
_SENTENCE_END = re.compile(r"[.!?]\s")
_AUXILIARIES = frozenset({
    "hebben", "heeft", "had", "hadden", "zijn", "is", "was", "waren", "worden", "wordt", "werd", "werden",
    "kunnen", "kan", "moeten", "moet", "willen", "wil", "zullen", "zal",
})
_PRONOUNS = frozenset({"ik", "je", "jij", "hij", "zij", "ze", "we", "wij", "jullie", "u", "men"})
TITLE_CHARS = 40  # the first word of a name's match, read as its title
_STATEMENT_END = re.compile(r"(?<!\d)[.!]\s")  # not a question, not a list number ("1. ")
_WORDS = re.compile(r"\w+")
_PRONOUN_SUBJECT = re.compile(r"(?:\A|[.!?]\s+)(?:Ook\s+)?([Hh]ij|[Zz]ij)\s")
_SECOND_PERSON = re.compile(r"(?i)(?<![\w-])(?:je|jij|jou|jouw|u|uw)(?![\w-])")
_INNER_CAPITAL = re.compile(r"(?<=[a-zà-ÿ,])\s+([A-ZÀ-Ý][\w-]*)")  # a capital inside a sentence
RELATION_NOUNS = frozenset({
    "vader", "moeder", "ouders", "zoon", "dochter", "kind", "kinderen", "vrouw", "man", "broer", "zus",
    "zuster", "echtgenote", "echtgenoot", "weduwe", "weduwnaar", "partner", "vriend", "vriendin",
    "vriendje", "vriendinnetje", "oom", "tante", "opa", "oma", "neef", "nicht", "buurman", "buurvrouw",
    "buren", "familie", "familielid", "collega", "schoonzoon", "schoondochter", "stiefvader", "stiefmoeder",
})
# "Biemans' vrouw Maaike", "Nando's vader": a relation of the person named before the mark
_POSSESSIVE_RELATION = re.compile(
    r"[ \t]*(?P<owner>[A-ZÀ-Ý][\w-]+)(?:['’]s|['’])[ \t]+(?P<noun>[a-z]+)"
    r"(?:[ \t]+(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+)(?![\w-]))?"
)


def unnamed_person(noun: str) -> bool:
    """A role or a noun for an unnamed source ("Labour-politicus", "buurman")."""
    return _roles.is_role_word(noun.lower()) or _roles.is_anonymous_noun(noun)


def unnamed_after(
    text: str,
    start: int,
    end: int,
    known: dict[str, Attribution],
    last: tuple[int, Attribution] | None,
    pronoun: str | None,
) -> bool:
    """A sentence of the paragraph whose subject is an unnamed person ("Een buurtbewoner …", "De
    vrouw …") that the pronoun fits, after the last person named and after the last quote: the
    pronoun refers to that person, not to anyone named or quoted before."""
    if last is not None and last[0] > start:
        start = last[0]
    region = text[start:end]
    subjects = [m for m in PERSON_SUBJECT.finditer(region) if unnamed_person(m.group("noun"))]
    if not subjects:
        return False
    said = GENDERED_NOUNS.get(subjects[-1].group("noun").lower())
    wanted = "zij" if (pronoun or "").lower() == "ze" else (pronoun or "").lower()
    if said is not None and wanted in ("hij", "zij") and said != wanted:
        return False  # "Een buurman kwam kijken. „…”, zegt ze": not the man
    own = last[1].role.lower() if last is not None and last[1].role else ""
    if subjects[-1].group("noun").lower() in own:
        return False  # "…, zegt de woordvoerder. De woordvoerder …": the speaker's own role
    pos = subjects[-1].start("noun")
    named = [m.end() for m in patterns()["name"].finditer(region) if mention(region, m, known) is not None]
    if any(end > pos for end in named):
        return False
    # "…, zegt Paul van Son. De marketingmanager bij … is opgelucht": a role right after the
    # sentence naming someone describes that person
    noun = subjects[-1].group("noun").lower()
    described = (said is None and not _roles.is_anonymous_noun(noun) and not subjects[-1].group(0).strip()
                 .lower().lstrip(".!? ").startswith(("een", "ook een", "en een")))
    return not (described and named and len(_SENTENCE_END.findall(region, named[-1], pos)) <= 1)


def relative_at(window: str, pos: int) -> Attribution | None:
    """"vraagt Biemans' vrouw Maaike zich af", "zegt Nando's vader": a relation of a named person
    right after the verb at ``pos`` is the speaker, by her first name or as "vader van Nando"."""
    m = _POSSESSIVE_RELATION.match(window, pos)
    if m is None or m.group("noun") not in RELATION_NOUNS:
        return None
    if m.group("name") is not None:
        return Attribution(m.group("name"))
    return Attribution(f"{m.group('noun')} van {m.group('owner')}")


_SENTENCE_OPEN = re.compile(r"(?:\A|[.!?]\s+)(?=[A-ZÀ-Ý])")
_RELATION_GENDER = {"broer": "hij", "zus": "zij", "zuster": "zij", "echtgenote": "zij",
                    "echtgenoot": "hij", "weduwe": "zij", "weduwnaar": "hij", "opa": "hij", "oma": "zij",
                    "oom": "hij", "tante": "zij"}


def relative_inverted(window: str) -> Attribution | None:
    """"„…”, countert Biemans' vrouw.": a verb the lexicon does not list, then a relation of a
    named person."""
    if not window.lstrip(" \t").startswith(","):
        return None
    word = window.lstrip(" \t,").split(maxsplit=1)[0]
    if word in lexicon.load().function_words:
        return None
    return relative_at(window, window.index(word) + len(word))


def relative_subject(region: str, pronoun: str | None) -> Attribution | None:
    """"Nando's vader staat bij de rechtbank. „…”, zegt hij": the last sentence of ``region`` that
    opens with a relation of a named person whom the pronoun fits, with no one named after it."""
    found: Attribution | None = None
    for opening in _SENTENCE_OPEN.finditer(region):
        m = _POSSESSIVE_RELATION.match(region, opening.end())
        if m is None or m.group("noun") not in RELATION_NOUNS:
            continue
        noun = m.group("noun")
        said = GENDERED_NOUNS.get(noun) or _RELATION_GENDER.get(noun)
        wanted = "zij" if (pronoun or "").lower() == "ze" else (pronoun or "").lower()
        fits = said is None or wanted not in ("hij", "zij") or said == wanted
        found = relative_at(region, opening.end()) if fits else None
        after = opening.end() + len(m.group(0))
        named = (mention(region, n, {}) for n in patterns()["name"].finditer(region, after))
        if found is not None and any(named):
            found = None  # "Nando's vader belde Jan Smit. „…”, zegt hij": who is not clear
    return found


def narrates_other(gap: str, speaker: Attribution) -> bool:
    """"„…”, zegt Jan Smit. … In een toespraak heeft Guaidó … veroordeeld. „…”": narration after the
    attribution that names a capitalised word inside a sentence other than the speaker's name, or
    a role ("Als de PVV-leider …"), may be about another speaker."""
    if "?" in gap and _SECOND_PERSON.search(gap):
        return False  # "Je trapte op de rem. Bewust?": the interviewer's question, the same answerer
    cut = _STATEMENT_END.search(gap)
    rest = gap[cut.end() :] if cut else gap
    own = set(speaker.speaker.split()) | set((speaker.role or "").split())
    function_words = lexicon.load().function_words
    for m in _INNER_CAPITAL.finditer(rest):
        word = m.group(1)
        if word not in own and word.lower() not in function_words:
            return True
    return any(unnamed_person(w) for w in _WORDS.findall(rest.lower()) if w not in own and len(w) > 4)


def other_person_subject(gap: str, speaker: Attribution) -> bool:
    """"„…”, zegt Jan Smit. Zijn buurman denkt daar anders over. „…”": a sentence whose subject is
    another person without a name (a role or an unnamed source, not the speaker's own role) or a
    pronoun of the other gender."""
    own = (speaker.role or "").lower()
    for m in PERSON_SUBJECT.finditer(gap):
        noun = m.group("noun").lower()
        if noun not in own and unnamed_person(noun):
            return True
        of = _OF_BODY.match(gap, m.end())
        body = of.group("body").lower() if of is not None else ""
        if noun in own and body and body not in (speaker.organisation or "").lower():
            return True  # "Een woordvoerder van die ambassade zegt …" after the ministry's spokesman
    if speaker.speaker == _roles.ANONYMOUS:
        # "„…”, zei een 81-jarige man. … volgens haar … „…”": a pronoun that does not fit "man"
        said = GENDERED_NOUNS.get((speaker.role or "").split()[-1:][0] if speaker.role else "")
        other = {"hij": ("zij", "haar"), "zij": ("hij", "hem")}.get(said or "", ())
        if any(w in other for w in _WORDS.findall(gap.lower())):
            return True
    # "„…”, zegt Jan Smit. Zij is het daar niet mee eens. „…”": a pronoun that does not fit him
    return any(not _speakers.fits(m.group(1), speaker.speaker) for m in _PRONOUN_SUBJECT.finditer(gap))


def sentence_start(region: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts in ``region``."""
    ends = [m.end() for m in _SENTENCE_END.finditer(region, 0, pos)]
    return ends[-1] if ends else 0


def glued_subhead(region: str, pos: int, title: str | None, words: list[str]) -> bool:
    """"Collega-politici: onacceptabel, Bizar, schandelijk Premier Mark Rutte noemt …": a title
    written with a capital right after a word in lower case, without a stop, opens a new sentence
    (a subhead glued to the paragraph under it); the name after it is that sentence's subject."""
    if not words or not words[-1][-1:].islower():
        return False
    lowered = [w for w in (w.strip(",;:").lower() for w in words) if w.isalpha()]
    if (not lowered or lowered[-1] in lexicon.load().function_words or any(_verb_form(w) for w in lowered)
            or not _PRONOUNS.isdisjoint(lowered)):
        return False  # "zegt Kamerlid Jan Smit", "Ze hebben Forumlijsttrekker Jan Smit niet ontmoet"
    first = next(iter((title or region[pos : pos + TITLE_CHARS]).split()), "")
    # "Ajax-trainer", "Schiphol-directeur": a compound title keeps its capital inside a sentence
    return first[:1].isupper() and "-" not in first and _roles.is_role_word(first.lower())


def _verb_form(word: str) -> bool:
    """A verb of saying, an auxiliary, or a finite form whose lemma is a verb ("zingt", "vertelde")."""
    if word in speech_words() or word in _AUXILIARIES:
        return True
    base = lemma(word)
    return base != word and base.endswith("en") and not word.endswith("en")
