"""Who published a document, read from its own text when neither its file nor the user names one.

PDF metadata says little about the publisher (the Author of a VNG report is its researcher, "Mark
Gremmen"; of a Tweede Kamer list an account, "Service_Parlis"), so a report imported without a
manifest had no voice of its own, and every such report shared one unknown voice
(`trends.events.voice`). A publisher named by the manifest or ``--publisher`` always wins; the text is
read only when none is named (`published`).

What counts as the publisher's name, strongest first (`text_publisher`, `Publisher.evidence`):

1. ``colofon``: a colophon or copyright line, anywhere in the text, the label opening its line:
   "© 2023 VNG", "Copyright Gemeente Utrecht", "Een uitgave van het Openbaar Ministerie",
   "Uitgegeven door: WODC", "Uitgave" (the name on the next line). Only here may a name outside the
   list stand ("© 2019 Enexis Groep"): a short capitalised name on a line of its own, no digits.
2. ``titelpagina``: a line among the first ``HEAD_LINES`` that is a known name and nothing else
   ("Tweede Kamer der Staten-Generaal", "Centraal Bureau voor de Statistiek", "Gemeente Tilburg"; not
   a bare abbreviation: "BZK", "SZW" head a list of committees as often as a title page),
   or a parliamentary committee as the sender ("vaste commissie voor Financiën": the Tweede Kamer,
   unless a head line names the Eerste Kamer). A head that names two publishers names none.
3. ``zelfbeschrijving``: the opening describes the publication and names its maker as the subject
   ("In deze rapportage presenteert het CBS de voorlopige cijfers", "In de serie … analyseren
   onderzoekers van het NSCR …").
4. ``afsluiting``: the closing lines sign the document: an author with their employer ("Mark Gremmen
   (Onderzoeker bij de VNG)"), a contact address ("Contact: waarstaatjegemeente@vng.nl", "neem contact
   op met ces@minjenv.nl"), or the publisher's own site ("Lees meer op de VNG-website"), each on a
   short line (at most ``MAX_CLOSING_WORDS`` words: a closing block's line, not running text).

A mere mention is no evidence: a report that cites "Bron: CBS", quotes the police or thanks a ministry
is not published by them, and running text is never read for names outside the positions above. Known
names are those of the curated list of Dutch public organisations in ``data/publishers.csv`` (name,
abbreviations, other names, web domains: "Vereniging van Nederlandse Gemeenten", "VNG", "vng.nl" are
one publisher) and the forms "Gemeente <naam>" and "Provincie <naam>" with a municipality or province
of the gazetteer (``data/gazetteer.csv``, ``data/region_names.csv``, read in :mod:`trendbeeld.regiondata`).
`canonical` gives every form of a known publisher one name, so that two reports of one publisher are
one voice however they name it.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

from trendbeeld import regiondata
from trendbeeld.model import Source, SourceType

HEAD_LINES = 15  # a title page's lines: the first non-empty lines of the text
HEAD_CHARS = 4000
TAIL_LINES = 30  # the closing block: contact, sign-off, "meer informatie"
# A closing block's lines are short; a long line is running text (a news body is one line), where a
# "website van de NVWA" or a tip line's address is a mention.
MAX_CLOSING_WORDS = 25
MAX_FREE_NAME_WORDS = 6  # a name outside the list, on a colophon line
MAX_PREFIX_WORDS = 9  # the longest known name read at the start of a phrase
# Sources whose voice is not a publisher of their text: news items have their outlet, an interview
# its interviewee.
OWN_VOICE_TYPES = frozenset({SourceType.NEWS, SourceType.INTERVIEW})

_PLACE_ALIASES = {"friesland": "fryslan", "den bosch": "s-hertogenbosch"}
_ARTICLE = re.compile(r"^(?:de|het|'t)\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = " \t.,:;–—-'\"‘’“”"
# Colophon and copyright labels, opening their line (capitalised: a wrapped sentence line that
# starts "uitgegeven door de minister" is running text).
_COLOPHON = re.compile(
    r"^[ \t]*(?:(?:Copyright|COPYRIGHT)\s*©?|©)\s*"
    r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?(?P<copyright>[^\n]*)$"
    r"|^[ \t]*(?:Dit is een uitgave van|Een uitgave van|EEN UITGAVE VAN|Uitgave van|Uitgegeven door"
    r"|UITGEGEVEN DOOR|Gepubliceerd door|Uitgave|UITGAVE|Uitgever|UITGEVER)\b[ \t]*[:\-–]?[ \t]*"
    r"(?P<label>[^\n]*)$",
    re.MULTILINE,
)
_NAME_CUT = re.compile(r"\s*(?:[,;|(/]|\s[-–]\s|\s+in opdracht\b|\s+te\s+[A-Z]).*$")
_DIGIT = re.compile(r"\d")
_REGION_TAG = re.compile(r"\s*\((?:gemeente|PV)\)$")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_COMMITTEE = re.compile(r"^(?:de\s+)?vaste\s+commissie\s+voor\s+\w", re.IGNORECASE)
TWEEDE_KAMER, EERSTE_KAMER = "Tweede Kamer", "Eerste Kamer"  # names in data/publishers.csv
_DOC_NOUN = (
    r"(?:publicatie|rapport|rapportage|notitie|onderzoek|monitor|factsheet|brochure|jaarverslag"
    r"|jaarbericht|verslag|analyse|artikel|bijdrage|uitgave|verkenning|serie|reeks|nota)"
)
_SELF = re.compile(
    r"\bIn\s+(?:(?:deze|dit)\s+(?:\w+\s+){0,2}?" + _DOC_NOUN + r"|de\s+(?:serie|reeks))\b[^.!?\n]{0,80}?\s"
    r"(?:presenteert|presenteren|beschrijft|beschrijven|geeft|geven|brengt|brengen|publiceert"
    r"|analyseert|analyseren|belicht|belichten|bespreekt|bespreken|toont|tonen|schetst|schetsen"
    r"|rapporteert|rapporteren|doet|doen|onderzoekt|onderzoeken)\s+"
    r"(?:(?:de\s+)?(?:onderzoekers|medewerkers|analisten|experts|wetenschappers)\s+van\s+)?"
    r"(?P<rest>[^.!?\n]{2,120})"
)
_SIGNATURE = re.compile(
    r"^[A-Z][\w'.-]+(?:\s+[\w'.-]+){1,4}\s*\((?:[^()]{2,60}?)\s+(?:bij|van)\s+(?P<org>[^()]{2,80})\)\s*$"
)
_CONTACT_WORD = re.compile(r"\b(?:contact|e-?mail|mail)\b", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
_OWN_SITE = re.compile(
    r"\b(?:op|via)\s+de\s+(?P<dashed>[\w&]+)-website\b"
    r"|\bwebsite\s+van\s+(?P<of>[^.:!?\n]{2,80})",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Publisher:
    """A publisher read from a document's text, and the kind of line that named it."""

    name: str
    evidence: str  # colofon, titelpagina, zelfbeschrijving, afsluiting


@dataclass(frozen=True, slots=True)
class _Table:
    names: dict[str, str]  # folded full name or other name -> canonical name
    abbreviations: dict[str, str]  # abbreviation as written -> canonical name
    domains: dict[str, str]  # web domain -> canonical name
    municipalities: dict[str, str]  # folded name -> name
    provinces: dict[str, str]


def _fold(text: str) -> str:
    """Lower case, no accents, one space, no leading article, no edge punctuation."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _SPACES.sub(" ", text).strip(_EDGE_PUNCT).casefold()
    return _ARTICLE.sub("", text).strip(_EDGE_PUNCT)


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("trendbeeld").joinpath("data").joinpath(name).read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@cache
def _table() -> _Table:
    names: dict[str, str] = {}
    abbreviations: dict[str, str] = {}
    domains: dict[str, str] = {}
    for row in _rows("publishers.csv"):
        canonical = row["name"].strip()
        for other in (canonical, *row["aliases"].split(";")):
            if other.strip():
                names[_fold(other)] = canonical
        for short in row["abbreviations"].split(";"):
            if short.strip():
                abbreviations[short.strip()] = canonical
        for domain in row["domains"].split(";"):
            if domain.strip():
                domains[domain.strip().casefold()] = canonical
    municipalities: dict[str, str] = {}
    provinces: dict[str, str] = {}
    by_code: dict[str, str] = {}  # one name per region: "Den Haag" and "'s-Gravenhage" are one publisher
    for entry in (*regiondata.gazetteer(), *regiondata.region_names()):
        place = _REGION_TAG.sub("", entry.name).strip()
        target = {"gemeente": municipalities, "provincie": provinces}.get(entry.level)
        if target is not None and place and not place.startswith("Niet in te delen"):
            target.setdefault(_fold(place), by_code.setdefault(entry.code, place))
    return _Table(names, abbreviations, domains, municipalities, provinces)


def _domain_publisher(domain: str) -> str | None:
    """The publisher of a web domain or one of its subdomains ("www.politie.nl", "vng.nl")."""
    parts = domain.casefold().strip(".").split(".")
    domains = _table().domains
    for start in range(max(len(parts) - 1, 0)):
        found = domains.get(".".join(parts[start:]))
        if found:
            return found
    return None


@lru_cache(maxsize=4096)
def canonical(name: str) -> str | None:
    """The one name of a known publisher, however ``name`` writes it (full name, other name,
    abbreviation, web domain, "Gemeente <naam>", "Provincie <naam>"), or None when it is unknown."""
    table = _table()
    bare = _SPACES.sub(" ", name).strip(_EDGE_PUNCT)
    bare = _ARTICLE.sub("", bare)
    if bare in table.abbreviations:
        return table.abbreviations[bare]
    folded = _fold(bare)
    if folded in table.names:
        return table.names[folded]
    if "." in folded and " " not in folded:
        return _domain_publisher(folded.removeprefix("https://").removeprefix("http://").split("/")[0])
    kind, _, place = folded.partition(" ")
    place = _PLACE_ALIASES.get(place.strip(_EDGE_PUNCT), place.strip(_EDGE_PUNCT))
    if kind == "gemeente" and place in table.municipalities:
        return f"Gemeente {table.municipalities[place]}"
    if kind == "provincie" and place in table.provinces:
        return f"Provincie {table.provinces[place]}"
    return None


def _known_prefix(phrase: str) -> str | None:
    """The known publisher that ``phrase`` opens with ("het CBS de voorlopige cijfers" -> CBS)."""
    words = _ARTICLE.sub("", phrase.strip()).split()
    for size in range(min(len(words), MAX_PREFIX_WORDS), 0, -1):
        found = canonical(" ".join(words[:size]))
        if found:
            return found
    return None


def _free_name(phrase: str) -> str | None:
    """A name outside the list, on a colophon line: short, capitalised, no digits."""
    name = _ARTICLE.sub("", phrase.strip(_EDGE_PUNCT)).strip(_EDGE_PUNCT)
    words = name.split()
    if not words or len(words) > MAX_FREE_NAME_WORDS or _DIGIT.search(name) or not name[0].isupper():
        return None
    return name if any(c.isalpha() for c in name) and len(name) >= 2 else None


def _colophon(text: str) -> str | None:
    for match in _COLOPHON.finditer(text):
        if match["copyright"] is not None and not _YEAR.search(match[0]):
            continue  # "© ANP": a photo credit, not the document's copyright
        phrase = match["copyright"] if match["copyright"] is not None else match["label"]
        if not phrase.strip():  # the label alone on its line: the name is on the next one
            following = text[match.end():match.end() + 200].lstrip("\n \t").split("\n", 1)[0]
            phrase = following
        phrase = _NAME_CUT.sub("", phrase.strip())
        found = (canonical(phrase) or _known_prefix(phrase)) if phrase else None
        if found or (phrase and (found := _free_name(phrase))):
            return found
    return None


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _title_page(head: list[str]) -> str | None:
    """The one known name that a head line is; None when the head names two (a report titled after
    the organisation it is about, "Belastingdienst", above its maker's name: which is which?)."""
    named: set[str] = set()
    abbreviations = _table().abbreviations
    committee = False
    for line in head:
        named.update(
            found for part in line.split("|")
            if part.strip(_EDGE_PUNCT) not in abbreviations and (found := canonical(part))
        )
        committee = committee or bool(_COMMITTEE.match(line))
    if committee and EERSTE_KAMER not in named:
        named.add(TWEEDE_KAMER)
    return named.pop() if len(named) == 1 else None


def _self_description(head_text: str) -> str | None:
    for match in _SELF.finditer(" ".join(head_text.split())):
        found = _known_prefix(match["rest"])
        if found:
            return found
    return None


def _closing(lines: list[str]) -> str | None:
    tail = [line for line in lines if len(line.split()) <= MAX_CLOSING_WORDS]
    for line in tail:
        signed = _SIGNATURE.match(line)
        if signed and (found := _known_prefix(signed["org"])):
            return found
        if _CONTACT_WORD.search(line):
            for address in _EMAIL.finditer(line):
                if found := _domain_publisher(address["domain"]):
                    return found
    for line in tail:
        for site in _OWN_SITE.finditer(line):
            found = canonical(site["dashed"]) if site["dashed"] else _known_prefix(site["of"])
            if found:
                return found
    return None


def _evidence(text: str) -> Iterator[Publisher]:
    if found := _colophon(text):
        yield Publisher(found, "colofon")
    head_text = text[:HEAD_CHARS]
    head = _lines(head_text)[:HEAD_LINES]
    if found := _title_page(head):
        yield Publisher(found, "titelpagina")
    if found := _self_description("\n".join(head)):
        yield Publisher(found, "zelfbeschrijving")
    if found := _closing(_lines(text[-HEAD_CHARS:])[-TAIL_LINES:]):
        yield Publisher(found, "afsluiting")


def text_publisher(text: str) -> Publisher | None:
    """The publisher a document's text names in a colophon, on its title page, in its opening or in
    its closing lines (strongest first, see the module), or None."""
    return next(_evidence(text), None)


def published(source: Source) -> Source:
    """``source`` with the publisher its text names, when neither its file nor the user named one
    (no publisher, no organisation) and it is not a news item or an interview."""
    meta = source.meta
    if meta.publisher or meta.organisation or meta.type in OWN_VOICE_TYPES:
        return source
    found = text_publisher(source.text)
    return source if found is None else replace(source, meta=replace(meta, publisher=found.name))
