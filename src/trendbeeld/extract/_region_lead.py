"""The town a news article is about, named in its lead (see :mod:`_figure_regions`).

A regional news article often names its place only in its first sentence ("Brouwerij Frontaal opent
zaterdag eindelijk het eigen café … aan de Liniestraat in Breda", "Diverse opsporingsdiensten hebben
invallen gedaan bij elf smartshops … in Utrecht", "dan stuurt de gemeente Twenterand een deurwaarder")
and its later figures none ("Er komen 31 bieren op de tap", "Bij tien andere zaken volgt nog
onderzoek"): those figures are counted in that place, the region carried from the source's lead.

Only a place named as the scene, after "in", "te" or "gemeente", in the lead of an article whose
title names no place, that the article names more often than any other place; a Dutch
municipality, village or province. Not a place named only by its adjective ("De Almelose
tatoeagezaak", "De Amsterdamse politie": whose or what kind, and the figures are often national),
by its inhabitants ("diverse Amsterdammers") or as someone's home ("een man uit Beek"). Nor to a
sentence that cites research or statistics ("Uit onderzoek van SLBdiensten bleek dat bijna de helft
van de onderwijsprofessionals …", "Een derde van de ondervraagden"): a survey of the country, not of
the town of the article's hook.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trendbeeld.extract import regions
from trendbeeld.model import RegionLevel

LEAD_CHARS = 400  # a lead sentence ends this far after the body starts, or is read that far
# The end of the lead: a full stop before the next sentence (a capital, a quotation mark).
_LEAD_END = re.compile(r"[.!?](?=\s+[A-ZÀ-Ý'‘\"“])")
# "in Breda", "te Koekange", "de gemeente Twenterand": the place as the scene.
_SCENE_BEFORE = re.compile(r"(?<![\w-])(?:[Ii]n|te|gemeente)[ ]\Z")
SCENE_CHARS = 10
_LEVELS = (RegionLevel.MUNICIPALITY, RegionLevel.PROVINCE)
# Research and statistics cited in a sentence: "Uit (recent) onderzoek (van …) bleek", "onderzoek onder
# 1000 ouders", "een peiling", "de ondervraagden", "het CBS"; not "nader onderzoek", an investigation.
_RESEARCH = re.compile(
    r"(?<![\w-])(?:[Uu]it[ ]+(?:[\w-]+[ ]+){0,2}?onderzoek(?:en)?|onderzoek(?:en)?[ ]+onder|onderzoeksbureau"
    r"|[Ee]nquête|[Pp]eiling|ondervraagden|respondenten|CBS)(?![\w-])"
)


def cites_research(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a sentence) cites research or statistics."""
    return _RESEARCH.search(text, start, end) is not None


@lru_cache(maxsize=64)
def lead_place(source: str, body: int, end: int) -> str | None:
    """The Dutch town, village or province the lead sentence of the article body at
    ``source[body:end]`` names as its scene (the first one), if any."""
    while body < end and source[body].isspace():
        body += 1
    stop = _LEAD_END.search(source, body, min(end, body + LEAD_CHARS))
    lead_end = stop.start() if stop else min(end, body + LEAD_CHARS)
    gaz = regions.gazetteer()
    for m in regions.names(source, body, lead_end).matches:
        if m.group("adj") or not _SCENE_BEFORE.search(source, max(0, m.start() - SCENE_CHARS), m.start()):
            continue
        name = m.group(0)
        if name in gaz.ambiguous or not regions.is_place_here(source, m):
            continue
        place = regions.canonical(name)
        if regions.is_village(place) or any(r.level in _LEVELS for r in regions.lookup(place)):
            return place
    return None


def forget() -> None:
    """Drop the leads read (the cache holds the text)."""
    lead_place.cache_clear()
