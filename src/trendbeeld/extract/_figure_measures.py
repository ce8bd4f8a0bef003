"""Units read from words of measure around a bare number: durations, grades, indices and rates.

- Durations: "gemiddeld 23 jaar oud", "een celstraf van vier jaar" (years); "negen maanden
  celstraf", "OM eist drie maanden", "Eis: 18 maanden" (other); a number adjective of one activity,
  "het 14 jaar durende verzet", "de acht maanden durende veldslag", "een 20 minuten lange video";
  "van zes naar tien jaar gevangenisstraf"; one year or month as "een" ("tot een jaar cel", "zat een
  maand in de cel"); a mixed duration is one figure in years ("een
  gevangenisstraf van vijf jaar en negen maanden": 5.75). Not: "18 jaar en ouder", "18 tot 25
  jaar" (bounds of a group), "twee jaar geleden", "in vijf jaar tijd".
- Grades: "een 7,2", "rapportcijfer 6,4" (a mark out of ten).
- Indices: "de Gini-coëfficiënt bedroeg 0.38" (a decimal in a sentence about an index).
- Rates: "35 per 100.000 inwoners"; "het aantal misdrijven per 1.000 inwoners bedroeg 5,1".
- Money in "ton": in news a "ton" of money is a hundred thousand euros ("ruim 2,5 ton wel
  betaalde", "waarmee acht ton is opgehaald", "iets duurders, van zo'n 4,5 ton"), when words of
  money stand around it and no words of weight ("zwaarder dan 3,5 ton", "70 miljoen ton CO2",
  "35 ton aan materieel", "een partij kobalt van 112 ton" after "ladingroof").
"""

from __future__ import annotations

import re

from trendbeeld.extract import _counts, _figure_filters, _phrases, _text, numbers
from trendbeeld.extract._context import Found
from trendbeeld.model import Unit

MAX_GRADE = 10.0
# A dimensionless index ("Gini-coëfficiënt", "prijsindex") this far before a decimal is its measure.
_INDEX_CONTEXT = re.compile(r"(?i:co[eë]ffici[eë]nt|index\b|indexcijfer|ratio\b)[^.;:!?\n]*\Z")
_DECIMAL = re.compile(r"\d+[.,]\d+")
INDEX_CHARS = 150
_AGE_BOUND = re.compile(r"\s+(?:jaar|jaren)\s+(?:en|of)\s+(?:ouder|jonger)", re.IGNORECASE)
_YEARS_CONTEXT = re.compile(
    r"\b(?:gemiddeld\w*|mediaan|oud|oude|\w*straf(?:fen)?|cel|\w*duur|\w+tijd|levensverwachting"
    # a sentence or measure imposed: "veroordeeld tot zes maanden voorwaardelijk", "een beroepsverbod
    # gedurende een periode van twee jaar", "drie maanden jeugddetentie"
    r"|veroordeeld|(?:on)?voorwaardelijk\w*|hechtenis|\w*detentie|beroepsverbod|gedurende\s+een\s+periode\s+van)\b",
    re.IGNORECASE,
)
# "OM eist drie jaar", "Eis: 18 maanden" (in its sentence), "Drie jaar geëist".
_DEMAND_BEFORE = re.compile(
    r"(?:\beis:|\beist\b|\beiste\b|\bgeëist\b)[^.;!?\n]*\Z|\beisen\s+\Z", re.IGNORECASE
)
_DEMANDED_AFTER = re.compile(r"\s+(?:jaar|maanden|weken|dagen)(?:\s+\w+){0,2}\s+geëist\b", re.IGNORECASE)
_TIME_REFERENCE_AFTER = re.compile(
    r"\s+(?:jaar|jaren|maanden|maand|weken|week|dagen|dag)\s+(?:geleden|later|eerder|daarna|daarvoor|terug)\b",
    re.IGNORECASE,
)
# A span of time counted back or on from now is a period expression, no figure (NOTES: "de afgelopen
# drie jaar"): "de afgelopen 4 jaar", "in de voorbije twee weken", "de komende vijf jaar".
_PERIOD_BEFORE = re.compile(r"\b(?:afgelopen|voorbije|komende|aankomende)\s+\Z", re.IGNORECASE)
PERIOD_BEFORE_CHARS = 14
_AGE_RANGE = re.compile(r"(?:\d\s*(?:tot(?:\s+en\s+met)?|t/m|-|–)\s*\Z)|\b(?:van|tussen)\s+\Z", re.IGNORECASE)
# A noun whose "van N jaar" is its length, not an age: "celstraf van", "een periode van".
_MEASURE_OF_VAN = re.compile(
    r"(?:straf(?:fen)?|cel|duur|tijd|periode|termijn|verbod|ontzetting)\s+\Z", re.IGNORECASE
)
_GRADE_CONTEXT = re.compile(r"\b(?:rapportcijfer|cijfer|waardering|beoordeeld|beoordelen|score)\b", re.I)
_GRADE_BEFORE = re.compile(r"\b(?:een|gemiddeld)\s+\Z", re.IGNORECASE)
FROM = re.compile(r"\bvan\s+\Z", re.IGNORECASE)
_SHORT_DURATIONS = frozenset((
    "maand", "maanden", "week", "weken", "dag", "dagen", "uur", "uren", "minuut", "minuten", "seconde",
    "seconden",
))
_TO_DURATION = re.compile(
    rf"\s+(?:naar|tot)\s+{numbers._NUM}\s+(?P<unit>jaar|jaren|maand|maanden|week|weken)\b", re.IGNORECASE
)
# A duration as a number adjective of one activity: "het 14 jaar durende verzet", "de acht maanden
# durende veldslag", "een 20 minuten lange video" (NOTES: a hard figure in its unit).
_LASTING = re.compile(r"\s+(?:lang\s+)?(?:durende|lange)(?![\w-])", re.IGNORECASE)
DURATION_BEFORE, DURATION_AFTER = 60, 50  # a word of measure ("straf", "wachttijd") this close
_PER_THOUSAND_CHARS = 60  # "per 1.000 inwoners" this close before a bare number, in its clause, is its unit
_PER_THOUSAND_BEFORE = re.compile(
    rf"\b{_counts.PER_THOUSAND_WORDS}\s+(?:inwoners|woningen|huishoudens|jongeren|leerlingen)\b[^.;:\n]*\Z",
    re.IGNORECASE,
)

# Money in "ton": words of paying, earning, raising and costing money around it (not "euro" or
# "waarde", which name the worth of a load in an amount of its own: "kobalt van 112 ton met een
# waarde van …"); separable verbs with their particle ("haalt 7 ton op").
_MONEY_WORDS = re.compile(
    r"\b(?:\w*betaal\w*|\w*betal\w*|\w*verdien\w*|opgehaald\w*|ophalen|binnengehaald|\w*subsidie\w*"
    r"|crowdfunding|afstaan|afgestaan|afdragen|afgedragen|kost(?:en|te|ten|t)?|\w+kosten|duurder\w*|geld"
    r"|\w+-?geld(?:en)?|\w*schuld(?:en)?|\w*tekort\w*|\w*nota(?:'s|’s|s)?|\w*boete\w*|\w*huur\w*"
    r"|achterstallig\w*|lening\w*|investe\w*|salaris\w*|omzet\w*|winst\w*|\w*vergoeding\w*|opbrengst\w*"
    r"|\w*bedrag\w*|\w*prijs\w*|dok(?:ken|t|te|ten)|contant\w*|cryptomunt\w*|dwangsom\w*|\w*fraude\w*"
    r"|doneer\w*|doneren|gedoneerd|donatie\w*|sponsor\w*|waard|kwijt|te\s+koop|\w*schade"
    r"|\w*leen|leende\w*|geleend|\w*witwas\w*|gewitwast|\w*sjoemel\w*|gedupeerd|buitgemaakt|erfenis\w*"
    r"|ha(?:al|alt|alde|alden|len)\s+[^.!?]{0,30}?\bop)\b",
    re.IGNORECASE,
)
_WEIGHT_WORDS = re.compile(
    r"\b(?:\w*kilo\w*|gram|\w*co2|c02|\w*broeikasgas\w*|\w*uitsto\w*|uitgestoten|weegt|wegen|woog|gewicht\w*"
    r"|zwaar|zwaarder|\w*lading\w*|vracht\w*|materieel|\w*afval|hectare|cocaïne|coke|heroïne|hasj|wiet|drugs"
    r"|laadvermogen|megaton|kiloton)\b",
    re.IGNORECASE,
)
# After "ton": "aan"/"van de" and what there is so much of ("35 ton aan materieel", "anderhalve ton
# aan contanten"), or that noun right away ("ton cocaïne", "ton restauratiesubsidie").
_OF_AFTER = re.compile(r"\s+(?:aan|van\s+(?:de|het))(?=\s)", re.IGNORECASE)
# "8 ton extra kwijt", "acht ton na verwijt van …": no noun of what weighs so much
_NOT_WHAT = frozenset((
    "extra", "meer", "minder", "nodig", "na", "om", "op", "bij", "uit", "tot", "per", "te",
))
# "voor tonnen gedupeerd", "voor een paar ton aan spullen": "voor" gives the worth of something
_WORTH_BEFORE = re.compile(r"(?<![\w-])voor\s+(?:ruim\s+|bijna\s+|wel\s+)?\Z", re.IGNORECASE)
WORTH_CHARS = 12
_TON_WORD = re.compile(r"(?<![\w-])(?:ton|tonnen)\Z", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s|\Z)")
TON_CONTEXT_CHARS = 300  # the sentence and the one before it, read at most this far back
MAX_TONS = 100  # "70 miljoen ton" is a weight, whatever is paid around it
HUNDRED_THOUSAND = 100_000


def is_money_in_tons(text: str, start: int, end: int, value: float) -> bool:
    """Is the measure ``text[start:end]``, ending in "ton" or "tonnen", an amount of money (in
    hundreds of thousands of euros)? Words of money in its sentence or the one before, and no words
    of weight there nor a noun of what weighs so much after it ("ton cocaïne", "ton aan materieel").
    A worth ("voor tonnen gedupeerd", "voor tonnen aan apparatuur buitgemaakt") needs no words of
    money."""
    if value >= MAX_TONS or _TON_WORD.search(text, max(start, end - len("tonnen") - 1), end) is None:
        return False
    worth = _WORTH_BEFORE.search(text, max(0, start - WORTH_CHARS), start) is not None
    what = None if worth else _what_after(text, end)  # "voor tonnen opgelicht", "voor tonnen aan …"
    if what is not None:
        return _MONEY_WORDS.fullmatch(what) is not None  # "ton aan contanten", "ton restauratiesubsidie"
    window_start = _sentence_before_start(text, start)
    stop = _SENTENCE_END.search(text, end, min(len(text), end + TON_CONTEXT_CHARS))
    window_end = stop.start() if stop is not None else min(len(text), end + TON_CONTEXT_CHARS)
    return (
        (worth or _MONEY_WORDS.search(text, window_start, window_end) is not None)
        and _WEIGHT_WORDS.search(text, window_start, window_end) is None
    )


# A sentence of one year, month or week, the article for its number: "tot een jaar cel", "eiste een
# jaar gevangenisstraf", "zat een maand in de cel" (CONVENTIONS: a sentence in years is years, in
# months other). Found at each "een " before a unit of time (a literal search).
_ONE_SENTENCE = re.compile(
    r"(?<![\w-])een\s+(?P<unit>jaar|maand|week)\s+(?=(?:in\s+de\s+)?(?:cel|gevangenis)\b|(?:cel|celstraf"
    r"|gevangenisstraf|jeugddetentie|werkstraf|taakstraf|(?:on)?voorwaardelijk)\b)",
    re.IGNORECASE,
)
_ONE_UNITS = ("een jaar ", "een maand ", "een week ")


def one_sentence(low: str, text: str, found: list[Found]) -> list[Found]:
    """"veroordeeld tot een jaar cel", "zat een maand in de cel": a sentence of one year (years) or
    one month or week (other), whose number is the article "een"."""
    taken = sorted((f.start, f.end) for f in found)
    out: list[Found] = []
    for words in _ONE_UNITS:
        pos = low.find(words)
        while pos >= 0:
            m = _ONE_SENTENCE.match(text, pos)
            if m is not None and not _figure_filters.inside(taken, pos):
                unit = Unit.YEARS if m.group("unit").lower() == "jaar" else Unit.OTHER
                out.append(Found(pos, m.end("unit"), 1.0, None, unit, 0))
            pos = low.find(words, pos + len(words))
    return sorted(out, key=lambda f: f.start)


def _what_after(text: str, end: int) -> str | None:
    """The noun after "ton" that names what there is so much of ("ton kobalt", "ton aan materieel"),
    or None ("ton betalen", "ton binnen", "ton extra": a verb, an adverb, a word in -en)."""
    of = _OF_AFTER.match(text, end)
    nxt = _counts.NEXT_WORD.match(text, of.end() if of is not None else end)
    if nxt is None or text.startswith((",", "."), end):
        return None
    word = nxt.group(1)
    if of is not None:
        return word
    low = word.lower()
    noun = _phrases.is_content(word) and not low.endswith("en") and not _text.is_verb_form(low)
    return word if noun and low not in _NOT_WHAT else None


def _sentence_before_start(text: str, pos: int) -> int:
    """The start of the sentence before the one at ``pos`` (at most TON_CONTEXT_CHARS back)."""
    floor = max(0, pos - TON_CONTEXT_CHARS)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, pos)]
    return ends[-2] if len(ends) >= 2 else floor

# "vijf jaar en | negen maanden": the years before the months of a mixed duration.
_YEARS_AND = re.compile(rf"(?<![\w,.])(?P<years>{numbers._NUM})\s+jaar\s+en\s+\Z", re.IGNORECASE)
_MONTHS_END = re.compile(r"(?<![\w-])(?:maand|maanden)\Z", re.IGNORECASE)
MIXED_CHARS = 40  # the years stand at most this far before the months
MONTHS_A_YEAR = 12


def mixed_durations(text: str, found: list[Found]) -> list[Found]:
    """"een gevangenisstraf van vijf jaar en negen maanden", "eist zeven jaar en acht maanden cel":
    the months of a sentence or a measure (see :func:`duration`) with the years before them are
    one figure in years (5.75), in the place of the years and months apart (``found`` in text order)."""
    merged: dict[int, Found] = {}  # by the index of the months
    gone: set[int] = set()
    for index, months in enumerate(found):
        tail = max(months.start, months.end - len(" maanden"))
        in_months = _MONTHS_END.search(text, tail, months.end) is not None
        # (not "respectievelijk 6 jaar en 30 maanden": two sentences, of two people)
        part = months.value < MONTHS_A_YEAR and months.high is None
        if months.unit is not Unit.OTHER or not in_months or not part:
            continue
        before = _YEARS_AND.search(text, max(0, months.start - MIXED_CHARS), months.start)
        years = numbers.word_value(before.group("years")) if before is not None else None
        if before is None or years is None:
            continue
        start = before.start()
        for earlier in range(index - 1, -1, -1):  # the years as a figure of their own ("tot 4 jaar")
            if found[earlier].end <= start:
                break
            start = min(start, found[earlier].start)
            gone.add(earlier)
        value = round(years + months.value / MONTHS_A_YEAR, 2)  # "zes jaar en vijf maanden": 6.42
        merged[index] = Found(start, months.end, value, None, Unit.YEARS, 0)
    if not merged:
        return found
    return [merged.get(i, f) for i, f in enumerate(found) if i not in gone]


def bare_rate(text: str, m: re.Match[str], end: int) -> tuple[str, int] | None:
    """A bare number that is a rate: on its own base after it ("… en 35 per 100.000 inwoners",
    unit other), or under a rate per 1.000 named before it ("het aantal misdrijven per 1.000
    inwoners bedroeg 5,1")."""
    other = _counts.PER_OTHER_BASE.match(text, end)
    if other is not None:
        return "other", other.end()
    if per_thousand_before(text, m.start()):
        return "per_1000", end
    return None


def per_thousand_before(text: str, pos: int) -> bool:
    """"per 1.000 inwoners is dat een daling van 46,3 naar 30,0": a rate per 1.000 named shortly
    before ``pos``, in its clause, is the unit of a bare number there."""
    return _PER_THOUSAND_BEFORE.search(text, max(0, pos - _PER_THOUSAND_CHARS), pos) is not None


def duration(text: str, m: re.Match[str], nxt: re.Match[str]) -> tuple[str | None, int] | None:
    """"gemiddeld 23 jaar oud" (years), "negen maanden celstraf" (other), "van zes naar tien jaar
    gevangenisstraf" (years); "18 jaar en ouder" and "in vijf jaar tijd" are no figures."""
    word = nxt.group(1).lower()
    if _PERIOD_BEFORE.search(text, max(0, m.start() - PERIOD_BEFORE_CHARS), m.start()):
        return None, m.end()  # "de afgelopen 4 jaar gemiddeld een 6,7": a period, no duration measured
    lasting = _LASTING.match(text, nxt.end()) is not None  # "het 14 jaar durende verzet"
    if word in ("jaar", "jaren"):
        return ("years", nxt.end()) if lasting or _measures_years(text, m) else (None, m.end())
    if word in _SHORT_DURATIONS:
        return ("other", nxt.end()) if lasting or _measures_duration(text, m) else (None, m.end())
    changed = _duration_from(text, m)
    return (changed, m.end()) if changed is not None else None


def _measures_duration(text: str, m: re.Match[str]) -> bool:
    if _demanded(text, m):
        return True
    return bool(_YEARS_CONTEXT.search(text, max(0, m.start() - DURATION_BEFORE), m.end() + DURATION_AFTER))


def _demanded(text: str, m: re.Match[str]) -> bool:
    """"OM eist drie jaar", "Eis: 18 maanden", "Drie jaar geëist": the length of a demanded sentence
    (not "twee jaar geleden", "twee maanden later")."""
    if _TIME_REFERENCE_AFTER.match(text, m.end()):
        return False
    return bool(_DEMAND_BEFORE.search(text, max(0, m.start() - DURATION_BEFORE), m.start())
                or _DEMANDED_AFTER.match(text, m.end()))


def _duration_from(text: str, m: re.Match[str]) -> str | None:
    """"van zes naar tien jaar gevangenisstraf" (years), "van één naar drie maanden" (other): the
    first number of a change of a duration."""
    to = _TO_DURATION.match(text, m.end())
    if to is None or not FROM.search(text, max(0, m.start() - 12), m.start()):
        return None
    if not _measures_duration(text, m):
        return None
    return "years" if to.group("unit").lower().startswith("jaar") else "other"


def is_index(text: str, m: re.Match[str], n1: str, amount: numbers.Amount) -> bool:
    """"De Gini-coëfficiënt bedroeg 0.38": a decimal below ten in a sentence about an index."""
    if not _DECIMAL.fullmatch(n1) or amount.value >= MAX_GRADE or m.group("mag"):
        return False
    return bool(_INDEX_CONTEXT.search(text, max(0, m.start() - INDEX_CHARS), m.start()))


def is_grade(text: str, m: re.Match[str], amount: numbers.Amount) -> bool:
    """"een 7,2", "rapportcijfer 6,4": a mark out of ten."""
    if "," not in (m.group("n1") or "") or amount.value > MAX_GRADE:
        return False
    sentence = text[max(0, m.start() - 150) : m.end() + 150]
    before = _GRADE_BEFORE.search(text, max(0, m.start() - 12), m.start())
    return bool(_GRADE_CONTEXT.search(sentence) or before)


def _measures_years(text: str, m: re.Match[str]) -> bool:
    """"gemiddeld 23 jaar oud" measures years; "18 jaar en ouder" and "18 tot 25 jaar" bound a group."""
    bound = _AGE_RANGE.search(text, max(0, m.start() - 12), m.start())
    if bound is not None and _MEASURE_OF_VAN.search(text, max(0, bound.start() - 30), bound.start()):
        bound = None  # "een celstraf van vier jaar", "een periode van twee jaar": a duration
    return not (
        _AGE_BOUND.match(text, m.end())
        or bound
        or not (_YEARS_CONTEXT.search(text, max(0, m.start() - 60), m.end() + 30) or _demanded(text, m))
    )
