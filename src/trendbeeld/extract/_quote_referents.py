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
"""

from __future__ import annotations

import re

from trendbeeld.extract import _roles
from trendbeeld.extract._quote_patterns import GENDERED_NOUNS, patterns
from trendbeeld.extract._speakers import Attribution, mention

# A sentence that opens with a person without a name: "Zijn buurman …", "Een agent …", "De rechter …".
PERSON_SUBJECT = re.compile(
    r"(?:\A\s*|[.!?]\s+)(?:Ook\s+|En\s+)?(?i:Zijn|Haar|Hun|Mijn|Onze|Een|De)\s+(?:[a-zà-ÿ-]+e\s+)?"
    r"(?P<noun>[a-zà-ÿ-]{3,}|[A-Z][\w]+-[a-zà-ÿ]{3,})(?![\w-])"
)
_SENTENCE_END = re.compile(r"[.!?]\s")
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
