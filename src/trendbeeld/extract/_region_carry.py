"""Which figures may take a place named in the sentence before (see :mod:`_figure_regions`).

A place is carried to the next sentence when that sentence continues its topic ("In Londen zijn
explosieven aangetroffen. Ze zijn ontdekt bij twee vliegvelden"). A figure that measures one thing
or one team is not counted in a place, so it takes none from the sentence before:

* the size of one object, person or route: "Hij was 54 cm lang" after "geboren in Gouda", "Het
  schip is zo'n 30 meter lang" after "ter hoogte van Terschelling", "met 43,44 kilometer per uur"
  (a speed), "11 m2 waaltjes" (not "3000 vierkante kilometer land staat onder water", the extent
  of a disaster in a place). Not a weight: "ruim zeshonderd kilo cocaïne" is seized in the port
  named before;
* a team's standing: "Excelsior staat vijf punten voor NAC met vijf duels te gaan" after "won van
  Heerenveen", "twee moeilijke uitduels" after "Ajax voetbalt in Emmen".

Nor is a place carried that the sentence before names only as where someone or something comes from
("Jetten wil meer arbeidsmigranten uit Oost-Europa. … vacatures waar 50.000 arbeidsmigranten voor
nodig zijn", "Peter Tabichi, leraar uit Kenia. … de 1700 mensen in de zaal", "veel klanten uit
Duitsland. Nu al trekt het bedrijventerrein 4,8 miljoen bezoekers"): a person's home or a source is
not the scene of what follows; nor is the seat of an organisation or a person's home named after
their name ("het Maxima Medisch Centrum in Veldhoven. … dat zijn patiënt 80 kilo is afgevallen",
"het Concertgebouworkest in Amsterdam. Entrée is met ruim achtduizend leden …", "bankrekeningen bij
Ukio in Litouwen", "Bart Lambermont in Houten", "staat K. in Oostzaan te boek als …"; not "de SGP in
Zaltbommel", a party's vote in the town, nor a sentence that opens with a verb, "Zet in Oekraïne de tv
aan").

Nor is a town the sentence before names only by its adjective before a singular noun ("de Almelose
tattoozaak", "het Hengelose raadslid", "een Tilburgse succesmethode"): that says whose or what kind;
a plural may be the next figure's population ("Amsterdamse jongeren").
"""

from __future__ import annotations

import re

# The number at a figure's start, at most two words (an adjective, "vierkante") and the unit.
_ONE_THING = re.compile(
    r"[^\s]+(?:[ ]+(?!(?:procent|keer|euro|dollar|miljoen|miljard)(?![\w-]))[\w'’-]+(?:[,.]\d+)*){0,2}?[ ]+"
    r"(?:(?<!vierkante[ ])(?:km|kilometer)|mm|millimeter|cm|centimeter|m|meter|m2|m²"
    r"|punten|duels|uitduels|thuisduels|wedstrijden|doelpunten)(?![\w²-])"
)


def measures_one_thing(text: str, pos: int) -> bool:
    """Whether the figure at ``pos`` measures one object, person or route (length, speed, floor
    area) or a team's standing (points, matches): not counted in a place of the sentence
    before."""
    return _ONE_THING.match(text, pos) is not None


# "arbeidsmigranten uit Oost-Europa", "geld uit Den Haag": where someone or something comes from.
_ORIGIN_BEFORE = re.compile(r"(?<![\w-])uit[ ]+(?:de[ ]+)?\Z")
ORIGIN_CHARS = 8


# "het Maxima Medisch Centrum in Veldhoven", "Bart Lambermont in Houten": a name (not an acronym, not
# a word that opens the sentence) right before "in".
# Also a surname's initial, as the press names suspects ("staat K. in Oostzaan te boek als …").
_SEAT_BEFORE = re.compile(r"(?<=[\w,)][ ])[A-ZÀ-Ý](?:[a-zà-ÿ][\w'’-]*|\.)[ ]in[ ]\Z")
SEAT_CHARS = 40


def only_origin(text: str, starts: list[int]) -> bool:
    """Whether each mention of a place, starting at ``starts``, follows "uit" or a name and "in":
    the sentence names it only as where someone or something comes from, or as the seat of an
    organisation or the home of a person."""
    return bool(starts) and all(
        _ORIGIN_BEFORE.search(text, max(0, s - ORIGIN_CHARS), s)
        or _SEAT_BEFORE.search(text, max(0, s - SEAT_CHARS), s)
        for s in starts
    )


# "de Almelose tattoozaak" (singular) against "Amsterdamse jongeren", "Helmondse woonwijken" (plural).
_ADJECTIVE_ENDS = ("se", "sche")
_PLURAL_AFTER = re.compile(r"[ ]+[\w-]+(?:en|s)(?![\w-])")


def adjective_of_one(text: str, forms: list[re.Match[str]]) -> bool:
    """Whether each of ``forms``, the mentions of one town, is its adjective before a singular noun
    ("de Almelose tattoozaak", "de Amsterdamse hoogleraar")."""
    return bool(forms) and all(
        m.group(0).endswith(_ADJECTIVE_ENDS) and not _PLURAL_AFTER.match(text, m.end()) for m in forms
    )


# "In 76 gemeenten", "de 27 lidstaten", "zeven van de twaalf grootste steden", "zo'n vijftig andere
# landen": a count of places themselves (a town contains no municipalities, a country no countries).
# The words between are adjectives, numbers or a partitive "van de", not a preposition that starts
# another phrase ("34 mensen uit veilige landen").
_PLACES_COUNTED = re.compile(
    r"[^\s]+(?:[ ]+(?!(?:uit|in|naar|met|op|bij|voor|over|tussen|aan|door|binnen|buiten|rond|zoals)[ ])"
    r"[\w'’-]+){0,4}?[ ]+(?P<noun>gemeenten|steden|dorpen|provincies|landen|lidstaten)(?![\w-])"
)
_COUNTRIES_COUNTED = frozenset(("landen", "lidstaten"))


def counted_places(text: str, pos: int) -> str | None:
    """The plural noun of places the figure at ``pos`` counts ("gemeenten", "landen"), if any."""
    m = _PLACES_COUNTED.match(text, pos)
    return m.group("noun") if m else None


def counts_countries(noun: str) -> bool:
    """Whether ``noun`` (from :func:`counted_places`) counts countries ("landen", "lidstaten")."""
    return noun in _COUNTRIES_COUNTED
