"""Whether a name of the gazetteer names a place of the text itself, where a figure was counted.

A name is no place here when it is part of another name ("de Universiteit van Amsterdam", "Amsterdam
Trade Bank", "Safer Internet Centre Nederland", "zegt Van Oosterhout", "agent Breda", "het akkoord
van Parijs", "de Landelijke Eenheid"), an ambiguous word without a word of place before it ("Best"),
where something goes or someone comes from ("naar Engeland", "via Jordanië", "de verkoop aan China",
"een man uit Amstelveen", "de rechtbank in Den Haag"), a person's title ("de kroonprins van
Jordanië"), the scope of a ranking ("de grootste jongerenclub van Europa"), the nationality of what
is counted ("twee Russische spionnen"), a place a count lists in brackets ("Vier gemeenten
(Renswoude, …)"), an adjective with no noun ("de Haagse politiek"), a letter's signature ("Hans
Achterberg, Zeist."), its date line ("'s-Gravenhage, 12 mei 1989", where it was written) or a postal
address ("Postbus 20301, 2500 EH 's-Gravenhage", "2513 AA Den Haag"): a ministry's seat is not
what a letter's figures count.
"""

from __future__ import annotations

import re
from functools import cache

from trendbeeld import months
from trendbeeld.extract import lexicon
from trendbeeld.extract._gazetteer import (
    Gazetteer,
    abroad,
    adjectives,
    canonical,
    cities_abroad,
    gazetteer,
    known_start,
)

# Words before an ambiguous name ("gemeente Best", "in Leiden") that make it a region.
_REGION_CONTEXT = re.compile(
    r"\b(?:in|gemeente|regio|provincie|eenheid|politie-eenheid|veiligheidsregio|uit|rond|te|van|voor|heel)\s+\Z",
    re.IGNORECASE,
)
# A capitalised word right before a name, itself after a word in the sentence: the name is the
# end of a longer proper name ("Safer Internet Centre Nederland", "Politie Academie Utrecht").
_IN_NAME = re.compile(r"[\w,)][ ]+(?P<word>[A-Z][\w-]*)[ ]+\Z")
# A capitalised word inside a sentence and "van" before a name end a proper name ("de Universiteit
# van Amsterdam", "Giovanni van Bronckhorst"; not "de Staten van Gelderland", its parliament).
_NAME_OF = re.compile(r"(?<=[a-zà-ÿ,][ ])(?!Staten[ ])[A-ZÀ-Ý][a-zà-ÿ]+[ ]van[ ]\Z")
_TREATY_OF = re.compile(  # "het akkoord van Parijs": a treaty named after the city where it was made
    r"(?<![\w-])(?:klimaatakkoord|akkoord|verdrag|(?:klimaat)?doelen|(?:klimaat)?afspraken)[ ]van[ ]\Z", re.I
)
NAME_OF_CHARS = 30
# "zegt Van Oosterhout", "Van Vught: …": a capitalised "Van" before a name makes it a surname (not
# "Van Amsterdam tot Maastricht", a stretch from one place to another).
_SURNAME_PARTICLE = re.compile(r"(?<![\w-])Van[ ]\Z")
_STRETCH_AFTER = re.compile(r"[ ]+(?:naar|tot|tot en met)[ ]")
# A capitalised word right after a name, not a part of town: the name starts the name of an
# organisation ("Amsterdam Trade Bank", "Wageningen Marine Research", "Amsterdam Medisch Centrum").
_NAME_AFTER = re.compile(
    r"[ ](?!(?:Centraal|Centrum|Zuid|Noord|Oost|West|Zuidoost|Zuidwest|Noordoost|Noordwest|Nieuw-West)"
    r"(?![\w-]))[A-ZÀ-Ý][a-zà-ÿ]"
)
# A place after these words is where something goes, where someone comes from or where a court
# sits, not where a figure was counted: "naar Engeland uitvoeren", "richting Rotterdam",
# "afkomstig uit Aruba", "de rechtbank in Den Haag".
_ELSEWHERE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:naar|richting)(?:\s+de)?|afkomstig\s+(?:uit|van)|geboren\s+(?:in|te)"
    # the seat of a court: "door de rechtbank in Den Haag veroordeeld"
    r"|(?:rechtbank|gerechtshof|hof)(?:\s+(?:in|van|te))?"
    # where one person lives: "een 72-jarige man uit Amstelveen", "Nuraini Suliman (28) uit Eritrea",
    # "de 31-jarige uit Oudenbosch" (not a group counted: "leerlingen uit Almere")
    r"|(?:(?:man|vrouw|jongen|meisje|jongeman|inwoner|inwoonster|bewoner|bewoonster|\d{1,3}-jarige)"
    r"|\(\d{1,3}\)|(?<=\w[ ])(?-i:[A-ZÀ-Ý][\w'’-]+))\s+uit"
    # the title of a person: "de kroonprins van Jordanië", "premier van Italië"
    r"|(?:koning|koningin|kroonprins|kroonprinses|prins|prinses|keizer|president|premier|minister-president"
    r"|sjeik|emir|sultan|ambassadeur|consul)\s+van)\s+\Z",
    re.IGNORECASE,
)
# The scope of a ranking is not where a figure was counted ("de grootste jongerenclub van Europa").
_RANKING_BEFORE = re.compile(
    r"(?<![\w-])(?:groot|klein|oud|hoog|laag|duur|druk|rijk|arm|snel)ste[ ]+(?:[a-zà-ÿ-]+[ ]+){1,3}van[ ]+\Z"
)
RANKING_CHARS = 60
# "waarna dat geld via Jordanië weer naar Nederland kwam": a place by name after "via" is on the
# way, like a destination (not "via Nederlandse havens", which says where).
_CAPITAL_AFTER = re.compile(r"[ ][A-ZÀ-Ý]")
_ROUTE_BEFORE = re.compile(r"(?<![\w-])via[ ]+\Z")
ELSEWHERE_CHARS = 24
# "de verkoop aan China", "betalen aan Brussel", "een bezoek aan Frankrijk": a place named after
# "aan" receives or is visited, like a destination ("het bedrag aan wereldwijde boetes" is no name).
_RECEIVER_BEFORE = re.compile(r"(?<![\w-])aan[ ]+\Z")
RECEIVER_CHARS = 5
# "Hans Achterberg, Zeist.": the town after a person's name that ends a sentence is where a letter's
# writer lives (a signature), not where a figure was counted.
_SIGNED_BY = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:[ ]+(?:van|de|der|den|ter|ten|het)){0,2}"
    r"[ ]+[A-ZÀ-Ý][\w'’-]+),[ ]\Z"
)
_SIGNATURE_END = re.compile(r"\.(?:\s|\Z)")
SIGNATURE_CHARS = 40
# "'s-Gravenhage, 12 mei 1989", "Den Haag, 3 oktober 1990", "Rotterdam, mei 1991" (OCR: "'s-Gravenhage ,
# 2 april 1990"): the place and date of a letter (its date line), where it was written, before the
# end of a line or sentence or the letter's first word; not a news dateline, which a dash follows and
# which names the scene ("DEN HAAG, 12 maart 2019 - …"), nor a clause that goes on ("Utrecht, 3
# oktober 1990 opgericht").
_DATE_LINE_AFTER = re.compile(
    rf"[ ]?,?[ ]+(?:\d{{1,2}}[ ]+)?(?i:{months.alternation()})[ ]+(?:1[89]|20)\d\d"
    r"(?=[ ]*(?:[.\n]|\Z|[A-ZÀ-Ý'’]))"  # the line or sentence ends, or the letter's text starts
)
# "2500 EH 's-Gravenhage", "Postbus 20301 Den Haag", "Binnenhof 1a, 's-Gravenhage", "Schedeldoekshaven
# 100\n's-Gravenhage": a postal address, a letterhead's or the addressee's.
_ADDRESS_BEFORE = re.compile(
    r"(?:(?<![\w-])\d{4}[ ]?[A-Z]{2}|(?<![\w-])[Pp]ostbus[ ]+\d{1,6}"
    r"|(?<![\w-])[A-ZÀ-Ý][a-zà-ÿ]*(?:straat|weg|laan|plein|gracht|kade|hof|haven|singel|dijk|markt|park)"
    r"[ ]+\d{1,4}[a-zA-Z]?),?[ \n]+\Z"
)
ADDRESS_CHARS = 40
# "Vier gemeenten (Renswoude, …)": a plural noun of places before a bracket that lists them.
_PLACES_NOUN = re.compile(
    r"(?<![\w-])(?:gemeenten|provincies|steden|dorpen|landen|regio['’]s|eenheden|wijken)\s*\Z", re.IGNORECASE
)
_IN_PLACES = re.compile(
    r"(?<![\w-])(?:in|binnen|buiten|uit)\s+(?:de\s+|die\s+|deze\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:gemeenten|provincies|steden|dorpen|landen|regio['’]s|eenheden|wijken)\s*\Z",
    re.IGNORECASE,
)
ENUMERATION_CHARS = 120  # the names of the list stand this close after the bracket
ENUMERATION_NOUN_CHARS = 20
# An irregular adjective of a place names it only before a lower-case noun ("Brabantse
# gemeenten"), not before the words of national politics ("de Haagse politiek") nor before a
# village it places ("het Brabantse dorp Heeze" is Heeze).
_ADJECTIVE_ENDS = ("se", "sche", "er")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:politiek|politici|wandelgangen|kaasstolp)\b"
    r"|(?:dorp|dorpje|stadje|stad|plaatsje|gehucht|stadsdeel|wijk)\s+[A-ZÀ-Ý])[a-zà-ÿ]"
)
# Forms of address before a surname ("meneer De Bilt"); role titles come from ``roles.txt``.
_ADDRESS = ("meneer", "mevrouw", "dhr.", "mevr.", "mw.", "de heer")
ROLE_CHARS = 40  # a role title before a name ends this close to it
NUMBER_CHARS = 30  # a number before an adjective of nationality ends this close to it


def adjective_without_noun(text: str, m: re.Match[str], name: str) -> bool:
    """Whether ``name`` is an irregular adjective of a place that no lower-case noun follows."""
    if name not in adjectives() or not name.endswith(_ADJECTIVE_ENDS):
        return False
    return _NOUN_AFTER.match(text, m.end()) is None


_place_here: dict[tuple[int, int, str | None], bool] = {}  # is_place_here of the text in _place_text
_place_text: list[str] = []


def is_place_here(text: str, m: re.Match[str]) -> bool:
    """Whether the gazetteer match ``m`` names a place of the text itself: not part of another
    name, not where something goes or someone comes from, not a place a count lists. Kept per
    text: the figures of a sentence ask for its names again (segment, clause and sentence)."""
    if not _place_text or _place_text[0] is not text:
        _place_text[:] = [text]
        _place_here.clear()
    key = (m.start(), m.end(), m.group("adj"))
    known = _place_here.get(key)
    if known is None:
        known = _place_here[key] = _is_place_here(text, m)
    return known


def forget() -> None:
    """Drop what :func:`is_place_here` kept of the last text."""
    _place_text.clear()
    _place_here.clear()


def _is_place_here(text: str, m: re.Match[str]) -> bool:
    gaz = gazetteer()
    name = m.group(0)[: -len(m.group("adj"))] if m.group("adj") else m.group(0)
    return not (
        adjective_without_noun(text, m, name)
        or _nationality_of_a_count(text, m, name)
        or _part_of_other_name(text, m, name, gaz)
        or _capitalised_scope_word(text, m, name)  # "de Landelijke Eenheid": a name, not the country
        or _ELSEWHERE_BEFORE.search(text, max(0, m.start() - ELSEWHERE_CHARS), m.start())
        or _RANKING_BEFORE.search(text, max(0, m.start() - RANKING_CHARS), m.start())
        or _received(text, m, name)
        or _enumerated(text, m.start())
        or _signature(text, m, gaz)
        or written_at(text, m)
    )


def written_at(text: str, m: re.Match[str]) -> bool:
    """Whether the name at ``m`` is where a letter was written or is sent: its date line
    ("'s-Gravenhage, 12 mei 1989") or a postal address ("2500 EH 's-Gravenhage", "Postbus 20301
    Den Haag")."""
    if m.group("adj"):
        return False
    return (
        _DATE_LINE_AFTER.match(text, m.end()) is not None
        or _ADDRESS_BEFORE.search(text, max(0, m.start() - ADDRESS_CHARS), m.start()) is not None
    )


def _received(text: str, m: re.Match[str], name: str) -> bool:
    """"de verkoop aan China": a place by name after "aan" (not "aan wereldwijde boetes"); "via
    Jordanië": a place on the way (not "via Nederlandse havens")."""
    window = max(0, m.start() - RECEIVER_CHARS)
    if _ROUTE_BEFORE.search(text, window, m.start()):
        return not m.group("adj") and not name.endswith(("se", "sche"))
    before = _RECEIVER_BEFORE.search(text, window, m.start())
    return name[0].isupper() and before is not None


def _signature(text: str, m: re.Match[str], gaz: Gazetteer) -> bool:
    """"Rob Bolman, Brielle.": a town after a person's name at a sentence end (not a list of
    places, "Den Haag, Rotterdam.")."""
    if not _SIGNATURE_END.match(text, m.end()) or not text.startswith(", ", m.start() - 2):
        return False
    signed = _SIGNED_BY.search(text, max(0, m.start() - SIGNATURE_CHARS), m.start())
    return signed is not None and known_start(signed.group("name"), gaz) is None


def _nationality_of_a_count(text: str, m: re.Match[str], name: str) -> bool:
    """Whether ``name`` is a foreign country's adjective right after a number or before a currency:
    the nationality of what is counted ("AIVD ontmaskert twee Russische spionnen") or a currency ("6
    miljoen Noorse kronen", "631 miljoen Canadese dollar"), not where."""
    if not name.endswith("e"):
        return False
    if _CURRENCY_AFTER.match(text, m.end()):
        return name in lexicon.load().scope_words or adjectives().get(name) in abroad()
    # the adjectives of scope_words.tsv only: "Een Venezolaanse journalist zei … 100 soldaten"
    region = lexicon.load().scope_words.get(name)
    if region is None or region in ("Nederland", name):
        return False
    if _LOCATIVE_ARTICLE.search(text, max(0, m.start() - NUMBER_CHARS), m.start()):
        return False  # "tekeer in een Duitse regionale trein": an article after "in", where it happened
    return _number_before().search(text, max(0, m.start() - NUMBER_CHARS), m.start()) is not None


# A currency after a country's adjective: "Noorse kronen", "Canadese dollar", "Argentijnse peso".
_CURRENCY_AFTER = re.compile(
    r"[ ]+(?:kronen|kroon|dollar|dollars|peso|pesos|roebel|roebels|lira|frank|franken|pond|yen|yuan|rand"
    r"|zloty|forint|shekel|roepie|roepies)(?![\w-])"
)
_LOCATIVE_ARTICLE = re.compile(r"(?<![\w-])(?:in|op|bij|nabij)[ ]+een[ ]+\Z", re.IGNORECASE)


@cache
def _number_before() -> re.Pattern[str]:
    words = sorted(lexicon.load().number_words, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w-])(?:\d[\d.,]*|(?i:{alternation}))[ ]+\Z")


def _enumerated(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` is one of the places a count names in brackets after its noun
    ("Vier gemeenten (Renswoude, Rozendaal, …) laten we buiten beschouwing"): the places counted,
    not where the count was made."""
    bracket = text.rfind("(", max(0, pos - ENUMERATION_CHARS), pos)
    if bracket < 0 or ")" in text[bracket:pos]:
        return False
    window = max(0, bracket - ENUMERATION_NOUN_CHARS)
    if _PLACES_NOUN.search(text, window, bracket) is None:
        return False
    # "in de drie noordelijke provincies (Groningen, …) heeft 78 procent": where, not what is counted
    return _IN_PLACES.search(text, max(0, bracket - ENUMERATION_NOUN_CHARS - 30), bracket) is None


def _part_of_other_name(text: str, m: re.Match[str], name: str, gaz: Gazetteer) -> bool:
    """Whether the name at ``m`` is no place here: an ambiguous name without a word of place
    before it ("Best"), a person's name after a role title ("agent Breda", "meneer De Bilt"), or
    the start or the end of an organisation's name ("Amsterdam Trade Bank", "Safer Internet
    Centre Nederland")."""
    if name in gaz.places:
        return False  # found after a word of place only
    context = _REGION_CONTEXT.search(text, max(0, m.start() - 25), m.start()) is not None
    if name in gaz.ambiguous and not context:
        return True
    if not m.group("adj") and _role_right_before(text, m.start()):
        return True
    window = max(0, m.start() - NAME_OF_CHARS)
    named_of = (
        _NAME_OF.search(text, window, m.start())
        or _TREATY_OF.search(text, window, m.start())
        or (_SURNAME_PARTICLE.search(text, window, m.start()) and not _STRETCH_AFTER.match(text, m.end()))
    )
    if not m.group("adj") and named_of:
        return True
    abroad_place = name in abroad() or name in cities_abroad()
    if not m.group("adj") and (name in gaz.regions or abroad_place) and _NAME_AFTER.match(text, m.end()):
        return True  # not a country of the scope words: "het Nederlandse Rode Kruis" works in Nederland
    return not context and _in_name(text, m.start())


def _in_name(text: str, start: int) -> bool:
    """Whether a capitalised word inside a sentence comes right before ``start`` (the end of a
    proper name: "Safer Internet Centre Nederland"); not a place's adjective, which says which part
    of that place ("de Gelderse Achterhoek", "de Groningse en Drentse Veenkoloniën")."""
    in_name = _IN_NAME.search(text, max(0, start - 40), start)
    if in_name is None:
        return False
    word = in_name.group("word")
    return not (word.endswith(("se", "sche")) and canonical(word) != word)


def _capitalised_scope_word(text: str, m: re.Match[str], name: str) -> bool:
    """"de Landelijke Eenheid", "het Nationaal Park", "het Nationale Volkscongres": a lower-case
    scope word written with a capital inside a sentence, before a capitalised word, starts a name."""
    if not name[:1].isupper() or (name[0].lower() + name[1:]) not in lexicon.load().scope_words:
        return False
    inside = m.start() >= 2 and (text[m.start() - 2].islower() or text[m.start() - 2] == ",")
    return inside and _CAPITAL_AFTER.match(text, m.end()) is not None


def _role_right_before(text: str, end: int) -> bool:
    """Whether a role title or form of address ends right before ``end`` ("wijkagent |Breda|"), as
    ``_role_before().search`` in the ROLE_CHARS before it finds: tried only where a word starts in
    that window (every title opens with a letter or digit) and only when a space ends it (the
    pattern's last part), not at every character (the big case-insensitive pattern cost 13 µs a call)."""
    if not end or text[end - 1] != " ":
        return False
    match, starts = _role_before().match, _WORD_OPENING.finditer(text, max(0, end - ROLE_CHARS), end)
    return any(match(text, w.start(), end) for w in starts)


_WORD_OPENING = re.compile(r"(?<![\w-])\w")  # where a match of ``_role_before`` can start


@cache
def _role_before() -> re.Pattern[str]:
    """A role title or form of address right before a name ("wijkagent ", "burgemeester ")."""
    words = sorted({*lexicon.load().roles, *_ADDRESS}, key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w-])(?i:{alternation})[ ]+\Z")
