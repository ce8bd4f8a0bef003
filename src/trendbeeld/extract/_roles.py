"""Role and organisation of a quoted person, from the words around the name.

"teamchef bij de politie Rotterdam" → role "teamchef", organisation "politie Rotterdam";
"(Politie Rotterdam)" → organisation; "– Naam, rol, Organisatie" → the last capitalised part.
"bij" and "namens" are tried before "van"; after "van" a bare place name stays part of a
place-bound title ("burgemeester van Arnhem").
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from trendbeeld.extract import lexicon

MAX_ROLE_WORDS = 14
_SPACE = re.compile(r"\s+")
_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{1,7}\b")
_BRACKET = re.compile(r"\s*\(([^()]{1,80})\)")
_COMMA_PART = re.compile(r"\s*,\s*([^,:;()]+)")
_ORG_LINKS = "van|voor|en|de|der|den|het|op|in|aan|te"  # lower-case words inside an organisation's name
_CONNECTOR = re.compile(r"\s*\b(?P<conn>bij|namens|van)\s+(?P<article>(?:de|het)\s+)?")


@cache
def _organisation() -> re.Pattern[str]:
    orgwords = "|".join(re.escape(w) for w in lexicon.load().organisation_words)
    cap = r"(?:[A-ZÀ-Ý][\w&'’.-]*)"
    org_word = rf"(?:{cap}|(?:{orgwords})\b[\w-]*)"
    return re.compile(rf"{org_word}(?:\s+(?:(?:{_ORG_LINKS})\s+)*{org_word})*")


def dash_role(rest: str) -> tuple[str | None, str | None]:
    """"– Naam, rol, Organisatie": the last capitalised part is the organisation."""
    parts = [p.strip() for p in _SPACE.sub(" ", rest).split(",")]
    parts = parts[1:] if parts and not parts[0] else []
    role_parts = [p for p in parts if p and len(p.split()) <= MAX_ROLE_WORDS]
    organisation = None
    if len(role_parts) >= 2 and role_parts[-1][0].isupper():
        organisation = role_parts.pop()
    return ", ".join(role_parts) or None, organisation


def role_after_name(rest: str) -> tuple[str | None, str | None]:
    """Role and organisation right after a name: "(Organisatie)", "(rol, Organisatie)",
    "van/bij/namens Organisatie", ", rol bij Organisatie"."""
    role: str | None = None
    organisation: str | None = None
    bracket = _BRACKET.match(rest)
    if bracket is not None:
        rest = rest[bracket.end() :]
        for raw in bracket.group(1).split(","):
            part = raw.strip()
            if not part or any(c.isdigit() for c in part):
                continue
            if is_role(part):
                role = part
            elif organisation is None:
                organisation = part
    org = connected_org(rest, 0)
    if org is not None and organisation is None:
        organisation, end = org
        rest = rest[end:]
    m = _COMMA_PART.match(rest)
    if m is not None and role is None:
        part = m.group(1).strip()
        if part and len(part.split()) <= MAX_ROLE_WORDS and is_role(part) and not _clause(part):
            role = part
            if organisation is None:
                role, organisation = split_organisation(part)
    return role, organisation


def _clause(part: str) -> bool:
    """", wil meer bevoegdheden": a clause after the name (its verb first), no role."""
    first = part.split(maxsplit=1)[0].lower()
    return first in lexicon.load().common_verbs or first in _CLAUSE_VERBS


# Finite verbs that open a clause after a name ("Maria Jansen, wil …", "…, is het oneens").
_CLAUSE_VERBS = frozenset({
    "wil", "wilde", "is", "was", "heeft", "had", "zegt", "zei", "kan", "kon", "moet", "vindt", "vond",
    "ziet", "zag", "gaat", "ging", "komt", "kwam", "blijft", "wordt", "werd",
})


def connected_org(text: str, pos: int, role: str | None = None) -> tuple[str, int] | None:
    """The organisation after "bij", "namens" or "van" at ``pos``: its text and end. After "van"
    a bare place name stays part of a place-bound title ("burgemeester van Arnhem")."""
    conn = _CONNECTOR.match(text, pos)
    if conn is None:
        return None
    org = _organisation().match(text, conn.end())
    if org is None:
        return None
    value = org.group(0).rstrip(".")
    if conn.group("conn") == "van" and not conn.group("article") and role is not None:
        head = role.split()[0].lower()
        if head in lexicon.load().place_roles and not is_org_word(value) and not _ACRONYM.fullmatch(value):
            return None
    return value, org.end()


def split_organisation(role: str) -> tuple[str, str | None]:
    """"teamchef bij de politie Rotterdam": the role "teamchef" and the organisation after it;
    "bij" and "namens" go before "van"."""
    for conns in (("bij", "namens"), ("van",)):
        for m in _CONNECTOR.finditer(role):
            if m.group("conn") not in conns or m.start() == 0:
                continue
            org = connected_org(role, m.start(), role)
            if org is not None and org[1] >= len(role.rstrip(" .")):
                return role[: m.start()], org[0]
    for acronym in _ACRONYM.finditer(role):
        if not is_role_word(acronym.group(0)):  # "CEO" is a role, "IND" an organisation
            return role, acronym.group(0)
    words = role.split()
    if len(words) >= 2 and is_role_word(words[0]) and all(w[:1].isupper() for w in words[1:]):
        return role, " ".join(words[1:])  # "CEO Enexis Groep"
    return role, None


# Roles of someone who speaks for an organisation: without a name, the organisation is the speaker.
SPOKESPERSON_ROLES = (
    "woordvoerder", "woordvoerster", "zegsman", "zegsvrouw", "voorlichter", "persvoorlichter",
)


def is_spokesperson(role: str) -> bool:
    return role.strip().lower().endswith(SPOKESPERSON_ROLES)


def compound_organisation(role: str) -> str | None:
    """The organisation a compound role word starts with: "politiewoordvoerder" → "politie",
    "gemeentewoordvoerder" → "gemeente"; also before a noun for an unnamed source ("politiebron",
    "politie-expert")."""
    if " " in role.strip():
        return None
    low = role.strip().lower()
    for word in lexicon.load().organisation_words:
        if len(word) <= 3 or " " in word or not low.startswith(word):
            continue
        head = low[len(word) :].lstrip("-")
        if is_role_word(head) or head in anonymous_nouns():
            return word
    return None


# Offices of Dutch public bodies whose unnamed holder speaks for the body ("aldus de advocaat-generaal":
# the Openbaar Ministerie speaks, with the office as role).
OFFICE_ORGANISATIONS = {
    "officier van justitie": "Openbaar Ministerie",
    "hoofdofficier van justitie": "Openbaar Ministerie",
    "advocaat-generaal": "Openbaar Ministerie",
}


def office_organisation(role: str) -> str | None:
    """The body an unnamed office holder speaks for ("de advocaat-generaal" → Openbaar Ministerie)."""
    return OFFICE_ORGANISATIONS.get(" ".join(role.lower().split()))


# The speaker of words quoted from a person the text does not name and ties to no organisation.
ANONYMOUS = "anoniem"


@cache
def anonymous_nouns() -> frozenset[str]:
    """Nouns for a person quoted without a name ("een goed ingevoerde bron", "een ingewijde")."""
    data = resources.files("trendbeeld.extract").joinpath("lexicon", "anonymous_sources.txt")
    lines = (line.strip() for line in data.read_text(encoding="utf-8").splitlines())
    return frozenset(line.lower() for line in lines if line and not line.startswith("#"))


def is_anonymous_noun(word: str) -> bool:
    """A noun for an unnamed person: listed, or a compound ending in a listed noun of four letters
    or more ("drugscrimineel", "buurtbewoner")."""
    low = word.lower()
    nouns = anonymous_nouns()
    return low in nouns or any(len(n) >= 4 and low.endswith(n) for n in nouns)


def is_org_word(text: str) -> bool:
    low = text.lower()
    return any(low.startswith(w) for w in lexicon.load().organisation_words)


@cache
def _role_sets() -> tuple[frozenset[str], tuple[str, ...]]:
    """Role titles (lower case) and the single-word ones that also end compounds ("teamchef")."""
    roles = lexicon.load().roles
    heads = tuple(r for r in roles if " " not in r and len(r) >= 3)
    return frozenset(roles), heads


def is_role_word(word: str) -> bool:
    low = word.lower()
    roles, heads = _role_sets()
    return low in roles or (low.endswith(heads) and low not in lexicon.load().name_stopwords)


def is_role_phrase(phrase: str) -> bool:
    low = phrase.lower()
    roles, _heads = _role_sets()
    return low in roles or (" " not in low and is_role_word(low))


MAX_FIELD_WORDS = 2  # lower-case words of a field after a title ("hoogleraar criminologie")
_FIELD_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ-]+")
# "waarin", "daarop", "hiermee", "ervan": a pronominal adverb opens a clause ("een wethouder waarin
# Forum …"), it names no field
_PRONOMINAL_ADVERB = re.compile(
    r"(?:waar|daar|hier|er)(?:in|op|mee|van|door|bij|over|aan|na|uit|voor|tegen|om|naar|onder|achter|langs|zonder)"
)


def is_role_with_field(phrase: str) -> bool:
    """A title followed by the field or department it covers: "hoogleraar criminologie",
    "directeur bedrijfsvoering", "officier van justitie jeugdzaken"."""
    words = phrase.split()
    if len(words) < 2 or not (is_role_word(words[0]) or words[0].lower() in _role_first_words()):
        return False
    lex = lexicon.load()
    for n in range(len(words) - 1, 0, -1):
        head, field = " ".join(words[:n]), words[n:]
        if not is_role_phrase(head) or len(field) > MAX_FIELD_WORDS:
            continue
        return all(_FIELD_WORD.fullmatch(w) and w not in lex.function_words and w not in lex.name_stopwords
                   and not _PRONOMINAL_ADVERB.fullmatch(w) for w in field)
    return False


_PARTY_MEMBER = re.compile(r"[A-Z][A-Za-z0-9]{1,9}['’]er")  # "PvdA'er", "VVD’er"


def is_role(text: str) -> bool:
    first = text.split(maxsplit=1)[0]
    return (text[0].islower() or is_role_word(first) or first.lower() in _role_first_words()
            or bool(_PARTY_MEMBER.fullmatch(first.rstrip(","))))


@cache
def _role_first_words() -> frozenset[str]:
    return frozenset(r.split()[0] for r in lexicon.load().roles)
