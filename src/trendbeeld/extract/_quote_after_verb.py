"""The speaker named right after a speech verb that follows a quote (citaat): "„…”, zegt [de] [rol]
Naam[, rol bij Organisatie]", a surname alone as the full name given earlier ("zegt Van Dijk",
"zegt minister Van Engelshoven"), a title with its department ("aldus minister van Handel Anup
Wadhawan"), an unlisted noun or adjective before one name ("denkt politicoloog Sánchez-Cuenca",
"aldus een trotse Pereira"), an organisation ("aldus het OM", "…, aldus EOKM."), a text's author
("aldus een verklaring van de politie"), a party member named before ("zegt de liberaal"), and the
anonymous sources of :mod:`._quote_unnamed` ("zegt een woordvoerder van de politie").
:mod:`._quote_attribution` finds the verb and calls :func:`named_after_verb`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from trendbeeld.extract import _roles, _speakers, lexicon
from trendbeeld.extract._document import Document
from trendbeeld.extract._quote_names import aged_person, first_name_full, surname
from trendbeeld.extract._quote_patterns import patterns
from trendbeeld.extract._quote_referents import relative_at
from trendbeeld.extract._quote_roles import referent
from trendbeeld.extract._quote_unnamed import party_person, unnamed_speaker
from trendbeeld.extract._quotemarks import Candidate
from trendbeeld.extract._speakers import (
    Attribution,
    attribution_of,
    inside_word,
    plausible_name,
    rest_after,
    split_name,
    title_before,
)

NAME_WINDOW = 120  # the name follows the speech verb within this many characters
# "aldus een verklaring van", "staat in een persbericht van": a text whose author is named next.
_WRITTEN_BY = re.compile(
    r"(?:in\s+)?(?:een|de|het)\s+(?:verklaring|persbericht|brief|bericht|reactie|statement|tweet|"
    r"nieuwsbrief|raadsbrief|Kamerbrief)\s+(?:van|door)\s+"
)
_COMPOUND_WORD = re.compile(r"[\w'’-]+")  # "VVD-lijsttrekker" after "de Boskoopse"
_PARTY_MEMBER_AT = re.compile(r"(?:de|De)\s+(?P<noun>[a-z]+|[A-Z][A-Za-z0-9]{1,9}['’]er)(?=\s*[.,;!?]|\s*\Z)")
_LEADS = frozenset({"Van", "De", "Den", "Ter", "Ten", "Op", "In"})  # a surname's capital particle
_PLACE_ADJECTIVE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:se|sche)")  # "Rotterdamse", "Haagsche"
_ACRONYM_AT = re.compile(r"[ \t]*(?P<org>[A-Z][A-Z0-9&]{1,7})(?=[ \t]*(?:[.,;!?]|\Z))")  # "aldus EOKM."
_INITIAL_AFTER = re.compile(r" [A-Z]\.")  # a suspect's surname as an initial
_SPAN = re.compile(r".+", re.DOTALL)  # a name match narrowed to where the name starts
# "Unie van Waterschappen", "Vereniging van Nederlandse Gemeenten": a capitalised head with "van" or
# "voor" and capitalised words after it
_ORGANISATION_OF = re.compile(
    r"(?<![\w-])(?P<head>[A-ZÀ-Ý][a-zà-ÿ]+)\s+(?:van|voor)\s+(?:[A-ZÀ-Ý][\w-]+)(?:\s+[A-ZÀ-Ý][\w-]+){0,2}"
)
ORGANISATION_REACH = 5000  # the full name of an organisation is printed this close before its short form
_AGE_BEFORE = re.compile(r"(?:de|het)\s+\d{1,3}-jarige\s+")


def named_after_verb(
    window: str,
    pos: int,
    doc: Document,
    cand: Candidate,
    known: dict[str, Attribution],
    last: tuple[int, Attribution] | None = None,
) -> Attribution | None:
    """"zegt [de] [rol] Naam[, rol bij Organisatie]" from ``pos`` (just after the verb); a
    surname alone ("zegt Van Dijk") when the full name is given earlier; an anonymous
    spokesperson ("zegt een woordvoerder van de politie") or an organisation ("aldus het OM")."""
    written = _WRITTEN_BY.match(window, pos)
    if written is not None:
        pos = written.end()  # "aldus een verklaring van het OM": the author speaks
    named_so, unnamed = unnamed_speaker(window, pos, doc, cand, known, last)
    if named_so:
        return unnamed
    found = (relative_at(window, pos) or _party_member_at(window, pos, doc, cand.open)
             or _epithet_at(window, pos, doc, cand.open, known, last)
             or _full_organisation(_organisation_at(window, pos), doc.text, cand.open)
             or aged_person(window, pos, doc, cand.open))
    if found is not None:
        return found
    for m in _names_from(window, pos, pos + NAME_WINDOW):
        if inside_word(window, m.start(), m.end()) or _before_title(window, m):
            continue  # "ChristenUnie-voorman": part of a compound; "de Rotterdamse burgemeester …"
        read = _title_at(window, pos, m)
        if read is None:
            continue
        written_title, named, loose = read
        if loose and len(split_name(named.group(0), None)[1].split()) < 2:
            initial = _INITIAL_AFTER.match(window, named.end())  # "verdachte Anouar A."
            name = named.group(0) + (initial.group(0) if initial is not None else "")
            return _loose_surname(name, written_title or "", doc, cand.open, known)
        return _titled_name(window, pos, named, written_title, doc, cand.open, known)
    return None


def _title_at(window: str, pos: int, m: re.Match[str]) -> tuple[str | None, re.Match[str], bool] | None:
    """The title between the verb at ``pos`` and the name match ``m`` (none, a listed role, "zegt
    ook", a department "minister van Handel", or a noun the lexicon does not list), the match from
    where the name starts, and whether the title is such an unlisted noun; None when the words
    between make ``m`` no speaker."""
    ok, written_title = title_before(window[pos : m.start()])
    if ok:
        return written_title, m, False
    department = _department(window[pos : m.start()], m.group(0))
    if department is not None:
        # "aldus minister van Handel Anup Wadhawan": the department's word opens the match
        title, name_at = department
        return title, _SPAN.match(window, m.start() + name_at, m.end()) or m, False
    # "stelt sportmarketeer Bob van Oosterhout", "denkt politicoloog Sánchez-Cuenca": a noun the
    # role lexicon does not list, before a full name or a surname
    loose = _speakers.loose_title(window[pos : m.start()])
    return None if loose is None else (loose, m, True)


def _titled_name(
    window: str,
    pos: int,
    m: re.Match[str],
    written_title: str | None,
    doc: Document,
    quote_at: int,
    known: dict[str, Attribution],
) -> Attribution | None:
    """The speaker of the name match ``m`` after its title, the rest of the sentence giving a role."""
    title, name, lead = split_name(m.group(0), written_title)
    end = m.end()
    if lead or title != written_title:
        # the match began with a title ("Tweede Kamerlid Jan" of "Tweede Kamerlid Jan Smit"):
        # the name is read again from where it starts
        again = patterns()["name"].match(window, m.start() + m.group(0).rfind(name))
        if again is not None and again.group(0).startswith(name):
            name, end = " ".join(again.group(0).split()), again.end()
    if plausible_name(name, title) or _titled_surname(name, title):
        return _surname_or_written(name, title, rest_after(window, end), doc, quote_at, known)
    if title is None and (m.start() == pos or _AGE_BEFORE.fullmatch(window[pos : m.start()])):
        return _name_alone(" ".join(m.group(0).split()), doc, quote_at, known)
    return None


def _department(words_before: str, name: str) -> tuple[str, int] | None:
    """"minister van |Handel Anup Wadhawan|": a title with "van" before a match that begins with
    the department's word; the title with that word, and where the person's name starts."""
    words = words_before.split()
    parts = name.split()
    if (len(words) < 2 or words[-1] != "van" or len(parts) < 3
            or not _roles.is_role_word(words[-2].lower().split("-")[-1])):
        return None
    rest = " ".join(parts[1:])
    if not plausible_name(rest) or _roles.is_role_word(parts[1].lower()):
        return None
    return f"{' '.join(words)} {parts[0]}", name.index(parts[1], len(parts[0]))


def _loose_surname(
    name: str, title: str, doc: Document, pos: int, known: dict[str, Attribution]
) -> Attribution | None:
    """"denkt politicoloog Sánchez-Cuenca", "aldus een trotse Pereira": one capitalised word after
    a noun or adjective the lexicons do not list, as the full name given earlier, else as written."""
    if not plausible_name(name, title) or name.lower() in lexicon.load().name_particles:
        return None
    found = surname(name, doc, pos, known)
    if found is None or found.speaker == _roles.ANONYMOUS:
        return None
    if found.speaker != name:
        return found
    full = _first_name_full(name, title, doc, pos)
    if full is not None:
        return full
    # "een trotse Pereira": an adjective is no role, nor is a time ("zei vorige week Rutte")
    head = title.rsplit(maxsplit=1)[-1].lower()
    if (title.endswith("e") and not _roles.is_role_word(head)) or head in lexicon.load().time_units:
        return attribution_of(name, None, "", dash=False)
    return attribution_of(name, title, "", dash=False)


def _organisation_at(window: str, pos: int) -> Attribution | None:
    """"aldus het OM", "meldt de politie", "zegt de gemeente Utrecht" at ``pos``."""
    pats = patterns()
    org = pats["org"].match(window, pos)
    if org is None:  # "…”, aldus EOKM.": an acronym without an article ends the attribution
        bare = _ACRONYM_AT.match(window, pos)
        return Attribution(bare.group("org"), None, bare.group("org")) if bare is not None else None
    if (_speakers.names_person(pats["name"].match(window, org.start("org")))
            # "de Utrechtse politiechef Eva Mol" is no organisation
            or any(_roles.is_role_word(w) for w in org.group("org").split())):
        return None
    speaker = _speakers.tidy_org(org.group("org"))
    return Attribution(speaker, None, speaker)


def _full_organisation(found: Attribution | None, text: str, pos: int) -> Attribution | None:
    """"constateerde de Unie" after "De Unie van Waterschappen schat …": an organisation named by its
    first word alone is the full name printed before (the last one that starts with it)."""
    if found is None or found.organisation != found.speaker or " " in found.speaker:
        return found
    full = None
    for m in _ORGANISATION_OF.finditer(text, max(pos - ORGANISATION_REACH, 0), pos):
        if m.group("head") == found.speaker:
            full = " ".join(m.group(0).split())
    return found if full is None else Attribution(full, found.role, full)


def _name_alone(alone: str, doc: Document, pos: int, known: dict[str, Attribution]) -> Attribution | None:
    """"zegt Van Dijk", "zegt de 17-jarige Sam": a surname or a first name alone, as the full name
    given earlier ("zegt Jan" after "Jan Smit"), else as written."""
    found = surname(alone, doc, pos, known)
    if found is not None and found.speaker == alone and " " not in alone:
        return first_name_full(doc, alone, pos) or found
    return found


def _titled_surname(name: str, title: str | None) -> bool:
    """"minister Van Engelshoven": a surname with its capital particle after a title."""
    return title is not None and name.split(maxsplit=1)[0] in _LEADS and len(name.split()) <= 3


def _surname_or_written(
    name: str, title: str | None, rest: str, doc: Document, pos: int, known: dict[str, Attribution]
) -> Attribution:
    """A titled surname alone as the full name given earlier ("zegt minister Van Engelshoven"
    after "Ingrid van Engelshoven"), else the name as written with its title and role."""
    if _titled_surname(name, title):
        found = surname(name, doc, pos, known)
        if found is not None and found.speaker != name:
            return found
    return _first_name_full(name, title, doc, pos) or attribution_of(name, title, rest, dash=False)


def _first_name_full(name: str, title: str | None, doc: Document, pos: int) -> Attribution | None:
    """"vertelt moeder Bianca" after "moeder Bianca van Santwijk": a common first name alone after a
    title or noun is the full name given earlier that starts with it."""
    if title is None or " " in name or _speakers.gender(name) is None:
        return None
    full = first_name_full(doc, name, pos)
    if full is None or not full.speaker.startswith(name + " "):
        return None
    return Attribution(full.speaker, full.role or title, full.organisation)


def _party_member_at(window: str, pos: int, doc: Document, quote_at: int) -> Attribution | None:
    """"„…”, zegt de liberaal.", "„…”, aldus de PVV'er.": the politician named earlier with that party."""
    m = _PARTY_MEMBER_AT.match(window, pos)
    return party_person(doc, m.group("noun"), quote_at) if m is not None else None


def _epithet_at(
    window: str, pos: int, doc: Document, quote_at: int, known: dict[str, Attribution],
    last: tuple[int, Attribution] | None,
) -> Attribution | None:
    """"„…”, vertelt de Arnhemse.", "„…”, benadrukt de Engelse.", "„…”, zegt de mbo-student.": a word
    for where a person comes from or what they do (a demonym, a hyphenated noun) that refers back to
    the one person named just before (:func:`._quote_roles.referent`); a demonym in "-se" is a woman."""
    m = _EPITHET_AT.match(window, pos)
    if m is None:
        return None
    noun = m.group("noun")
    if noun.lower() in lexicon.load().function_words or _roles.is_role_word(noun.lower()):
        return None  # roles are read by the unnamed-speaker rules
    found = referent(doc, noun, quote_at, known, last)
    if found is None or (noun.endswith("se") and not _speakers.fits("zij", found.speaker)):
        return None
    return Attribution(found.speaker, found.role, found.organisation)


# "de Arnhemse", "de Engelse", "de Spanjaard", "de Amsterdammer", "de mbo-student", after an adjective
_EPITHET_AT = re.compile(
    r"(?:de|De)\s+(?:[a-zà-ÿ]+e\s+)?(?P<noun>[A-ZÀ-Ý][a-zà-ÿ]+(?:se|er|aan|ees|iër|aard)|[a-zà-ÿ]{2,}-[a-zà-ÿ]{3,})"
    r"(?=\s*[.,;!?]|\s*\Z|\s+[a-zà-ÿ]+\s*[.,;!?])"
)


def _before_title(window: str, m: re.Match[str]) -> bool:
    """"de Rotterdamse burgemeester Ahmed Aboutaleb": a place adjective before a title, no name."""
    word = _COMPOUND_WORD.match(window, m.end() + 1)
    return (bool(_PLACE_ADJECTIVE.fullmatch(m.group(0))) and window[m.end() : m.end() + 1] == " "
            and word is not None and _roles.is_role_word(word.group(0)))


def _names_from(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Name matches in ``text[start:end]``; after a match glued to a word ("CDA-Kamerlid Jan
    Smit" read from "Kamerlid") the search goes on at the next word."""
    pattern = patterns()["name"]
    pos = start
    while (m := pattern.search(text, pos, end)) is not None:
        yield m
        if inside_word(text, m.start(), m.end()):
            space = text.find(" ", m.start(), m.end())
            pos = space + 1 if space >= 0 else m.end()
        else:
            pos = m.end()
