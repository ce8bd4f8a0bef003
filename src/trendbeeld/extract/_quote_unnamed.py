"""Speakers without a name of their own: an anonymous spokesperson speaks for an organisation
("zegt een woordvoerder van de politie", "een politiewoordvoerder"), an unnamed source gives
its organisation ("een politiebron", "een bron bij de politie") or is anonymous ("zegt een goed
ingevoerde bron uit het criminele milieu": speaker "anoniem"), a definite role is the person
named earlier with it ("aldus de burgemeester"), and an organisation speaks before a quote
("Volgens de politie:", "Een buurtbewoner zegt:"). :mod:`.quotes` decides when these apply.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from trendbeeld.extract import _phrases, _quote_org_roles, _quote_respondents, _quote_roles, _roles, _speakers
from trendbeeld.extract._cues import lemma
from trendbeeld.extract._document import Document
from trendbeeld.extract._quote_names import surname
from trendbeeld.extract._quote_patterns import patterns, speech_words
from trendbeeld.extract._quotemarks import Candidate
from trendbeeld.extract._speakers import Attribution, attribution_of, plausible_name, rest_after, split_name

PARTY_REACH = 5000  # a politician named with the party this close before "de liberaal"
MAX_ANONYMOUS_TAIL = 4  # words between an unnamed source after its verb and the colon
CONTEXT_CHARS = 1200  # an anonymous spokesperson's organisation is named this close before
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


# Unnamed people who are someone's relation ("een vriend van Smit"); "een man van Rijkswaterstaat"
# works there.
_RELATION_NOUNS = frozenset({"vader", "moeder", "zoon", "dochter", "vriend", "vriendin", "buurman",
                             "buurvrouw"})


_NOT_ADJECTIVES = _phrases.NP_PREPOSITIONS | {"de", "het", "een", "die", "dat", "en", "of", "maar"}


_ANONYMOUS_OPENS = re.compile(r"\s*(?P<volgens>(?i:volgens)\s+)?(?=(?i:een)\s|iemand\s)")


MAX_ANONYMOUS_WORDS = 10  # "Een goed ingevoerde bron uit het criminele milieu vertelt:"


def unnamed_speaker(
    window: str,
    pos: int,
    doc: Document,
    cand: Candidate,
    known: dict[str, Attribution] | None = None,
    last: tuple[int, Attribution] | None = None,
) -> tuple[bool, Attribution | None]:
    """Whether a person without a name follows at ``pos`` ("een woordvoerder", "de burgemeester",
    "een goed ingevoerde bron"), and who speaks then."""
    pats = patterns()
    unnamed = pats["unnamed"].match(window, pos)
    if unnamed is not None and _name_follows(window, unnamed.end()):
        unnamed = None  # "zegt de Rotterdamse burgemeester Ahmed Aboutaleb": a title before a name
    apposition = pats["apposition"].match(window, unnamed.end()) if unnamed is not None else None
    if unnamed is not None and apposition is not None:
        # "aldus de burgemeester van Zwolle, Jan Smit": the name after the role
        _title, name, _lead = split_name(apposition.group("name"), None)
        if len(name.split()) >= 2 and plausible_name(name):
            role = unnamed.group("role") + apposition.group("link")
            return True, attribution_of(name, role, rest_after(window, apposition.end()), dash=False)
    if unnamed is not None and _of_initial(window, unnamed):
        # "zegt de advocaat van K.": a suspect's initial is a person, not an organisation; only the
        # one named earlier in that role speaks ("advocaat Adèle van der Plas")
        definite = unnamed.group(0)[:2].lower() == "de"
        return True, _role_person(doc, unnamed.group("role"), cand.open) if definite else None
    found = _spokesperson(window, unnamed, doc, cand, known or {}, last) if unnamed is not None else None
    found = found or unnamed_source(window, pos)
    if found is not None and relative_of_person(found, doc, cand.open, known or {}):
        return True, None  # "zegt de vrouw van Smit" after "Jan Smit": his relation, not resolved
    return unnamed is not None or found is not None, found


def relative_of_person(found: Attribution, doc: Document, pos: int, known: dict[str, Attribution]) -> bool:
    """An unnamed person "van" an organisation that is the surname of a person named before ("de
    vrouw van Smit" after "Jan Smit"): someone's relation, not an organisation's."""
    org = found.organisation
    if org is None or found.speaker != org or " " in org or not org[:1].isupper() or org.isupper():
        return False
    person = surname(org, doc, pos, known)
    return person is not None and person.speaker != org and len(person.speaker.split()) >= 2


def _of_initial(window: str, m: re.Match[str]) -> bool:
    found = _roles.connected_org(window, m.end(), m.group("role"))
    return found is not None and _INITIAL_OPENS.match(found[0]) is not None


def _name_follows(window: str, pos: int) -> bool:
    """A person's name right after ``pos`` ("… burgemeester| Ahmed Aboutaleb")."""
    m = patterns()["name"].match(window, pos + 1) if window[pos : pos + 1] == " " else None
    return m is not None and plausible_name(split_name(m.group(0), None)[1], "title")


def _spokesperson(
    window: str,
    m: re.Match[str],
    doc: Document,
    cand: Candidate,
    known: dict[str, Attribution],
    last: tuple[int, Attribution] | None,
) -> Attribution | None:
    """"een woordvoerder van de politie": the organisation speaks; without one named, the
    organisation named last before the quote in its paragraph or the one before. Another role
    ("aldus de burgemeester") is the person named earlier with that role; an unnamed one with
    an organisation ("zegt een rechercheur van de politie Utrecht") gives that organisation."""
    role = m.group("role")
    found = _roles.connected_org(window, m.end(), role)
    definite = m.group(0)[:2].lower() == "de"
    person = _role_person(doc, role, cand.open) if definite and not _roles.is_spokesperson(role) else None
    # "„…”, aldus een woordvoerder van het bedrijf" after "KPN wil nog niet …": the business named before
    generic = (None if person is not None or found is None
               else _quote_org_roles.generic_named(doc, found[0], role, cand.open))
    if person is not None or generic is not None:
        return person or generic
    if not _roles.is_spokesperson(role):
        # "zegt de politiespecialist" with no one named so before: the compound's organisation
        employer = (found[0] if found is not None
                    else _roles.compound_organisation(role) or _roles.office_organisation(role)
                    or (_quote_respondents.POLICE if _quote_respondents.police_noun(role) else None))
        if employer is None and definite:
            # "aldus de gewezen vicepremier": the one person named just before, else the unnamed
            # person introduced earlier with it ("Een ondernemer … „…”, aldus de ondernemer")
            return (_quote_roles.referent(doc, role, cand.open, known, last)
                    or introduced_before(doc, role, cand.open)
                    or _quote_org_roles.organisation_named(doc, role, cand.open))
        if employer is None:
            # "zegt een strafpleiter": an unnamed person with a role and no organisation is
            # anonymous, the printed words the role
            return Attribution(_roles.ANONYMOUS, " ".join(m.group(0).split()[1:]).lower(), None)
        employer = _speakers.tidy_org(employer)
        return Attribution(employer, role.lower(), employer)
    if found is not None:
        organisation: str | None = found[0]
    else:  # "een politiewoordvoerder": the organisation the compound starts with
        organisation = _roles.compound_organisation(role) or _org_in_context(doc, cand.open)
    if organisation is None or _quote_org_roles.compound_named(role) is not None:
        # "de ING-woordvoerder"; "Ook PFZW … ziet dat … „…”, zegt de woordvoerder"
        return _quote_org_roles.compound_named(role) or (
            _quote_org_roles.organisation_named(doc, role, cand.open) if definite else None)
    organisation = _speakers.tidy_org(organisation)
    return Attribution(organisation, role.lower(), organisation)


_INITIAL_OPENS = re.compile(r"(?:[A-ZÀ-Ý][a-zà-ÿ]+\s+)?[A-Z](?:\.\s|\.?\Z)")  # "K. De rechtbank" read on
INTRODUCED_REACH = 2500  # an unnamed person introduced with "een" this close before "de <rol>"
MAX_INTRODUCED_WORDS = 3  # adjectives between "een" and the noun ("een Indiase regeringsfunctionaris")
_WORD_TOKEN = re.compile(r"[\w-]+")


def introduced_before(doc: Document, role: str, pos: int) -> Attribution | None:
    """"Een ondernemer van Turkse komaf … zegt dat … „…”, aldus de ondernemer": a definite role
    that refers back to the one person introduced before with "een" and that noun (no name):
    anonymous, with the words of that introduction as role (NOTES: anonymous speakers)."""
    text = doc.text
    start = _speakers.article_start(text, pos, INTRODUCED_REACH)
    low = role.lower()
    found: list[str] = []
    at = text.find(low, start, pos)
    while at >= 0:
        words = _WORD_TOKEN.findall(text, max(at - 60, start), at + len(low))
        if words and words[-1].lower() == low:
            before = [w.lower() for w in words[-2 - MAX_INTRODUCED_WORDS : -1]]
            if "een" in before:
                found.append(" ".join(words[len(words) - len(before) + before.index("een") :]).lower())
            elif found and text.startswith((" van ", " bij "), at + len(low)):
                return None  # "zegt de manager van restaurant Kam Yin": another one, of a business
        at = text.find(low, at + len(low), pos)
    kinds = {f.split()[-1] for f in found}
    return Attribution(_roles.ANONYMOUS, found[-1], None) if found and len(kinds) == 1 else None


def _role_person(doc: Document, role: str, pos: int) -> Attribution | None:
    """The person named earlier with ``role``, or with the head of a compound role ("zei de
    VVD-fractievoorzitter" after "Fractievoorzitter Klaas Dijkhoff")."""
    person = person_with_role(doc, role, pos)
    head = role.rsplit("-", 1)[-1]
    if person is None and head != role and len(head) > 3 and _roles.is_role_word(head.lower()):
        person = person_with_role(doc, head, pos)
    return person


def unnamed_source(window: str, pos: int) -> Attribution | None:
    """An unnamed person at ``pos`` (:func:`_unnamed_source`), else one of a group of unnamed people
    ("aldus een van hen", "zegt een van de activisten", "zegt de ander"): anonymous, with those
    words as role (NOTES: anonymous speakers, "aldus een ander")."""
    return _unnamed_source(window, pos) or _one_of_group(window, pos)


# "een van hen", "een van de activisten" (a plural of a noun for an unnamed person), "de een", "de ander"
_ONE_OF_GROUP = re.compile(
    r"(?:(?i:een)\s+van\s+(?:hen|hun|(?:de|die|deze)\s+(?P<plural>[a-zà-ÿ-]+))|(?i:de)\s+(?:een|ene|ander|andere))"
    r"(?![\w-])(?!,?\s+[A-ZÀ-Ý])"  # not "Een van hen, Yassin:": the name that follows speaks
)


_ONE_OF_STARTS = ("een van", "Een van", "de een", "De een", "de ander", "De ander")


def _one_of_group(window: str, pos: int) -> Attribution | None:
    if not window.startswith(_ONE_OF_STARTS, pos):
        return None  # a quick test before the pattern
    m = _ONE_OF_GROUP.match(window, pos)
    if m is None:
        return None
    plural = m.group("plural")
    if plural is not None and (lemma(plural) == plural or not _roles.is_anonymous_noun(lemma(plural))):
        return None  # "een van de advocaten", "een van de eerste": no unnamed person of a group
    return Attribution(_roles.ANONYMOUS, " ".join(m.group(0).split()).lower(), None)


def _unnamed_source(window: str, pos: int) -> Attribution | None:
    """"zegt een goed ingevoerde bron uit het criminele milieu": a person the text does not name is
    the anonymous speaker with the words as role; "een politiebron", "de politieman", "een bron bij
    de politie": the organisation speaks; so does the police for an unnamed officer ("vertelt een
    wijkagent", "een van de agenten"). "een van de respondenten" is one of a group."""
    m = patterns()["anonymous"].match(window, pos)
    if m is None:
        return None
    tail = " ".join((m.group("tail") or "").split())
    if m.group("someone"):
        return Attribution(_roles.ANONYMOUS, " ".join(["iemand", tail]).strip(), None)
    noun = m.group("noun")
    found = _roles.connected_org(window, m.end("noun"), noun)
    one_of = _ONE_OF.fullmatch(m.group(0)[: m.start("noun") - m.start()]) is not None
    if (one_of != noun.lower().endswith(_PLURAL_ENDINGS)  # "een bronnen", "een van de bron": no one
            or (not one_of and any(w.lower() in _NOT_ADJECTIVES for w in m.group("role").split()[:-1]))
            or (
            # "zegt de vrouw van Jan Smit": his relation speaks, not he; no one resolved
            found is not None and _persons_name(_speakers.tidy_org(found[0]), noun))):
        return None
    organisation = found[0] if found is not None else _roles.compound_organisation(noun)
    if organisation is None and _quote_respondents.police_after(noun, window, m.end("noun")):
        organisation = _quote_respondents.POLICE  # "vertelt een wijkagent": the police speaks
    role = " ".join((m.group(0) if one_of else m.group("role")).split()).lower()
    if organisation is not None:
        organisation = _speakers.tidy_org(organisation)
        return Attribution(organisation, role, organisation)
    if m.group("article").lower() == "de" or not _roles.is_anonymous_noun(noun):
        return None  # "de bron": someone introduced before, who is not resolved here
    return Attribution(_roles.ANONYMOUS, " ".join([role, tail]).strip(), None)


# "een van de respondenten": one of a group of unnamed people (a plural noun).
_ONE_OF = re.compile(r"(?i:een)\s+van\s+de\s+")
_PLURAL_ENDINGS = ("respondenten", "geïnterviewden", "agenten", "rechercheurs", "bronnen")


def _persons_name(words: str, noun: str) -> bool:
    """A person's full name ("de vrouw van Jan Smit"), or after a noun of kinship or friendship a
    surname ("een vriend van Smit"); not an organisation ("een bron van Europol")."""
    if _INITIAL_OPENS.match(words):
        return True  # "de raadsvrouw van K.": a suspect written with an initial
    if not words or _roles.is_org_word(words) or words.isupper():
        return False
    if len(words.split()) >= 2:
        return plausible_name(words)
    return noun.lower() in _RELATION_NOUNS and plausible_name(words, "title")


# The name pattern holds every place name, so it is compiled once; the role is matched apart (a
# pattern per role costs 20-30 ms to compile, more than the search).
MAX_ROLE_GAP = 3  # lower-case words between a role and the name ("officier van justitie Eva Mol")
MAX_LINK_WORDS = 4  # words between "is" and the role ("Jan Smit is al twintig jaar wijkagent")
_SPACE = re.compile(r"\s+")
_GAP_WORD = re.compile(r"\s+[a-zà-ÿ-]+")
_LINK_WORD = re.compile(r"[\w-]+\s+")


@cache
def _name_at() -> re.Pattern[str]:
    return re.compile(_speakers.name_regex())


@cache
def _name_then_link() -> re.Pattern[str]:
    """A name and what links it to a role after it: a comma or "is"/"was"."""
    return re.compile(rf"(?P<name>{_speakers.name_regex()})(?:(?P<comma>\s*,\s*)|\s+(?:is|was)\s+)")


def _role_then_name(text: str, role: str, start: int, end: int) -> Iterator[tuple[int, re.Match[str]]]:
    """Each ``role``, up to three lower-case words and a name in ``text[start:end]`` ("burgemeester
    Jan Smit", "officier van justitie Eva Mol" for "de officier"): where the role starts, and the
    name (what ``finditer`` of one pattern of both would find)."""
    role_at = re.compile(rf"(?i:{re.escape(role)})")
    i = start
    while (m := role_at.search(text, i, end)) is not None:
        name = _name_after(text, m.end(), end)
        if name is None:
            i = m.start() + 1
            continue
        yield m.start(), name
        i = name.end()


def _name_after(text: str, pos: int, end: int) -> re.Match[str] | None:
    for gap in range(MAX_ROLE_GAP + 1):
        space = _SPACE.match(text, pos, end)
        name = _name_at().match(text, space.end(), end) if space is not None else None
        if name is not None:
            return name
        word = _GAP_WORD.match(text, pos, end) if gap < MAX_ROLE_GAP else None
        if word is None:
            return None
        pos = word.end()
    return None


def _name_then_role(
    text: str, role: str, start: int, end: int
) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Each name followed by a comma or "is"/"was" and ``role`` in ``text[start:end]`` ("Jan Smit is
    al twintig jaar wijkagent", "Jan Smit, wijkagent in Tilburg"): the name's match and the role's."""
    role_at = re.compile(rf"(?i:{re.escape(role)})(?![\w-])")
    i = start
    while (m := _name_then_link().search(text, i, end)) is not None:
        found = _role_after(text, role_at, m, end)
        if found is None:
            i = m.start() + 1
            continue
        yield m, found
        i = found.end()


def _role_after(text: str, role_at: re.Pattern[str], link: re.Match[str], end: int) -> re.Match[str] | None:
    pos = link.end()
    for words in range(MAX_LINK_WORDS + 1):
        found = role_at.match(text, pos, end)
        if found is not None or link.group("comma") is not None:
            return found
        word = _LINK_WORD.match(text, pos, end) if words < MAX_LINK_WORDS else None
        if word is None:
            return None
        pos = word.end()
    return None


def person_with_role(doc: Document, role: str, pos: int) -> Attribution | None:
    """The last person before ``pos`` written with ``role`` before the name ("burgemeester Jan
    Smit"), within this article."""
    text = doc.text
    start = _speakers.article_start(text, pos, 5000)
    found: tuple[int, Attribution] | None = None
    for at, name_at in _role_then_name(text, role, start, pos):
        word_start = at  # the role may end a compound ("Verkeersminister")
        while word_start > start and (text[word_start - 1].isalnum() or text[word_start - 1] == "-"):
            word_start -= 1
        written = " ".join(text[word_start : name_at.start()].split())
        if " " in written and not (_roles.is_role_phrase(written) or _roles.is_role_with_field(written)):
            continue
        title, name, _lead = split_name(name_at.group(0), written)
        if plausible_name(name, title) and len(name.split()) >= 2:
            found = (at, attribution_of(name, title, rest_after(text, name_at.end()), dash=False))
    for m, role_at in _name_then_role(text, role, start, pos):
        _title, name, _lead = split_name(m.group("name"), None)
        if (found is None or m.start() > found[0]) and plausible_name(name) and len(name.split()) >= 2:
            found = (m.start(), attribution_of(name, role_at.group(0), "", dash=False))
    return found[1] if found else None


def _org_in_context(doc: Document, pos: int) -> str | None:
    text = doc.text
    start = max(pos - CONTEXT_CHARS, 0)
    breaks = list(_BLANK_LINE.finditer(text, start, pos))
    if len(breaks) >= 2:
        start = breaks[-2].end()
    start = _speakers.article_start(text, pos, 0, start=start)
    found = None
    for m in patterns()["org_mention"].finditer(text, start, pos):
        found = m
    return found.group("org") if found is not None else None


ORG_BEFORE_REACH = 400  # characters before a quote that "Volgens de politie:" can take (no rescan)


def organisation_before(region: str) -> Attribution | None:
    """"Volgens de politie: “…", "Het OM laat weten: “…", "Een woordvoerder van de gemeente
    bevestigt dat. “…"."""
    spokesperson = _spokesperson_before(region) or _anonymous_before(region)
    if spokesperson is not None:
        return spokesperson
    if not region.rstrip().endswith(":"):
        return None  # the pattern ends in a colon right before the quote
    org = patterns()["org_before"].search(region, max(0, len(region) - ORG_BEFORE_REACH))
    if org is not None and ((org.group("volgens") and not org.group("tail")) or org.group("verb")
                            or org.group("verb_first")):
        speaker = _speakers.tidy_org(org.group("org"))
        return Attribution(speaker, None, speaker)
    return None


def _spokesperson_before(region: str) -> Attribution | None:
    """"Een woordvoerder van de gemeente Utrecht bevestigt dat. “…”": the organisation speaks."""
    low = region.lower()
    if not any(role in low for role in _roles.SPOKESPERSON_ROLES):
        return None
    pats = patterns()
    for m in pats["unnamed"].finditer(region):
        role = m.group("role")
        found = _roles.connected_org(region, m.end(), role)
        if found is None or not _roles.is_spokesperson(role):
            continue
        words = region[found[1] :].lower().split()
        volgens = region[: m.start()].lower().split()[-1:] == ["volgens"]
        if (volgens or region.rstrip().endswith(":")
                or any(w.strip(",:") in speech_words() for w in words[:6])):
            organisation = _speakers.tidy_org(found[0])
            return Attribution(organisation, role.lower(), organisation)
    return None


def _anonymous_before(region: str) -> Attribution | None:
    """"Een buurtbewoner zegt: „…”", "Een ingewijde: „…”", "Volgens een politiebron …. „…”": an
    unnamed source that opens the sentence before the quote (or follows "volgens") and speaks."""
    m = _ANONYMOUS_OPENS.match(region)
    if m is None:
        return _anonymous_after_verb(region)
    found = unnamed_source(region, m.end())
    if found is None:
        return None
    words = region[m.end() :].lower().split()
    if m.group("volgens") or any(w.strip(",:") in speech_words() for w in words[:MAX_ANONYMOUS_WORDS]) or (
            region.rstrip().endswith(":") and len(words) <= MAX_ANONYMOUS_WORDS):
        return found
    return None


def _anonymous_after_verb(region: str) -> Attribution | None:
    """"Op Twitter schreef iemand: „…”", "Dan zegt een buurtbewoner: „…”": a verb of saying before
    an unnamed source, and a colon soon after it."""
    if not region.rstrip().endswith(":"):
        return None
    pats = patterns()
    for verb in pats["verb_then_source"].finditer(region):
        source = pats["anonymous"].match(region, verb.end())
        if source is not None and len(region[source.end() :].split()) <= MAX_ANONYMOUS_TAIL:
            return unnamed_source(region, verb.end())
    return None


# Nouns for a member of a party ("de liberaal" for a VVD politician named before); "de PVV'er".
PARTY_NOUNS = {"liberaal": "VVD", "christendemocraat": "CDA", "socialist": "SP", "sociaaldemocraat": "PvdA"}
_MEMBER = re.compile(r"(?P<party>[A-Z][A-Za-z0-9]{1,9})['’]er")


@lru_cache(maxsize=32)
def _party_pattern(party: str) -> re.Pattern[str]:
    """"VVD-Kamerlid Ziengs", "Jan Smit (VVD)": a person named with ``party``, compiled once."""
    name = _speakers.name_regex()
    return re.compile(
        rf"(?<![\w-]){re.escape(party)}-(?P<title>[a-zA-Z]+)\s+(?P<titled>{name})"
        rf"|(?P<named>{name})\s*\(\s*{re.escape(party)}\s*[),]"
    )


def party_person(doc: Document, noun: str, pos: int) -> Attribution | None:
    """"De liberaal wil …", "zegt de PVV'er": the last person before ``pos`` named with that party
    ("VVD-Kamerlid Ziengs", "Jan Smit (VVD)"), within this article."""
    member = _MEMBER.fullmatch(noun)
    party = member.group("party") if member is not None else PARTY_NOUNS.get(noun.lower())
    if party is None:
        return None
    text = doc.text
    start = _speakers.article_start(text, pos, PARTY_REACH)
    found: Attribution | None = None
    for m in _party_pattern(party).finditer(text, start, pos):
        title = f"{party}-{m.group('title')}" if m.group("titled") else None
        _title, person, _lead = split_name(m.group("titled") or m.group("named"), title)
        if plausible_name(person, title):
            found = attribution_of(person, title, rest_after(text, m.end()), dash=False)
    return found


def organisation_reports(region: str) -> Attribution | None:
    """"Volgens de politie gaat het om „een georganiseerde bende”", "Het OM zegt dat …": an
    organisation after "volgens" or before a verb of saying in the sentence of the quote."""
    pats = patterns()
    m = pats["volgens_org"].search(region) or pats["org_says"].search(region)
    if m is None:
        return None
    speaker = _speakers.tidy_org(m.group("org"))
    return Attribution(speaker, None, speaker)
