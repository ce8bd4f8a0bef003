"""Speakers: who a name in a text is. A person's name ("Jan Peter van Dijk", "J.P. Balkenende",
"Suzanne Rijnaars-van de Graaf") told apart from an organisation ("het Openbaar Ministerie") and a
place; the title before it ("hoogleraar criminologie"), role and organisation after it; and which
person a pronoun may refer to (the gender of common first names in ``lexicon/first_names.tsv``;
a name not listed fits either pronoun). :mod:`.quotes` decides which of these speaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from trendbeeld.extract import _articles, _phrases, _roles, lexicon, regions
from trendbeeld.extract._cues import lemma, trie

_SPACE = re.compile(r"\s+")
_NONSPACE = re.compile(r"\S+")
_ARTICLE_WORDS = frozenset({"de", "het", "een"})
_AGE = re.compile(r"\d{1,3}-jarige")
MAX_TITLE_WORDS = 4  # words between a speech verb and the name ("zegt officier van justitie Jan Smit")
_REST = re.compile(r"[^.\n“”‘„«»\"!?]{0,160}")
_TITLE_CHARS = re.compile(r"[\w\s'’-]*")
_ACADEMIC = re.compile(r"(?i:prof|dr|mr|ir|drs|ing|ds)\.")  # academic titles before a name
ACRONYM = r"[A-Z][A-Z&]{1,7}\b"
_PARTY_MEMBER = re.compile(r"[A-Z][A-Za-z0-9]{1,9}['’]er")  # "PvdA'er", "VVD’er"


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said it: the speaker's name, role and organisation."""

    speaker: str
    role: str | None = None
    organisation: str | None = None


# The space between the words of a name: a line break at most, never a blank line ("… Interview
# Rob Jetten\n\nWars van het …" holds no name "Jetten Wars").
NAME_SPACE = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
# Organisation words that are also surnames after a particle ("Van der Raad", "Van de Kamer").
_SURNAME_WORDS = frozenset({"raad", "kamer", "groep", "bank", "dienst", "partij", "fonds", "college"})


@cache
def name_regex() -> str:
    """A person's name: "Jan de Vries", "Martijn Groot Nibbelink", "J.P. Balkenende", "Halsema",
    "Jan Peter van Dijk", "Suzanne Rijnaars-van de Graaf".

    Particles only follow one or two first names or initials, so "Ahmed Aboutaleb van Rotterdam"
    is a name and an organisation.
    """
    # "op" and "in" start a name part only before an article ("op den Akker", "in 't Veld"):
    # "Dennis op Instagram" is a name and a place.
    particles = "|".join(
        re.escape(p) for p in sorted(lexicon.load().name_particles - {"op", "in"}, key=len, reverse=True)
    ) + r"|op\s+den|op\s+de|in\s+'t|in\s+het|in\s+de"
    cap = r"[A-ZÀ-Ý][a-zà-ÿ]+"
    # a surname with a capital inside ("McConnell", "MacLeod", "O'Rourke", "DiCaprio", "DeVos"; not
    # "McDonald's", a company): tried only after one of its capitals, at little cost
    inner = r"[A-ZÀ-Ý](?:(?<=[MODL])(?:c|ac|['’]|i|e|a)[A-Z](?![a-zà-ÿ]+['’]s(?![\w])))?[a-zà-ÿ]+"
    word = rf"{inner}(?:-(?:{cap}|(?:(?:{particles})\s+){{1,2}}{cap}))?"
    initials = r"(?<![\w.])(?:[A-Z]\.[ ]?){1,4}"  # not "V." of "PVV."
    lead = r"(?:Van|De|Den|Ter|Ten|Op|In)(?:\s+(?:de|der|den|het|'t))?"
    # "Jan Peter van Dijk" is one name, "Ahmed Aboutaleb van Rotterdam" and "Paul Vugts van het
    # Parool" are a name and a place or an outlet.
    places = trie(set(regions.gazetteer().regions) | set(lexicon.load().outlets))
    # "Ton Nabben van de Universiteit van Amsterdam" is a name and an organisation
    bodies = "|".join(sorted((w.capitalize() for w in lexicon.load().organisation_words
                              if " " not in w and len(w) > 3 and w not in _SURNAME_WORDS),
                             key=len, reverse=True))
    surname_particles = "van|de|der|den|ter|ten|te"
    return (
        # not "Wiebes van Economische" of "Eric Wiebes van Economische Zaken"
        rf"(?:(?:{initials}|{word}\s+)(?:(?:{particles})\s+){{1,3}}{word}(?![\w-])(?![ \t]+{cap}\b)"
        rf"|{word}\s+{cap}\s+(?:(?:{surname_particles})\s+){{1,2}}(?!(?:{places}|{bodies})(?![\w-])){word}(?![\w-]|\s+[A-ZÀ-Ý])"
        rf"|{initials}{word}|{word}(?:\s+{word}){{0,2}}|{lead}\s+{word})"
    ).replace(r"\s+", NAME_SPACE)


@cache
def org_phrase() -> str:
    """An organisation named with its article: "de politie", "het OM", "de gemeente Utrecht",
    "het Openbaar Ministerie"."""
    words = "|".join(re.escape(w) for w in lexicon.load().organisation_words if len(w) > 3)
    cap = r"[A-ZÀ-Ý][\w'’-]+"
    links = rf"(?:\s+(?:(?:van|voor|en)\s+(?:de\s+|het\s+)?)?{cap}){{0,4}}"
    return (
        rf"(?:(?i:de|het)\s+)(?P<org>(?i:{words}){links}"
        rf"|(?:[A-ZÀ-Ý][a-zà-ÿ]+se\s+)?{ACRONYM}(?:\s+{cap})?|{cap}(?:\s+{cap}){{0,2}}\s+\((?:{ACRONYM})\)"
        # "de Nationale Politie(bond)", "het Centraal Bureau voor de Statistiek"
        rf"|(?:[A-ZÀ-Ý][a-zà-ÿ]+\s+){{1,2}}(?i:{words})[\w-]*{links})"
    )


def mention(region: str, m: re.Match[str], known: dict[str, Attribution]) -> Attribution | None:
    """The name ``m`` as a person: a full name or a title with a surname."""
    pre = region[max(m.start() - 60, 0) : m.start()]
    pre = pre[pre.rfind("\n") + 1 :]
    title = title_at_end(pre)
    title, name, _lead = split_name(m.group(0), title)
    end = m.end()
    words = name.split()
    inner = next((i for i in range(1, len(words) - 1) if _roles.is_role_word(words[i].lower())), None)
    if inner is not None and title is None:
        # "Impact Retaildeskundige Cor Molenaar": a news subhead run into the title before a name;
        # the name is read again from where it starts
        title = words[inner]
        again = name_pattern().match(region, m.start() + m.group(0).rfind(words[inner + 1]))
        if again is None or len(again.group(0).split()) < 2:
            return None  # "de Nationaal Coördinator Terrorisme en Veiligheid": no person
        name, end = " ".join(again.group(0).split()), again.end()
    else:
        name, end = completed(region, m, name)
    name = _from_first_name(name)
    if not plausible_name(name, title):
        return None
    for speaker, attribution in known.items():
        if speaker == name or speaker.endswith(" " + name):
            return attribution
    return attribution_of(name, title, rest_after(region, end), dash=False)


def completed(region: str, m: re.Match[str], name: str) -> tuple[str, int]:
    """"Tweede Kamervoorzitter Khadija| Arib": a match that ran out of words at a first name, after
    its title and leading words were split off, read again from the first name; the name and its end."""
    if " " in name or gender(name) is None or not m.group(0).endswith(name):
        return name, m.end()
    again = name_pattern().match(region, m.end() - len(name))
    if again is None or " " not in again.group(0):
        return name, m.end()
    return " ".join(again.group(0).split()), again.end()


def _from_first_name(name: str) -> str:
    """"Milieudefensie Anne Knol" (an organisation or a subhead run into a name): the name from a
    common first name on, when the word before it is none."""
    words = name.split()
    if len(words) < 3 or gender(words[0]) is not None:
        return name
    for i in range(1, len(words) - 1):
        if gender(words[i]) is not None:
            return " ".join(words[i:])
    return name


def names_person(m: re.Match[str] | None) -> bool:
    """Whether a name match is a person's name, not an organisation written in capitals
    ("het Openbaar Ministerie")."""
    return m is not None and plausible_name(m.group(0))


def inside_word(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` is glued to a letter or a hyphen on either side."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return before.isalpha() or before == "-" or after.isalpha() or after == "-"


def tidy_org(org: str) -> str:
    org = re.split(r"\.\s", _SPACE.sub(" ", org).strip(), maxsplit=1)[0].rstrip(".")
    bracket = re.search(rf"\(({ACRONYM})\)$", org)
    if bracket is not None:
        return bracket.group(1)
    return org


# Adverbs between a speech verb and its subject ("zegt ook Jan Smit", "aldus nu burgemeester X").
_VERB_ADVERBS = frozenset({
    "ook", "nu", "dan", "wel", "zelf", "even", "echter", "dus", "nog", "daarom", "eerder", "later",
    "vervolgens", "bovendien", "overigens", "inmiddels", "tenslotte",
})


def _opening(words: list[str]) -> list[str]:
    """The words after a speech verb without its adverbs, article and age ("zegt ook de 45-jarige")."""
    while words and (words[0].lower() in _ARTICLE_WORDS or words[0].lower() in _VERB_ADVERBS
                     or _AGE.fullmatch(words[0])):
        words.pop(0)
    return words


def title_before(words_before: str) -> tuple[bool, str | None]:
    """Whether the words between a verb and a name may precede a name (none, or ending in a
    title: "zegt de Rotterdamse burgemeester", "zegt ook"), and that title."""
    words = _opening(words_before.split())
    while words and _ACADEMIC.fullmatch(words[-1]):
        words.pop()  # "zegt prof. dr. Jan Smit": a form of address, no role
    if not words:
        return True, None
    words_before = " ".join(words)
    if len(words) > MAX_TITLE_WORDS + 1 or not _TITLE_CHARS.fullmatch(words_before):
        return False, None
    for i in range(len(words)):
        phrase = " ".join(words[i:])
        if _roles.is_role_phrase(phrase) or _roles.is_role_with_field(phrase):
            return True, phrase
    if _PARTY_MEMBER.fullmatch(words[-1]):
        return True, " ".join(words)  # "zegt PvdA'er William Moorlag"
    return False, None


MAX_LOOSE_TITLE_WORDS = 2  # "maatschappelijk werker", "wijnhandelaar"
# "politicoloog", "VVD-fractievoorzitter", and a party before a title in capitals ("SP-Tweede Kamerlid")
_LOOSE_WORD = re.compile(
    r"[a-zà-ÿ][a-zà-ÿ-]{3,}|[A-Za-z0-9]{2,}-[a-zà-ÿ][a-zà-ÿ-]+|[A-Z][A-Za-z0-9]{1,9}-[A-Z][a-zà-ÿ]+"
)
# Words that put someone other than the speaker after a verb ("zegt namens Jan Smit").
_NOT_TITLE = frozenset({"namens", "tegenover", "volgens", "jegens", "richting", "zoals", "aldus", "samen"})


def loose_title(words_before: str) -> str | None:
    """A role the lexicon does not list between a speech verb and a name: one or two lower-case
    nouns ("scheepsarcheoloog", "VVD-fractievoorzittter"), no function word, preposition or verb."""
    words = _opening(words_before.split())
    if not 0 < len(words) <= MAX_LOOSE_TITLE_WORDS:
        return None
    lex = lexicon.load()
    for word in words:
        low = word.lower()
        if (not _LOOSE_WORD.fullmatch(word) or low in lex.function_words or low in _phrases.NP_PREPOSITIONS
                or low in _NOT_TITLE or low in lex.common_verbs or low in lex.speech_verbs
                or low in lex.name_stopwords or _finite_verb(low)):
            return None
    return " ".join(words)


def _finite_verb(word: str) -> bool:
    """"zingt", "vertelde": a verb form ("Volgens analytici zingt Rammstein …" has no title)."""
    base = lemma(word)
    return base != word and base.endswith("en") and not word.endswith("en")


def rest_after(text: str, pos: int) -> str:
    m = _REST.match(text, pos)
    return m.group(0) if m else ""


@lru_cache(maxsize=1 << 14)  # asked again for the same text by several attribution readers
def title_at_end(pre: str) -> str | None:
    """The role title that ends ``pre`` ("… volgens officier van justitie "), as written."""
    if not pre[-1:].isspace():
        return None
    words = list(_NONSPACE.finditer(pre))[-MAX_TITLE_WORDS:]
    for n in range(len(words), 0, -1):
        if _roles.is_role_phrase(" ".join(w.group(0) for w in words[-n:])):
            return pre[words[-n].start() :]
    for n in range(len(words), 1, -1):  # a title with its field: "hoogleraar criminologie"
        if _roles.is_role_with_field(" ".join(w.group(0) for w in words[-n:])):
            return pre[words[-n].start() :]
    return None


def split_name(raw: str, title: str | None) -> tuple[str | None, str, str]:
    """Leading capitalised titles and stop words moved off a matched name: "Volgens
    Hoofdcommissaris Fred Westerbeke" is the title "Hoofdcommissaris", the name "Fred Westerbeke"
    and the leading words "Volgens"."""
    words = raw.split()
    lex = lexicon.load()
    titles: list[str] = [title.strip()] if title else []
    lead: list[str] = []
    while len(words) > 1:
        low = words[0].lower()
        if _roles.is_role_word(low):
            titles.append(words.pop(0))
        elif (low in lex.name_stopwords and not (low in lex.name_particles and titles)) or (
                low in lex.function_words and low not in lex.name_particles):  # "Doordat Kylie"
            lead.extend(titles)
            lead.append(words.pop(0))
            titles = []
        else:
            break
    return (" ".join(titles) or None), " ".join(words), " ".join(lead)


_SAINTS = frozenset({"sint", "sankt", "saint", "san", "santa"})  # "Sint Franciscus" is a hospital
# Determiners of quantity that open a plural noun phrase written with a capital ("Verschillende
# Republikeinen eisten …", "Enkele Kamerleden"), never a first name
_QUANTIFIERS = frozenset({
    "verschillende", "enkele", "diverse", "sommige", "beide", "vele", "meerdere", "talloze",
})


_ADJECTIVE_ENDINGS = ("ische", "aanse")  # inflected adjectives of places ("Arabische", "Amerikaanse")


def plausible_name(name: str, title: str | None = None) -> bool:
    """Two or more capitalised words ("Jan de Vries"), or a surname after a role ("burgemeester Halsema")."""
    lex = lexicon.load()
    words = [w for w in name.split() if w[0].isupper()]
    if not words:
        return False
    first, final = words[0].lower(), words[-1].lower()
    before_final = name.split()[-2].lower() if len(name.split()) > 1 else ""
    # "Papiertje Tot" (a subhead before a function word) is no name, "Van der Meer" is
    glued = final in lex.function_words and not {final, before_final} & lex.name_particles
    # "Jolanda Zondag": a weekday or another stop word is a surname after a common first name
    surname_word = len(words) == 2 and final not in lex.function_words and gender(first) is not None
    if ((final in lex.name_stopwords and not surname_word) or _roles.is_role_word(final)
            or org_words() & {first, final} or first in _SAINTS or first in _QUANTIFIERS or glued):
        # "Enexis Groep", "Inspectie Justitie", "Papiertje Tot", "Sint Franciscus", "Verschillende
        # Republikeinen" (a quantifier opens a plural noun phrase): no persons
        return False
    if (first in lex.name_stopwords and not (first in lex.name_particles and title)) or first.endswith(
            _ADJECTIVE_ENDINGS):  # "Arabische Emiraten", "Amerikaanse Senaat": an adjective opens no name
        return False
    if name.split(maxsplit=1)[0].lower() in lex.name_particles:
        return False  # a surname alone ("Van Dijk", "El Amrani"); "advocaat van Binnenhof" is no name
    tokens = name.split()
    if is_place(words[-1]) and not (len(tokens) > 1 and tokens[-2].lower() in lex.name_particles):
        return False  # "Doorrijder Breda", "Hells Angels Kampen": a place ends no personal name
    return len(words) >= 2 or title is not None


@cache
def org_words() -> frozenset[str]:
    return frozenset(lexicon.load().organisation_words)


def is_place(word: str) -> bool:
    gaz = regions.gazetteer()
    return word in gaz.regions and word not in gaz.ambiguous


def attribution_of(name: str, title: str | None, rest: str, *, dash: bool) -> Attribution:
    speaker = _SPACE.sub(" ", name).strip()
    title = _SPACE.sub(" ", title).strip() if title else None
    if dash:
        role, organisation = _roles.dash_role(rest)
    else:
        role, organisation = _roles.role_after_name(_SPACE.sub(" ", rest))
        first = role.split(maxsplit=1)[0] if role else ""
        if first and _finite_verb(first.lower()) and not _roles.is_role_word(first):
            role = None  # "Peter Glas, riep in 2015 op tot …": the clause goes on, no apposition
    if title:
        role = f"{title}, {role}" if role else title
    if role and not _roles.is_role(role):
        role = None
    if role and organisation is None:
        role, organisation = _roles.split_organisation(role)
    if role and organisation is None:
        organisation = _roles.compound_organisation(role)
    return Attribution(
        speaker, _phrases.tidy(role) if role else None, _phrases.tidy(organisation) if organisation else None
    )


@cache
def name_pattern() -> re.Pattern[str]:
    """:func:`name_regex`, compiled once."""
    return re.compile(name_regex())


_PRONOUN_GENDER = {"hij": "m", "zij": "v", "ze": "v"}


@cache
def _first_names() -> dict[str, str]:
    data = resources.files("trendbeeld.extract").joinpath("lexicon", "first_names.tsv")
    lines = data.read_text(encoding="utf-8").splitlines()
    pairs = (line.split("\t") for line in lines if line.strip() and not line.startswith("#"))
    return {name.strip(): gender.strip() for name, gender in pairs}


def gender(speaker: str) -> str | None:
    """"m" or "v" when the speaker's first name is a common one, else None."""
    first = speaker.split(maxsplit=1)[0].lower() if speaker.strip() else ""
    return _first_names().get(first)


def pronoun_gender(pronoun: str | None) -> str | None:
    """"m" for "hij", "v" for "zij" and "ze", else None."""
    return _PRONOUN_GENDER.get(pronoun.lower()) if pronoun else None


def fits(pronoun: str | None, speaker: str) -> bool:
    """Whether ``pronoun`` ("hij", "zij", "ze") may refer to ``speaker``: no known gender that
    contradicts it."""
    wanted = _PRONOUN_GENDER.get(pronoun.lower()) if pronoun else None
    known = gender(speaker)
    return wanted is None or known is None or known == wanted


def article_start(text: str, pos: int, reach: int, start: int | None = None) -> int:
    """Where the article or chapter holding ``pos`` begins, looking back at most ``reach`` characters
    (or from ``start``): a speaker named in another article is nobody's speaker here."""
    return _articles.of(text).start_at(pos, max(pos - reach, 0) if start is None else start)
