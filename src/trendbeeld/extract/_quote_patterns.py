"""The regular expressions of quote attribution, compiled once from the lexicons (speech verbs,
role titles, organisation words, nouns for unnamed sources): attributions after a quote ("…,”
zegt Jan Smit", "…,” aldus het OM"), before it ("Volgens de politie:") and the unnamed speakers
of news ("een woordvoerder van de politie", "een goed ingevoerde bron"). :mod:`.quotes` and
:mod:`._quote_unnamed` read them.
"""

from __future__ import annotations

import re
from functools import cache

from trendbeeld.extract import _roles, _speakers, lexicon

_PRONOUNS = r"(?:hij|zij|ze)"
# Nouns that refer back to a person like a pronoun ("zegt de man" as "zegt hij").
GENDERED_NOUNS = {"man": "hij", "jongen": "hij", "jongeman": "hij", "vader": "hij", "zoon": "hij",
                  "vrouw": "zij", "meisje": "zij", "moeder": "zij", "dochter": "zij"}
_GENDERED = "|".join(sorted(GENDERED_NOUNS, key=len, reverse=True))


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon.load()
    name = _speakers.name_regex()
    verbs = "|".join(re.escape(v) for v in sorted(lex.speech_verbs, key=len, reverse=True))
    title = "(?P<title>(?i:" + "|".join(re.escape(r) for r in lex.roles) + r"))\s+"
    roles = "|".join(re.escape(r) for r in lex.roles)
    nouns = "|".join(re.escape(n) for n in sorted(_roles.anonymous_nouns(), key=len, reverse=True))
    return {
        "name": re.compile(name),
        # "…,” zegt …", "…,” zo zegt …", "….” Dat zegt …", "…,” klinkt het bij de politie",
        # "…,” staat in een verklaring van …"
        "verb": re.compile(
            rf"\A(?:[\s,]*(?:(?i:zo)\s+)?|[.!?]?\s+(?:Dat|Dit)\s+|[.!?]?[ \t]+(?=Aldus\s))"
            rf"(?:(?i:{verbs})|(?i:klinkt|klonk)\s+het\s+(?:bij|vanuit|uit)|(?i:staat|stond)(?=\s+in\s))\s+"
        ),
        # "Dat heeft minister Jan Smit laten weten.", "Dit schrijft het OM."
        "said_after": re.compile(rf"(?:Dat|Dit)\s+(?P<verb>heeft|hebben|had|hadden|(?i:{verbs}))\s+"),
        # "…”, zegt hij", "…”, vertelt de vrouw."
        "pronoun_after": re.compile(
            rf"\A[\s,]*(?:(?i:zo)\s+)?(?P<verb>(?i:{verbs}))\s+(?:{_PRONOUNS}\b"
            rf"|de\s+(?:{_GENDERED})(?=\s*[.,;!?]|\s*\Z))"
        ),
        # "…”, verzucht Jan Smit.": any finite verb between the quote and a full name that ends
        # the sentence or is followed by its addressee ("tegen de krant") or a particle ("toe")
        "inverted": re.compile(
            rf"\A[ \t]*(?P<comma>,)?[ \t]+(?P<verb>[a-zà-ÿ]{{3,}})\s+(?P<title>(?:[a-zà-ÿ-]+\s+){{0,3}})"
            rf"(?P<name>{name})(?=\s*(?:[.,;!?(]|\Z)|\s+(?:tegen|op|aan|bij|eraan|toe|erbij)\b"
            # the particle of a separable verb: "vaart Jan Smit uit.", "schat Smit in."
            r"|\s+(?:in|uit|terug|af|door|mee|na|neer|voort)\s*[.,;!?])"
        ),
        "verb_follows": re.compile(
            rf"\A\s*(?:\([^()\n]{{1,80}}\)\s*)?(?:,[^,.:]{{1,120}},\s*)?(?i:{verbs})\b"
        ),
        # "”\n– Jan Smit, directeur", or with the line break lost "” – Jan Smit, directeur"; the
        # caption ends at its line or at the next opening mark
        "after_dash": re.compile(
            rf"\A(?:[\s,]*\n[ ]*[–—-]|[ ]+[–—])[ ]*(?P<name>{name})(?P<rest>[^\n“„‘\"]{{0,200}})"
        ),
        # a caption line under a quote: "Jan de Vries, directeur van de woningcorporatie"
        "after_line": re.compile(
            rf"\A[ \t]*\n?[ \t]*(?:{title})?(?P<name>{name})(?P<rest>,[^\n.!?]{{0,160}})?[ \t]*(?:\n|\Z)"
        ),
        "after_colon": re.compile(rf"\A\s*(?:{title})?(?P<name>{name})\s*:[ \t]*(?:\n|\Z)"),
        # "zegt een woordvoerder (van de politie)", "aldus een officier van justitie"
        # "aldus de gewezen vicepremier", "zegt de Bredase hoogleraar": one adjective may come first
        "unnamed": re.compile(
            rf"(?i:een|de)\s+(?:[a-zà-ÿA-ZÀ-Ý-]+(?:e|en)\s+)?(?P<role>[\w-]*(?i:{roles}))(?![\w-])"
        ),
        # "aldus het OM", "meldt de politie", "zegt de gemeente Utrecht"
        "org": re.compile(rf"{_speakers.org_phrase()}(?![\w-])"),
        # "Volgens de politie:", "De politie meldt:", "Het OM laat weten:", "In een verklaring laat
        # het OM weten:"
        "org_before": re.compile(
            rf"(?:(?P<volgens>(?i:volgens)\s+)|(?<![\w-])(?P<verb_first>(?i:{verbs}))\s+)?{_speakers.org_phrase()}"
            rf"(?P<verb>\s+(?i:{verbs})(?:\s+\w+){{0,2}})?(?P<tail>(?:\s+[a-z]+){{0,2}})\s*:\s*\Z"
        ),
        # ", Jan Smit" after a role: "de voorzitter van de buurtvereniging, Jan Smit"
        "apposition": re.compile(
            rf"(?P<link>(?:\s+(?:van|bij)\s+[^,.;:!?\n“”„\"]{{1,60}}?)?),\s+(?P<name>{name})(?=\s*[.,;!?(]|\s*\Z)"
        ),
        # "schreef iemand:", "zegt een buurtbewoner:": a verb of saying before an unnamed source
        "verb_then_source": re.compile(rf"(?<![\w-])(?i:{verbs})\s+(?=(?i:een)\s|iemand(?![\w-]))"),
        # "Volgens de politie …", "Het OM zegt dat …": an organisation reports
        "volgens_org": re.compile(rf"(?<![\w-])(?i:volgens)\s+{_speakers.org_phrase()}(?![\w-])"),
        "org_says": re.compile(rf"(?<![\w-]){_speakers.org_phrase()}\s+(?i:{verbs})(?![\w-])"),
        "org_mention": re.compile(rf"(?<![\w-]){_speakers.org_phrase()}(?![\w-])"),
        # "zegt een goed ingevoerde bron uit het criminele milieu", "aldus een politiebron", "zegt
        # iemand uit de buurt": a person the text does not name
        "anonymous": re.compile(
            rf"(?:(?P<article>(?i:een|de))\s+(?P<role>(?:[a-zà-ÿ0-9-]+\s+){{0,3}}?(?P<noun>[a-zà-ÿ-]*(?:{nouns})))"
            rf"|(?P<someone>iemand))(?![\w-])"
            # "uit het criminele milieu", "in de wijk": an article, perhaps an adjective, a noun
            rf"(?P<tail>\s+(?:uit|van|in|op|met)\s+(?:(?:de|het|een)\s+)?(?:[a-zà-ÿ-]+e\s+)?[a-zà-ÿ-]+(?![\w-]))?"
        ),
    }


@cache
def speech_words() -> frozenset[str]:
    """Single-word speech verbs, lower case."""
    return frozenset(v for v in lexicon.load().speech_verbs if " " not in v)
