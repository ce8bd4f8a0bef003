"""A clause that opens with a time as its topic puts its subject after the finite verb.

"De laatste decennia is |de criminaliteit| toegenomen", "De afgelopen weken groeide |de kritiek|",
"Het afgelopen jaar zijn |de prijzen| gestegen": a determiner, perhaps an adjective of time, and a
noun of time ("jaren", "decennia", "maanden", "weken", "periode") open the clause, or a span of
years ("Van 2018 tot 2021 is |het aandeel| gestegen"), and a finite verb follows at once. Such a
phrase is an adverbial of time, not the subject (the lexicon's topic words only know a clause that
opens with a preposition or an adverb).
"""

from __future__ import annotations

import re

from trendbeeld.extract import _cues, _phrases

# The time phrase, then the first word after it (the finite verb is checked by the caller's list).
_TIME_TOPIC = re.compile(
    r"\W*(?:(?:de|het|dit|deze|die|een)\s+(?:(?:laatste|afgelopen|voorbije|komende|vorige|eerste|tweede"
    r"|recente|jongste|hele|gehele|afgelopen\s+\w+)\s+)?(?:\w+\s+)?"
    r"(?:jaren|jaar|decennia|decennium|maanden|maand|weken|week|tijd|periode|eeuw|dagen|kwartaal"
    r"|halfjaar|zomer|winter|jaren\s+(?:19|20)?\d0)"
    # a span of years: "Van 2018 tot 2021 |is| …", "Tussen 2010 en 2020 |zijn| …"
    r"|(?:van|tussen)\s+(?:19|20)\d\d\s+(?:tot(?:\s+en\s+met)?|t/m|en)\s+(?:19|20)\d\d)\s+(\w+)",
    re.IGNORECASE,
)


def opens_with_time(text: str, start: int, end: int) -> bool:
    """True when ``start:end`` opens with a time phrase followed directly by a finite verb
    ("De laatste jaren |is| …", "De afgelopen weken |groeide| …"), so the subject follows that verb."""
    m = _TIME_TOPIC.match(text, start, end)
    if m is None:
        return False
    verb = m.group(1).lower()
    return verb in _phrases.FINITE_VERBS or _cues.is_change_word(verb)
