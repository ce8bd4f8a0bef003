"""Figures of the Dutch state, which are Nederland's without naming it (see :mod:`_figure_regions`),
and of an area's own publication.

A figure that names no place but whose sentence, or one of the two before it in the same
paragraph, names an institution of the national state (parliament, cabinet, a bill) is a figure of
the country as a whole (not the letterhead, address or running head of a parliamentary paper):

* "Jongerenbeweging Exxpose biedt de Tweede Kamer 40.000 handtekeningen aan";
* "Het kabinet heeft geïnvesteerd in zorg, onderwijs en veiligheid. De uitgaven zijn daardoor met
  13 miljard euro toegenomen";
* "Bij de Eerste Kamer ligt een wetsvoorstel … De hoogte van deze straf is maximaal vier jaar cel of
  een geldboete van 20.000 euro": the maximum of a law is no sentence of one person (unlike "Hij
  kreeg vier jaar cel").

The national figures of a statistics or planning office (CBS, SCP, CPB, PBL, RIVM, WODC) are the
country's too, when the office is named as their source in the sentence, one of the two before it or
the next one that points back ("Zo rookt één op de vijf jongeren, blijkt uit cijfers van het CBS",
"Het Planbureau voor de Leefomgeving verwacht dat het 15.000 euro per huis kost", "Uit de CBS-cijfers
…"); not an office named for a definition or as someone's employer. Every figure of the office's own
publication that names no place is the country's ("In deze rapportage presenteert het CBS de
voorlopige cijfers … Op 31 december 2022 waren er 29 duizend lopende jeugdbeschermingsmaatregelen",
the cells of tables under "Bron: CBS."), not one of its own organisation. So is a share of people who hold
an opinion or feeling in a survey ("Uit onderzoek … bleek dat bijna de helft van de … vindt dat",
"Een derde van de ondervraagden gaf aan …"), not in a survey of an organisation's own staff. These
come after the source's own region: a regional source keeps its place.

A document of a municipality, province or police unit about its own area gives that area, in the
same way, to its figures that name no place: its title names such a publication and the area and
nothing more ("Integrale Veiligheidsanalyse Maastricht 2014—2017", "Veiligheidsbeeld regio Twente
2019", "Gemeente Breda - Wijkscan 2018"), or its publisher is the area's government ("Gemeente
Maastricht"). Not a national report about municipalities in general ("Burgerpeiling Waar staat je
gemeente"), nor a headline ("Wijkscan Tilburg: overlast neemt toe").

Not when those sentences name a place abroad, also by its adjective ("Het Britse kabinet is
verscheurd. Grofweg de helft van de ministers …", "het Duitse parlement"): whose state it is.
Organisations with a national task (police, prosecution, NS) are no state institutions here: the
gold gives their own operating figures no region.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import cache, lru_cache

from trendbeeld.extract import _context, _cues, _phrases, lexicon, regions
from trendbeeld.extract._document import Document

COUNTRY = "Nederland"
CARRY_SENTENCES = 2
# The Tweede and Eerste Kamer (also in compounds: "Tweede Kamerverkiezingen", "Eerste Kamerfractie"),
# the cabinet ("het kabinet", "kabinet-Rutte", not "kabinetsformatie"), a bill ("een wetsvoorstel")
# and the national government.
# Not the furniture of a parliamentary paper: its running head ("Tweede Kamer, vergaderjaar
# 1986–1987"), letterhead and address ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
# which say where a paper was sent, not what its figures count.
_STATE = re.compile(
    r"(?<![\w-])(?<!Voorzitter[ ]van[ ]de[ ])"
    r"(?:(?:Tweede|Eerste)[ ]Kamer[\w-]*|[Kk]abinet(?:-[A-ZÀ-Ý][\w-]*)?|[Ww]etsvoorstel(?:len)?"
    r"|Rijksoverheid)(?![\w-])(?!,?\s+(?:vergaderjaar|der[ ]Staten-Generaal))"
)
# National statistics and planning offices, whose counts are the country's ("cijfers van het CBS",
# "CBS-cijfers", "het Sociaal en Cultureel Planbureau").
_OFFICE = re.compile(
    r"(?<![\w-])(?:CBS|Centraal[ ]Bureau[ ]voor[ ]de[ ]Statistiek|SCP|Sociaal[ ]en[ ]Cultureel[ ]Planbureau"
    r"|CPB|Centraal[ ]Planbureau|PBL|Planbureau[ ]voor[ ]de[ ]Leefomgeving|RIVM|WODC)"
    r"(?P<compound>-[\w]+)?(?![\w-])"
)
# The office as the source of figures: after a noun of data and "van"/"door" ("uit nieuwe cijfers van
# het CBS", "de Jeugdmonitor die vandaag wordt gepresenteerd door het CBS", "volgens het CBS"), after a
# verb of reporting ("zo meldden het CBS en …") or before one ("Het Planbureau … verwacht dat", "het
# CBS onlangs nog becijferde"). Not the office of a definition ("volgens de definitie van het CBS") nor
# a person's employer ("hoofd … bij het RIVM").
_REPORTS = r"(?:meld|becijfer|bereken|verwacht|schat|concludeer|constateer|publiceer|rapporteer|tel)\w*"
_SOURCE_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:\w*cijfers|gegevens|data|\w*onderzoek|\w*monitor|\w*enquête|berekeningen|ramingen|raming"
    r"|schattingen|schatting|rapport|statistieken|peiling)(?:[ ][\w-]+){0,5}?[ ](?:van|door)"
    r"|(?<![\w-])(?:volgens|" + _REPORTS + r"))[ ](?:het|de)[ ]\Z",
    re.IGNORECASE,
)
_SOURCE_AFTER = re.compile(r"(?:[ ][a-z]+){0,3}?[ ]" + _REPORTS + r"(?![\w-])")
SOURCE_CHARS = 80
# "Dat blijkt uit …", "Dit meldt …", "Zo blijkt uit …": a sentence that gives the source of the one before.
_POINTS_BACK = re.compile(r"(?:Dat|Dit|Die|Zo|Deze)[ ]")
# A share of people: "65 procent", "45%", "vier op de tien", "de helft", "een derde", "driekwart".
_SHARE = re.compile(
    r"(?:(?:slechts|ruim|bijna|zo'n|ongeveer|circa|meer[ ]dan|minder[ ]dan|nog|maar|wel|precies|om[ ]precies"
    r"[ ]te[ ]zijn)[ ]+)*(?:[\d,.]+[ ]?(?:%|procent)|\w+[ ]op[ ]de[ ]\w+"
    r"|(?:de|een|twee|drie)?[ ]?(?:helft|derde|kwart|vijfde)|driekwart|tweederde|(?:een|de)[ ]meerderheid)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-zà-ÿ]+", re.IGNORECASE)
OPINION_CHARS = 160
# Verbs of opinion or feeling, by lemma ("vindt", "vonden", "denkt", "gaf … aan" by "geven", "voelt
# zich", "maakt zich zorgen" by "zorgen"), and the nouns of a stance ("voorstander", "tegen").
_OPINION_LEMMAS = frozenset((
    "vinden", "denken", "menen", "geven", "aangeven", "voelen", "steunen", "ondersteunen", "vrezen",
    "verwachten", "twijfelen", "ervaren", "ergeren", "willen", "kiezen", "zorg", "zorgen", "zeggen",
))
# Not "tevreden": a satisfaction survey is mostly one of an organisation's own customers.
_OPINION_WORDS = frozenset((
    "voorstander", "voorstanders", "tegenstander", "tegenstanders", "zorgen", "onveilig", "veilig", "bezorgd",
))
# A survey: "onderzoek", "een peiling", "de enquête", "de ondervraagden", "respondenten".
_SURVEY = re.compile(
    r"(?:onderzoek|peiling|enquête)(?![\w-])|(?<![\w-])(?:ondervraagd|respondent)|(?<![\w-])(?:steekproef|panel)(?![\w-])",
    re.IGNORECASE,
)
# A survey among an organisation's own staff or members: "een steekproef onder medewerkers".
_STAFF = re.compile(
    r"(?<![\w-])(?:onder|van)[ ]+(?:de[ ]+|onze[ ]+|haar[ ]+|zijn[ ]+|eigen[ ]+)*(?:medewerkers|werknemers"
    r"|personeel|personeelsleden|collega's)(?![\w-])",
    re.IGNORECASE,
)
# A statistics office's own publication: it presents itself ("In deze rapportage presenteert het CBS de
# voorlopige cijfers"), its colophon names the office as publisher ("Uitgever Centraal Bureau voor de
# Statistiek") or its tables and charts credit the office on a line of their own ("Bron: CBS.").
_SELF_REFERENCE = re.compile(
    r"(?<![\w-])(?:[Dd]eze|[Dd]it)[ ](?:[\w-]+[ ]){0,2}?(?:rapportage|publicatie|rapport|monitor|nieuwsbrief"
    r"|factsheet|uitgave|editie|notitie|statistiek|bericht|overzicht)(?![\w-])"
)
_OFFICE_NAMES = (
    r"(?:CBS|Centraal[ ]Bureau[ ]voor[ ]de[ ]Statistiek|SCP|Sociaal[ ]en[ ]Cultureel[ ]Planbureau|CPB"
    r"|Centraal[ ]Planbureau|PBL|Planbureau[ ]voor[ ]de[ ]Leefomgeving|RIVM|WODC)(?![\w-])"
)
_COLOPHON = re.compile(r"(?<![\w-])Uitgever[ \t]*:?\s+(?:het[ ]+)?" + _OFFICE_NAMES)
_SOURCE_LINE = re.compile(r"^[ \t]*Bron(?:nen)?[ \t]*:[ \t]*(?:het[ ]+)?" + _OFFICE_NAMES, re.MULTILINE)
SELF_CHARS = 120  # the self-reference is in the office's sentence, at most this far from its name
# The office as a source of data used by another publisher ("In deze monitor staan cijfers van het CBS
# over onze gemeente", "op basis van gegevens uit het CBS", "volgens de definitie van het CBS").
_DATA_OF_BEFORE = re.compile(
    r"(?:cijfers|gegevens|data|microdata|statistieken|tabellen|bestanden|definitie|definities|bron|bronnen)"
    r"[ ](?:van|uit)[ ](?:het[ ])?\Z|(?<![\w-])(?:op[ ]basis[ ]van|volgens|met|uit)[ ](?:het[ ])?\Z"
)
DATA_OF_CHARS = 30
SOURCE_LINES = 2  # one credit line can be a chart borrowed by a news article; two are the publication's own
# The office's own organisation ("Het CBS had eind 2022 ruim 2000 medewerkers"): no figure of the country.
_OWN_WORK = re.compile(
    r"(?<![\w-])(?:medewerkers|personeel|personeelsleden|fte|begroting|budget|vestigingen|werkplekken)(?![\w-])",
    re.IGNORECASE,
)
# An account of the office's own work: its annual report or plan ("CBS Jaarplan 2023").
_OWN_REPORT = re.compile(
    r"(?i)(?<![\w-])(?:jaarverslag|jaarplan|jaarrekening|meerjarenprogramma|werkprogramma)"
)
OWN_REPORT_CHARS = 300  # where a text without a title names what it is
# Literal words one of which a text must hold to name an office (a fast scan before the patterns).
_OFFICE_WORDS = ("CBS", "Statistiek", "SCP", "CPB", "Planbureau", "PBL", "RIVM", "WODC")
_OFFICE_WORD = re.compile("|".join(_OFFICE_WORDS))  # one scan for all of them: faster than a find per word
OFFICE_WORD_LEAD = len("Centraal Bureau voor de ")  # the farthest a word stands in a name ("… Statistiek")
# The same names without the leading look-behind, which keeps the regex engine from skipping ahead to
# the names' first letters: a whole publication is scanned fast and the boundary checked per match.
_OFFICE_BARE = re.compile(_OFFICE.pattern.replace(r"(?<![\w-])", "", 1))
# A document of a municipality, province or police unit about its own area, by its title: a noun of
# such a publication (a compound on -analyse, -monitor, -beeld, -plan, -scan, -verslag, …) and the
# area, and nothing else but its years ("Integrale Veiligheidsanalyse Maastricht 2014—2017",
# "Veiligheidsbeeld regio Twente 2019", "Jaarverslag van de gemeente Tilburg", "Gemeente Breda -
# Wijkscan 2018"). Not a headline that says something of the area ("Wijkscan Tilburg: overlast
# neemt toe"), nor a title without a place ("Burgerpeiling Waar staat je gemeente").
_AREA_DOCUMENT = (  # a compound ("Veiligheidsbeeld", "Wijkscan"), not a bare "Plan voor Amsterdam"
    r"(?:[\w-]{3,}(?i:analyse|monitor|beeld|plan|scan|verslag|nota)|[\w-]*(?i:rapportage|jaarbericht"
    r"|barometer|atlas|begroting|jaarrekening))"
)
_AREA_NOUN = (
    r"(?i:(?:(?:van|voor|in)[ ]+(?:de[ ]+|het[ ]+)?)?(?:gemeente|regio|provincie|stad|politie-?eenheid"
    r"|eenheid|politie|veiligheidsregio|district)[ ]+|(?:van|voor|in)[ ]+)"
)
_YEARS_TAIL = r"[ \t]*(?:[(]?(?:19|20)\d\d(?:[ ]*(?:[-–—/]|t/m|tot)[ ]*(?:19|20)?\d\d)?[)]?[ \t]*)?$"
_PLACE_START = r"(?=['’A-ZÀ-Ý])"
_AREA_TITLES = (
    re.compile(  # "Integrale Veiligheidsanalyse Maastricht 2014—2017"
        r"^[ \t]*(?:[\w-]+[ ]){0,3}?" + _AREA_DOCUMENT + r"[ ]+" + _AREA_NOUN + r"?" + _PLACE_START
        + r"(?P<place>[^\n]+?)" + _YEARS_TAIL
    ),
    re.compile(  # "Gemeente Breda - Wijkscan 2018"
        r"^[ \t]*" + _AREA_NOUN + r"?" + _PLACE_START
        + r"(?P<place>[^\n]*?[\w'’])(?![\w-])[ ]*(?:[-–—:|,][ ]*)?"
        r"(?:[\w-]*(?:e|al|eel)[ ]){0,2}?" + _AREA_DOCUMENT + _YEARS_TAIL  # "Integrale", "Integraal"
    ),
)
# "Gemeente Maastricht", "Provincie Limburg": a publisher that is the government of an area.
_AREA_PUBLISHER = re.compile(
    r"^(?:Gemeente|Provincie|Politie(?:[ ]eenheid)?|Veiligheidsregio)[ ]+(?P<place>.+)$"
)
TITLE_LINE_CHARS = 120  # a document's title is a line of at most this length
# "maximaal vier jaar cel": the maximum a law sets, not one person's sentence.
_MAXIMUM_BEFORE = re.compile(r"(?<![\w-])(?:maximaal|maximum|ten[ ]hoogste|hoogstens)[ ]+\Z", re.IGNORECASE)
MAXIMUM_CHARS = 20


def of_state(doc: Document, sentence: _phrases.Span) -> str | None:
    """Nederland when ``sentence`` names the national state and neither it nor the sentence before
    it in the paragraph names a place abroad ("… denkt May dat de Britten … Ook minimaal de helft
    van haar kabinet …")."""
    text = doc.text
    if not _names_state(text, sentence.start, sentence.end):
        return None
    before = _sentence_before(doc, sentence.start)
    return None if before is not None and _abroad(text, before.start, before.end) else COUNTRY


def of_state_before(doc: Document, sentence: _phrases.Span) -> str | None:
    """Nederland when one of the CARRY_SENTENCES sentences before ``sentence``, in the same
    paragraph, names the national state and none of the sentences from there to ``sentence``'s
    end names a place abroad ("Het kabinet … . Van de Duitse kiezers …")."""
    text = doc.text
    first = sentence.start
    for _ in range(CARRY_SENTENCES):
        previous = _sentence_before(doc, first)
        if previous is None:
            return None
        first = previous.start
        if _STATE.search(text, previous.start, previous.end):
            # a place abroad in any sentence from there on says whose state it is
            return None if _abroad(text, first, sentence.end) else COUNTRY
    return None


def of_statistics(doc: Document, sentence: _phrases.Span) -> str | None:
    """Nederland for a figure that names no place when its sentence, one of the CARRY_SENTENCES
    sentences before it in the paragraph, or the next sentence that points back to it ("Dat blijkt
    uit …") names a national statistics or planning office as its source ("blijkt uit cijfers van
    het CBS", "meldt het Sociaal en Cultureel Planbureau", "CBS-cijfers"), and none of them names a
    place abroad: the office counts the whole country."""
    text = doc.text
    found, first = _named_near(doc, sentence, _cites_office)
    last = sentence.end
    if not found:
        following = _sentence_after(doc, sentence.end)
        if following is None or not _POINTS_BACK.match(text, following.start):
            return None
        if not _cites_office(text, following.start, following.end):
            return None
        last = following.end
    return None if _abroad(text, first, last) else COUNTRY


def of_office_publication(doc: Document, sentence: _phrases.Span) -> str | None:
    """Nederland for a figure that names no place in a statistics office's own publication (its
    publisher is the office, or the article or document presents itself as the office's: "In deze
    rapportage presenteert het CBS …", a colophon "Uitgever Centraal Bureau voor de Statistiek", or
    two credit lines "Bron: CBS." under its tables): the office counts the whole country ("Op 31
    december 2022 waren er 29 duizend lopende jeugdbeschermingsmaatregelen", its tables' cells).
    Not a figure of the office's own organisation ("Het CBS had 2000 medewerkers") nor beside a
    place abroad."""
    text = doc.text
    articles = doc.articles  # the article of a compilation, else the document
    start, end = articles.start_at(sentence.start), articles.end_at(sentence.start, len(text))
    if not (_published_by_office(doc) or _is_office_publication(text, start, end)):
        return None
    if _OWN_WORK.search(text, sentence.start, sentence.end) and _OFFICE.search(
        text, sentence.start, sentence.end
    ):
        return None  # "Het CBS had eind 2022 ruim 2000 medewerkers": the office's own organisation
    before = _sentence_before(doc, sentence.start)
    first = sentence.start if before is None else before.start
    return None if _abroad(text, first, sentence.end) else COUNTRY


def of_own_area(doc: Document) -> str | None:
    """The municipality, province or police unit a document of that area's own is about (its title
    names a publication of the area: "Integrale Veiligheidsanalyse Maastricht 2014—2017"; or its
    publisher is the area's government: "Gemeente Maastricht"), for its figures that name no place:
    "In 2014 waren er 1073 registraties van vernieling" is the municipality's count. Not a national
    report that speaks of municipalities in general ("Burgerpeiling Waar staat je gemeente")."""
    meta = doc.source.meta
    return _own_area(doc.text[:TITLE_LINE_CHARS * 2], meta.title, meta.publisher)


@lru_cache(maxsize=16)
def _own_area(head: str, title: str, publisher: str | None) -> str | None:
    if publisher is not None:
        m = _AREA_PUBLISHER.match(publisher.strip())
        if m is not None and (place := _area(m["place"], 0, len(m["place"]))) is not None:
            return place
    first = head.lstrip()
    line = first[: first.find("\n")] if "\n" in first else first
    for candidate in (line, title):
        if not candidate or len(candidate) > TITLE_LINE_CHARS:
            continue
        for pattern in _AREA_TITLES:
            m = pattern.match(candidate)
            place = None if m is None else _area(candidate, m.start("place"), m.end("place"))
            if place is not None:
                return place
    return None


def _area(text: str, start: int, end: int) -> str | None:
    """The area ``text[start:end]`` names when it is nothing but the name of a Dutch municipality,
    province, police unit or safety region (not Nederland, not a place abroad)."""
    named = regions.title_name(text, start, end)
    if named is None or named[0] != text[start:end].strip():
        return None
    place = named[1]
    return place if place != COUNTRY and regions.lookup(place) else None


def _published_by_office(doc: Document) -> bool:
    """Whether the source's publisher (named by the user or read from its colophon, see
    ``sources.publishers``) is a statistics or planning office, and the source is no account of the
    office's own work ("CBS Jaarplan 2023", "Jaarverslag 2022")."""
    meta = doc.source.meta
    if meta.publisher is None or _OFFICE.search(meta.publisher) is None:
        return False
    return _OWN_REPORT.search(meta.title or doc.text[:OWN_REPORT_CHARS]) is None


@lru_cache(maxsize=16)
def _is_office_publication(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a publication of a statistics or planning office itself."""
    word = _OFFICE_WORD.search(text, start, end)
    if word is None:
        return False
    if text.find("Uitgever", start, end) >= 0 and _COLOPHON.search(text, start, end):
        return True
    # every name holds one of the words at most OFFICE_WORD_LEAD characters after its start: no name
    # starts before the first word less that lead, and the scan starts there
    for m in _OFFICE_BARE.finditer(text, max(start, word.start() - OFFICE_WORD_LEAD), end):
        if m.start() > start and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
            continue  # inside a word ("ABCBS"): no office
        if _DATA_OF_BEFORE.search(text, max(start, m.start() - DATA_OF_CHARS), m.start()):
            continue  # "In deze monitor staan cijfers van het CBS over onze gemeente": a source of data
        # the sentence that names the office: from the stop or line break before it to the one after
        lo = max(start, m.start() - SELF_CHARS)
        left = max(text.rfind(".", lo, m.start()), text.rfind("\n", lo, m.start())) + 1
        hi = min(end, m.end() + SELF_CHARS)
        stops = [i for i in (text.find(".", m.end(), hi), text.find("\n", m.end(), hi)) if i >= 0]
        if _SELF_REFERENCE.search(text, max(lo, left), min(stops) if stops else hi):
            return True  # "In deze rapportage presenteert het CBS de voorlopige cijfers"
    # "Bron: CBS." under two of its tables (the multi-line pattern tries every line: only where "Bron" is)
    if text.find("Bron", start, end) < 0:
        return False
    return len(list(itertools.islice(_SOURCE_LINE.finditer(text, start, end), SOURCE_LINES))) == SOURCE_LINES


def forget() -> None:
    """Drop what was read once per document."""
    _is_office_publication.cache_clear()


def of_opinion(doc: Document, sentence: _phrases.Span, clause: _phrases.Span, pos: int) -> str | None:
    """Nederland for a share of people who hold an opinion or feeling in a survey ("bijna de helft
    van de onderwijsprofessionals vindt dat …", "Een derde van de ondervraagden gaf aan …", "65
    procent maakt zich zorgen"): a share at ``pos`` whose clause has a verb of opinion after it,
    when the sentence or one of the CARRY_SENTENCES before it in the paragraph names a survey
    ("Uit onderzoek van … bleek", "een peiling", "de ondervraagden"), not one among the staff of an
    organisation ("een steekproef onder medewerkers"), and no place abroad."""
    text = doc.text
    if not _SHARE.match(text, pos):
        return None
    if not _has_opinion_verb(text, pos, clause.end):
        return None
    found, first = _named_near(doc, sentence, _names_survey)
    if not found or _STAFF.search(text, first, sentence.end) or _abroad(text, first, sentence.end):
        return None
    return COUNTRY


def _has_opinion_verb(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has a verb of opinion or feeling ("vindt", "gaf aan", "maakt zich
    zorgen", "is voorstander")."""
    for m in _WORD.finditer(text, start, min(end, start + OPINION_CHARS)):
        word = m.group(0)
        if word in _OPINION_WORDS or _cues.lemma(word.lower()) in _OPINION_LEMMAS:
            return True
    return False


def of_law(doc: Document, sentence: _phrases.Span, pos: int) -> str | None:
    """Nederland for the maximum penalty of a law ("De hoogte van deze straf is maximaal vier jaar
    cel" after "een wetsvoorstel"); None for the sentence of one person."""
    if not _MAXIMUM_BEFORE.search(doc.text, max(0, pos - MAXIMUM_CHARS), pos):
        return None
    return of_state(doc, sentence) or of_state_before(doc, sentence)


def _named_near(
    doc: Document, sentence: _phrases.Span, names: Callable[[str, int, int], bool]
) -> tuple[bool, int]:
    """Whether ``sentence`` or one of the CARRY_SENTENCES sentences before it in the paragraph
    ``names`` what is looked for, and where the first sentence looked at starts (the one that
    names it, else the farthest back)."""
    first = sentence.start
    found = names(doc.text, sentence.start, sentence.end)
    for _ in range(CARRY_SENTENCES):
        if found:
            break
        previous = _sentence_before(doc, first)
        if previous is None:
            break
        first = previous.start
        found = names(doc.text, previous.start, previous.end)
    return found, first


def _names_survey(text: str, start: int, end: int) -> bool:
    return _SURVEY.search(text, start, end) is not None


def _sentence_before(doc: Document, start: int) -> _phrases.Span | None:
    """The sentence before the one at ``start`` in the same paragraph, if any."""
    if start == 0 or "\n\n" in doc.text[max(0, start - 3) : start]:
        return None
    sentence = doc.sentence_at(start - 1)
    if sentence.start >= start or sentence.end > start:
        return None  # no sentence before (or ``start`` opens a block of an overlong sentence)
    return _context.sentence_context(doc, sentence.end - 1)


def _cites_office(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a national statistics or planning office as the source of
    figures ("blijkt uit cijfers van het CBS", "CBS-cijfers", "Het Planbureau … verwacht")."""
    for m in _OFFICE.finditer(text, start, end):
        if m.group("compound") or _SOURCE_AFTER.match(text, m.end(), end):
            return True
        if _SOURCE_BEFORE.search(text, max(start, m.start() - SOURCE_CHARS), m.start()):
            return True
    return False


def _sentence_after(doc: Document, end: int) -> _phrases.Span | None:
    """The sentence after the one ending at ``end`` in the same paragraph, if any."""
    text = doc.text
    start = end
    while start < len(text) and text[start] == " ":
        start += 1
    if start >= len(text) or text[start] == "\n":
        return None
    following = _context.sentence_context(doc, start)
    return following if following.start >= end else None


def _names_state(text: str, start: int, end: int) -> bool:
    return _STATE.search(text, start, end) is not None and not _abroad(text, start, end)


def _abroad(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a place abroad, also by its adjective ("Britse")."""
    foreign = _foreign()
    for m in regions.names(text, start, end).matches:
        name = m.group(0)[: -len(m.group("adj"))] if m.group("adj") else m.group(0)
        if regions.canonical(name) in foreign:
            return True
    return False


@cache
def _foreign() -> frozenset[str]:
    """Countries, parts of the world and places abroad: the scope regions and places of
    ``place_forms.tsv`` that are not Nederland nor a part of it (a province: "Friesland")."""
    scopes = frozenset(lexicon.load().scope_words.values()) | regions.abroad() | regions.cities_abroad()
    return frozenset(s for s in scopes if s != COUNTRY and not regions.lookup(s))
