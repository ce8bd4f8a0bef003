"""The figures of one case, which take no region (see :mod:`_figure_regions`): a person's age ("een
27-jarige man uit Geffen", "Kuipers (54)", "een Amsterdammer van 32"), a small count of the people
in it ("twee verdachten", "Twee van hen", "Zes van de twaalf verdachten", "De twee worden
verdacht", "twee inzittenden", "twee Roemenen van 41 en 38 jaar oud", "de mannen (22 en 25 jaar
oud)", "vijf minderjarigen", "in de leeftijd van 13 tot en met 16 jaar", "een man uit Breda (35)",
"Twee aanhoudingen na plofkraak") and the sentence of one person ("vier jaar celstraf", "een
werkstraf van 240 uur", "moet daarvan twintig jaar uitzitten"). Where the people of one case live
is not the region of a figure: the gold gives such counts none.
"""

from __future__ import annotations

import re
from functools import cache

from trendbeeld.extract import _counts, _text, lexicon, regions

# The figures of one case: a person's age ("een 27-jarige man uit Geffen", "Kuipers (54)", "twee
# mannen van 71 en 32 jaar") and a small count of the people in it ("twee verdachten", "Vier mannen
# komen uit Leeuwarden", "Twee van hen").
_AGED = re.compile(r"\d{1,3}-jarige(?![\w-])")
# "Silvia is 52 jaar oud", "De mannen, 23 en 39 jaar oud, zitten vast", "Ze zijn 12 en 13 jaar oud":
# an age said of someone (or of one thing: "de auto is zestien jaar oud"), no count in a place.
_AGE_SAID = re.compile(r"\d{1,3}[ ]+jaar[ ]+oud(?![\w-])")
_AGE_IN_BRACKETS = re.compile(r"(?P<age>\d{1,3})(?:[ ]+jaar(?:[ ]+oud)?)?\)")  # "(54)", "(33 jaar oud)"
_NAME_BEFORE_BRACKET = re.compile(r"(?<![\w.])(?P<name>[A-ZÀ-Ý](?:[a-zà-ÿ]+|\.))[ ]?\Z")  # "Kuipers", "R."
# "een man uit Breda (35)", "Een inwoonster van Leeuwarden (68)", "De mannen uit Rijen (24) en
# Oosterhout (28)": a place before an age in brackets is where a person lives.
_WORDS_BEFORE = re.compile(r"[a-zà-ÿ][\w-]*")
BRACKET_WORDS = 4
_HOME_BEFORE = re.compile(
    r"(?:(?<![\w-])uit|(?:inwoner|inwoonster|bewoner|bewoonster)[ ]+van|\(\d{1,3}\)[ ]+en)[ ]+\Z"
)
HOME_CHARS = 25
_AGE_IN_YEARS = re.compile(r"\d{1,3}(?:\s+(?:en|tot)\s+\d{1,3})?\s+jaar(?![\w-])")
# "een Almeerder van 47 en een Amsterdammer van 32 aangehouden": an age without "jaar" after a person
_BARE_AGE = re.compile(r"(?P<age>\d{1,3})(?=[,.)]|[ ]+(?:en|uit)[ ]|[ ]+(?P<next>[a-zà-ÿ]+))")
# "een man van 44 jaar", "Purmerenders van 20, 18 en 17 jaar oud", "mannen van respectievelijk 48, 30
# en 27 jaar", "in de leeftijd van 34 tot en met 72 jaar"
_PERSON_OF_AGE = re.compile(
    r"(?<![\w-])(?P<noun>[A-Za-zÀ-ÿ]+)\s+van\s+(?:respectievelijk\s+)?"
    r"(?:\d{1,3}(?:,\s*|\s+(?:en|tot(?:\s+en\s+met)?)\s+))*\Z"
)
# "de mannen (22 en 25 jaar oud)": the ages of several people in brackets.
_AGES_IN_BRACKETS_BEFORE = re.compile(r"\((?:\d{1,3}(?:,\s*|\s+en\s+))*\Z")
_AGES_IN_BRACKETS = re.compile(r"\d{1,3}(?:(?:,\s*|\s+en\s+)\d{1,3})*\s+jaar(?![\w-])")
_SINGULAR_PERSONS = frozenset(("man", "vrouw", "jongen", "meisje", "jongeman", "kind", "persoon", "leeftijd"))
# Heads of compound nouns of people ("personeelsleden", "jongemannen", "politieagenten") and plural
# nouns of people that no suffix marks ("inzittenden").
# "twee oudere dames", "Twee vechtersbazen", "Vier winkeldievegges", "twee koperdieven"
_PERSON_HEADS = ("leden", "mannen", "vrouwen", "agenten", "jongens", "meisjes", "kinderen", "mensen", "dames",
                 "bazen", "dieven", "dievegges")
# The arrests of one case count its people too ("Drie aanhoudingen na aantreffen drugslab").
_PERSONS = frozenset(("inzittenden", "aanwezigen", "betrokkenen", "overledenen", "gewonden", "anderen",
                      "aanhoudingen", "arrestaties"))
# "vijf minderjarigen", "twee achttienjarigen": nouns of people of an age.
_AGE_NOUN_ENDS = ("jarigen",)
# "Zwollenaren", "Hagenaars", "Amsterdammers", "een Almeerder", "een Hagenaar"
_INHABITANT_ENDS = ("naren", "naars", "ers", "er", "naar")
AGE_CHARS = 40
MAX_AGE = 110
MAX_CASE_PEOPLE = 20  # "twintig verdachten" still counts the people of one case
_SMALL_NUMBERS = (
    r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien"
    r"|achttien|negentien|twintig"
)
_CASE_COUNT = re.compile(
    rf"(?P<number>\d{{1,2}}(?![\d.,])|(?i:{_SMALL_NUMBERS})(?![\w-]))"
    r"(?P<words>(?:[ ]+[^\W\d_][\w'’-]*){1,3})"
)
# "Twee van de drie daders", "Zes van de twaalf verdachten": part of the people of one case.
_OF_THEM = re.compile(
    r"[ ]+van[ ]+(?:hen(?![\w-])|(?:de|die|deze|zijn|haar|hun)[ ]+"
    rf"(?:(?:\d{{1,2}}|{_SMALL_NUMBERS})[ ]+)?(?P<noun>[^\W\d_][\w'’-]*))"
)
MAX_ADJECTIVES = 2
MIN_DEMONYM = 4
# The sentence of one person, demanded or imposed: "vier jaar celstraf", "veroordeeld tot anderhalf
# jaar cel", "een werkstraf van 240 uur", "moet nog tien maanden gevangenisstraf uitzitten" (not
# "celstraffen tot twee jaar", the rule of a country).
_DURATION = re.compile(
    r"(?:[\w,.]+[ ]+){1,2}?(?i:jaar|maanden|maand|weken|week|dagen|dag|uur)(?![\w-])"
    r"(?:[ ]+en[ ]+(?:[\w,.]+[ ]+){1,2}?(?i:maanden|maand|weken|dagen|uur)(?![\w-]))?"
)
_SENTENCE_AFTER = re.compile(
    r"[ ]+(?:(?:cel|gevangenis|werk|taak)straf|cel|jeugddetentie|detentie|(?:on)?voorwaardelijk"
    r"|ondertoezichtstelling)(?![\w-])",
    re.IGNORECASE,
)
_SENTENCE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:(?:cel|gevangenis|werk|taak)straf|jeugddetentie)[ ]+van|veroordeeld[ ]+tot)"
    r"[ ]+(?:een[ ]+)?\Z",
    re.IGNORECASE,
)
SENTENCE_CHARS = 40
# "moet daarvan zeker twintig jaar uitzitten", "nu al bijna vijf jaar onder barre omstandigheden
# gedetineerd": how long one person is or was held (not "twee jaar geleden").
_HELD_AFTER = re.compile(
    r"(?:[ ]+(?!geleden\b)[a-zà-ÿ]+){0,4}?[ ]+"
    r"(?:uitzitten|uit[ ]te[ ]zitten|uitgezeten|gedetineerd|vastgezeten|vastzitten|vastzit|vastgehouden)"
    r"(?![\w-])"
)
# "de vier zijn aangekomen", "omdat de twee niet inzien": a written number after an article that
# stands for the people of the case named before.
_GROUP_BEFORE = re.compile(r"(?<![\w-])(?:de|die|deze)[ ]+\Z", re.IGNORECASE)
# Also a preposition or an article that opens the next phrase ("vluchten de twee in de richting
# van", "hoe de twee de auto openkrijgen", "vertrekken de twee zonder iets mee te nemen").
_GROUP_WORDS = frozenset(
    ("niet", "ook", "zelf", "nog", "al", "wel", "samen", "allemaal", "beiden", "er", "en", "te",
     "in", "op", "aan", "met", "naar", "bij", "uit", "voor", "door", "zonder", "de", "het", "een")
)


def of_one_case(text: str, pos: int) -> bool:
    """Whether the figure at ``pos`` is a person's age or a small count of the people of one case:
    the gold gives counts of one case no region, and a person's home is not a figure's region."""
    start = _qualified_start(text, pos)
    return (
        _is_age(text, start)
        or (_counts_case_people(text, start) and not _is_toll(text, start))
        or _is_sentence_of_one(text, start)
    )


# "Hij steekt er vier mensen dood", "vielen twee gewonden", "vier van hen door messteken gewond
# geraakt", "waarbij vier mensen overleden": the dead and injured of an attack or act of violence are
# its toll, counted where it happened (not "de dood van", nor "drie gewonde collega's").
_TOLL = re.compile(
    r"(?<![\w-])(?:(?:zwaar|licht)?gewonden|doden|(?<!de[ ])(?<!voor[ ])(?<!na[ ])(?<!bij[ ])dood"
    r"|om[ ]het[ ]leven|omgekomen|omkwamen|overleden"
    r"|overleed|gedood|gewond|verwond|doodgeschoten|doodgestoken|doodgereden)(?![\w-])"
)
_CLAUSE_END = re.compile(r"[,.;:!?()]")
TOLL_CHARS = 60


# An attack or act of violence named around the count; the injured of a fire or an accident ("Bij de
# brand in Venray raakten drie bewoners gewond") stay the people of one case.
_VIOLENCE = re.compile(
    r"(?<![\w-])(?:aanslag|aanslagen|terreur\w*|schietpartij|steekpartij|vechtpartij|schutter|messteken"
    r"|steekt|stak|schiet|schoot|doodgeschoten|doodgestoken|overval|aanval)(?![\w-])",
    re.IGNORECASE,
)
VIOLENCE_CHARS = 150


def _is_toll(text: str, pos: int) -> bool:
    """Whether the count at ``pos`` is of the dead or injured of an attack (see ``_TOLL``): a word of
    death or injury within its clause, at most TOLL_CHARS after the number, and a word of violence
    (``_VIOLENCE``) at most VIOLENCE_CHARS before it or in the same stretch."""
    stop = _CLAUSE_END.search(text, pos, pos + TOLL_CHARS)
    end = stop.start() if stop else pos + TOLL_CHARS
    if _TOLL.search(text, pos, end) is None:
        return False
    return _VIOLENCE.search(text, max(0, pos - VIOLENCE_CHARS), end) is not None


def _qualified_start(text: str, pos: int) -> int:
    """Where the number starts after the qualifiers that open a figure ("ruim", "meer dan")."""
    qualified = _qualifiers().match(text, pos)
    return qualified.end() if qualified else pos


@cache
def _qualifiers() -> re.Pattern[str]:
    """Qualifiers of an amount ("ruim", "meer dan", "zo'n"), any number of them, each with a space."""
    alternation = "|".join(re.escape(q) for q in lexicon.load().qualifiers)  # longest first
    return re.compile(rf"(?i:(?:{alternation})[ ]+)*")


def _is_age(text: str, pos: int) -> bool:
    """"een 27-jarige man", "Kuipers (54)", "Onno R. (24)", "een man van 44 jaar": a person's age."""
    if _AGED.match(text, pos) or _AGE_SAID.match(text, pos):
        return True
    bracket = _AGE_IN_BRACKETS.match(text, pos) if text.startswith("(", pos - 1) else None
    if bracket is not None and int(bracket.group("age")) <= MAX_AGE:
        name = _NAME_BEFORE_BRACKET.search(text, max(0, pos - 1 - AGE_CHARS), pos - 1)
        # "Kuipers (54)" is an age; "Spanje (252)", "Utrecht (45)" count in a place, but "een man
        # uit Breda (35)" is a person's age
        if name is None:  # "De vrouw op de fiets (35)", "Een vierde man (22 jaar)", "twee minderjarigen (16)"
            return _person_before(text, pos - 1)
        return (
            not _is_place(name.group("name"))
            or _HOME_BEFORE.search(text, max(0, name.start() - HOME_CHARS), name.start()) is not None
        )
    if _AGES_IN_BRACKETS_BEFORE.search(text, max(0, pos - AGE_CHARS), pos):
        return _AGES_IN_BRACKETS.match(text, pos) is not None  # "de mannen (22 en 25 jaar oud)"
    return _is_age_after_noun(text, pos)


def _person_before(text: str, bracket: int) -> bool:
    """Whether one of the BRACKET_WORDS lowercase words before the bracket at ``bracket`` names a
    person ("De vrouw op de fiets (35)"), not a count of things ("In 40 procent van die zaken (139)")."""
    words = _WORDS_BEFORE.findall(text, max(0, bracket - AGE_CHARS), bracket)[-BRACKET_WORDS:]
    return any(_is_person(word) for word in words)


def _is_age_after_noun(text: str, pos: int) -> bool:
    """"een man van 44 jaar", "Roemenen van 41 en 36 jaar oud", "een Amsterdammer van 32 aangehouden"."""
    person = _PERSON_OF_AGE.search(text, max(0, pos - AGE_CHARS), pos)
    if person is None:
        return False
    noun = person.group("noun")
    if _AGE_IN_YEARS.match(text, pos) and (_is_person(noun) or _is_people_of_a_country(noun)):
        return True
    if not _is_person(noun):
        return False
    bare = _BARE_AGE.match(text, pos)  # "een Amsterdammer van 32 aangehouden", "mannen van 22 en 19 uit"
    nxt = bare.group("next") if bare else None
    return bare is not None and int(bare.group("age")) <= MAX_AGE and (nxt is None or _text.is_verb_form(nxt))


def _is_sentence_of_one(text: str, pos: int) -> bool:
    """"vier jaar celstraf", "een werkstraf van 240 uur", "veroordeeld tot anderhalf jaar cel":
    the sentence of one person (the gold gives durations of a demanded sentence no region)."""
    duration = _DURATION.match(text, pos)
    if duration is None:
        return False
    if _SENTENCE_AFTER.match(text, duration.end()) or _HELD_AFTER.match(text, duration.end()):
        return True
    return _SENTENCE_BEFORE.search(text, max(0, pos - SENTENCE_CHARS), pos) is not None


def _counts_case_people(text: str, pos: int) -> bool:
    """"twee verdachten", "Twee Nijmeegse broers", "Twee van hen", "twaalf verdachten": a count of
    at most MAX_CASE_PEOPLE people (a count of things, "twee woningen", keeps its place)."""
    m = _CASE_COUNT.match(text, pos)
    if m is None or (m.group("number").isdigit() and not 2 <= int(m.group("number")) <= MAX_CASE_PEOPLE):
        return False
    of_them = _OF_THEM.match(text, m.end("number"))
    if of_them is not None:
        return of_them.group("noun") is None or _is_person(of_them.group("noun"))
    words = m.group("words").split()
    if not m.group("number").isdigit() and _GROUP_BEFORE.search(text, max(0, pos - 6), pos):
        first = words[0].lower()
        if first in _GROUP_WORDS or _text.is_verb_form(first):
            return True  # "de vier zijn aangekomen"
    for i, word in enumerate(words[: MAX_ADJECTIVES + 1]):
        # "twee verdachten", "twee Roemenen", "twee dronken mannen", "vier aangehouden mannen"
        before_person = i + 1 < len(words) and words[i + 1].lower().endswith(_PERSON_HEADS)
        if _is_person(word) or (i == 0 and _is_people_of_a_country(word)) or (
            before_person and _is_adjective_in_en(word)
        ):
            return True
        if not word.endswith("e"):  # not an adjective ("Nijmeegse", "jonge"): the noun, not of people
            return False
    return False


def _is_adjective_in_en(word: str) -> bool:
    """"dronken", "aangehouden", "gestolen": an adjective or participle in -en before a noun (not
    "miljoen", "groepen", "weken")."""
    return word == "dronken" or (word.endswith("en") and _text.is_verb_form(word))


def _is_people_of_a_country(word: str) -> bool:
    """"Roemenen", "Polen", "Bulgaren": a capitalised plural in -en that is no place; "Belgen",
    "Duitsers", "Nederlanders": the people of a country the scope words name ("twee Belgen uit
    Luik aangehouden": where the people of one case come from is no region)."""
    if not word[:1].isupper() or len(word) <= MIN_DEMONYM:
        return False
    scope = lexicon.load().scope_words
    if word in scope and scope[word] != word and word.endswith(("en", "ers")):
        return True
    return word.endswith("en") and not _is_place(word)


def is_person(word: str) -> bool:
    """A noun of people: "verdachten", "consumenten", "Zwollenaren" (see :func:`_is_person`)."""
    return _is_person(word)


def _is_person(word: str) -> bool:
    """A noun of people: "verdachten", "man", and the inhabitants of a place ("Zwollenaren")."""
    lowered = word.lower()
    inhabitants = word[:1].isupper() and lowered.endswith(_INHABITANT_ENDS)
    return (
        inhabitants
        or lowered in _SINGULAR_PERSONS
        or lowered in _PERSONS
        or lowered.endswith(_PERSON_HEADS)
        or lowered.endswith(_AGE_NOUN_ENDS)
        or _counts._is_person_noun(lowered)
    )


def _is_place(name: str) -> bool:
    return bool(regions.lookup(name)) or name in lexicon.load().scope_words or name in regions.adjectives()
